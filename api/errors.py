"""One JSON error shape for the whole API.

Every error body is ``{"type", "title", "status", "detail", "errors"}``: ``type`` is a stable machine code
(``not_authenticated``, ``validation_error``, ``conflict``...), ``errors`` maps field names to messages for
validation failures and is ``{}`` otherwise.
"""

from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views.defaults import bad_request, page_not_found, permission_denied, server_error
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from api.parsers import body_too_large
from config.errors import ApplicationError

TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    409: "Conflict",
    412: "Precondition failed",
    413: "Payload too large",
    415: "Unsupported media type",
    428: "Precondition required",
    429: "Too many requests",
    500: "Server error",
}


def error_body(*, status_code: int, type_: str, detail: str, errors: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "type": type_,
        "title": TITLES.get(status_code, "Error"),
        "status": status_code,
        "detail": detail,
        "errors": errors or {},
    }


def _flatten(detail: Any) -> Any:
    if isinstance(detail, dict):
        return {key: _flatten(value) for key, value in detail.items()}
    if isinstance(detail, list):
        return [_flatten(item) for item in detail]
    return str(detail)


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, ApplicationError):
        body = error_body(status_code=exc.status_code, type_=exc.code, detail=exc.message, errors=exc.extra)
        return Response(body, status=exc.status_code)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, RequestDataTooBig):
        # Django's own body limit (DATA_UPLOAD_MAX_MEMORY_SIZE), should a body be read before the API's check.
        exc = body_too_large()

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    assert isinstance(exc, exceptions.APIException)
    if isinstance(exc, exceptions.ValidationError):
        errors = _flatten(exc.detail)
        if isinstance(errors, list):
            errors = {"non_field_errors": errors}
        response.data = error_body(
            status_code=response.status_code, type_="validation_error", detail="Invalid input.", errors=errors
        )
    else:
        codes = exc.get_codes()
        response.data = error_body(
            status_code=response.status_code,
            type_=codes if isinstance(codes, str) else "error",
            detail=str(exc.detail),
        )
    return response


def json_error_view(status_code: int, type_: str, detail: str) -> JsonResponse:
    return JsonResponse(error_body(status_code=status_code, type_=type_, detail=detail), status=status_code)


def too_large_view() -> JsonResponse:
    """The JSON 413 ``too_large`` for a body over ``API_MAX_BODY_BYTES``, outside a DRF view."""
    return json_error_view(413, "too_large", str(body_too_large().detail))


def handler404(request: HttpRequest, exception: Exception) -> HttpResponse:
    """JSON 404 under /api/; Django's page elsewhere (the admin)."""
    if request.path.startswith("/api/"):
        return json_error_view(404, "not_found", "Not found.")
    return page_not_found(request, exception)


def handler400(request: HttpRequest, exception: Exception) -> HttpResponse:
    """JSON under /api/ for Django's own refusals outside a DRF view (``SuspiciousOperation``: too many query
    fields, a body over Django's limit, which is 413 ``too_large``); Django's page elsewhere."""
    if request.path.startswith("/api/"):
        if isinstance(exception, RequestDataTooBig):
            return too_large_view()
        return json_error_view(400, "bad_request", "Bad request.")
    return bad_request(request, exception)


def handler403(request: HttpRequest, exception: Exception) -> HttpResponse:
    """JSON 403 under /api/; Django's page elsewhere."""
    if request.path.startswith("/api/"):
        return json_error_view(403, "permission_denied", "You do not have permission to perform this action.")
    return permission_denied(request, exception)


def handler500(request: HttpRequest) -> HttpResponse:
    """JSON 500 under /api/; Django's page elsewhere."""
    if request.path.startswith("/api/"):
        return json_error_view(500, "server_error", "Internal server error.")
    return server_error(request)
