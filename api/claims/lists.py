"""Claim lists: page-number pages with a capped count, and cursor pages. One renderer for both (``claim_items``)."""

from typing import Any

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics
from rest_framework.request import Request
from rest_framework.response import Response

from api.claims.filters import ClaimCursorFilter, ClaimFilter
from api.claims.serializers import ClaimCursorItemSerializer
from api.pagination import CursorPagination
from api.schema import READ, responses
from api.serializers import ClaimSerializer, claim_items, claim_rows, claim_url_prefixes
from claims import selectors

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
    """A page of claims: the filtered claims' ``values()`` rows, rendered by ``claim_items`` (no model instances).
    Queries: the capped count and the page (cursor pages: the page)."""

    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    # Built once, cloned per request by get_queryset (DRF's queryset attribute); the filters apply to the rows.
    queryset = claim_rows(selectors.claim_list())

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        rows = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        assert rows is not None  # claim lists are always paginated
        return self.get_paginated_response(claim_items(rows, claim_url_prefixes(request)))


class ClaimCursorListApi(ClaimListApi):
    serializer_class = ClaimCursorItemSerializer
    pagination_class = CursorPagination
    filterset_class = ClaimCursorFilter

    @extend_schema(
        operation_id="claims_cursor_list",
        summary="Claims with cursor pagination (no count, constant cost at any depth), newest first.",
        description="The claim-list filters (without `ordering`). Follow `next` until it is null.",
        responses=responses({200: ClaimCursorItemSerializer(many=True)}, *READ),
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)
