"""All claims matching the claim-list filters, streamed as CSV."""

import csv
from collections.abc import Iterator
from typing import Any

from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics
from rest_framework.request import Request

from api.claims.filters import ClaimCursorFilter
from api.renderers import JSONOnlyMixin
from api.schema import READ, responses
from claims import selectors

CSV_COLUMNS = [
    "id",
    "article_id",
    "position",
    "start",
    "end",
    "text",
    "claim_type",
    "checkworthy",
    "score",
    "hedge",
    "claimers",
    "targets",
    "event_date",
    "cluster_id",
    "status",
    "verdict",
    "version",
    "created_at",
]
EXPORT_CHUNK_SIZE = 2000


class _Echo:
    def write(self, value: str) -> str:
        return value


def _csv_rows(queryset: Any) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_COLUMNS)
    for row in queryset.values_list(*CSV_COLUMNS).iterator(chunk_size=EXPORT_CHUNK_SIZE):
        yield writer.writerow(["|".join(v) if isinstance(v, list) else v for v in row])


class ClaimExportCsvApi(JSONOnlyMixin, generics.GenericAPIView):
    filterset_class = ClaimCursorFilter
    pagination_class = None

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.claim_export()

    @extend_schema(
        operation_id="claims_export_csv",
        summary="All claims matching the claim-list filters as CSV, streamed (list columns joined with |).",
        filters=True,
        responses=responses({(200, "text/csv"): OpenApiResponse(OpenApiTypes.STR)}, *READ),
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        queryset = self.filter_queryset(self.get_queryset())
        response = StreamingHttpResponse(_csv_rows(queryset), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="claims.csv"'
        return response
