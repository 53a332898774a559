"""Reads of fact-checks and matches for the API and the desk."""

from django.db.models import QuerySet

from factchecks.models import ClaimMatch, FactCheck


def factcheck_list() -> QuerySet[FactCheck]:
    return FactCheck.objects.order_by("-id")


def claim_match_list(*, claim_id: int) -> QuerySet[ClaimMatch]:
    """The claim's matches, best first, with their fact-checks (one query)."""
    return ClaimMatch.objects.filter(claim_id=claim_id).select_related("factcheck").order_by("rank", "-score", "id")
