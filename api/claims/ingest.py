"""Bulk article import for the API: the body's rows, parsed and validated before anything is written. Each row
then goes through ``verifier.intake.article_intake``, like a single article."""

import csv
import io
import json
from typing import Any

from rest_framework import serializers

from config.errors import ApplicationError

IMPORT_MAX_ROWS = 1000


def parse_import_rows(*, body: bytes, media_type: str) -> list[dict[str, Any]]:
    """Rows of a CSV (header line, UTF-8) or JSON-lines body. Raises ``ApplicationError`` naming the bad line."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ApplicationError("The body is not valid UTF-8.", code="not_utf8") from exc
    rows: list[dict[str, Any]] = []
    if media_type == "text/csv":
        reader = csv.DictReader(io.StringIO(text, newline=""))
        try:
            for row in reader:
                if None in row:
                    raise ApplicationError(f"Line {reader.line_num}: more values than columns.", code="bad_csv")
                rows.append({k: v for k, v in row.items() if v not in (None, "")})
        except csv.Error as exc:
            raise ApplicationError(f"Line {reader.line_num}: {exc}.", code="bad_csv") from exc
    else:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ApplicationError(f"Line {number}: not JSON ({exc.msg}).", code="bad_jsonl") from exc
            except RecursionError as exc:
                raise ApplicationError(f"Line {number}: not JSON (nested too deeply).", code="bad_jsonl") from exc
            if not isinstance(item, dict):
                raise ApplicationError(f"Line {number}: expected a JSON object.", code="bad_jsonl")
            rows.append(item)
    if not rows:
        raise ApplicationError("The body holds no articles.", code="empty_import")
    if len(rows) > IMPORT_MAX_ROWS:
        raise ApplicationError(f"At most {IMPORT_MAX_ROWS} articles per import.", code="too_many_rows")
    return rows


def validate_import_rows(rows: list[dict[str, Any]], serializer_class: type[serializers.Serializer]) -> list[Any]:
    """Validate every row before anything is written; errors are reported per line number (1-based rows)."""
    valid, errors = [], {}
    for number, row in enumerate(rows, start=1):
        serializer = serializer_class(data=row)
        if serializer.is_valid():
            valid.append(serializer.validated_data)
        else:
            errors[f"row {number}"] = serializer.errors
    if errors:
        raise serializers.ValidationError(errors)
    return valid
