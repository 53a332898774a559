"""Reads of the sources resource."""

from django.db.models import Prefetch, QuerySet

from sources.models import ReliabilityChange, Source


def source_list() -> QuerySet[Source]:
    """Sources by name, with their aliases."""
    return Source.objects.prefetch_related("aliases").order_by("name", "id")


def source_detail() -> QuerySet[Source]:
    """Sources with their aliases and their reliability history, newest change first."""
    history = ReliabilityChange.objects.select_related("changed_by").order_by("-changed_at", "-id")
    return Source.objects.prefetch_related("aliases", Prefetch("reliability_changes", queryset=history))
