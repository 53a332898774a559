from typing import Any

from django.core.paginator import EmptyPage, Page, PageNotAnInteger
from django.core.paginator import Paginator as DjangoPaginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property
from rest_framework import pagination
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

# Largest ``page_size`` a client may ask for: bounds the rows one request reads and renders.
API_MAX_PAGE_SIZE = 200
# Matches counted exactly at most (past it ``count_exact`` is false): counting a broad filter costs more than a page.
API_LIST_COUNT_LIMIT = 1000


def capped_count_sql(queryset: QuerySet[Any], limit: int) -> tuple[str, tuple[Any, ...]]:
    """``SELECT COUNT(*)`` of the queryset's rows, stopping after ``limit``: its primary keys, unordered, counted in
    SQL around the ORM's own query (Django's count() of a sliced queryset builds the same statement with more
    work)."""
    sql, params = queryset.order_by().values("pk")[:limit].query.sql_with_params()
    return f"SELECT COUNT(*) FROM ({sql}) AS matches", tuple(params)  # noqa: S608 - the ORM's SQL


class _ReadAheadPage(Page):
    """A page that read one row more than it shows: whether another follows was read, not computed from a total."""

    def __init__(self, object_list: Any, number: int, paginator: DjangoPaginator, *, has_next: bool) -> None:
        super().__init__(object_list, number, paginator)
        self._has_next = has_next

    def has_next(self) -> bool:
        return self._has_next


class CountLimitedPaginator(DjangoPaginator):
    """Django's paginator counting at most ``API_LIST_COUNT_LIMIT + 1`` rows.

    Up to the limit ``count`` is exact and nothing else changes. Past it, ``count`` is the limit and
    ``count_exact`` is false: counting every match of a broad filter over millions of claims would cost more than
    the page itself. Such pages are still served at any depth: each reads one row more than it shows to know
    whether another page follows.

    ``object_list`` is a queryset (a capped COUNT, then the page) or a list.
    """

    def __init__(self, object_list: Any, per_page: int, **kwargs: Any) -> None:
        super().__init__(object_list, per_page, **kwargs)
        self.count_limit: int = API_LIST_COUNT_LIMIT

    @cached_property
    def _counted(self) -> int:
        rows = self.object_list
        if not isinstance(rows, QuerySet):
            return len(rows)
        sql, params = capped_count_sql(rows, self.count_limit + 1)
        with connections[rows.db].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()[0]  # type: ignore[no-any-return,index]

    @cached_property
    def count(self) -> int:
        return min(self._counted, self.count_limit)

    @property
    def count_exact(self) -> bool:
        return self._counted <= self.count_limit

    def validate_number(self, number: Any) -> int:
        if "_counted" in self.__dict__ and self.count_exact:
            return super().validate_number(number)
        try:
            number = int(number)
        except (TypeError, ValueError) as exc:
            raise PageNotAnInteger(self.error_messages["invalid_page"]) from exc
        if number < 1:
            raise EmptyPage(self.error_messages["min_page"])
        return number  # type: ignore[no-any-return]

    def page(self, number: Any) -> Page:
        if self.count_exact:
            return super().page(number)
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        items = list(self.object_list[bottom : bottom + self.per_page + 1])
        if not items:
            raise EmptyPage(self.error_messages["no_results"])
        return _ReadAheadPage(items[: self.per_page], number, self, has_next=len(items) > self.per_page)


class PageNumberPagination(pagination.PageNumberPagination):
    """``?page=&page_size=``; ``page_size`` is capped at ``API_MAX_PAGE_SIZE``.

    ``count`` is the number of matches, exact up to ``API_LIST_COUNT_LIMIT``; past it ``count`` is the limit and
    ``count_exact`` false (the pages go on: follow ``next``, or walk everything with cursor pages).
    """

    page_size_query_param = "page_size"
    django_paginator_class = CountLimitedPaginator

    @property
    def max_page_size(self) -> int:  # type: ignore[override]
        return API_MAX_PAGE_SIZE

    def get_page_number(self, request: Request, paginator: DjangoPaginator) -> Any:
        number = request.query_params.get(self.page_query_param) or 1
        if number in self.last_page_strings:
            if not paginator.count_exact:  # type: ignore[attr-defined]
                raise NotFound(f"The last page is not known past {paginator.count} matches; narrow the filters.")
            return paginator.num_pages
        return number

    def get_paginated_response(self, data: Any) -> Response:
        assert self.page is not None
        paginator: CountLimitedPaginator = self.page.paginator  # type: ignore[assignment]
        return Response(
            {
                "count": paginator.count,
                "count_exact": paginator.count_exact,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        response = super().get_paginated_response_schema(schema)
        response["required"] = ["count", "count_exact", "next", "previous", "results"]
        response["properties"]["count"]["description"] = (
            "Matches, exact up to the server's count limit (API_LIST_COUNT_LIMIT); past it, the limit."
        )
        response["properties"] = {
            "count": response["properties"]["count"],
            "count_exact": {"type": "boolean", "description": "False when `count` stopped at the count limit."},
            **{name: value for name, value in response["properties"].items() if name != "count"},
        }
        return response


class CursorPagination(pagination.CursorPagination):
    """Opaque ``?cursor=`` pages for large tables: no COUNT, no OFFSET, stable while rows are added."""

    page_size_query_param = "page_size"
    ordering = ("-created_at", "-id")

    @property
    def max_page_size(self) -> int:  # type: ignore[override]
        return API_MAX_PAGE_SIZE
