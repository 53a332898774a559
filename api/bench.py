"""Benchmark-only endpoints (``API_BENCH_ENDPOINTS``), excluded from the schema; ``bench/api.py`` drives them.

* ``BenchConstantApi``: the cheapest DRF view, same auth, permission and throttle as the real ones, returning a
  constant: the floor under every endpoint.
* ``BenchPeerClaimListApi``: the claim list as a typical Django team writes it: a ``ListAPIView`` over the claims
  with DRF's ``ModelSerializer`` (the same declared fields as ``ClaimSerializer``, rendered field by field),
  the same django-filter ``FilterSet`` and DRF's ``PageNumberPagination`` (an exact count).
"""

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import generics, pagination, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.claims.filters import ClaimFilter
from api.serializers import ClaimSerializer
from claims.models import Claim

CONSTANT = {"ok": True}


class BenchConstantApi(APIView):
    @extend_schema(exclude=True)
    def get(self, request: Request) -> Response:
        return Response(CONSTANT)


class PeerClaimSerializer(ClaimSerializer):
    """``ClaimSerializer``'s declared fields, rendered by DRF's ``ModelSerializer`` (no shared row renderer)."""

    def to_representation(self, instance: Any) -> Any:
        return serializers.ModelSerializer.to_representation(self, instance)


class PeerPagination(pagination.PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 200


class BenchPeerClaimListApi(generics.ListAPIView):
    serializer_class = PeerClaimSerializer
    filterset_class = ClaimFilter
    pagination_class = PeerPagination
    queryset = Claim.objects.select_related("assignee").order_by("-created_at", "-id")

    @extend_schema(exclude=True)
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)
