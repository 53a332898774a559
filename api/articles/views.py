"""Articles: submit one (text, HTML or a URL), import many, list them, read one with its claims."""

from typing import Any

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from api.articles.serializers import (
    ArticleAcceptedSerializer,
    ArticleImportResultSerializer,
    ArticleImportRowSerializer,
    ArticleInputSerializer,
    ArticleMetadataUpdateSerializer,
    ArticleSerializer,
    ArticleSummarySerializer,
)
from api.claims.ingest import parse_import_rows, validate_import_rows
from api.idempotency import idempotent
from api.parsers import CSVParser, JSONLinesParser, JSONLParser
from api.schema import IDEMPOTENCY_KEY, READ, WRITE, responses
from claims import selectors
from claims.services import PreparedArticle
from config.errors import ApplicationError
from verifier.actors import Actor
from verifier.articles import article_metadata_update
from verifier.intake import article_input, article_intake, articles_intake


def _accepted(request: Request, result: Any) -> dict[str, Any]:
    article = result.article
    location = reverse("api:article-detail", kwargs={"pk": article.pk}, request=request)
    return {"id": article.pk, "url": location, "ingest_status": article.ingest_status, "created": result.created}


def _input_row(number: int, item: dict[str, Any]) -> PreparedArticle:
    """One row of a bulk import checked through ``article_input``; its refusal (``empty``, ``too_large``...) names
    the row in ``detail`` and ``errors.row`` (the import then writes nothing)."""
    try:
        return article_input(**item)
    except ApplicationError as exc:
        exc.message = f"Row {number}: {exc.message}"
        exc.extra = {**exc.extra, "row": number}
        raise


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
        return selectors.article_list()

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
        data = serializer.validated_data

        def submit() -> Response:
            body = _accepted(request, article_intake(**data, actor=Actor.for_request(request)))
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
            articles = [_input_row(number, item) for number, item in enumerate(items, 1)]
            results = [_accepted(request, result) for result in articles_intake(articles=articles, actor=actor)]
            body = {"count": len(results), "created": sum(r["created"] for r in results), "results": results}
            return Response(body, status=status.HTTP_202_ACCEPTED)

        return idempotent(request, submit)


class ArticleDetailApi(APIView):
    @extend_schema(operation_id="articles_retrieve", responses=responses({200: ArticleSerializer}, *READ))
    def get(self, request: Request, pk: int) -> Response:
        article = get_object_or_404(selectors.article_detail(), pk=pk)
        return Response(ArticleSerializer(article, context={"request": request}).data)

    @extend_schema(
        operation_id="articles_metadata_update",
        summary="Correct an article's metadata (title, outlet, author, url, published_at); recorded with the reason.",
        description="The text is never changed. A value already there is not a change: nothing is recorded then.",
        request=ArticleMetadataUpdateSerializer,
        responses=responses({200: ArticleSerializer}, *WRITE),
    )
    def patch(self, request: Request, pk: int) -> Response:
        serializer = ArticleMetadataUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        reason = changes.pop("reason")
        article_metadata_update(article_id=pk, actor=Actor.for_request(request), changes=changes, reason=reason)
        article = get_object_or_404(selectors.article_detail(), pk=pk)
        return Response(ArticleSerializer(article, context={"request": request}).data)
