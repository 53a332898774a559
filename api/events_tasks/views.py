"""The audit trail (verification events) and review tasks, read-only."""

from typing import Any

import django_filters
from django_filters.rest_framework import FilterSet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics

from api.events_tasks import selectors
from api.filters import MAX_ID, UtcIsoDateTimeFilter
from api.pagination import CursorPagination
from api.schema import READ, responses
from api.serializers import EventSerializer, ReviewTaskSerializer
from verifier.models import EventKind, ReviewTask, TaskState, VerificationEvent


class EventFilter(FilterSet):
    claim = django_filters.NumberFilter(field_name="claim_id", min_value=1, max_value=MAX_ID)
    kind = django_filters.MultipleChoiceFilter(choices=EventKind.choices, distinct=False)
    actor_type = django_filters.CharFilter()
    since = UtcIsoDateTimeFilter(field_name="created_at", lookup_expr="gte")

    class Meta:
        model = VerificationEvent
        fields: list[str] = []


@extend_schema_view(
    get=extend_schema(
        operation_id="events_list",
        summary="The audit trail (append-only), newest first, cursor-paginated.",
        responses=responses({200: EventSerializer(many=True)}, *READ),
    )
)
class EventListApi(generics.ListAPIView):
    serializer_class = EventSerializer
    filterset_class = EventFilter
    pagination_class = CursorPagination

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.events()


class ReviewTaskFilter(FilterSet):
    claim = django_filters.NumberFilter(field_name="claim_id", min_value=1, max_value=MAX_ID)
    state = django_filters.MultipleChoiceFilter(choices=TaskState.choices, distinct=False)
    assignee = django_filters.CharFilter(field_name="assignee__username")
    overdue = django_filters.BooleanFilter(method="filter_overdue", help_text="Open and past its due date.")

    class Meta:
        model = ReviewTask
        fields = ["kind"]

    def filter_overdue(self, queryset: Any, name: str, value: bool) -> Any:
        return queryset.overdue() if value else queryset.not_overdue()


@extend_schema_view(
    get=extend_schema(
        operation_id="review_tasks_list", responses=responses({200: ReviewTaskSerializer(many=True)}, *READ)
    )
)
class ReviewTaskListApi(generics.ListAPIView):
    serializer_class = ReviewTaskSerializer
    filterset_class = ReviewTaskFilter

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.review_tasks()


@extend_schema_view(
    get=extend_schema(operation_id="review_tasks_retrieve", responses=responses({200: ReviewTaskSerializer}, *READ))
)
class ReviewTaskDetailApi(generics.RetrieveAPIView):
    serializer_class = ReviewTaskSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.review_tasks()
