"""Request checks made before any view runs."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from api.errors import too_large_view
from api.parsers import API_MAX_BODY_BYTES, declared_length


class BodySizeLimitMiddleware:
    """Under /api/: a declared ``Content-Length`` over ``API_MAX_BODY_BYTES`` is the JSON 413 ``too_large``, on every
    endpoint and method and for every media type, before authentication and before anything reads the body."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/") and declared_length(request) > API_MAX_BODY_BYTES:
            return too_large_view()
        return self.get_response(request)
