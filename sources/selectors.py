"""Reads for the source registry and watched URLs."""

import re
from collections.abc import Iterable
from datetime import datetime

from django.db.models import Q, QuerySet
from django.db.models.functions import Lower

from sources.models import Snapshot, Source, SourceAlias, UrlState, WatchedUrl

_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def source_key(name: str) -> str:
    """How a name is matched against the registry: casefolded, one space, no leading article or possessive."""
    name = re.sub(r"\s+", " ", name).strip().strip('.,;:"“”')
    name = _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", name))
    return name.strip().casefold()


def source_ids_by_key(*, names: Iterable[str]) -> dict[str, int]:
    """{source_key(name): source id} for the names that match a source's canonical name or an alias."""
    keys = {source_key(name) for name in names} - {""}
    if not keys:
        return {}
    found: dict[str, int] = {}
    by_alias = SourceAlias.objects.annotate(key=Lower("alias")).filter(key__in=keys).values_list("key", "source_id")
    for key, source_id in by_alias:
        found[key] = source_id
    for key, source_id in Source.objects.annotate(key=Lower("name")).filter(key__in=keys).values_list("key", "id"):
        found[key] = source_id
    return found


def source_find(*, name: str) -> Source | None:
    """The source whose canonical name or alias matches ``name`` case-insensitively."""
    source_id = source_ids_by_key(names=[name]).get(source_key(name))
    return Source.objects.get(pk=source_id) if source_id else None


def watched_urls_due(*, now: datetime, limit: int) -> QuerySet[WatchedUrl]:
    """URLs whose next check is due (never-checked ones first), excluding URLs the fetch guard refuses."""
    return (
        WatchedUrl.objects.filter(Q(next_check_at__lte=now) | Q(next_check_at__isnull=True))
        .exclude(state=UrlState.REFUSED)
        .order_by("next_check_at", "id")[:limit]
    )


def snapshot_latest_ok(*, url_id: int, exclude_id: int | None = None) -> Snapshot | None:
    """The latest successful (2xx) snapshot of a URL."""
    qs = Snapshot.objects.filter(watched_url_id=url_id, status_code__gte=200, status_code__lt=300)
    if exclude_id is not None:
        qs = qs.exclude(pk=exclude_id)
    return qs.order_by("-fetched_at", "-id").first()
