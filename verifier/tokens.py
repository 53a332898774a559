"""API token services."""

from datetime import timedelta
from typing import Any

from knox.settings import knox_settings

from verifier.models import ApiToken


def api_token_create(*, user: Any, scope: str, name: str = "", expiry: timedelta | None = None) -> tuple[ApiToken, str]:
    """Create a token; returns the row and the secret, which is not stored and cannot be shown again."""
    token, secret = ApiToken.objects.create(
        user=user, expiry=expiry if expiry is not None else knox_settings.TOKEN_TTL, scope=scope, name=name
    )
    return token, secret


def api_token_revoke(*, user: Any, token_key: str) -> bool:
    """Delete the user's token with this key (its first characters); False when the user has no such token."""
    deleted, _ = ApiToken.objects.filter(user=user, token_key=token_key).delete()
    return deleted > 0
