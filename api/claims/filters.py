"""Query-string filters for the claim list (django-filter; documented in the OpenAPI schema)."""

from typing import Any

import django_filters
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Exists, OuterRef, QuerySet
from django.db.models.functions import Now
from django_filters.rest_framework import FilterSet

from api.filters import MAX_ID, UtcIsoDateTimeFilter
from claims.models import Claim, ClaimQuerySet, ClaimType, Hedge, PartyRole, Status, Verdict
from verifier.models import ReviewTask

SEARCH_CONFIG = "english"


def claim_text_search(queryset: QuerySet[Claim], query: str) -> QuerySet[Claim]:
    """Full-text search over the claim text (PostgreSQL websearch syntax: words, "phrases", -not, or).

    Matches the GIN index ``claim_text_search_idx`` (claims migration 0100). Other databases fall back to a
    case-insensitive substring match.
    """
    if connection.vendor != "postgresql":
        return queryset.filter(text__icontains=query)
    vector = SearchVector("text", config=SEARCH_CONFIG)
    return queryset.alias(search=vector).filter(
        search=SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    )


class ClaimFilter(FilterSet):
    """The claim-list filters (page-number lists, cursor lists and the CSV export)."""

    status = django_filters.MultipleChoiceFilter(
        choices=Status.choices, distinct=False, help_text="Repeat for several statuses."
    )
    verdict = django_filters.MultipleChoiceFilter(choices=Verdict.choices, distinct=False)
    claim_type = django_filters.MultipleChoiceFilter(choices=ClaimType.choices, distinct=False)
    hedge = django_filters.MultipleChoiceFilter(choices=Hedge.choices, distinct=False)
    checkworthy = django_filters.BooleanFilter()
    article = django_filters.NumberFilter(field_name="article_id", min_value=1, max_value=MAX_ID)
    cluster = django_filters.NumberFilter(field_name="cluster_id", min_value=1, max_value=MAX_ID)
    claimer = django_filters.CharFilter(method="filter_claimer", help_text="Exact name of a party asserting it.")
    target = django_filters.CharFilter(method="filter_target", help_text="Exact name of a party it is about.")
    entity = django_filters.CharFilter(method="filter_entity", help_text="Exact text of an entity it mentions.")
    assignee = django_filters.CharFilter(field_name="assignee__username", help_text="Username of the assignee.")
    created_after = UtcIsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = UtcIsoDateTimeFilter(field_name="created_at", lookup_expr="lt")
    event_date_after = django_filters.DateFilter(field_name="event_date", lookup_expr="gte")
    event_date_before = django_filters.DateFilter(field_name="event_date", lookup_expr="lte")
    overdue = django_filters.BooleanFilter(
        method="filter_overdue", help_text="true: has an open review task past its due date; false: has none."
    )
    q = django_filters.CharFilter(method="filter_q", max_length=500, help_text="Full-text search in the claim text.")
    ordering = django_filters.OrderingFilter(
        fields=(("created_at", "created_at"), ("event_date", "event_date"), ("score", "score"), ("id", "id")),
        help_text="created_at, event_date, score or id; prefix - for descending. Default: -created_at.",
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_claimer(self, queryset: ClaimQuerySet, name: str, value: str) -> ClaimQuerySet:
        return queryset.with_party(role=PartyRole.CLAIMER, name=value)

    def filter_target(self, queryset: ClaimQuerySet, name: str, value: str) -> ClaimQuerySet:
        return queryset.with_party(role=PartyRole.TARGET, name=value)

    def filter_entity(self, queryset: ClaimQuerySet, name: str, value: str) -> ClaimQuerySet:
        return queryset.with_party(role=PartyRole.ENTITY, name=value)

    def filter_overdue(self, queryset: QuerySet[Claim], name: str, value: Any) -> QuerySet[Claim]:
        # The database's clock: one "now" for the whole statement.
        late = ReviewTask.objects.filter(claim=OuterRef("pk")).overdue(now=Now())
        return queryset.filter(Exists(late)) if value else queryset.exclude(Exists(late))

    def filter_q(self, queryset: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        return claim_text_search(queryset, value) if value.strip() else queryset

    def filter_queryset(self, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        queryset = super().filter_queryset(queryset)
        # A single ordering field is completed with -id so pages are stable.
        ordering = self.form.cleaned_data.get("ordering")
        if ordering:
            queryset = queryset.order_by(*ordering, "-id")
        return queryset


class ClaimCursorFilter(ClaimFilter):
    """The claim filters without ``ordering``: cursor pages and exports fix their own order."""

    ordering = None  # type: ignore[assignment]
