"""Reads for articles, claims and clusters."""

from django.db.models import Prefetch, QuerySet

from claims.models import Article, Claim, ClaimCluster


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
