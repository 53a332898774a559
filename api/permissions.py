from typing import Any

from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request


class HasTokenScope(BasePermission):
    """Authenticated API token required; writes need a token with the ``write`` scope."""

    message = "This token has the read scope; writes need a token with the write scope."

    def has_permission(self, request: Request, view: Any) -> bool:
        token = request.auth
        if token is None or not request.user or not request.user.is_active:
            return False
        if request.method in SAFE_METHODS:
            return True
        return getattr(token, "scope", None) == "write"
