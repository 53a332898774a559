from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone
from rest_framework.test import APIClient

from verifier.models import ApiToken
from verifier.tokens import api_token_create

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle_buckets():  # type: ignore[no-untyped-def]
    cache.clear()
    yield
    cache.clear()


def test_list_own_live_tokens_without_secrets(write_client, user, write_token):
    from django.contrib.auth import get_user_model

    other = get_user_model().objects.create_user(username="someone-else", password="unused-password-123")
    api_token_create(user=other, scope="write")
    expired, _ = api_token_create(user=user, scope="read", name="old", expiry=timedelta(days=1))
    ApiToken.objects.filter(pk=expired.pk).update(expiry=timezone.now() - timedelta(seconds=1))

    response = write_client.get("/api/v1/tokens/")

    assert response.status_code == 200
    current = ApiToken.objects.get(token_key=write_token[:15])
    assert response.json() == [
        {
            "token_key": current.token_key,
            "name": "tests",
            "scope": "write",
            "created": current.created.isoformat().replace("+00:00", "Z"),
            "expiry": current.expiry.isoformat().replace("+00:00", "Z"),
            "current": True,
        }
    ]


def test_create_token_returns_the_secret_once_and_it_works(write_client, user):
    response = write_client.post(
        "/api/v1/tokens/", {"name": "alerts bot", "scope": "read", "expiry_days": 7}, format="json"
    )

    assert response.status_code == 201
    body = response.json()
    token = ApiToken.objects.get(token_key=body["token_key"])
    assert (body["scope"], body["name"], body["current"]) == ("read", "alerts bot", False)
    assert token.user == user
    assert timedelta(days=6, hours=23) < token.expiry - timezone.now() <= timedelta(days=7)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {body['token']}")
    assert client.get("/api/v1/claims/").status_code == 200
    assert client.post("/api/v1/tokens/", {}, format="json").status_code == 403


def test_revoke_current_token(write_client, write_token):
    response = write_client.delete("/api/v1/tokens/current/")
    after = write_client.get("/api/v1/claims/")

    assert response.status_code == 204
    assert not ApiToken.objects.filter(token_key=write_token[:15]).exists()
    assert after.status_code == 401
    assert after.json()["type"] == "authentication_failed"


def test_revoke_another_own_token_but_not_someone_elses(write_client, user):
    from django.contrib.auth import get_user_model

    mine, _ = api_token_create(user=user, scope="read")
    other_user = get_user_model().objects.create_user(username="someone-else", password="unused-password-123")
    theirs, _ = api_token_create(user=other_user, scope="read")

    revoked = write_client.delete(f"/api/v1/tokens/{mine.token_key}/")
    refused = write_client.delete(f"/api/v1/tokens/{theirs.token_key}/")

    assert revoked.status_code == 204
    assert refused.status_code == 404
    assert list(ApiToken.objects.filter(pk__in=[mine.pk, theirs.pk])) == [theirs]


def test_expired_token_is_401_and_deleted(user):
    token, secret = api_token_create(user=user, scope="read")
    ApiToken.objects.filter(pk=token.pk).update(expiry=timezone.now() - timedelta(seconds=1))
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {secret}")

    response = client.get("/api/v1/claims/")

    assert response.status_code == 401
    assert not ApiToken.objects.filter(pk=token.pk).exists()


def test_each_token_is_throttled_with_429_and_retry_after(settings, user):
    settings.API_THROTTLE_READ_RATE = "3/minute"
    first, second = APIClient(), APIClient()
    first.credentials(HTTP_AUTHORIZATION=f"Token {api_token_create(user=user, scope='read')[1]}")
    second.credentials(HTTP_AUTHORIZATION=f"Token {api_token_create(user=user, scope='read')[1]}")

    statuses = [first.get("/api/v1/claims/").status_code for _ in range(4)]
    limited = first.get("/api/v1/claims/")
    other = second.get("/api/v1/claims/")

    assert statuses == [200, 200, 200, 429]
    assert limited.status_code == 429
    assert 0 < int(limited["Retry-After"]) <= 60
    assert limited.json()["type"] == "throttled"
    assert other.status_code == 200


def test_writes_have_their_own_budget(settings, write_client):
    settings.API_THROTTLE_WRITE_RATE = "1/hour"

    first = write_client.post("/api/v1/tokens/", {}, format="json")
    second = write_client.post("/api/v1/tokens/", {}, format="json")
    read = write_client.get("/api/v1/tokens/")

    assert (first.status_code, second.status_code, read.status_code) == (201, 429, 200)
    assert 3500 < int(second["Retry-After"]) <= 3600
