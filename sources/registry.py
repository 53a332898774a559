"""Parsing and validating registry files (JSON or CSV) for ``manage.py load_sources``. No database access.

JSON: a list of objects ``{"name", "kind", "aliases": [...], "homepage_url", "description", "reliability"}``.
CSV: a header row with the same columns; ``aliases`` separated by ``;``. Only ``name`` is required.
Every problem is reported with its line number, all at once.
"""

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from config.errors import ApplicationError
from sources.models import Reliability, SourceKind
from sources.names import source_key

COLUMNS = ("name", "kind", "aliases", "homepage_url", "description", "reliability")
_url_validator = URLValidator(schemes=["http", "https"])


class RegistryFileError(ApplicationError):
    code = "invalid_registry"

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__("\n".join(errors), extra={"errors": errors})


@dataclass(frozen=True)
class RegistryRow:
    line: int
    name: str
    kind: str = SourceKind.OTHER
    aliases: tuple[str, ...] = field(default_factory=tuple)
    homepage_url: str = ""
    description: str = ""
    reliability: str = ""


def _json_objects(text: str) -> list[tuple[int, Any]]:
    """(line, value) for each element of the top-level JSON array."""
    decoder = json.JSONDecoder()
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegistryFileError([f"line {exc.lineno}: invalid JSON: {exc.msg}"]) from exc
    index = len(text) - len(text.lstrip())
    if not text[index:].startswith("["):
        raise RegistryFileError(["line 1: the file must hold a JSON list of sources"])
    index += 1
    items: list[tuple[int, Any]] = []
    while True:
        while index < len(text) and text[index] in " \t\r\n,":
            index += 1
        if index >= len(text) or text[index] == "]":
            return items
        value, end = decoder.raw_decode(text, index)
        items.append((text.count("\n", 0, index) + 1, value))
        index = end


def _csv_objects(text: str) -> list[tuple[int, Any]]:
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    unknown = [name for name in header if name not in COLUMNS]
    if "name" not in header or unknown:
        raise RegistryFileError(
            [f"line 1: the header must name the columns {', '.join(COLUMNS)} (name required); unknown: {unknown}"]
        )
    items: list[tuple[int, Any]] = []
    for record in reader:
        if None in record:
            items.append((reader.line_num, {"__error__": "more fields than the header has"}))
            continue
        values = {key: value or "" for key, value in record.items()}
        values["aliases"] = [alias for alias in values.get("aliases", "").split(";")]
        items.append((reader.line_num, values))
    return items


def _row(line: int, value: Any, errors: list[str]) -> RegistryRow | None:
    if not isinstance(value, dict):
        errors.append(f"line {line}: each source must be an object")
        return None
    if "__error__" in value:
        errors.append(f"line {line}: {value['__error__']}")
        return None
    unknown = sorted(set(value) - set(COLUMNS))
    if unknown:
        errors.append(f"line {line}: unknown field(s) {', '.join(unknown)}")
    before = len(errors)
    name = value.get("name")
    if not isinstance(name, str) or not name.strip():
        errors.append(f"line {line}: 'name' is required")
        name = ""
    elif len(name.strip()) > 300:
        errors.append(f"line {line}: 'name' is longer than 300 characters")
    kind = value.get("kind") or SourceKind.OTHER
    if kind not in SourceKind.values:
        errors.append(f"line {line}: unknown kind {kind!r} (one of {', '.join(SourceKind.values)})")
    reliability = value.get("reliability") or ""
    if reliability and reliability not in Reliability.values:
        errors.append(f"line {line}: unknown reliability {reliability!r} (one of {', '.join(Reliability.values)})")
    aliases = value.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
        errors.append(f"line {line}: 'aliases' must be a list of strings")
        aliases = []
    homepage = value.get("homepage_url") or ""
    if not isinstance(homepage, str):
        errors.append(f"line {line}: 'homepage_url' must be a string")
        homepage = ""
    elif homepage:
        try:
            _url_validator(homepage)
        except ValidationError:
            errors.append(f"line {line}: 'homepage_url' {homepage!r} is not an http(s) URL")
    description = value.get("description") or ""
    if not isinstance(description, str):
        errors.append(f"line {line}: 'description' must be a string")
        description = ""
    if len(errors) > before:
        return None
    cleaned: list[str] = []
    for alias in aliases:
        alias = " ".join(alias.split())
        if alias and source_key(alias) != source_key(name) and source_key(alias) not in map(source_key, cleaned):
            cleaned.append(alias[:300])
    return RegistryRow(
        line=line,
        name=" ".join(name.split()),
        kind=kind,
        aliases=tuple(cleaned),
        homepage_url=homepage,
        description=description.strip(),
        reliability=reliability,
    )


def registry_parse(path: Path) -> list[RegistryRow]:
    """Read and validate a registry file. Raises ``RegistryFileError`` listing every problem with its line."""
    suffix = path.suffix.lower()
    if suffix not in {".json", ".csv"}:
        raise RegistryFileError([f"{path.name}: the file must end in .json or .csv"])
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryFileError([f"{path}: cannot read: {exc}"]) from exc
    items = _json_objects(text) if suffix == ".json" else _csv_objects(text)
    errors: list[str] = []
    rows: list[RegistryRow] = []
    seen_names: dict[str, int] = {}
    seen_aliases: dict[str, int] = {}
    for line, value in items:
        row = _row(line, value, errors)
        if row is None:
            continue
        key = source_key(row.name)
        if key in seen_names:
            errors.append(f"line {line}: source {row.name!r} already appears on line {seen_names[key]}")
            continue
        seen_names[key] = line
        for alias in row.aliases:
            other = seen_aliases.get(source_key(alias)) or seen_names.get(source_key(alias))
            if other is not None and other != line:
                errors.append(f"line {line}: alias {alias!r} is already used on line {other}")
            seen_aliases[source_key(alias)] = line
        rows.append(row)
    for row in rows:
        key = source_key(row.name)
        if key in seen_aliases and seen_aliases[key] != row.line:
            errors.append(f"line {row.line}: name {row.name!r} is an alias on line {seen_aliases[key]}")
    if errors:
        raise RegistryFileError(errors)
    if not rows:
        raise RegistryFileError([f"{path.name}: no sources in the file"])
    return rows
