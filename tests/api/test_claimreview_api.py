import csv
import io
import json
from datetime import UTC, datetime

import pytest

from claims.models import Claim
from verifier.claimreview import claimreview_missing

pytestmark = pytest.mark.django_db

PUBLISHED_AT = datetime(2024, 5, 6, 9, 30, tzinfo=UTC)


@pytest.fixture
def published(claims) -> Claim:  # type: ignore[no-untyped-def]
    claim = claims[1]
    Claim.objects.filter(pk=claim.pk).update(
        status="published",
        verdict="false",
        verdict_summary="Hospital records show 3 deaths.",
        published_at=PUBLISHED_AT,
    )
    claim.refresh_from_db()
    return claim


def expected_document(claim: Claim) -> dict:  # type: ignore[type-arg]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"https://factcheck.example.org/claims/{claim.pk}/",
        "claimReviewed": "Drones struck the Kidal base, killing 12 people, according to the army.",
        "datePublished": "2024-05-06",
        "author": {
            "@type": "Organization",
            "name": "Newsroom fact-check desk",
            "url": "https://factcheck.example.org/",
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 1,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "False",
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": "the army"},
            "datePublished": "2024-05-02",
            "appearance": {
                "@type": "CreativeWork",
                "url": "https://news.example.org/bridge",
                "headline": "Bridge reopens",
                "publisher": {"@type": "Organization", "name": "Example News"},
            },
        },
        "reviewBody": "Hospital records show 3 deaths.",
    }


def test_claimreview_of_a_published_claim(read_client, published, settings):
    settings.NEWSROOM_NAME = "Newsroom fact-check desk"
    settings.NEWSROOM_URL = "https://factcheck.example.org/"

    response = read_client.get(f"/api/v1/claims/{published.pk}/claimreview/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    assert json.loads(response.content) == expected_document(published)


def test_unpublished_claim_has_no_claimreview(read_client, claims):
    response = read_client.get(f"/api/v1/claims/{claims[0].pk}/claimreview/")

    assert response.status_code == 409
    assert response.json() == {
        "type": "claimreview_unavailable",
        "title": "Conflict",
        "status": 409,
        "detail": f"Claim {claims[0].pk} has no published verdict (status new, verdict unrated).",
        "errors": {"status": "new", "verdict": "unrated"},
    }


def test_incomplete_document_is_not_served(read_client, published):
    Claim.objects.filter(pk=published.pk).update(claimers=[])
    published.article.__class__.objects.filter(pk=published.article_id).update(outlet="")

    response = read_client.get(f"/api/v1/claims/{published.pk}/claimreview/")
    feed = read_client.get("/api/v1/claimreviews/")

    assert response.status_code == 409
    assert response.json()["type"] == "claimreview_incomplete"
    assert response.json()["errors"] == {"missing": ["itemReviewed.author.name"]}
    assert feed.json()["results"] == []


def test_validator_names_missing_fields():
    assert claimreview_missing({"@context": "https://schema.org", "@type": "ClaimReview"}) == [
        "url",
        "claimReviewed",
        "datePublished",
        "author.name",
        "author.url",
        "reviewRating.ratingValue",
        "reviewRating.bestRating",
        "reviewRating.worstRating",
        "reviewRating.alternateName",
        "itemReviewed.@type",
        "itemReviewed.author.name",
    ]


def test_feed_and_jsonl_export_list_published_claims(read_client, published):
    feed = read_client.get("/api/v1/claimreviews/")
    export = read_client.get("/api/v1/exports/claimreview.jsonl")

    assert feed.status_code == 200
    assert feed.json() == {
        "count": 1,
        "count_exact": True,
        "next": None,
        "previous": None,
        "results": [expected_document(published)],
    }
    assert export.status_code == 200
    assert export["Content-Type"] == "application/x-ndjson"
    lines = b"".join(export.streaming_content).decode().splitlines()
    assert [json.loads(line) for line in lines] == [expected_document(published)]


def test_csv_export_streams_filtered_claims(read_client, claims):
    response = read_client.get("/api/v1/exports/claims.csv?hedge=unconfirmed&hedge=denied")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:6] == ["id", "article_id", "position", "start", "end", "text"]
    assert [(r[0], r[5], r[10]) for r in rows[1:]] == [
        (str(claims[1].pk), "Drones struck the Kidal base, killing 12 people, according to the army.", "the army"),
        (str(claims[2].pk), "The rebels denied the attack.", "The rebels"),
    ]


def test_csv_export_bad_filter_is_json_400(read_client, claims):
    response = read_client.get("/api/v1/exports/claims.csv?status=nope", HTTP_ACCEPT="text/csv")

    assert response.status_code == 400
    assert response.json()["type"] == "validation_error"
