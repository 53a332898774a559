"""Reads of the tokens resource."""

from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from verifier.models import ApiToken


def tokens_of(*, user: Any) -> QuerySet[ApiToken]:
    """The user's tokens that have not expired, newest first."""
    live = ApiToken.objects.filter(user=user).exclude(expiry__lt=timezone.now())
    return live.order_by("-created")
