"""Request body parsing for the API: every body is held to ``API_MAX_BODY_BYTES`` (413 above) and every parse
failure is a 400 JSON problem.

A declared ``Content-Length`` over the limit is refused by ``api.middleware.BodySizeLimitMiddleware`` before any
view runs (DRF reads a JSON body whole before its parser, and answers 415 or 405 without reading others);
``read_limited`` refuses a body that turns out larger than declared (or has no declared length).
"""

from io import BytesIO
from typing import Any

from rest_framework.exceptions import APIException, ParseError
from rest_framework.parsers import BaseParser, JSONParser

# Largest request body (bytes) read; 413 above. Leaves room for an article of CLAIMS_ARTICLE_MAX_BYTES and JSON.
# Below Django's DATA_UPLOAD_MAX_MEMORY_SIZE, so Django's own (HTML) refusal never comes first.
API_MAX_BODY_BYTES = 1_200_000

# Message of the 400 for JSON nested deeper than the parser's recursion limit.
TOO_DEEP = "JSON parse error - nested too deeply."


class RequestTooLarge(APIException):
    status_code = 413
    default_detail = "Request body is too large."
    default_code = "too_large"


def body_too_large() -> RequestTooLarge:
    return RequestTooLarge(f"Request body exceeds the limit of {API_MAX_BODY_BYTES} bytes.")


def declared_length(request: Any) -> int:
    """The request's ``Content-Length`` (0 when absent or not a number)."""
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def read_limited(stream: Any, parser_context: Any) -> bytes:
    """The request body, refused with 413 when it is larger than ``API_MAX_BODY_BYTES`` (a larger declared length
    never gets here: ``api.middleware.BodySizeLimitMiddleware`` answers it first)."""
    body: bytes = stream.read(API_MAX_BODY_BYTES + 1) if stream is not None else b""
    if len(body) > API_MAX_BODY_BYTES:
        raise body_too_large()
    return body


class LimitedJSONParser(JSONParser):
    """JSON parser that refuses bodies over ``API_MAX_BODY_BYTES`` (declared or actual) with 413 and JSON nested
    deeper than the interpreter's recursion limit with 400 ``parse_error`` (like any malformed JSON)."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        body = BytesIO(read_limited(stream, parser_context))
        try:
            return super().parse(body, media_type, parser_context)
        except RecursionError as exc:
            raise ParseError(TOO_DEEP) from exc


class LimitedRawParser(BaseParser):
    """The raw body (bytes) of a bulk upload, refused with 413 over ``API_MAX_BODY_BYTES``."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        return read_limited(stream, parser_context)


class CSVParser(LimitedRawParser):
    media_type = "text/csv"


class JSONLinesParser(LimitedRawParser):
    media_type = "application/x-ndjson"


class JSONLParser(LimitedRawParser):
    media_type = "application/jsonl"
