"""Who did something: a person in the admin, a newsroom system's API token, or a background job."""

from dataclasses import dataclass
from typing import Any

from verifier.models import ActorType


@dataclass(frozen=True)
class Actor:
    type: str
    label: str
    user: Any = None

    @classmethod
    def for_user(cls, user: Any) -> "Actor":
        return cls(type=ActorType.USER, label=user.get_username(), user=user)

    @classmethod
    def for_token(cls, token: Any) -> "Actor":
        return cls(type=ActorType.TOKEN, label=f"token:{token.token_key}", user=token.user)

    @classmethod
    def job(cls, name: str) -> "Actor":
        return cls(type=ActorType.JOB, label=f"job:{name}")

    @classmethod
    def for_request(cls, request: Any) -> "Actor":
        if getattr(request, "auth", None) is not None:
            return cls.for_token(request.auth)
        return cls.for_user(request.user)
