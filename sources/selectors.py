"""Reads for the source registry and watched URLs."""

from collections.abc import Iterable
from datetime import datetime
from urllib.parse import urlsplit

from django.db.models import Q, QuerySet
from django.db.models.functions import Lower

from sources.models import Snapshot, Source, SourceAlias, UrlState, WatchedUrl
from sources.names import source_key


def source_ids_by_key(*, names: Iterable[str]) -> dict[str, int]:
    """{source_key(name): source id} for the names whose key is the key of a source's canonical name or alias.

    Names and aliases are stored as written ("The Sahel Monitor"), so rows are looked up by their lower-cased value
    against both the keys and the names as written, and kept when their own key matches.
    """
    names = list(names)
    keys = {source_key(name) for name in names} - {""}
    if not keys:
        return {}
    spelled = keys | {" ".join(name.split()).lower() for name in names}
    found: dict[str, int] = {}
    rows = [
        *SourceAlias.objects.annotate(key=Lower("alias")).filter(key__in=spelled).values_list("alias", "source_id"),
        # Canonical names come second: they win over another source's alias.
        *Source.objects.annotate(key=Lower("name")).filter(key__in=spelled).values_list("name", "id"),
    ]
    for value, source_id in rows:
        key = source_key(value)
        if key in keys:
            found[key] = source_id
    return found


def source_find(*, name: str) -> Source | None:
    """The source whose canonical name or alias has the same ``source_key`` as ``name``."""
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


def url_host(url: str) -> str:
    """The host of ``url``, lower-case, without a leading ``www.`` ('' when there is none)."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def sources_for_url(*, url: str, limit: int = 10) -> list[Source]:
    """Registry sources whose homepage is on the same host as ``url`` (``www.`` ignored), reviewed ones first."""
    host = url_host(url)
    if not host:
        return []
    candidates = Source.objects.filter(homepage_url__icontains=host).order_by("-reviewed", "name")[: limit * 5]
    return [source for source in candidates if url_host(source.homepage_url) == host][:limit]
