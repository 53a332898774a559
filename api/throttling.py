"""Per-token rate limits: each API token has its own bucket (keyed by the token digest), reads and writes apart."""

from typing import Any

from django.conf import settings
from rest_framework.permissions import SAFE_METHODS
from rest_framework.request import Request
from rest_framework.throttling import SimpleRateThrottle


class TokenRateThrottle(SimpleRateThrottle):
    """``API_THROTTLE_READ_RATE`` for GET/HEAD/OPTIONS, ``API_THROTTLE_WRITE_RATE`` for the rest, per token.

    Over the limit the API answers 429 with ``Retry-After``. Unauthenticated requests are not throttled here
    (they get 401 before any work is done).
    """

    def __init__(self) -> None:  # rates are read per request so settings overrides apply
        pass

    def allow_request(self, request: Request, view: Any) -> bool:
        self.scope = "read" if request.method in SAFE_METHODS else "write"
        self.rate = settings.API_THROTTLE_READ_RATE if self.scope == "read" else settings.API_THROTTLE_WRITE_RATE
        if not self.rate:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        token = getattr(request, "auth", None)
        digest = getattr(token, "digest", None)
        if not digest:
            return None
        return f"throttle:{self.scope}:{digest}"
