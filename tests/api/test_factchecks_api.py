"""Fact-check API: import (token write scope, JSON problems on bad input), search, a claim's matches, schema."""

from pathlib import Path

import pytest

from factchecks.models import ClaimMatch, FactCheck
from factchecks.parsing import parse
from factchecks.services import factchecks_import
from tests.factories import ClaimFactory
from verifier.models import OutboxMessage

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent.parent / "factchecks" / "fixtures"
BRIDGE_URL = "https://checkers.example.org/reviews/harbour-bridge-closed"


@pytest.fixture(autouse=True)
def mode(retrieval_mode):  # type: ignore[no-untyped-def]
    return retrieval_mode


def nothing_written() -> bool:
    return not FactCheck.objects.exists() and not OutboxMessage.objects.exists()


def test_import_a_claimreview_feed(write_client):
    response = write_client.post(
        "/api/v1/factchecks/import/", (FIXTURES / "feed.json").read_bytes(), content_type="application/ld+json"
    )
    again = write_client.post(
        "/api/v1/factchecks/import/", (FIXTURES / "feed.json").read_bytes(), content_type="application/ld+json"
    )

    assert (response.status_code, response.json()) == (200, {"created": 3, "updated": 0, "unchanged": 0})
    assert (again.status_code, again.json()) == (200, {"created": 0, "updated": 0, "unchanged": 3})
    assert FactCheck.objects.count() == 3
    # One embedding job, for the first import only (the second changed nothing).
    assert list(OutboxMessage.objects.values_list("task_name", flat=True)) == [
        "verifier.tasks.matching.embed_factchecks"
    ]


@pytest.mark.parametrize(
    ("body", "content_type", "claims"),
    [
        ((FIXTURES / "review-page.html").read_bytes(), "text/html", ["The new stadium seats 90,000 people."]),
        (
            (FIXTURES / "factchecks.csv").read_bytes(),
            "text/csv",
            ["Tap water in Millbrook is unsafe to drink.", "Bus fares double next month."],
        ),
        (b'{"id": "x", "text": "The pier was sold."}\n', "application/x-ndjson", ["The pier was sold."]),
    ],
)
def test_import_other_formats(write_client, body, content_type, claims):
    response = write_client.post("/api/v1/factchecks/import/", body, content_type=content_type)

    assert (response.status_code, response.json()) == (200, {"created": len(claims), "updated": 0, "unchanged": 0})
    assert list(FactCheck.objects.order_by("id").values_list("claim_reviewed", flat=True)) == claims


def test_import_json_ld_as_plain_json(write_client):
    body = {"@type": "ClaimReview", "claimReviewed": "The pier was sold.", "url": "https://x.example.org/pier"}

    response = write_client.post("/api/v1/factchecks/import/", body, format="json")

    assert (response.status_code, response.json()) == (200, {"created": 1, "updated": 0, "unchanged": 0})
    assert list(FactCheck.objects.values_list("claim_reviewed", "url")) == [
        ("The pier was sold.", "https://x.example.org/pier")
    ]


@pytest.mark.parametrize(
    ("body", "content_type", "detail"),
    [
        (b'{"id": "1", "text": "ok"}\n{"id": "2", "text": ""}\n', "application/x-ndjson", "line 2: no claim reviewed"),
        (b"title\nNo claim column\n", "text/csv", "CSV: no claim column (claim_reviewed, claim or text) in the header"),
        (b'{"@type": "ClaimReview", "headline": "x"}', "application/ld+json", "JSON ClaimReview 1: no claim reviewed"),
        (b"<html><body>No JSON-LD here</body></html>", "text/html", "no_factchecks"),
        (b'{"@type": "WebPage", "name": "x"}', "application/json", "no_factchecks"),
    ],
)
def test_bad_input_is_a_json_problem_and_writes_nothing(write_client, body, content_type, detail):
    response = write_client.post("/api/v1/factchecks/import/", body, content_type=content_type)

    assert response.status_code == 400
    if detail == "no_factchecks":
        code, detail = detail, "The input holds no fact-checks (no ClaimReview, row or line)."
    else:
        code = "invalid_factchecks"
    assert response.json() == {
        "type": code,
        "title": "Bad request",
        "status": 400,
        "detail": detail,
        "errors": {},
    }
    assert nothing_written()


def test_a_private_url_is_refused(write_client):
    response = write_client.post("/api/v1/factchecks/import/", {"url": "http://127.0.0.1/feed.json"}, format="json")

    assert response.status_code == 400
    assert response.json()["type"] == "fetch_refused"
    assert nothing_written()


def test_import_needs_the_write_scope(read_client):
    response = read_client.post(
        "/api/v1/factchecks/import/", (FIXTURES / "feed.json").read_bytes(), content_type="application/ld+json"
    )

    assert response.status_code == 403
    assert nothing_written()


@pytest.fixture
def feed(db):  # type: ignore[no-untyped-def]
    factchecks_import(records=parse((FIXTURES / "feed.json").read_bytes(), name="feed.json"))
    return {f.url: f for f in FactCheck.objects.all()}


def factcheck_json(f: FactCheck) -> dict:
    return {
        "id": f.pk,
        "claim_reviewed": f.claim_reviewed,
        "title": f.title,
        "rating": {"text": f.rating_text, "value": f.rating_value, "best": f.best_rating, "worst": f.worst_rating},
        "publisher": f.publisher,
        "url": f.url,
        "published_on": f.published_on.isoformat() if f.published_on else None,
        "language": f.language,
        "claimant": f.claimant,
        "origin": f.origin,
        "claim": f.claim_id,
    }


def test_search_ranks_by_claim_text(read_client, feed):
    response = read_client.get("/api/v1/factchecks/", {"q": "is the harbour bridge in Port Avalon closed?", "limit": 1})

    assert response.status_code == 200
    body = response.json()
    score = body["results"][0]["score"]
    assert 0.5 < score <= 1.0
    assert body == {
        "count": 1,
        "count_exact": True,
        "next": None,
        "previous": None,
        "results": [{**factcheck_json(feed[BRIDGE_URL]), "score": score}],
    }


def test_list_without_query_is_paginated_newest_first(read_client, feed):
    response = read_client.get("/api/v1/factchecks/")

    assert response.status_code == 200
    assert [(r["id"], r["score"]) for r in response.json()["results"]] == [
        (pk, None) for pk in sorted((f.pk for f in feed.values()), reverse=True)
    ]


def test_search_limit_is_validated(read_client, feed):
    response = read_client.get("/api/v1/factchecks/", {"q": "bridge", "limit": 500})

    assert response.status_code == 400
    assert response.json()["type"] == "validation_error"


def test_claim_matches(read_client, feed):
    claim = ClaimFactory.create(text="The harbour bridge has been shut to traffic since June.")
    match = ClaimMatch.objects.create(
        claim=claim, factcheck=feed[BRIDGE_URL], score=0.91, lexical=0.5, semantic=0.8, rank=1
    )

    response = read_client.get(f"/api/v1/claims/{claim.pk}/matches/")

    assert response.status_code == 200
    assert response.json() == [
        {
            "id": match.pk,
            "rank": 1,
            "score": 0.91,
            "lexical": 0.5,
            "semantic": 0.8,
            "decision": "pending",
            "decided_at": None,
            "factcheck": factcheck_json(feed[BRIDGE_URL]),
        }
    ]
    assert read_client.get("/api/v1/claims/999999/matches/").status_code == 404


def test_schema_documents_the_endpoints(read_client):
    schema = read_client.get("/api/schema/", HTTP_ACCEPT="application/json").json()

    assert {"/api/v1/factchecks/", "/api/v1/factchecks/import/", "/api/v1/claims/{id}/matches/"} <= set(schema["paths"])
    assert schema["paths"]["/api/v1/factchecks/import/"]["post"]["operationId"] == "factchecks_import"
