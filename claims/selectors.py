"""Reads for articles, claims and clusters."""

from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import Count, Prefetch, QuerySet

from claims.models import Article, Claim, ClaimCluster, IngestStatus

# Article ids per query of the bulk reads below.
PROGRESS_BATCH_SIZE = 1000


def claim_list() -> QuerySet[Claim]:
    """Every claim, newest first (ties by id, so pages are stable). Filter it; nothing related is loaded."""
    return Claim.objects.order_by("-created_at", "-id")


def claim_versions() -> QuerySet[Claim]:
    """Claims with only their id and version loaded: what an ``If-Match`` check reads."""
    return Claim.objects.only("id", "version")


def claim_with_assignee(*, claim_id: int) -> Claim:
    return Claim.objects.select_related("assignee").get(pk=claim_id)


def claim_with_article() -> QuerySet[Claim]:
    return Claim.objects.select_related("article")


def claim_export() -> QuerySet[Claim]:
    """Every claim in id order (a stable order for streaming exports)."""
    return Claim.objects.order_by("id")


def article_list() -> QuerySet[Article]:
    """Articles newest first, without their text."""
    return Article.objects.defer("text").order_by("-created_at", "-id")


def article_detail() -> QuerySet[Article]:
    """Articles with their claims in text order (each with its cluster and assignee)."""
    claims = Claim.objects.select_related("cluster", "assignee").order_by("position")
    return Article.objects.prefetch_related(Prefetch("claims", queryset=claims))


def article_get_with_claims(*, article_id: int) -> Article:
    claims = Claim.objects.order_by("position")
    return Article.objects.prefetch_related(Prefetch("claims", queryset=claims)).get(pk=article_id)


def cluster_list() -> QuerySet[ClaimCluster]:
    return ClaimCluster.objects.order_by("-id")


def cluster_detail() -> QuerySet[ClaimCluster]:
    """Clusters with their claims, newest first (each with its assignee)."""
    claims = Claim.objects.select_related("assignee").order_by("-created_at")
    return ClaimCluster.objects.prefetch_related(Prefetch("claims", queryset=claims))


@dataclass(frozen=True)
class IngestProgress:
    finished: int
    failed: int
    claims: int


def articles_ingest_progress(*, article_ids: Sequence[int]) -> IngestProgress:
    """How far the extraction of ``article_ids`` is: articles finished (done or failed), failed, claims stored.
    A few aggregate queries per ``PROGRESS_BATCH_SIZE`` ids."""
    finished = failed = claims = 0
    for start in range(0, len(article_ids), PROGRESS_BATCH_SIZE):
        ids = list(article_ids[start : start + PROGRESS_BATCH_SIZE])
        counts = dict(
            Article.objects.filter(pk__in=ids, ingest_status__in=[IngestStatus.DONE, IngestStatus.FAILED])
            .order_by()
            .values_list("ingest_status")
            .annotate(n=Count("id"))
        )
        finished += sum(counts.values())
        failed += counts.get(IngestStatus.FAILED, 0)
        claims += Claim.objects.filter(article_id__in=ids).count()
    return IngestProgress(finished=finished, failed=failed, claims=claims)


def articles_with_claims(*, article_ids: Sequence[int]) -> list[Article]:
    """The articles (in the order of ``article_ids``) with their claims in position order, prefetched."""
    claims = Claim.objects.order_by("position")
    found: dict[int, Article] = {}
    for start in range(0, len(article_ids), PROGRESS_BATCH_SIZE):
        ids = list(article_ids[start : start + PROGRESS_BATCH_SIZE])
        found.update(
            (a.pk, a) for a in Article.objects.filter(pk__in=ids).prefetch_related(Prefetch("claims", queryset=claims))
        )
    return [found[pk] for pk in article_ids if pk in found]
