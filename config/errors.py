"""Domain errors raised by services. The API maps them to HTTP in ``api.errors``; commands print them."""

from typing import Any


class ApplicationError(Exception):
    """A request the domain refuses. ``code`` is stable and machine-readable; ``message`` is for people."""

    status_code = 400
    code = "invalid"

    def __init__(self, message: str, *, code: str | None = None, extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.extra = extra or {}


class ConflictError(ApplicationError):
    """The change clashes with the current state (a refused transition, a concurrent update)."""

    status_code = 409
    code = "conflict"


class PreconditionFailed(ApplicationError):
    """The caller's view of the object is stale (If-Match / expected version mismatch)."""

    status_code = 412
    code = "precondition_failed"


class PayloadTooLarge(ApplicationError):
    status_code = 413
    code = "too_large"


class PermissionDeniedError(ApplicationError):
    status_code = 403
    code = "permission_denied"
