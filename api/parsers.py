from io import BytesIO
from typing import Any

from rest_framework.exceptions import APIException
from rest_framework.parsers import BaseParser, JSONParser

# Largest request body (bytes) read; 413 above. Leaves room for an article of CLAIMS_ARTICLE_MAX_BYTES and JSON.
API_MAX_BODY_BYTES = 1_200_000


class RequestTooLarge(APIException):
    status_code = 413
    default_detail = "Request body is too large."
    default_code = "too_large"


def read_limited(stream: Any, parser_context: Any) -> bytes:
    """The request body, refused with 413 when its declared or actual size exceeds ``API_MAX_BODY_BYTES``."""
    limit = API_MAX_BODY_BYTES
    request = (parser_context or {}).get("request")
    declared = int(request.META.get("CONTENT_LENGTH") or 0) if request is not None else 0
    too_large = RequestTooLarge(f"Request body exceeds the limit of {limit} bytes.")
    if declared > limit:
        raise too_large
    body: bytes = stream.read(limit + 1) if stream is not None else b""
    if len(body) > limit:
        raise too_large
    return body


class LimitedJSONParser(JSONParser):
    """JSON parser that refuses bodies over ``API_MAX_BODY_BYTES`` (declared or actual) with 413."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        return super().parse(BytesIO(read_limited(stream, parser_context)), media_type, parser_context)


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
