"""Reads for the claims API: querysets shaped for the list and detail serializers (a fixed number of queries)."""

import threading
from functools import cache, lru_cache
from typing import Any

import orjson
from django.conf import settings
from django.db import connection
from django.db.models import OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.expressions import RawSQL

from api.claims.filters import ClaimFilter
from api.pagination import capped_count_sql
from claims.models import Article, Claim, ClaimCluster
from sources.models import Evidence
from verifier.models import ReviewTask, VerificationEvent

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

    On PostgreSQL each row is ``(api_json,)``: the claim as ``ClaimSerializer`` renders it (JSON text; ``url_prefixes``
    are the absolute URL prefixes of claims and articles), the stored ``api_json_tail`` (claims migration 0101) behind
    the members that depend on the host; with ``keyset`` also ``id`` and ``created_at`` (a cursor page's position).
    Elsewhere rows are ``CLAIM_ROW_COLUMNS`` plus ``assignee_username`` for ``serializers.claim_data``. A test holds
    the two renderings equal.
    """
    if connection.vendor == "postgresql":
        return _claim_json_rows(url_prefixes, keyset).all()
    return _claim_rows().all()


@lru_cache(maxsize=32)  # per host name the API is reached by; bounded (the Host header is the client's)
def _claim_json_rows(url_prefixes: tuple[str, str], keyset: bool) -> QuerySet[Any]:
    columns = ("id", "created_at", "api_json") if keyset else ("api_json",)
    # JSON string contents (the prefixes come from the Host header), passed as parameters.
    escaped = tuple(orjson.dumps(prefix).decode()[1:-1] for prefix in url_prefixes)
    return (
        Claim.objects.annotate(api_json=RawSQL(_CLAIM_JSON_SQL, escaped))  # noqa: S611 - constant SQL
        .values_list(*columns, named=True)
        .order_by("-created_at", "-id")
    )


# The claim's JSON: its first three members, then the rest as the trigger of claims migration 0101 stored it.
_CLAIM_JSON_SQL = " || ".join(
    [
        """'{"id":'""",
        '"claims_claim"."id"',
        """',"url":"'""",
        "%s",
        '"claims_claim"."id"',
        """'/","article":"'""",
        "%s",
        '"claims_claim"."article_id"',
        """'/"'""",
        '"claims_claim"."api_json_tail"',
    ]
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


# (filterset class, given filter values, URL prefixes, count limit) -> (SQL without LIMIT/OFFSET, parameters)
_StatementKey = tuple[type, tuple[tuple[str, tuple[str, ...]], ...], tuple[str, str], int]
_statements: dict[_StatementKey, tuple[str, tuple[Any, ...]]] = {}
_statements_lock = threading.Lock()


def api_claim_list(*, filters: ClaimFilter, url_prefixes: tuple[str, str]) -> "ClaimListRows":
    """The claims matching a validated ``ClaimFilter``, in its order (newest first by default), for
    ``api.pagination.CountLimitedPaginator``: each page is read together with the capped count of all matches
    in one statement.

    On PostgreSQL the statement is compiled once per distinct set of filter values and kept
    (``API_LIST_STATEMENT_CACHE_SIZE`` per process): the filters' SQL is a function of their values alone (no clock,
    no request), so a repeated filter skips the ORM. Rows are JSON text (see ``api_claim_rows``); elsewhere named rows.
    """
    return ClaimListRows(filters, url_prefixes)


class ClaimListRows:
    """A claim list's matches: ``page(offset, size, count_limit)`` reads one page and the count of all matches (up
    to ``count_limit``) in one statement, ``count(limit)`` only counts."""

    def __init__(self, filters: ClaimFilter, url_prefixes: tuple[str, str]) -> None:
        self._filters = filters
        self._url_prefixes = url_prefixes

    def count(self, limit: int) -> int:
        """Matches, at most ``limit``."""
        with connection.cursor() as cursor:
            cursor.execute(*capped_count_sql(self._matches(), limit))
            return cursor.fetchone()[0]  # type: ignore[no-any-return,index]

    def page(self, offset: int, size: int, *, count_limit: int) -> tuple[int | None, list[Any]]:
        """``(matches, at most count_limit; rows[offset:offset + size])``; matches is None when the page is empty."""
        if connection.vendor != "postgresql":
            rows = list(self._counted_rows(count_limit)[offset : offset + size])
            return (rows[0].match_count if rows else None), rows
        sql, params = self._statement(count_limit)
        with connection.cursor() as cursor:
            cursor.execute(f"{sql} {connection.ops.limit_offset_sql(offset, offset + size)}", params)
            rows = cursor.fetchall()
        return (rows[0][1] if rows else None), [row[0] for row in rows]

    def _matches(self) -> QuerySet[Any]:
        return self._filters.filter_queryset(api_claim_rows(url_prefixes=self._url_prefixes))

    def _counted_rows(self, count_limit: int) -> QuerySet[Any]:
        matches = self._matches()
        count = RawSQL(*capped_count_sql(matches, count_limit))  # noqa: S611 - the ORM's SQL
        columns = ("api_json",) if connection.vendor == "postgresql" else (*CLAIM_ROW_COLUMNS, "assignee_username")
        return matches.annotate(match_count=count).values_list(*columns, "match_count", named=True)

    def _statement(self, count_limit: int) -> tuple[str, tuple[Any, ...]]:
        size = settings.API_LIST_STATEMENT_CACHE_SIZE
        key: _StatementKey = (type(self._filters), _given_values(self._filters), self._url_prefixes, count_limit)
        statement = _statements.get(key) if size else None
        if statement is None:
            sql, params = self._counted_rows(count_limit).query.sql_with_params()
            statement = (sql, tuple(params))
            if size:
                with _statements_lock:
                    while len(_statements) >= size:
                        del _statements[next(iter(_statements))]  # the oldest
                    _statements[key] = statement
        return statement


def _given_values(filters: ClaimFilter) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The raw values of the parameters a filterset's form validated: what its SQL is a function of."""
    data = filters.data
    return tuple((name, tuple(data.getlist(name))) for name in filters.form.fields)


def api_claim_detail() -> QuerySet[Claim]:
    """A claim with its article, evidence (and sources), review tasks and history."""

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
