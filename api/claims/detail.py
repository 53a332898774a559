"""One claim with its spans, evidence, review tasks and history; its ETag is its version."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.claims import selectors
from api.claims.serializers import ClaimDetailSerializer
from api.preconditions import with_etag
from api.schema import READ, responses


class ClaimDetailApi(APIView):
    @extend_schema(
        operation_id="claims_retrieve",
        summary="A claim with spans, evidence, review tasks and history. The ETag header is its version.",
        responses=responses({200: ClaimDetailSerializer}, *READ),
    )
    def get(self, request: Request, pk: int) -> Response:
        claim = get_object_or_404(selectors.claim_detail(), pk=pk)
        body = ClaimDetailSerializer(claim, context={"request": request}).data
        return with_etag(Response(body), kind="claim", pk=claim.pk, version=claim.version)
