import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim
from desk import paginator
from desk.paginator import LargeTablePaginator, table_row_estimate
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims(article):  # type: ignore[no-untyped-def]
    return [
        ClaimFactory.create(article=article, position=0, start=0, end=10),
        ClaimFactory.create(article=article, position=1, start=10, end=20, status="in_review"),
    ]


def count_queries(queries):  # type: ignore[no-untyped-def]
    return [q["sql"] for q in queries if re.match(r"SELECT COUNT\(\*\)", q["sql"]) and "claims_claim" in q["sql"]]


def test_a_big_unfiltered_table_is_never_counted(desk, claims, monkeypatch):
    monkeypatch.setattr(paginator, "table_row_estimate", lambda **kwargs: 1_000_000)

    with CaptureQueriesContext(connection) as queries:
        page = desk.get(reverse("admin:claims_claim_changelist")).content.decode()

    assert count_queries(queries) == []
    assert '<span id="result-count">about 1000000</span> claims' in page
    assert len(re.findall(r'name="_selected_action"', page)) == 2


def test_a_small_table_is_counted_exactly(claims):
    paginator = LargeTablePaginator(Claim.objects.order_by("id"), 50)

    assert (paginator.count, paginator.approximate, paginator.capped) == (2, False, False)


def test_filtered_counts_stop_at_the_cap(desk, claims, monkeypatch):
    monkeypatch.setattr(LargeTablePaginator, "count_cap", 1)

    with CaptureQueriesContext(connection) as queries:
        page = desk.get(reverse("admin:claims_claim_changelist"), {"claim_type__exact": "event"}).content.decode()

    assert '<span id="result-count">1+</span> claims' in page
    [count_sql] = count_queries(queries)
    assert "LIMIT 2" in count_sql


@pytest.mark.postgres_only
def test_row_estimate_reads_pg_class(claims):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")

    assert table_row_estimate(db_table="claims_claim") == 2
    assert table_row_estimate(db_table="no_such_table") is None
