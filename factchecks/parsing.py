"""Reading fact-checks from ClaimReview JSON-LD (a page, a feed, a file of many), CSV and JSON lines.

Pure functions over bytes: the importer (``factchecks.services.factchecks_import``) stores what they return.
``parse`` picks the format from the content (and the file name or media type when given) and raises
``ParseError`` naming the line or row of the first bad record; nothing is stored then.
"""

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from lxml import html as lxml_html

MAX_FIELD = {
    "claim_reviewed": 10_000,
    "title": 2_000,
    "summary": 10_000,
    "rating_text": 200,
    "publisher": 200,
    "url": 2000,
    "language": 12,
    "claimant": 300,
    "external_id": 200,
}
# Aliases accepted in a CSV header (lower-cased) for the columns above.
CSV_ALIASES = {
    "claim": "claim_reviewed",
    "claimreviewed": "claim_reviewed",
    "text": "claim_reviewed",
    "rating": "rating_text",
    "alternatename": "rating_text",
    "date": "published_on",
    "datepublished": "published_on",
    "id": "external_id",
    "subtitle": "summary",
    "speaker": "claimant",
    "author": "claimant",
}


class ParseError(ValueError):
    """Input that is not fact-checks in a known format; the message names where."""


@dataclass(frozen=True)
class FactCheckRecord:
    claim_reviewed: str
    title: str = ""
    summary: str = ""
    rating_text: str = ""
    rating_value: float | None = None
    best_rating: float | None = None
    worst_rating: float | None = None
    publisher: str = ""
    url: str = ""
    published_on: date | None = None
    language: str = ""
    claimant: str = ""
    external_id: str = ""


# The columns a CSV may have (the record's fields; aliases below).
CSV_COLUMNS = tuple(f.name for f in fields(FactCheckRecord))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@id") or "")
    if isinstance(value, list):
        return _text(value[0]) if value else ""
    return re.sub(r"\s+", " ", str(value)).strip()


def _number(value: Any, where: str) -> float | None:
    if value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ParseError(f"{where}: rating value {value!r} is not a number") from None


_DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%Y-%m-%d", "%d/%m/%Y")


def _date(value: Any) -> date | None:
    """A date from ISO 8601 (date or date-time) or the plain forms the CheckThat! files use; None otherwise
    (dates like "stated on October 22, 2019 in a mailer" keep their date)."""
    text = _text(value)
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    found = re.search(r"([A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})", text)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(found.group(1) if found else text, fmt).date()
        except ValueError:
            continue
    return None


def _record(where: str, **fields: Any) -> FactCheckRecord:
    if not fields.get("claim_reviewed"):
        raise ParseError(f"{where}: no claim reviewed")
    for name, limit in MAX_FIELD.items():
        if len(fields.get(name) or "") > limit:
            raise ParseError(f"{where}: {name} longer than {limit} characters")
    url = fields.get("url") or ""
    if url and not re.match(r"https?://[^\s/]+", url):
        fields["url"] = ""  # a relative or non-web URL identifies nothing on its own
    return FactCheckRecord(**fields)


# --- ClaimReview JSON-LD ---------------------------------------------------------------------------------------


def _types(node: dict) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1] for k in kinds if k}


def _claim_reviews(node: Any) -> Iterator[dict]:
    """Every ClaimReview object in a JSON-LD tree (lists, ``@graph``, DataFeed ``dataFeedElement``/``item``)."""
    if isinstance(node, list):
        for item in node:
            yield from _claim_reviews(item)
    elif isinstance(node, dict):
        if "ClaimReview" in _types(node):
            yield node
            return
        for key in ("@graph", "dataFeedElement", "item", "itemListElement", "mainEntity"):
            if key in node:
                yield from _claim_reviews(node[key])


def record_of_claim_review(node: dict, where: str) -> FactCheckRecord:
    rating = node.get("reviewRating") or {}
    if isinstance(rating, list):
        rating = rating[0] if rating else {}
    item = node.get("itemReviewed") or {}
    if isinstance(item, list):
        item = item[0] if item else {}
    author = node.get("author") or {}
    return _record(
        where,
        claim_reviewed=_text(node.get("claimReviewed")),
        title=_text(node.get("headline") or node.get("name")),
        summary=_text(node.get("description")),
        rating_text=_text(rating.get("alternateName") or rating.get("name")) if isinstance(rating, dict) else "",
        rating_value=_number(rating.get("ratingValue"), where) if isinstance(rating, dict) else None,
        best_rating=_number(rating.get("bestRating"), where) if isinstance(rating, dict) else None,
        worst_rating=_number(rating.get("worstRating"), where) if isinstance(rating, dict) else None,
        publisher=_text(node.get("publisher") or author),
        url=_text(node.get("url")),
        published_on=_date(node.get("datePublished")),
        language=_text(node.get("inLanguage"))[:12],
        claimant=_text(item.get("author")) if isinstance(item, dict) else "",
        external_id=_text(node.get("@id"))[:200],
    )


def from_json_ld(data: Any, where: str = "JSON") -> list[FactCheckRecord]:
    """The ClaimReviews of parsed JSON-LD (a ClaimReview, a list, ``@graph`` or a DataFeed)."""
    return _from_json_ld(data, where)


def _from_json_ld(data: Any, where: str) -> list[FactCheckRecord]:
    return [record_of_claim_review(node, f"{where} ClaimReview {i + 1}") for i, node in enumerate(_claim_reviews(data))]


def _from_html(content: bytes) -> list[FactCheckRecord]:
    try:
        tree = lxml_html.fromstring(content)
    except (ValueError, SyntaxError) as exc:
        raise ParseError(f"HTML: {exc}") from None
    records: list[FactCheckRecord] = []
    for n, script in enumerate(tree.xpath('//script[@type="application/ld+json"]'), 1):
        try:
            data = json.loads(script.text or "null")
        except json.JSONDecodeError as exc:
            raise ParseError(f"JSON-LD block {n}: not JSON ({exc.msg})") from None
        records.extend(_from_json_ld(data, f"JSON-LD block {n}"))
    return records


# --- JSON lines (the CheckThat! collection format, or one ClaimReview per line) --------------------------------


def _from_json_lines(text: str) -> list[FactCheckRecord]:
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ParseError(f"{where}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise ParseError(f"{where}: a JSON object is expected")
        if "ClaimReview" in _types(row):
            records.append(record_of_claim_review(row, where))
            continue
        records.append(
            _record(
                where,
                claim_reviewed=_text(row.get("text")),
                title=_text(row.get("title")),
                summary=_text(row.get("subtitle")),
                rating_text=_text(row.get("rating")),
                publisher=_text(row.get("publisher")),
                url=_text(row.get("url")),
                published_on=_date(row.get("date")),
                language=_text(row.get("language"))[:12],
                claimant=_text(row.get("speaker") or row.get("claimant")),
                external_id=_text(row.get("id"))[:200],
            )
        )
    return records


# --- CSV --------------------------------------------------------------------------------------------------------


def _from_csv(text: str) -> list[FactCheckRecord]:
    reader = csv.DictReader(io.StringIO(text))
    header = {}
    for name in reader.fieldnames or []:
        key = re.sub(r"[\s-]+", "_", (name or "").strip().lower())
        key = CSV_ALIASES.get(key.replace("_", ""), CSV_ALIASES.get(key, key))
        if key in CSV_COLUMNS:
            header[name] = key
    if "claim_reviewed" not in header.values():
        raise ParseError("CSV: no claim column (claim_reviewed, claim or text) in the header")
    records = []
    for number, row in enumerate(reader, 2):
        where = f"row {number}"
        fields: dict[str, Any] = {header[k]: _text(v) for k, v in row.items() if k in header}
        for name in ("rating_value", "best_rating", "worst_rating"):
            fields[name] = _number(fields.get(name), where)
        fields["published_on"] = _date(fields.get("published_on"))
        records.append(_record(where, **fields))
    return records


def parse(content: bytes, *, name: str = "", content_type: str = "") -> list[FactCheckRecord]:
    """The fact-checks in ``content``: an HTML page's JSON-LD, a JSON document (ClaimReview, list, ``@graph`` or
    DataFeed), JSON lines, or CSV (by ``.csv``/``text/csv``). Raises ``ParseError``."""
    try:
        return _parse(content, name=name, content_type=content_type)
    except RecursionError:
        raise ParseError("JSON nested too deeply") from None
    except csv.Error as exc:
        raise ParseError(f"CSV: {exc}") from None


def _parse(content: bytes, *, name: str, content_type: str) -> list[FactCheckRecord]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ParseError("not UTF-8 text") from None
    lowered_name, media = name.lower(), content_type.split(";")[0].strip().lower()
    head = text.lstrip()[:200].lower()
    if lowered_name.endswith(".csv") or media == "text/csv":
        return _from_csv(text)
    if media in ("text/html", "application/xhtml+xml") or head.startswith(("<!doctype", "<html", "<")):
        return _from_html(content)
    if lowered_name.endswith(".jsonl") or media in ("application/jsonl", "application/x-ndjson"):
        return _from_json_lines(text)
    if head.startswith(("{", "[")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return _from_json_lines(text)  # several JSON objects, one per line
        if isinstance(data, dict) and not _types(data) and "text" in data:
            return _from_json_lines(text)  # one CheckThat! line
        return _from_json_ld(data, "JSON")
    raise ParseError("unknown format: expected ClaimReview JSON-LD, an HTML page, JSON lines or CSV")
