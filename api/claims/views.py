"""Articles, claims and clusters. Thin views: validate, call one service or selector, serialize."""

import csv
from collections.abc import Iterator
from typing import Any

from django.db import transaction
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django_filters.utils import translate_validation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from api.claims import selectors
from api.claims.filters import ClaimCursorFilter, ClaimFilter
from api.claims.ingest import (
    ArticleInput,
    article_submit_input,
    parse_import_rows,
    validate_import_rows,
)
from api.claims.serializers import (
    ArticleAcceptedSerializer,
    ArticleImportResultSerializer,
    ArticleImportRowSerializer,
    ArticleInputSerializer,
    ArticleSerializer,
    ArticleSummarySerializer,
    ClaimCursorItemSerializer,
    ClaimDetailSerializer,
    ClaimSerializer,
    ClusterDetailSerializer,
    ClusterSerializer,
    claim_rows_data,
    claim_url_prefixes,
)
from api.idempotency import idempotent
from api.pagination import CursorPagination
from api.parsers import CSVParser, JSONLinesParser, JSONLParser
from api.preconditions import with_etag
from api.renderers import JSONRenderer
from api.schema import IDEMPOTENCY_KEY, READ, WRITE, responses
from claims.models import Claim
from verifier.actors import Actor


def _accepted(request: Request, result: Any) -> dict[str, Any]:
    article = result.article
    location = reverse("api:article-detail", kwargs={"pk": article.pk}, request=request)
    return {"id": article.pk, "url": location, "ingest_status": article.ingest_status, "created": result.created}


class JSONOnlyMixin:
    """Views that stream their own media type: errors are JSON whatever the Accept header says."""

    def perform_content_negotiation(self, request: Request, force: bool = False) -> tuple[Any, str]:
        return JSONRenderer(), JSONRenderer.media_type


@extend_schema_view(
    get=extend_schema(
        operation_id="articles_list",
        summary="Articles, newest first.",
        responses=responses({200: ArticleSummarySerializer(many=True)}, *READ),
    )
)
class ArticleListCreateApi(generics.ListAPIView):
    serializer_class = ArticleSummarySerializer
    filterset_fields = ["ingest_status", "source_format", "outlet"]

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.api_article_list()

    @extend_schema(
        operation_id="articles_create",
        request=ArticleInputSerializer,
        parameters=[IDEMPOTENCY_KEY],
        responses=responses({202: ArticleAcceptedSerializer}, *WRITE, 422),
        summary="Submit an article (text, HTML or a URL to fetch); its claims are extracted in the background.",
    )
    def post(self, request: Request) -> Response:
        serializer = ArticleInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = ArticleInput(**serializer.validated_data)

        def submit() -> Response:
            body = _accepted(request, article_submit_input(data=data, actor=Actor.for_request(request)))
            return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": body["url"]})

        return idempotent(request, submit)


class ArticleImportApi(APIView):
    parser_classes = [CSVParser, JSONLinesParser, JSONLParser]

    @extend_schema(
        operation_id="articles_import",
        summary="Bulk import: a CSV (header: text or html, title, outlet, author, url, published_at) or JSON lines.",
        description=(
            "Every row is validated first; one bad row refuses the whole import (400 naming the row) and nothing "
            "is written. At most 1000 rows. Identical texts already submitted are returned with created=false."
        ),
        request={"text/csv": OpenApiTypes.STR, "application/x-ndjson": OpenApiTypes.STR},
        parameters=[IDEMPOTENCY_KEY],
        responses=responses({202: ArticleImportResultSerializer}, *WRITE, 422),
    )
    def post(self, request: Request) -> Response:
        media_type = "text/csv" if request.content_type.startswith("text/csv") else "application/x-ndjson"
        body = request.data if isinstance(request.data, bytes) else b""  # no body at all parses as {}
        rows = parse_import_rows(body=body, media_type=media_type)
        items = validate_import_rows(rows, ArticleImportRowSerializer)
        actor = Actor.for_request(request)

        def submit() -> Response:
            with transaction.atomic():
                results = [
                    _accepted(request, article_submit_input(data=ArticleInput(**item), actor=actor)) for item in items
                ]
            body = {"count": len(results), "created": sum(r["created"] for r in results), "results": results}
            return Response(body, status=status.HTTP_202_ACCEPTED)

        return idempotent(request, submit)


class ArticleDetailApi(APIView):
    @extend_schema(operation_id="articles_retrieve", responses=responses({200: ArticleSerializer}, *READ))
    def get(self, request: Request, pk: int) -> Response:
        article = get_object_or_404(selectors.api_article_detail(), pk=pk)
        return Response(ArticleSerializer(article, context={"request": request}).data)


CLAIM_LIST_DESCRIPTION = (
    "Filters combine with AND; repeat `status`/`verdict`/`claim_type`/`hedge` for OR within one. `q` is a "
    'full-text search (words, "phrases", -exclusions). Page-number pages with a total `count`; for deep paging '
    "through large result sets use `GET /claims/cursor/`, which takes the same filters."
)


@extend_schema_view(
    get=extend_schema(
        operation_id="claims_list",
        description=CLAIM_LIST_DESCRIPTION,
        responses=responses({200: ClaimSerializer(many=True)}, *READ),
    )
)
class ClaimListApi(generics.ListAPIView):
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    keyset = False  # rows carry their cursor position (cursor pagination)

    def get_queryset(self):  # type: ignore[no-untyped-def]
        if getattr(self, "swagger_fake_view", False):  # schema generation: no real request (nor host) to render for
            return Claim.objects.none()
        return selectors.api_claim_rows(url_prefixes=claim_url_prefixes(self.request), keyset=self.keyset)

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        filters = self.filterset_class(request.query_params, request=request)
        if not filters.is_valid():
            raise translate_validation(filters.errors)
        matches = selectors.api_claim_list(filters=filters, url_prefixes=claim_url_prefixes(request))
        rows = self.paginate_queryset(matches)  # type: ignore[arg-type]
        assert rows is not None  # claim lists are always paginated
        return self.get_paginated_response(claim_rows_data(rows, request=request))


class ClaimCursorListApi(ClaimListApi):
    serializer_class = ClaimCursorItemSerializer
    pagination_class = CursorPagination
    filterset_class = ClaimCursorFilter
    keyset = True

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        rows = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        assert rows is not None
        return self.get_paginated_response(claim_rows_data(rows, request=request))

    @extend_schema(
        operation_id="claims_cursor_list",
        summary="Claims with cursor pagination (no count, constant cost at any depth), newest first.",
        description="The claim-list filters (without `ordering`). Follow `next` until it is null.",
        responses=responses({200: ClaimCursorItemSerializer(many=True)}, *READ),
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


class ClaimDetailApi(APIView):
    @extend_schema(
        operation_id="claims_retrieve",
        summary="A claim with spans, evidence, review tasks and history. The ETag header is its version.",
        responses=responses({200: ClaimDetailSerializer}, *READ),
    )
    def get(self, request: Request, pk: int) -> Response:
        claim = get_object_or_404(selectors.api_claim_detail(), pk=pk)
        body = ClaimDetailSerializer(claim, context={"request": request}).data
        return with_etag(Response(body), kind="claim", pk=claim.pk, version=claim.version)


@extend_schema_view(
    get=extend_schema(operation_id="clusters_list", responses=responses({200: ClusterSerializer(many=True)}, *READ))
)
class ClusterListApi(generics.ListAPIView):
    serializer_class = ClusterSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.api_cluster_list()


@extend_schema_view(
    get=extend_schema(operation_id="clusters_retrieve", responses=responses({200: ClusterDetailSerializer}, *READ))
)
class ClusterDetailApi(generics.RetrieveAPIView):
    serializer_class = ClusterDetailSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.api_cluster_detail()


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
        return Claim.objects.order_by("id")

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
