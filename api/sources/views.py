"""The source registry over HTTP (read-only): sources with aliases and reliability history."""

import django_filters
from django.db.models import Q, QuerySet
from django_filters.rest_framework import FilterSet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics

from api.schema import READ, responses
from api.sources import selectors
from api.sources.serializers import SourceDetailSerializer, SourceSerializer
from sources.models import Reliability, Source, SourceKind


class SourceFilter(FilterSet):
    kind = django_filters.MultipleChoiceFilter(choices=SourceKind.choices, distinct=False)
    reliability = django_filters.MultipleChoiceFilter(choices=Reliability.choices, distinct=False)
    reviewed = django_filters.BooleanFilter()
    name = django_filters.CharFilter(method="filter_name", help_text="Part of the name or of an alias.")

    class Meta:
        model = Source
        fields: list[str] = []

    def filter_name(self, queryset: QuerySet[Source], name: str, value: str) -> QuerySet[Source]:
        return queryset.filter(Q(name__icontains=value) | Q(aliases__alias__icontains=value)).distinct()


@extend_schema_view(
    get=extend_schema(operation_id="sources_list", responses=responses({200: SourceSerializer(many=True)}, *READ))
)
class SourceListApi(generics.ListAPIView):
    serializer_class = SourceSerializer
    filterset_class = SourceFilter

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.source_list()


@extend_schema_view(
    get=extend_schema(
        operation_id="sources_retrieve",
        summary="A source with its aliases and the history of its reliability rating.",
        responses=responses({200: SourceDetailSerializer}, *READ),
    )
)
class SourceDetailApi(generics.RetrieveAPIView):
    serializer_class = SourceDetailSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.source_detail()
