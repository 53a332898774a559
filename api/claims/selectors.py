"""Reads of the claims resource beyond ``claims.selectors``: a claim with its evidence, tasks and history (the
other domain apps' rows), and the user a claim is assigned to."""

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, QuerySet

from claims.models import Claim
from sources.models import Evidence
from verifier.models import ReviewTask, VerificationEvent


def claim_detail() -> QuerySet[Claim]:
    """Claims with their article, evidence (and sources), review tasks and history, each in id order."""
    return Claim.objects.select_related("article", "cluster", "assignee").prefetch_related(
        Prefetch("evidence", queryset=Evidence.objects.select_related("source", "added_by").order_by("id")),
        Prefetch("review_tasks", queryset=ReviewTask.objects.select_related("assignee").order_by("id")),
        Prefetch("events", queryset=VerificationEvent.objects.order_by("id")),
    )


def active_user(*, username: str) -> Any:
    """The active user with this username, or None."""
    return get_user_model().objects.filter(username=username, is_active=True).first()
