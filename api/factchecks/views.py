"""Published fact-checks: search and list, import, and the ranked matches of a claim."""

from dataclasses import asdict

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.factchecks.serializers import (
    ClaimMatchSerializer,
    FactCheckImportResultSerializer,
    FactCheckImportUrlSerializer,
    FactCheckListItemSerializer,
    FactCheckSearchInputSerializer,
)
from api.parsers import CSVParser, JSONLinesParser, LimitedJSONParser, LimitedRawParser
from api.schema import READ, WRITE, responses
from claims.models import Claim
from factchecks import selectors
from factchecks.services import factcheck_search, factchecks_from_json_ld, factchecks_parse
from verifier.factcheck_matches import factchecks_fetch, factchecks_import_and_embed


class FactCheckListApi(generics.ListAPIView):
    serializer_class = FactCheckListItemSerializer

    @extend_schema(
        operation_id="factchecks_list",
        summary="Search published fact-checks by claim text (q), best first with scores; without q, all, newest first.",
        parameters=[
            OpenApiParameter("q", str, description="Claim text to search for (like Google's claims:search)."),
            OpenApiParameter("limit", int, description="Results of a search (1..50, default 10)."),
        ],
        responses=responses({200: FactCheckListItemSerializer(many=True)}, *READ),
    )
    def get(self, request: Request, *args: object, **kwargs: object) -> Response:
        params = FactCheckSearchInputSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        query = params.validated_data.get("q", "")
        if not query.strip():
            return super().get(request, *args, **kwargs)
        hits = factcheck_search(query=query, limit=params.validated_data["limit"])
        scores = {factcheck.pk: match.score for factcheck, match in hits}
        context = {**self.get_serializer_context(), "scores": scores}
        results = FactCheckListItemSerializer([factcheck for factcheck, _ in hits], many=True, context=context).data
        # The list's page envelope (one schema for both): a search answers its best ``limit`` on one page.
        return Response(
            {"count": len(results), "count_exact": True, "next": None, "previous": None, "results": results}
        )

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.factcheck_list()


class ClaimReviewJSONParser(LimitedRawParser):
    media_type = "application/ld+json"


class HTMLParser(LimitedRawParser):
    media_type = "text/html"


class FactCheckImportApi(APIView):
    parser_classes = [LimitedJSONParser, ClaimReviewJSONParser, HTMLParser, CSVParser, JSONLinesParser]

    @extend_schema(
        operation_id="factchecks_import",
        summary="Import fact-checks: ClaimReview JSON-LD (a document, list or DataFeed), an HTML page with it, CSV, "
        'JSON lines, or {"url": ...} to fetch one of those. Known ones (same URL, or publisher + claim) are updated.',
        description="Everything is parsed first; one bad record refuses the import (400 naming it) and nothing is "
        "written. Vectors for the matcher are computed afterwards in the background.",
        request={
            "application/json": OpenApiTypes.OBJECT,
            "application/ld+json": OpenApiTypes.OBJECT,
            "text/html": OpenApiTypes.STR,
            "text/csv": OpenApiTypes.STR,
            "application/x-ndjson": OpenApiTypes.STR,
        },
        responses=responses({200: FactCheckImportResultSerializer}, *WRITE, 422),
    )
    def post(self, request: Request) -> Response:
        data = request.data
        if isinstance(data, bytes):
            records = factchecks_parse(content=data, content_type=request.content_type)
        elif isinstance(data, dict) and set(data) == {"url"}:
            url = FactCheckImportUrlSerializer(data=data)
            url.is_valid(raise_exception=True)
            records = factchecks_fetch(url=url.validated_data["url"])
        else:
            records = factchecks_from_json_ld(data=data)
        result = factchecks_import_and_embed(records=records)
        return Response(FactCheckImportResultSerializer(asdict(result)).data)


class ClaimMatchListApi(APIView):
    @extend_schema(
        operation_id="claims_matches",
        summary="Published fact-checks matched to the claim, best first, with calibrated scores and decisions.",
        responses=responses({200: ClaimMatchSerializer(many=True)}, *READ),
    )
    def get(self, request: Request, pk: int) -> Response:
        claim = get_object_or_404(Claim.objects.only("id"), pk=pk)
        matches = selectors.claim_match_list(claim_id=claim.pk)
        return Response(ClaimMatchSerializer(matches, many=True).data)
