"""OpenAPI helpers: every operation documents the error responses it can really return."""

from typing import Any

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse

from api.serializers import ErrorSerializer

ERROR_DESCRIPTIONS = {
    400: "Invalid input (validation errors per field in `errors`)",
    401: "Missing, invalid or expired token",
    403: "The token's scope or the user's role does not allow this",
    404: "No such object",
    409: "The change clashes with the object's current state",
    412: "`If-Match` names a stale ETag: re-read the object and retry",
    413: "Request body over the size limit",
    415: "Body media type not supported",
    422: "Idempotency key reused with a different body, or a URL that could not be fetched",
    428: "`If-Match` header required",
    429: "Rate limit exceeded; see `Retry-After`",
}

READ = (400, 401, 404, 429)
WRITE = (400, 401, 403, 404, 413, 415, 429)


def errors(*codes: int) -> dict[int, OpenApiResponse]:
    """Error responses for ``extend_schema(responses=...)``, all with the error body."""
    return {code: OpenApiResponse(ErrorSerializer, description=ERROR_DESCRIPTIONS[code]) for code in sorted(set(codes))}


def responses(ok: dict[Any, Any], *codes: int) -> dict[Any, Any]:
    return {**ok, **errors(*codes)}


IF_MATCH = OpenApiParameter(
    name="If-Match",
    location=OpenApiParameter.HEADER,
    required=False,
    type=str,
    description="The claim's current ETag (from `GET /claims/<id>/`). Required: 428 without it, 412 when stale.",
)

IDEMPOTENCY_KEY = OpenApiParameter(
    name="Idempotency-Key",
    location=OpenApiParameter.HEADER,
    required=False,
    type=str,
    description=(
        "Any unique string up to 200 characters. A retried POST with the same key and body replays the first "
        "response; the same key with a different body is refused with 422."
    ),
)
