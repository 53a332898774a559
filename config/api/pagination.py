from django.conf import settings
from rest_framework import pagination


class PageNumberPagination(pagination.PageNumberPagination):
    """``?page=&page_size=`` with a total ``count``; ``page_size`` is capped at ``API_MAX_PAGE_SIZE``."""

    page_size_query_param = "page_size"

    @property
    def max_page_size(self) -> int:  # type: ignore[override]
        return settings.API_MAX_PAGE_SIZE


class CursorPagination(pagination.CursorPagination):
    """Opaque ``?cursor=`` pages for large tables: no COUNT, no OFFSET, stable while rows are added."""

    page_size_query_param = "page_size"
    ordering = ("-created_at", "-id")

    @property
    def max_page_size(self) -> int:  # type: ignore[override]
        return settings.API_MAX_PAGE_SIZE
