import json

import pytest

from claims.models import Article, Claim
from verifier.models import IdempotencyKey

pytestmark = pytest.mark.django_db

TEXT = "date 2024-05-02\nOfficials said the bridge reopened on Monday. Traffic resumed within an hour."
HTML = (
    "<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>"
    "<p>Officials said the bridge over the Niger river reopened on Monday after three weeks of repairs.</p>"
    "<p>Traffic resumed within an hour, according to the transport ministry, which had closed it in April.</p>"
    "</article></body></html>"
)


def post(client, body, key=None):  # type: ignore[no-untyped-def]
    headers = {"HTTP_IDEMPOTENCY_KEY": key} if key else {}
    return client.post("/api/v1/articles/", body, format="json", **headers)


def test_retry_with_the_same_key_replays_the_first_response(write_client):
    first = post(write_client, {"text": TEXT}, key="cms-123")
    Article.objects.all().delete()  # even if the first article went away, a retry must not make a second one

    retry = post(write_client, {"text": TEXT}, key="cms-123")

    assert first.status_code == retry.status_code == 202
    assert retry.json() == first.json()
    assert retry["Location"] == first["Location"]
    assert retry["Idempotent-Replayed"] == "true"
    assert Article.objects.count() == 0
    assert IdempotencyKey.objects.count() == 1


def test_same_key_with_another_body_is_422_and_writes_nothing(write_client):
    post(write_client, {"text": TEXT}, key="cms-123")

    response = post(write_client, {"text": "Another article entirely, about rain."}, key="cms-123")

    assert response.status_code == 422
    assert response.json() == {
        "type": "idempotency_key_reused",
        "title": "Error",
        "status": 422,
        "detail": "This Idempotency-Key was used for a different request; use a new key for a new request.",
        "errors": {},
    }
    assert Article.objects.count() == 1


def test_failed_request_does_not_burn_the_key(write_client):
    bad = post(write_client, {"text": "  "}, key="k1")
    good = post(write_client, {"text": TEXT}, key="k1")

    assert (bad.status_code, good.status_code) == (400, 202)
    assert Article.objects.count() == 1


def test_keys_are_per_token(write_client, user):
    from tests.api.conftest import client_for

    other = client_for(user)
    first = post(write_client, {"text": TEXT}, key="same")
    second = post(other, {"text": "A second article about the weather in Bamako."}, key="same")

    assert (first.status_code, second.status_code) == (202, 202)
    assert Article.objects.count() == 2


def test_html_article(write_client):
    response = post(write_client, {"html": HTML, "url": "https://news.example.org/bridge"})

    article = Article.objects.get()
    assert response.status_code == 202
    assert (article.source_format, article.title, article.url) == (
        "html",
        "Bridge reopens",
        "https://news.example.org/bridge",
    )
    assert article.text.startswith("Officials said the bridge over the Niger river reopened on Monday")


def test_fetch_url_article_through_the_safe_client(write_client, receiver, settings):
    from http.server import BaseHTTPRequestHandler

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = HTML.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
            pass

    receiver.RequestHandlerClass = Page
    url = f"http://127.0.0.1:{receiver.server_address[1]}/bridge"

    response = post(write_client, {"fetch_url": url})

    article = Article.objects.get()
    assert response.status_code == 202
    assert (article.source_format, article.url, article.title) == ("url", url, "Bridge reopens")


def test_fetch_url_to_a_private_address_is_refused(write_client):
    response = post(write_client, {"fetch_url": "http://10.0.0.7/internal"})

    assert response.status_code == 400
    assert response.json()["type"] == "fetch_refused"
    assert not Article.objects.exists()


def test_exactly_one_input(write_client):
    response = post(write_client, {"text": TEXT, "html": HTML})

    assert response.status_code == 400
    assert response.json()["errors"] == {
        "text": ["Give exactly one of text, html or fetch_url."],
        "html": ["Give exactly one of text, html or fetch_url."],
    }
    assert not Article.objects.exists()


def test_article_list(read_client, write_client):
    post(write_client, {"text": TEXT, "title": "Bridge"})

    response = read_client.get("/api/v1/articles/?ingest_status=pending")

    assert response.status_code == 200
    assert [(a["title"], a["ingest_status"]) for a in response.json()["results"]] == [("Bridge", "pending")]


def test_bulk_import_jsonl(write_client):
    lines = [{"text": TEXT, "title": "One"}, {"html": HTML, "outlet": "Example"}, {"text": TEXT}]
    body = "\n".join(json.dumps(line) for line in lines)

    response = write_client.post("/api/v1/articles/import/", data=body, content_type="application/x-ndjson")

    assert response.status_code == 202
    result = response.json()
    assert (result["count"], result["created"]) == (3, 2)
    assert [r["created"] for r in result["results"]] == [True, True, False]
    assert sorted(Article.objects.values_list("title", "outlet")) == [("Bridge reopens", "Example"), ("One", "")]


def test_bulk_import_csv(write_client):
    body = 'title,text,published_at\nOne,"Officials said the bridge reopened.",2024-05-02T00:00:00Z\n'

    response = write_client.post("/api/v1/articles/import/", data=body, content_type="text/csv")

    assert response.status_code == 202
    article = Article.objects.get()
    assert (article.title, article.text, str(article.published_at)) == (
        "One",
        "Officials said the bridge reopened.",
        "2024-05-02 00:00:00+00:00",
    )


@pytest.mark.parametrize(
    ("body", "content_type", "status", "type_"),
    [
        ('{"text": "fine one"}\n{"txt": "typo"}', "application/x-ndjson", 400, "validation_error"),
        ('{"text": "fine one"}\nnot json', "application/x-ndjson", 400, "bad_jsonl"),
        ("", "text/csv", 400, "empty_import"),
        ('{"text": "x"}', "application/json", 415, "unsupported_media_type"),
    ],
)
def test_bad_import_writes_nothing(write_client, body, content_type, status, type_):
    response = write_client.post("/api/v1/articles/import/", data=body, content_type=content_type)

    assert response.status_code == status
    assert response.json()["type"] == type_
    assert not Article.objects.exists()
    assert not Claim.objects.exists()


def test_bad_import_names_the_row(write_client):
    body = '{"text": "fine one"}\n{"txt": "typo"}'

    response = write_client.post("/api/v1/articles/import/", data=body, content_type="application/x-ndjson")

    assert response.json()["errors"] == {"row 2": {"txt": ["Unknown field."]}}


@pytest.mark.django_db(transaction=True)
def test_concurrent_retries_with_one_key_make_one_article(write_token):
    import threading

    from django.db import connection
    from rest_framework.test import APIClient

    barrier = threading.Barrier(4)
    responses = []

    def retry() -> None:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {write_token}")
        barrier.wait()
        try:
            responses.append(post(client, {"text": TEXT}, key="race"))
        finally:
            connection.close()

    threads = [threading.Thread(target=retry) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    article = Article.objects.get()
    assert [r.status_code for r in responses] == [202] * 4
    assert [r.json() for r in responses] == [responses[0].json()] * 4
    assert responses[0].json()["id"] == article.pk
    assert sorted(r.get("Idempotent-Replayed", "first") for r in responses) == ["first", "true", "true", "true"]
    assert IdempotencyKey.objects.count() == 1
