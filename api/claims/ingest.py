"""Article intake for the API: plain text, HTML, or a URL fetched through the safe client."""

import csv
import io
import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from rest_framework import serializers

from claims.extraction.html import parse_html
from claims.extraction.text import ParsedArticle, parse_plain_text
from claims.models import ArticleFormat
from claims.services import ArticleCreated
from config.errors import ApplicationError
from sources.fetch import FetchError, FetchRefused, fetch
from verifier.actors import Actor
from verifier.services import article_submit

METADATA_FIELDS = ("title", "outlet", "author", "url")


class FetchFailed(ApplicationError):
    status_code = 422
    code = "fetch_failed"


@dataclass(frozen=True)
class ArticleInput:
    text: str = ""
    html: str = ""
    fetch_url: str = ""
    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    published_at: datetime | None = None


def _parse(data: ArticleInput) -> tuple[ParsedArticle, str]:
    """Turn the request into a parsed article and its source format (fetching the URL if one was given)."""

    if data.text:
        return parse_plain_text(data.text), ArticleFormat.TEXT
    if data.html:
        return parse_html(data.html, url=data.url), ArticleFormat.HTML

    try:
        response = fetch(data.fetch_url)
    except FetchRefused as exc:
        raise ApplicationError(f"URL refused: {exc.reason}.", code="fetch_refused") from exc
    except FetchError as exc:
        raise FetchFailed(f"Could not fetch the URL: {exc.reason}.", extra={"reason": exc.reason}) from exc
    if response.status_code != 200:
        raise FetchFailed(f"The URL answered HTTP {response.status_code}.", extra={"status": response.status_code})
    media_type = response.content_type.split(";", 1)[0].strip().lower()
    if media_type == "text/plain":
        parsed = parse_plain_text(response.content.decode("utf-8", errors="replace"))
    elif media_type in {"text/html", "application/xhtml+xml"}:
        parsed = parse_html(response.content, url=response.url)
    else:
        raise FetchFailed(f"The URL returned {media_type}, not an HTML or text article.", code="not_an_article")
    return replace(parsed, url=parsed.url or response.url), ArticleFormat.URL


def article_submit_input(*, data: ArticleInput, actor: Actor) -> ArticleCreated:
    """Parse (or fetch) the article, let request metadata override what was found, and submit it."""

    parsed, source_format = _parse(data)
    overrides = {name: getattr(data, name) for name in METADATA_FIELDS if getattr(data, name)}
    parsed = replace(parsed, **overrides)
    return article_submit(parsed=parsed, actor=actor, source_format=source_format, published_at=data.published_at)


# --- bulk import ---------------------------------------------------------------------------------------------------

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
