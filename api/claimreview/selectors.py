"""Reads of the ClaimReview resource."""

from django.db.models import QuerySet

from claims.models import Claim, Status, Verdict


def published_claims() -> QuerySet[Claim]:
    """Claims with a published verdict, newest publication first, article loaded (for ClaimReview)."""
    return (
        Claim.objects.filter(status=Status.PUBLISHED, published_at__isnull=False)
        .exclude(verdict__in=[Verdict.UNRATED, Verdict.UNCONFIRMED])
        .select_related("article")
        .order_by("-published_at", "-id")
    )
