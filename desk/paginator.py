"""A changelist paginator for tables of millions of rows: no ``COUNT(*)`` over the whole table.

The unfiltered list takes the table's size from PostgreSQL's statistics (``pg_class.reltuples``, kept current by
autovacuum's ANALYZE); a filtered list counts at most ``count_cap`` rows. Either way the page itself is a plain
``ORDER BY ... LIMIT/OFFSET`` on indexed columns. The count is shown as "about N" or "N+" (see the
``admin/claims/claim/pagination.html`` template).
"""

from functools import cached_property
from typing import Any

from django.core.paginator import Paginator
from django.db import connections

# Below this many rows (by the estimate) an exact count is cheap and the statistics may be stale: count.
EXACT_COUNT_BELOW = 50_000


def table_row_estimate(*, db_table: str, using: str = "default") -> int | None:
    """PostgreSQL's row estimate for a table; ``None`` elsewhere or when the table was never analysed."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(%s)", [db_table])
        row = cursor.fetchone()
    if row is None or row[0] is None or row[0] < 0:
        return None
    return int(row[0])


class LargeTablePaginator(Paginator):
    # 20 pages of 50: past that a fact-checker filters instead of paging. A higher cap reads more rows per count.
    count_cap = 1_000
    approximate = False  # the count is an estimate ("about N")
    capped = False  # the count stopped at count_cap ("N+")

    @cached_property
    def count(self) -> int:  # type: ignore[override]
        queryset: Any = self.object_list
        if not queryset.query.where:
            estimate = table_row_estimate(db_table=queryset.model._meta.db_table, using=queryset.db)
            if estimate is not None and estimate >= EXACT_COUNT_BELOW:
                self.approximate = True
                return estimate
            return queryset.count()
        # Unordered, so PostgreSQL can stop after count_cap + 1 matching rows instead of sorting them all.
        bounded = queryset.order_by()[: self.count_cap + 1].count()
        if bounded > self.count_cap:
            self.capped = True
            return self.count_cap
        return bounded
