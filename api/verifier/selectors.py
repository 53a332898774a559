"""Reads for the workflow API."""

from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from claims.models import Claim, Status, Verdict
from sources.models import Evidence
from verifier.models import ApiToken, WebhookDelivery, WebhookSubscription


def api_evidence_for_claim(*, claim_id: int) -> QuerySet[Any]:
    return Evidence.objects.filter(claim_id=claim_id).select_related("source", "added_by").order_by("id")


def api_published_claims() -> QuerySet[Claim]:
    """Claims with a published verdict, newest publication first, article loaded (for ClaimReview)."""
    return (
        Claim.objects.filter(status=Status.PUBLISHED, published_at__isnull=False)
        .exclude(verdict__in=[Verdict.UNRATED, Verdict.UNCONFIRMED])
        .select_related("article")
        .order_by("-published_at", "-id")
    )


def api_webhook_subscriptions() -> QuerySet[WebhookSubscription]:
    return WebhookSubscription.objects.order_by("id")


def api_webhook_deliveries(*, subscription_id: int) -> QuerySet[WebhookDelivery]:
    return WebhookDelivery.objects.filter(subscription_id=subscription_id).order_by("-created_at", "-id")


def api_tokens_of(*, user: Any) -> QuerySet[ApiToken]:
    """The user's tokens that have not expired, newest first."""
    live = ApiToken.objects.filter(user=user).exclude(expiry__lt=timezone.now())
    return live.order_by("-created")
