"""Bad input anywhere under /api/ is a JSON problem body with the exact status, never a 5xx or an HTML page, and
writes nothing: deeply nested JSON, oversize bodies of every media type, empty articles, too many query fields."""

import json
import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from api.parsers import API_MAX_BODY_BYTES
from claims.models import Article, Claim
from tests.factories import ClaimFactory
from verifier.models import VerificationEvent

pytestmark = pytest.mark.django_db

# Over the API's limit, and over Django's own DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) which answers with an HTML 400.
SIZES = [API_MAX_BODY_BYTES + 1, 3_000_000]
DEEP = 50_000
TOO_LARGE = {
    "type": "too_large",
    "title": "Payload too large",
    "status": 413,
    "detail": f"Request body exceeds the limit of {API_MAX_BODY_BYTES} bytes.",
    "errors": {},
}


def problem(status: int, type_: str, detail: str, errors: dict | None = None) -> dict:
    titles = {400: "Bad request", 412: "Precondition failed", 413: "Payload too large"}
    return {"type": type_, "title": titles[status], "status": status, "detail": detail, "errors": errors or {}}


def nothing_written() -> bool:
    return not Article.objects.exists() and not Claim.objects.exists() and not VerificationEvent.objects.exists()


def api_paths() -> list[str]:
    """Every route under /api/ in the URLconf, path converters filled with 1."""
    paths: list[str] = []

    def walk(patterns: list, prefix: str) -> None:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern) and route.startswith("api/") and "^" not in route:
                paths.append("/" + re.sub(r"<[^>]+>", "1", route))

    walk(get_resolver().url_patterns, "")
    return sorted(set(paths))


def test_the_route_walk_finds_the_api() -> None:
    paths = api_paths()
    assert {"/api/v1/articles/", "/api/v1/articles/import/", "/api/v1/claims/1/transitions/"} <= set(paths)
    assert len(paths) >= 20


@pytest.mark.parametrize("path", api_paths())
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_oversize_body_is_json_413_on_every_api_route(write_client, claims, method, path):
    before = list(Claim.objects.order_by("pk").values_list("pk", "status", "version"))
    body = b"{" + b" " * (3_000_000 - 2) + b"}"

    response = getattr(write_client, method)(path, data=body, content_type="application/json")

    assert (response.status_code, response["Content-Type"], response.json()) == (413, "application/json", TOO_LARGE)
    assert list(Claim.objects.order_by("pk").values_list("pk", "status", "version")) == before
    assert not VerificationEvent.objects.exists()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/api/v1/articles/", "application/json"),
        ("/api/v1/articles/", "application/x-www-form-urlencoded"),
        ("/api/v1/articles/", "multipart/form-data; boundary=xyz"),
        ("/api/v1/articles/", "text/plain"),
        ("/api/v1/articles/import/", "application/x-ndjson"),
        ("/api/v1/articles/import/", "application/jsonl"),
        ("/api/v1/articles/import/", "text/csv"),
        ("/api/v1/articles/import/", "application/json"),
    ],
)
def test_oversize_body_of_every_media_type_is_json_413(write_client, path, content_type, size):
    body = b"text=" + b"x" * (size - 5)

    response = write_client.post(path, data=body, content_type=content_type)

    assert (response.status_code, response.json()) == (413, TOO_LARGE)
    assert nothing_written()


def test_oversize_body_is_413_before_authentication(api_client):
    response = api_client.post("/api/v1/articles/", data=b"x" * SIZES[1], content_type="application/json")

    assert (response.status_code, response.json()) == (413, TOO_LARGE)
    assert nothing_written()


def test_body_over_djangos_own_limit_is_mapped_to_the_json_413(write_client, settings):
    """Should Django's DATA_UPLOAD_MAX_MEMORY_SIZE be below the API's limit, its refusal is the same JSON 413."""
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000

    response = write_client.post("/api/v1/articles/", {"text": "Drones struck the base. " * 100}, format="json")

    assert (response.status_code, response.json()) == (413, TOO_LARGE)
    assert nothing_written()


@pytest.mark.parametrize("nesting", ["[", '{"a":'])
def test_deeply_nested_json_is_400_parse_error(write_client, nesting):
    closing = "]" if nesting == "[" else "}"
    body = '{"text": ' + nesting * DEEP + "1" + closing * DEEP + "}"

    response = write_client.post("/api/v1/articles/", data=body, content_type="application/json")

    assert (response.status_code, response.json()) == (
        400,
        problem(400, "parse_error", "JSON parse error - nested too deeply."),
    )
    assert nothing_written()


def test_deeply_nested_json_on_a_claim_action_is_400_parse_error(checker_client, claims):
    claim = claims[0]
    body = '{"to_status": "triaged", "reason": ' + "[" * DEEP + "]" * DEEP + "}"

    response = checker_client.post(
        f"/api/v1/claims/{claim.pk}/transitions/",
        data=body,
        content_type="application/json",
        HTTP_IF_MATCH=f'"claim-{claim.pk}-v1"',
    )

    assert (response.status_code, response.json()) == (
        400,
        problem(400, "parse_error", "JSON parse error - nested too deeply."),
    )
    assert Claim.objects.get(pk=claim.pk).status == "new"
    assert not VerificationEvent.objects.exists()


def test_deeply_nested_json_line_in_an_import_is_400_naming_the_line(write_client):
    body = '{"text": "Fine text here."}\n{"text": ' + "[" * DEEP + "]" * DEEP + "}\n"

    response = write_client.post("/api/v1/articles/import/", data=body, content_type="application/x-ndjson")

    assert (response.status_code, response.json()) == (
        400,
        problem(400, "bad_jsonl", "Line 2: not JSON (nested too deeply)."),
    )
    assert nothing_written()


def test_empty_text_is_400_empty(write_client):
    response = write_client.post("/api/v1/articles/", {"text": ""}, format="json")

    assert (response.status_code, response.json()) == (400, problem(400, "empty", "Article text is empty."))
    assert nothing_written()


@pytest.mark.parametrize("row", [{"text": ""}, {"text": " \n\t "}])
def test_empty_row_in_an_import_is_400_empty_naming_the_row(write_client, row):
    body = json.dumps({"text": "Officials said the bridge reopened on Monday."}) + "\n" + json.dumps(row) + "\n"

    response = write_client.post("/api/v1/articles/import/", data=body, content_type="application/x-ndjson")

    assert (response.status_code, response.json()) == (
        400,
        problem(400, "empty", "Row 2: Article text is empty.", {"row": 2}),
    )
    assert nothing_written()


def test_stale_and_racing_if_match_get_the_same_412_body(checker_client, claims, monkeypatch):
    """The loser of a race passes the view's If-Match check and fails the service's check under the row lock."""
    from api.claims import actions

    claim = claims[0]
    stale_claim = claims[1]
    Claim.objects.filter(pk=stale_claim.pk).update(version=2)
    real_expected_version = actions.expected_version

    def winner_commits_in_between(request, **kwargs):  # type: ignore[no-untyped-def]
        version = real_expected_version(request, **kwargs)
        if kwargs["pk"] == claim.pk:
            Claim.objects.filter(pk=claim.pk).update(version=2)  # the winner's write, after our check
        return version

    monkeypatch.setattr(actions, "expected_version", winner_commits_in_between)

    def transition(target):  # type: ignore[no-untyped-def]
        return checker_client.post(
            f"/api/v1/claims/{target.pk}/transitions/",
            {"to_status": "triaged"},
            format="json",
            HTTP_IF_MATCH=f'"claim-{target.pk}-v1"',
        )

    raced, stale = transition(claim), transition(stale_claim)

    for response, target in ((raced, claim), (stale, stale_claim)):
        assert (response.status_code, response.json()) == (
            412,
            problem(
                412,
                "precondition_failed",
                f'If-Match \'"claim-{target.pk}-v1"\' does not match the current ETag "claim-{target.pk}-v2".',
                {"etag": f'"claim-{target.pk}-v2"', "version": 2},
            ),
        )
    assert list(Claim.objects.order_by("pk").values_list("status", "version")) == [
        ("new", 2),
        ("new", 2),
        ("new", 1),
    ]
    assert not VerificationEvent.objects.exists()


def test_too_many_query_fields_is_a_json_400(read_client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    query = "&".join(f"status=new&f{i}=1" for i in range(20))

    response = read_client.get(f"/api/v1/claims/?{query}")

    assert (response.status_code, response["Content-Type"], response.json()) == (
        400,
        "application/json",
        problem(400, "bad_request", "Bad request."),
    )


def test_admin_keeps_djangos_own_400_page(client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    ClaimFactory.create()

    response = client.post(
        "/admin/login/", "&".join(f"f{i}=1" for i in range(20)), content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("path", api_paths())
def test_bad_bodies_get_json_answers_below_500_on_every_api_route(write_client, claims, path):
    deep = '{"text": ' + "[" * DEEP + "]" * DEEP + "}"
    answers = set()
    for method in ("post", "put", "patch", "delete"):
        for body, content_type in (("{not json", "application/json"), (deep, "application/json"), ("x", "text/html")):
            response = getattr(write_client, method)(path, data=body, content_type=content_type, HTTP_IF_MATCH="*")
            answers.add((response.status_code < 500, response["Content-Type"], tuple(response.json())))

    assert answers == {(True, "application/json", ("type", "title", "status", "detail", "errors"))}
    assert not VerificationEvent.objects.exists()
