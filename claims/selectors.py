"""Reads for articles and claims."""

from django.db.models import Prefetch, QuerySet

from claims.models import Article, Claim


def claim_list() -> QuerySet[Claim]:
    return Claim.objects.select_related("article", "cluster").order_by("-created_at", "-id")


def article_get_with_claims(*, article_id: int) -> Article:
    claims = Claim.objects.order_by("position")
    return Article.objects.prefetch_related(Prefetch("claims", queryset=claims)).get(pk=article_id)
