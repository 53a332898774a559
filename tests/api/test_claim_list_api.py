"""GET /claims/ and /claims/cursor/: whole payloads, paging edges, the capped count, a constant number of queries,
and rows as current as the table."""

from datetime import UTC, datetime
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from rest_framework import serializers
from rest_framework.request import Request

from api import pagination
from api.serializers import ClaimSerializer
from claims.models import Claim, ClaimCluster
from tests.api.conftest import user_with_role

pytestmark = pytest.mark.django_db

# The keys of a claim in every list, in order (the list payload as clients know it).
CLAIM_KEYS = [
    "id",
    "url",
    "article",
    "article_id",
    "position",
    "start",
    "end",
    "sentence_start",
    "sentence_end",
    "text",
    "claim_type",
    "checkworthy",
    "score",
    "hedge",
    "claimers",
    "targets",
    "entities",
    "numbers",
    "event_date",
    "cluster_id",
    "status",
    "verdict",
    "verdict_summary",
    "assignee",
    "version",
    "etag",
    "published_at",
    "created_at",
    "updated_at",
]
TEXT = 'Quotes " and \\ backslashes, \u2028 a line separator, \u00e9t\u00e9 and \U0001f600.'


@pytest.fixture
def varied(claims) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The three claims with fixed times, and the second one with every optional member set."""
    cluster = ClaimCluster.objects.create(label="c")
    assignee = user_with_role("row-checker", "fact-checker")
    for i, claim in enumerate(claims):
        Claim.objects.filter(pk=claim.pk).update(
            created_at=datetime(2024, 5, 2, 10, i, tzinfo=UTC), updated_at=datetime(2024, 5, 2, 10, i, tzinfo=UTC)
        )
    Claim.objects.filter(pk=claims[1].pk).update(
        cluster=cluster,
        assignee=assignee,
        published_at=datetime(2024, 5, 6, 9, 30, 15, 123456, tzinfo=UTC),
        updated_at=datetime(2024, 5, 6, 9, 30, 15, 100000, tzinfo=UTC),
        text=TEXT,
        score=0.1 + 0.2,
        numbers=[{"text": "12", "value": 12.0, "start": 85, "end": 87}],
        verdict_summary="Ça va",
        version=3,
    )
    return {"cluster": cluster, "claims": claims}


def expected_items(varied: dict[str, Any]) -> list[dict[str, Any]]:
    """The three claims as the list renders them, newest first."""
    first, second, third = varied["claims"]
    article = first.article_id
    base = "http://testserver/api/v1/"
    return [
        {
            "id": third.pk,
            "url": f"{base}claims/{third.pk}/",
            "article": f"{base}articles/{article}/",
            "article_id": article,
            "position": 2,
            "start": 118,
            "end": 147,
            "sentence_start": 118,
            "sentence_end": 147,
            "text": "The rebels denied the attack.",
            "claim_type": "accusation",
            "checkworthy": True,
            "score": 0.4,
            "hedge": "denied",
            "claimers": ["The rebels"],
            "targets": [],
            "entities": [],
            "numbers": [],
            "event_date": None,
            "cluster_id": None,
            "status": "new",
            "verdict": "unrated",
            "verdict_summary": "",
            "assignee": None,
            "version": 1,
            "etag": f'"claim-{third.pk}-v1"',
            "published_at": None,
            "created_at": "2024-05-02T10:02:00Z",
            "updated_at": "2024-05-02T10:02:00Z",
        },
        {
            "id": second.pk,
            "url": f"{base}claims/{second.pk}/",
            "article": f"{base}articles/{article}/",
            "article_id": article,
            "position": 1,
            "start": 46,
            "end": 117,
            "sentence_start": 46,
            "sentence_end": 117,
            "text": TEXT,
            "claim_type": "casualty",
            "checkworthy": True,
            "score": 0.30000000000000004,
            "hedge": "unconfirmed",
            "claimers": ["the army"],
            "targets": ["Kidal base"],
            "entities": [{"text": "Kidal", "label": "GPE", "start": 64, "end": 69}],
            "numbers": [{"text": "12", "value": 12.0, "start": 85, "end": 87}],
            "event_date": None,
            "cluster_id": varied["cluster"].pk,
            "status": "new",
            "verdict": "unrated",
            "verdict_summary": "Ça va",
            "assignee": "row-checker",
            "version": 3,
            "etag": f'"claim-{second.pk}-v3"',
            "published_at": "2024-05-06T09:30:15.123456Z",
            "created_at": "2024-05-02T10:01:00Z",
            "updated_at": "2024-05-06T09:30:15.100000Z",
        },
        {
            "id": first.pk,
            "url": f"{base}claims/{first.pk}/",
            "article": f"{base}articles/{article}/",
            "article_id": article,
            "position": 0,
            "start": 0,
            "end": 45,
            "sentence_start": 0,
            "sentence_end": 45,
            "text": "Officials said the bridge reopened on Monday.",
            "claim_type": "event",
            "checkworthy": True,
            "score": 0.0,
            "hedge": "asserted",
            "claimers": ["Officials"],
            "targets": [],
            "entities": [],
            "numbers": [],
            "event_date": "2024-04-29",
            "cluster_id": None,
            "status": "new",
            "verdict": "unrated",
            "verdict_summary": "",
            "assignee": None,
            "version": 1,
            "etag": f'"claim-{first.pk}-v1"',
            "published_at": None,
            "created_at": "2024-05-02T10:00:00Z",
            "updated_at": "2024-05-02T10:00:00Z",
        },
    ]


def test_the_list_payload_is_every_claim_in_full(read_client, varied):
    response = read_client.get("/api/v1/claims/")

    assert response.status_code == 200
    body = response.json()
    assert body == {"count": 3, "count_exact": True, "next": None, "previous": None, "results": expected_items(varied)}
    assert list(body) == ["count", "count_exact", "next", "previous", "results"]
    assert [list(item) for item in body["results"]] == [CLAIM_KEYS] * 3
    assert "\\u2028" in response.content.decode()  # escaped as DRF does


def test_the_cursor_list_payload_is_the_same_claims(read_client, varied):
    response = read_client.get("/api/v1/claims/cursor/")

    assert response.status_code == 200
    assert response.json() == {"next": None, "previous": None, "results": expected_items(varied)}
    assert [list(item) for item in response.json()["results"]] == [CLAIM_KEYS] * 3


def test_list_items_are_what_the_declared_serializer_fields_render(read_client, varied, rf):
    """The list's renderer and DRF's rendering of ClaimSerializer's declared fields (the schema) agree."""
    request = Request(rf.get("/api/v1/claims/"))
    instances = Claim.objects.select_related("assignee").order_by("-created_at", "-id")
    declared = [
        serializers.ModelSerializer.to_representation(ClaimSerializer(context={"request": request}), c)
        for c in instances
    ]

    response = read_client.get("/api/v1/claims/")

    assert response.json()["results"] == declared == expected_items(varied)


@pytest.mark.parametrize("page_size", [1, 50])
def test_a_page_is_three_queries_whatever_its_size(read_client, varied, page_size, django_assert_num_queries):
    with django_assert_num_queries(3):  # the token (with its user), the capped count, the page
        response = read_client.get(f"/api/v1/claims/?status=new&claim_type=event&page_size={page_size}")

    assert response.status_code == 200
    assert response.json()["results"] == [expected_items(varied)[2]]


@pytest.mark.parametrize("page_size", [1, 50])
def test_a_cursor_page_is_two_queries_whatever_its_size(read_client, varied, page_size, django_assert_num_queries):
    with django_assert_num_queries(2):  # the token, the page
        response = read_client.get(f"/api/v1/claims/cursor/?page_size={page_size}")

    assert response.status_code == 200
    assert response.json()["results"] == expected_items(varied)[:page_size]


def test_filters_combine_and_the_count_follows_them(read_client, varied):
    response = read_client.get("/api/v1/claims/?status=new&claim_type=event&claim_type=casualty")

    assert response.status_code == 200
    assert response.json() == {
        "count": 2,
        "count_exact": True,
        "next": None,
        "previous": None,
        "results": expected_items(varied)[1:],
    }


def test_an_empty_list_and_the_pages_past_it(read_client, varied):
    empty = read_client.get("/api/v1/claims/?status=published")
    beyond = read_client.get("/api/v1/claims/?status=published&page=2")

    assert empty.status_code == 200
    assert empty.json() == {"count": 0, "count_exact": True, "next": None, "previous": None, "results": []}
    assert beyond.status_code == 404
    assert beyond.json() == {
        "type": "not_found",
        "title": "Not found",
        "status": 404,
        "detail": "Invalid page.",
        "errors": {},
    }


def test_a_page_past_the_last_is_404_and_the_last_page_is_served(read_client, varied):
    beyond = read_client.get("/api/v1/claims/?page_size=2&page=3")
    last = read_client.get("/api/v1/claims/?page_size=2&page=last")

    assert beyond.status_code == 404
    assert beyond.json()["detail"] == "Invalid page."
    assert last.status_code == 200
    assert last.json() == {
        "count": 3,
        "count_exact": True,
        "next": None,
        "previous": "http://testserver/api/v1/claims/?page_size=2",
        "results": expected_items(varied)[2:],
    }


def test_count_is_exact_up_to_the_limit_and_pages_go_on_past_it(read_client, varied, monkeypatch):
    items = expected_items(varied)
    monkeypatch.setattr(pagination, "API_LIST_COUNT_LIMIT", 3)
    exact = read_client.get("/api/v1/claims/?page_size=2").json()
    monkeypatch.setattr(pagination, "API_LIST_COUNT_LIMIT", 2)
    first = read_client.get("/api/v1/claims/?page_size=2").json()
    second = read_client.get(first["next"]).json()
    beyond = read_client.get("/api/v1/claims/?page_size=2&page=3")
    last = read_client.get("/api/v1/claims/?page_size=2&page=last")

    assert exact == {
        "count": 3,
        "count_exact": True,
        "next": "http://testserver/api/v1/claims/?page=2&page_size=2",
        "previous": None,
        "results": items[:2],
    }
    assert first == {**exact, "count": 2, "count_exact": False}
    assert second == {
        "count": 2,
        "count_exact": False,
        "next": None,
        "previous": "http://testserver/api/v1/claims/?page_size=2",
        "results": items[2:],
    }
    assert beyond.status_code == 404
    assert beyond.json()["detail"] == "Invalid page."
    assert last.status_code == 404
    assert last.json()["detail"] == "The last page is not known past 2 matches; narrow the filters."


def test_page_size_is_capped(read_client, varied, monkeypatch):
    monkeypatch.setattr(pagination, "API_MAX_PAGE_SIZE", 2)

    response = read_client.get("/api/v1/claims/?page_size=1000")

    assert response.json()["results"] == expected_items(varied)[:2]
    assert response.json()["count"] == 3


def test_cursor_pages_walk_every_claim_once(read_client, varied):
    first = read_client.get(
        "/api/v1/claims/cursor/?page_size=2&claim_type=event&claim_type=casualty&claim_type=accusation"
    )
    second = read_client.get(first.json()["next"])

    assert first.status_code == second.status_code == 200
    assert list(first.json()) == ["next", "previous", "results"]
    assert first.json()["results"] == expected_items(varied)[:2]
    assert second.json()["results"] == expected_items(varied)[2:]
    assert second.json()["next"] is None


def _listed(client, claim_id: int) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    response = client.get("/api/v1/claims/?ordering=id")
    assert response.status_code == 200
    return next(item for item in response.json()["results"] if item["id"] == claim_id)


def test_rows_follow_every_kind_of_write(read_client, varied):
    claim = varied["claims"][0]
    Claim.objects.filter(pk=claim.pk).update(status="triaged", version=3)
    after_update = _listed(read_client, claim.pk)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE claims_claim SET verdict = 'false', claimers = '[\"A\", \"B\"]' WHERE id = %s", [claim.pk]
        )
    after_sql = _listed(read_client, claim.pk)

    assert after_update == {
        **expected_items(varied)[2],
        "status": "triaged",
        "version": 3,
        "etag": f'"claim-{claim.pk}-v3"',
    }
    assert after_sql == {**after_update, "verdict": "false", "claimers": ["A", "B"]}


def test_a_renamed_or_deleted_assignee_is_listed_as_it_is_now(read_client, varied):
    claim_id = varied["claims"][1].pk
    user = get_user_model().objects.get(username="row-checker")
    assigned = _listed(read_client, claim_id)["assignee"]
    user.username = "second-name"
    user.save()
    renamed = _listed(read_client, claim_id)["assignee"]
    user.delete()
    deleted = _listed(read_client, claim_id)["assignee"]

    assert (assigned, renamed, deleted) == ("row-checker", "second-name", None)
