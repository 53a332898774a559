"""Reads of the evidence resource."""

from typing import Any

from django.db.models import QuerySet

from sources.models import Evidence


def evidence_for_claim(*, claim_id: int) -> QuerySet[Any]:
    """A claim's evidence in id order, with its source and who added it."""
    return Evidence.objects.filter(claim_id=claim_id).select_related("source", "added_by").order_by("id")
