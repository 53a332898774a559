"""Benchmark-only endpoint (``API_BENCH_ENDPOINTS``): the cheapest DRF view, same auth, permission and throttle
as the real ones, returning a constant. ``bench/api.py`` compares the claim list with it."""

from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

CONSTANT = {"ok": True}


class BenchConstantApi(APIView):
    @extend_schema(exclude=True)
    def get(self, request: Request) -> Response:
        return Response(CONSTANT)
