import json

import pytest
from django.urls import reverse

from claims.models import Article, Claim
from verifier.models import VerificationEvent

pytestmark = pytest.mark.django_db

ARTICLE = "date 2024-05-02\nOfficials said the bridge reopened on Monday. Traffic resumed within an hour."

ENDPOINTS = [
    ("get", "/api/v1/articles/1/"),
    ("post", "/api/v1/articles/"),
    ("get", "/api/v1/claims/"),
    ("get", "/api/v1/claims/1/"),
]


@pytest.fixture
def submit(write_client, django_capture_on_commit_callbacks):
    """POST an article and run the on-commit extraction job as a committed transaction would."""

    def post(payload):
        with django_capture_on_commit_callbacks(execute=True):
            return write_client.post("/api/v1/articles/", payload, format="json")

    return post


def nothing_written() -> bool:
    return not Article.objects.exists() and not Claim.objects.exists() and not VerificationEvent.objects.exists()


@pytest.mark.parametrize(("method", "path"), ENDPOINTS)
def test_anonymous_requests_get_401_json(api_client, method, path):
    response = getattr(api_client, method)(path)

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json() == {
        "type": "not_authenticated",
        "title": "Authentication required",
        "status": 401,
        "detail": "Authentication credentials were not provided.",
        "errors": {},
    }
    assert nothing_written()


def test_invalid_token_gets_401(api_client):
    api_client.credentials(HTTP_AUTHORIZATION="Token cv_not-a-real-token")

    response = api_client.get("/api/v1/claims/")

    assert response.status_code == 401
    assert response.json()["type"] == "authentication_failed"


def test_post_article_returns_202_with_location_and_claims_are_extracted(write_client, submit):
    response = submit({"text": ARTICLE, "title": "Bridge"})

    article = Article.objects.get()
    location = f"http://testserver/api/v1/articles/{article.pk}/"
    assert response.status_code == 202
    assert response["Location"] == location
    assert response.json() == {"id": article.pk, "url": location, "ingest_status": "pending", "created": True}

    detail = write_client.get(location)
    assert detail.status_code == 200
    body = detail.json()
    assert body["ingest_status"] == "done"
    assert body["published_at"] == "2024-05-02T00:00:00Z"
    # Extraction is followed by automatic triage (both claims are check-worthy).
    assert [(c["start"], c["end"], c["status"]) for c in body["claims"]] == [(0, 45, "triaged"), (46, 77, "triaged")]
    assert [article.text[c["start"] : c["end"]] for c in body["claims"]] == [
        "Officials said the bridge reopened on Monday.",
        "Traffic resumed within an hour.",
    ]
    assert VerificationEvent.objects.filter(kind="created").count() == 2


def test_resubmitting_the_same_text_returns_the_first_article(submit):
    first = submit({"text": ARTICLE}).json()

    second = submit({"text": ARTICLE})

    assert second.status_code == 202
    assert second.json() == {**first, "ingest_status": "done", "created": False}
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("payload", "errors"),
    [
        ({"text": ""}, None),
        ({"text": "   \n  "}, None),
        ({}, {"text": ["This field is required."]}),
        ({"text": "Fine text here.", "colour": "blue"}, {"colour": ["Unknown field."]}),
        ({"text": ["not", "a", "string"]}, {"text": ["Not a valid string."]}),
    ],
)
def test_bad_article_input_is_400_and_writes_nothing(write_client, payload, errors):
    response = write_client.post("/api/v1/articles/", payload, format="json")

    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400
    if errors is not None:
        assert body["type"] == "validation_error"
        assert body["errors"] == errors
    assert nothing_written()


def test_empty_text_names_the_problem(write_client):
    response = write_client.post("/api/v1/articles/", {"text": "  "}, format="json")

    assert response.json() == {
        "type": "empty",
        "title": "Bad request",
        "status": 400,
        "detail": "Article text is empty.",
        "errors": {},
    }


def test_non_json_body_is_415(write_client):
    response = write_client.post("/api/v1/articles/", data="text=hello", content_type="text/plain")

    assert response.status_code == 415
    assert response.json()["type"] == "unsupported_media_type"
    assert nothing_written()


def test_malformed_json_is_400(write_client):
    response = write_client.post("/api/v1/articles/", data="{not json", content_type="application/json")

    assert response.status_code == 400
    assert response.json()["type"] == "parse_error"
    assert nothing_written()


def test_two_megabyte_body_is_413_and_writes_nothing(write_client):
    body = json.dumps({"text": "Drones struck the base. " * 90_000})
    assert len(body) > 2_000_000

    response = write_client.post("/api/v1/articles/", data=body, content_type="application/json")

    assert response.status_code == 413
    assert response.json() == {
        "type": "too_large",
        "title": "Payload too large",
        "status": 413,
        "detail": "Request body exceeds the limit of 1200000 bytes.",
        "errors": {},
    }
    assert nothing_written()


def test_article_over_the_size_limit_is_413(write_client, settings):
    settings.CLAIMS_ARTICLE_MAX_BYTES = 100

    response = write_client.post("/api/v1/articles/", {"text": "Drones struck the base. " * 10}, format="json")

    assert response.status_code == 413
    assert response.json()["detail"] == "Article is 239 bytes; the limit is 100 bytes."
    assert nothing_written()


def test_read_token_cannot_post(read_client):
    response = read_client.post("/api/v1/articles/", {"text": ARTICLE}, format="json")

    assert response.status_code == 403
    assert response.json()["type"] == "permission_denied"
    assert nothing_written()


def test_claims_list_is_paginated(write_client, submit):
    submit({"text": ARTICLE})

    response = write_client.get("/api/v1/claims/?page_size=1")

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    assert body["next"] == "http://testserver/api/v1/claims/?page=2&page_size=1"
    assert [c["text"] for c in body["results"]] == ["Traffic resumed within an hour."]


def test_claim_detail_and_unknown_claim(read_client, submit):
    submit({"text": ARTICLE})
    claim = Claim.objects.get(position=0)

    response = read_client.get(reverse("api:claim-detail", kwargs={"pk": claim.pk}))
    missing = read_client.get("/api/v1/claims/999999/")

    assert response.status_code == 200
    # The stand-alone text writes the relative day out against the article date (Thursday 2 May 2024).
    assert response.json()["text"] == "Officials said the bridge reopened on 29 April 2024."
    assert response.json()["status"] == "triaged"
    assert missing.status_code == 404
    assert missing.json() == {
        "type": "not_found",
        "title": "Not found",
        "status": 404,
        "detail": "Not found.",
        "errors": {},
    }


def test_schema_and_docs_are_served(api_client):
    schema = api_client.get("/api/schema/?format=json")
    docs = api_client.get("/api/docs/")

    assert schema.status_code == 200
    assert "/api/v1/articles/" in schema.json()["paths"]
    assert docs.status_code == 200
