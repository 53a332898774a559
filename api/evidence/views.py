"""Evidence of a claim: list it, link more (a URL and/or a registered source)."""

from typing import Any

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from api.evidence import selectors
from api.evidence.serializers import EvidenceInputSerializer
from api.schema import READ, WRITE, responses
from api.serializers import EvidenceSerializer
from claims import selectors as claim_selectors
from sources.models import Evidence
from verifier.actors import Actor
from verifier.evidence import evidence_add


class ClaimEvidenceApi(generics.ListAPIView):
    serializer_class = EvidenceSerializer
    queryset = Evidence.objects.none()  # for the schema; get_queryset filters by claim
    pagination_class = None

    def get_queryset(self):  # type: ignore[no-untyped-def]
        get_object_or_404(claim_selectors.claim_versions(), pk=self.kwargs["pk"])
        return selectors.evidence_for_claim(claim_id=self.kwargs["pk"])

    @extend_schema(
        operation_id="claims_evidence_list", responses=responses({200: EvidenceSerializer(many=True)}, *READ)
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="claims_evidence_create",
        summary="Link evidence (a URL and/or a registered source) to the claim; the URL is checked in the background.",
        request=EvidenceInputSerializer,
        responses=responses({201: EvidenceSerializer}, *WRITE, 409),
    )
    def post(self, request: Request, pk: int) -> Response:
        get_object_or_404(claim_selectors.claim_versions(), pk=pk)
        serializer = EvidenceInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        if not data["url"] and data["source_id"] is None:
            raise serializers.ValidationError({"url": ["Give a url or a source_id."]})
        evidence = evidence_add(claim_id=pk, actor=Actor.for_request(request), **data)
        evidence = selectors.evidence_for_claim(claim_id=pk).get(pk=evidence.pk)
        return Response(EvidenceSerializer(evidence).data, status=status.HTTP_201_CREATED)
