"""Reads for the claims API: querysets shaped for the list and detail serializers (a fixed number of queries)."""

from django.db.models import Prefetch, QuerySet

from claims.models import Article, Claim, ClaimCluster


def api_claim_list() -> QuerySet[Claim]:
    """Claims for list pages: one query per page whatever its size (the assignee joined)."""
    return Claim.objects.select_related("assignee").defer("score_features").order_by("-created_at", "-id")


def api_claim_detail() -> QuerySet[Claim]:
    """A claim with its article, evidence (and sources), review tasks and history."""
    from sources.models import Evidence
    from verifier.models import ReviewTask, VerificationEvent

    return Claim.objects.select_related("article", "cluster", "assignee").prefetch_related(
        Prefetch("evidence", queryset=Evidence.objects.select_related("source", "added_by").order_by("id")),
        Prefetch("review_tasks", queryset=ReviewTask.objects.select_related("assignee").order_by("id")),
        Prefetch("events", queryset=VerificationEvent.objects.order_by("id")),
    )


def api_article_list() -> QuerySet[Article]:
    return Article.objects.defer("text").order_by("-created_at", "-id")


def api_article_detail() -> QuerySet[Article]:
    return Article.objects.prefetch_related(
        Prefetch("claims", queryset=Claim.objects.select_related("cluster", "assignee").order_by("position"))
    )


def api_cluster_list() -> QuerySet[ClaimCluster]:
    return ClaimCluster.objects.order_by("-id")


def api_cluster_detail() -> QuerySet[ClaimCluster]:
    return ClaimCluster.objects.prefetch_related(
        Prefetch("claims", queryset=Claim.objects.select_related("article", "assignee").order_by("-created_at"))
    )
