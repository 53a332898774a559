"""Reads for the claims API: querysets shaped for the list and detail serializers (a fixed number of queries)."""

from functools import cache, lru_cache
from typing import Any

from django.db import connection
from django.db.models import Field, Model, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.expressions import RawSQL

from claims.models import Article, Claim, ClaimCluster

# The columns of a claim-list row.
CLAIM_ROW_COLUMNS = (
    "id",
    "article_id",
    "position",
    "start",
    "end",
    "sentence_start",
    "sentence_end",
    "text",
    "claim_type",
    "checkworthy",
    "score",
    "hedge",
    "claimers",
    "targets",
    "entities",
    "numbers",
    "event_date",
    "cluster_id",
    "status",
    "verdict",
    "verdict_summary",
    "version",
    "published_at",
    "created_at",
    "updated_at",
)


def api_claim_rows(*, url_prefixes: tuple[str, str], keyset: bool = False) -> QuerySet[Any]:
    """Claims for list pages, newest first, as named rows: one query per page whatever its size, no model instances.
    Filter and order it like any claim queryset.

    On PostgreSQL each row is ``(api_json,)``: the claim as ``ClaimSerializer`` renders it, built by the database
    (JSON text; ``url_prefixes`` are the absolute URL prefixes of claims and articles), with ``keyset`` also
    ``id`` and ``created_at`` (a cursor page's position). Elsewhere rows are ``CLAIM_ROW_COLUMNS`` plus
    ``assignee_username`` for ``serializers.claim_data``. A test holds the two renderings equal.
    """
    if connection.vendor == "postgresql":
        return _claim_json_rows(url_prefixes, keyset).all()
    return _claim_rows().all()


@lru_cache(maxsize=32)  # per host name the API is reached by; bounded (the Host header is the client's)
def _claim_json_rows(url_prefixes: tuple[str, str], keyset: bool) -> QuerySet[Any]:
    columns = ("id", "created_at", "api_json") if keyset else ("api_json",)
    return (
        # The SQL is built from model metadata only; the URL prefixes (from the Host header) are parameters.
        Claim.objects.annotate(api_json=RawSQL(_claim_json_sql(), url_prefixes))  # noqa: S611
        .values_list(*columns, named=True)
        .order_by("-created_at", "-id")
    )


@cache
def _claim_rows() -> QuerySet[Any]:
    # Built once per process (the annotation and the columns cost more to set up than a filter); callers get clones.
    from django.contrib.auth import get_user_model

    # A correlated subquery rather than a join: a COUNT of the filtered rows then leaves it out entirely.
    username = get_user_model().objects.filter(pk=OuterRef("assignee_id")).values("username")[:1]
    return (
        Claim.objects.annotate(assignee_username=Subquery(username))
        .values_list(*CLAIM_ROW_COLUMNS, "assignee_username", named=True)
        .order_by("-created_at", "-id")
    )


@cache
def _claim_json_sql() -> str:
    """An SQL expression: a claim row's JSON text, in ``ClaimSerializer``'s field order and formats (two parameters:
    the claim and article URL prefixes; datetimes as DRF writes them)."""
    from django.contrib.auth import get_user_model

    quote = connection.ops.quote_name
    table = quote(Claim._meta.db_table)

    def column(name: str) -> str:
        return f"{table}.{quote(_column(Claim, name))}"

    def columns(*names: str) -> dict[str, str]:
        return {name: column(name) for name in names}

    def timestamp(name: str) -> str:  # microseconds only when there are some, as Python's isoformat()
        utc = f"({column(name)} AT TIME ZONE 'UTC')"
        return f"replace(to_char({utc}, 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), '.000000Z', 'Z')"

    user = get_user_model()
    username = (
        f"(SELECT u.{quote(_column(user, 'username'))} FROM {quote(user._meta.db_table)} u "  # noqa: S608
        f"WHERE u.{quote(_column(user, 'id'))} = {column('assignee')})"
    )
    fields = {
        "id": column("id"),
        "url": f"%s || {column('id')} || '/'",
        "article": f"%s || {column('article')} || '/'",
        "article_id": column("article"),
        **columns("position", "start", "end", "sentence_start", "sentence_end", "text", "claim_type", "checkworthy"),
        **columns("score", "hedge", "claimers", "targets", "entities", "numbers"),
        "event_date": f"to_char({column('event_date')}, 'YYYY-MM-DD')",
        "cluster_id": column("cluster"),
        **columns("status", "verdict", "verdict_summary"),
        "assignee": username,
        "version": column("version"),
        "etag": f"'\"claim-' || {column('id')} || '-v' || {column('version')} || '\"'",
        **{name: timestamp(name) for name in ("published_at", "created_at", "updated_at")},
    }
    # row_to_json of a one-row subquery: the same values as json_build_object, in compact JSON and at less cost.
    select = ", ".join(f"{sql} AS {quote(name)}" for name, sql in fields.items())
    return f"(SELECT row_to_json(claim_row)::text FROM (SELECT {select}) AS claim_row)"  # noqa: S608 - model metadata only


def _column(model: type[Model], name: str) -> str:
    field = model._meta.get_field(name)
    assert isinstance(field, Field) and field.column
    return field.column


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
