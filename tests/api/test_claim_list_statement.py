"""The claim list's one statement: its cache of compiled statements, its paging edges, and the stored JSON that
claims migration 0101 keeps current with triggers."""

from typing import Any
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError, connection, transaction
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from api.claims import selectors
from api.claims.filters import ClaimFilter
from claims.models import Claim
from tests.api.conftest import make_article, make_claim, user_with_role

pytestmark = pytest.mark.django_db

PREFIXES = ("http://testserver/api/v1/claims/", "http://testserver/api/v1/articles/")


@pytest.fixture
def compiles(monkeypatch) -> list[QueryDict]:  # type: ignore[no-untyped-def]
    """The filter values each claim-list statement was compiled for (the ORM filters the rows only then)."""
    calls: list[QueryDict] = []
    original = ClaimFilter.filter_queryset

    def spy(self, queryset):  # type: ignore[no-untyped-def]
        calls.append(self.data)
        return original(self, queryset)

    monkeypatch.setattr(ClaimFilter, "filter_queryset", spy)
    return calls


def get(client, query: str) -> tuple[dict[str, Any], list[str]]:  # type: ignore[no-untyped-def]
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"/api/v1/claims/?{query}")
    assert response.status_code == 200, response.content
    return response.json(), [q["sql"] for q in captured.captured_queries]


def test_a_repeated_filter_reuses_its_statement_and_reads_the_current_rows(read_client, claims, compiles):
    first, first_sql = get(read_client, "status=new&claim_type=event")
    later = make_claim(make_article(text="The bridge closed again.", url=""), 0, 0, 24, claim_type="event")
    again, again_sql = get(read_client, "status=new&claim_type=event")
    other, _ = get(read_client, "status=new&claim_type=casualty")

    assert [c["id"] for c in first["results"]] == [claims[0].pk]
    assert [c["id"] for c in again["results"]] == [later.pk, claims[0].pk]
    assert (again["count"], again["count_exact"]) == (2, True)
    assert [c["id"] for c in other["results"]] == [claims[1].pk]
    assert len(first_sql) == len(again_sql) == 2  # the token, then the page with its count
    assert again_sql[1] == first_sql[1]
    assert [dict(data.lists()) for data in compiles] == [
        {"status": ["new"], "claim_type": ["event"]},
        {"status": ["new"], "claim_type": ["casualty"]},
    ]


def test_page_and_size_are_not_part_of_the_cached_statement(read_client, claims, compiles):
    first, _ = get(read_client, "status=new&page_size=2")
    second, _ = get(read_client, "status=new&page_size=2&page=2")
    whole, _ = get(read_client, "status=new&page_size=3")

    assert [c["id"] for c in first["results"]] == [claims[2].pk, claims[1].pk]
    assert [c["id"] for c in second["results"]] == [claims[0].pk]
    assert [c["id"] for c in whole["results"]] == [claims[2].pk, claims[1].pk, claims[0].pk]
    assert len(compiles) == 1


def test_the_cache_keeps_the_newest_statements_up_to_its_size(read_client, claims, settings):
    settings.API_LIST_STATEMENT_CACHE_SIZE = 2
    for query in ("hedge=denied", "hedge=asserted", "hedge=unconfirmed"):
        get(read_client, query)

    assert [key[1] for key in selectors._statements] == [(("hedge", ("asserted",)),), (("hedge", ("unconfirmed",)),)]


def test_a_cache_of_size_zero_compiles_every_time(read_client, claims, settings, compiles):
    settings.API_LIST_STATEMENT_CACHE_SIZE = 0
    first, _ = get(read_client, "hedge=denied")
    second, _ = get(read_client, "hedge=denied")

    assert [c["id"] for c in first["results"]] == [c["id"] for c in second["results"]] == [claims[2].pk]
    assert len(compiles) == 2
    assert selectors._statements == {}


# One value for every claim-list filter.
SAMPLES = {
    "status": "new",
    "verdict": "false",
    "claim_type": "event",
    "hedge": "denied",
    "checkworthy": "true",
    "article": "1",
    "cluster": "1",
    "claimer": "the army",
    "target": "Kidal base",
    "entity": "Kidal",
    "assignee": "checker",
    "created_after": "2024-01-01T00:00:00+05:00",
    "created_before": "2024-01-02T00:00:00Z",
    "event_date_after": "2024-01-01",
    "event_date_before": "2024-01-02",
    "overdue": "true",
    "q": '"bridge reopened" -attack',
    "ordering": "-score",
}


def test_every_filter_compiles_to_the_same_statement_whenever_it_is_compiled():
    """What makes a cached statement safe: no filter's SQL depends on the clock or anything but its value."""
    assert set(SAMPLES) == set(ClaimFilter.base_filters)
    for name, value in SAMPLES.items():
        statements = []
        for _ in range(2):
            filters = ClaimFilter(QueryDict(urlencode({name: value})))
            assert filters.is_valid(), (name, filters.errors)
            rows = selectors.api_claim_list(filters=filters, url_prefixes=PREFIXES)
            sql, params = rows._counted_rows(1001).query.sql_with_params()
            statements.append((sql, [repr(param) for param in params]))  # repr: psycopg's Jsonb has no __eq__
        assert statements[0] == statements[1], name


def test_an_empty_list_is_one_statement_and_pages_past_it_are_404(read_client, claims):
    empty, sql = get(read_client, "status=published")
    beyond = read_client.get("/api/v1/claims/?status=published&page=2")

    assert empty == {"count": 0, "count_exact": True, "next": None, "previous": None, "results": []}
    assert len(sql) == 2
    assert beyond.status_code == 404
    assert beyond.json()["detail"] == "Invalid page."


def test_a_page_past_the_last_is_404_and_the_last_page_is_counted_first(read_client, claims):
    beyond = read_client.get("/api/v1/claims/?page_size=2&page=3")
    last, sql = get(read_client, "page_size=2&page=last")

    assert beyond.status_code == 404
    assert beyond.json()["detail"] == "Invalid page."
    assert [c["id"] for c in last["results"]] == [claims[0].pk]
    assert (last["count"], last["next"], last["previous"]) == (3, None, "http://testserver/api/v1/claims/?page_size=2")
    assert len(sql) == 3  # the token, the count (for "last"), the page


def _listed(client, claim: Claim) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    body, _ = get(client, f"article={claim.article_id}&ordering=id")
    return next(item for item in body["results"] if item["id"] == claim.pk)


def test_the_stored_json_follows_every_kind_of_write(read_client, claims):
    claim = claims[0]
    Claim.objects.filter(pk=claim.pk).update(status="triaged", version=3)
    after_update = _listed(read_client, claim)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE claims_claim SET verdict = 'false', claimers = '[\"A\", \"B\"]' WHERE id = %s", [claim.pk]
        )
    after_sql = _listed(read_client, claim)

    assert (after_update["status"], after_update["version"], after_update["etag"]) == (
        "triaged",
        3,
        f'"claim-{claim.pk}-v3"',
    )
    assert (after_sql["verdict"], after_sql["claimers"]) == ("false", ["A", "B"])


def test_a_renamed_or_deleted_assignee_is_rendered_again(read_client, claims):
    checker = user_with_role("first-name", "fact-checker")
    Claim.objects.filter(pk=claims[1].pk).update(assignee=checker)
    assigned = _listed(read_client, claims[1])["assignee"]
    checker.username = "second-name"
    checker.save()
    renamed = _listed(read_client, claims[1])["assignee"]
    get_user_model().objects.filter(pk=checker.pk).delete()
    deleted = _listed(read_client, claims[1])["assignee"]

    assert (assigned, renamed, deleted) == ("first-name", "second-name", None)
    assert _listed(read_client, claims[0])["assignee"] is None


def test_without_its_trigger_a_claim_cannot_be_written(claims):
    with pytest.raises(IntegrityError, match="api_json_tail"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no deferred foreign-key checks pending: ALTER may run
        cursor.execute("ALTER TABLE claims_claim DISABLE TRIGGER claims_claim_api_json")
        cursor.execute("UPDATE claims_claim SET api_json_tail = NULL WHERE id = %s", [claims[0].pk])

    assert Claim.objects.count() == 3


@pytest.mark.django_db(transaction=True)
def test_the_migration_renders_the_claims_written_before_it(transactional_db):
    from django.core.management import call_command

    article = make_article()
    call_command("migrate", "claims", "0100", verbosity=0)
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                'INSERT INTO claims_claim (article_id, position, start, "end", sentence_start, sentence_end, text, '
                "claim_type, checkworthy, score, score_features, hedge, claimers, targets, actors, entities, numbers, "
                "status, verdict, verdict_summary, version, created_at, updated_at) VALUES (%s, 0, 0, 45, 0, 45, "
                "'Officials said the bridge reopened on Monday.', 'event', true, 0.5, '{}', 'asserted', '[]', '[]', "
                "'[]', '[]', '[]', 'new', 'unrated', '', 1, '2024-05-02T10:00:00Z', '2024-05-02T10:00:00.5Z') "
                "RETURNING id",
                [article.pk],
            )
            (claim_id,) = cursor.fetchone()  # type: ignore[misc]
    finally:
        call_command("migrate", "claims", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT api_json_tail FROM claims_claim WHERE id = %s", [claim_id])
        (stored,) = cursor.fetchone()  # type: ignore[misc]

    assert stored == (
        f',"article_id":{article.pk},"position":0,"start":0,"end":45,"sentence_start":0,"sentence_end":45,'
        '"text":"Officials said the bridge reopened on Monday.","claim_type":"event","checkworthy":true,"score":0.5,'
        '"hedge":"asserted","claimers":[],"targets":[],"entities":[],"numbers":[],"event_date":null,'
        '"cluster_id":null,"status":"new","verdict":"unrated","verdict_summary":"","assignee":null,"version":1,'
        f'"etag":"\\"claim-{claim_id}-v1\\"","published_at":null,"created_at":"2024-05-02T10:00:00Z",'
        '"updated_at":"2024-05-02T10:00:00.500000Z"}'
    )
