"""schema.org ClaimReview of published verdicts: one claim's, the feed, the JSON-lines export."""

import json
import logging
from collections.abc import Iterator
from typing import Any

from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.claimreview import selectors
from api.renderers import JSONRenderer
from api.schema import READ, responses
from claims import selectors as claim_selectors
from verifier.claimreview import ClaimReviewUnavailable, claimreview_document

logger = logging.getLogger(__name__)

CLAIMREVIEW_SCHEMA = OpenApiResponse(OpenApiTypes.OBJECT, description="schema.org ClaimReview JSON-LD")


class ClaimReviewApi(APIView):
    @extend_schema(
        operation_id="claims_claimreview",
        summary="schema.org ClaimReview JSON-LD of a claim with a published verdict (409 when there is none).",
        responses=responses({(200, "application/ld+json"): CLAIMREVIEW_SCHEMA}, *READ, 409),
    )
    def get(self, request: Request, pk: int) -> Response:
        claim = get_object_or_404(claim_selectors.claim_with_article(), pk=pk)
        return Response(claimreview_document(claim=claim), content_type="application/ld+json")


class ClaimReviewPage(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = serializers.ListField(child=serializers.DictField())


def _valid_documents(claims: Any) -> Iterator[dict[str, Any]]:
    for claim in claims:
        try:
            yield claimreview_document(claim=claim)
        except ClaimReviewUnavailable as exc:  # published earlier, incomplete now: never serve it
            logger.warning("ClaimReview of claim %s not served: %s", claim.pk, exc.message)


class ClaimReviewFeedApi(generics.GenericAPIView):
    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.published_claims()

    @extend_schema(
        operation_id="claimreviews_list",
        summary="Every published ClaimReview, newest first (validated; incomplete ones are left out).",
        responses=responses({200: ClaimReviewPage}, *READ),
    )
    def get(self, request: Request) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(list(_valid_documents(page)))


class ClaimReviewExportApi(generics.GenericAPIView):
    pagination_class = None

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.published_claims()

    def perform_content_negotiation(self, request: Request, force: bool = False) -> Any:
        return JSONRenderer(), JSONRenderer.media_type

    @extend_schema(
        operation_id="claimreviews_export",
        summary="Every published ClaimReview as JSON lines, streamed.",
        responses=responses({(200, "application/x-ndjson"): OpenApiResponse(OpenApiTypes.STR)}, *READ),
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        claims = self.get_queryset().iterator(chunk_size=500)
        lines = (json.dumps(doc, separators=(",", ":")) + "\n" for doc in _valid_documents(claims))
        response = StreamingHttpResponse(lines, content_type="application/x-ndjson")
        response["Content-Disposition"] = 'attachment; filename="claimreview.jsonl"'
        return response
