from typing import Any

from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from knox.auth import TokenAuthentication


class ScopedTokenAuthentication(TokenAuthentication):
    """Knox token auth (hashed, expiring tokens of ``verifier.ApiToken``), announced as ``Token`` in 401s."""

    def authenticate_header(self, request: Any) -> str:
        return "Token"

    def _cleanup_token(self, auth_token: Any) -> bool:
        """Refuse (and delete) this token when it has expired.

        knox also loads and sweeps all the user's other tokens here, one extra query on every request; expired
        tokens are refused when presented anyway, so only the presented token is checked.
        """
        if auth_token.expiry is not None and auth_token.expiry < timezone.now():
            auth_token.delete()
            return True
        return False


class ScopedTokenScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.ScopedTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <secret>`, from `manage.py create_api_token USERNAME --scope read|write`.",
        }
