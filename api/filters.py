"""Filter plumbing shared by the API's lists (plain django-filter FilterSets live with each resource)."""

from datetime import UTC
from typing import Any

import django_filters

# The largest id PostgreSQL's bigint holds: larger ids in a filter are a 400, not a database error.
MAX_ID = 2**63 - 1


class UtcIsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    """ISO 8601 date-time, converted to UTC before it reaches the database (PostgreSQL refuses UTC offsets beyond
    +-15:59, which Python and ISO 8601 accept)."""

    def filter(self, qs: Any, value: Any) -> Any:
        if value is not None:
            value = value.astimezone(UTC)
        return super().filter(qs, value)
