from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from knox.auth import TokenAuthentication


class ScopedTokenAuthentication(TokenAuthentication):
    """Knox token auth (hashed, expiring tokens of ``verifier.ApiToken``), announced as ``Token`` in 401s."""

    def authenticate_header(self, request: Any) -> str:
        return "Token"


class ScopedTokenScheme(OpenApiAuthenticationExtension):
    target_class = "config.api.authentication.ScopedTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <secret>`, from `manage.py create_api_token USERNAME --scope read|write`.",
        }
