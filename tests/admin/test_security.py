import importlib

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import clear_url_caches, reverse

from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def test_repeated_failed_logins_lock_the_account_out(settings, desk_user):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    client = Client()

    for _ in range(2):
        response = client.post(LOGIN, {"username": "ana", "password": "wrong", "next": "/admin/"})
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.content.decode()
    locked = client.post(LOGIN, {"username": "ana", "password": "wrong", "next": "/admin/"})
    after = client.post(LOGIN, {"username": "ana", "password": "desk-password-123", "next": "/admin/"})

    assert locked.status_code == 429
    assert after.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_a_good_login_works_below_the_limit(settings, desk_user):
    settings.AXES_ENABLED = True
    client = Client()
    client.post(LOGIN, {"username": "ana", "password": "wrong"})

    response = client.post(LOGIN, {"username": "ana", "password": "desk-password-123", "next": "/admin/"})

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_posts_without_a_csrf_token_are_refused(desk_user, article):
    claim = ClaimFactory.create(article=article, position=0, start=0, end=10)
    client = Client(enforce_csrf_checks=True)

    assert client.post(LOGIN, {"username": "ana", "password": "desk-password-123"}).status_code == 403
    client.force_login(desk_user)
    response = client.post(reverse("admin:claims_claim_action", args=[claim.pk, "triage"]))
    ingest = client.post(reverse("admin:claims_article_add"), {"text": "The mayor said the dam broke."})

    assert response.status_code == 403
    assert ingest.status_code == 403
    claim.refresh_from_db()
    assert claim.status == "new"
    assert claim.article.__class__.objects.count() == 1


@pytest.fixture
def admin_at_desk_path(settings):  # type: ignore[no-untyped-def]
    import config.urls

    original = django_settings.ADMIN_URL
    settings.ADMIN_URL = "desk-x9/"
    importlib.reload(config.urls)
    clear_url_caches()
    yield
    django_settings.ADMIN_URL = original
    importlib.reload(config.urls)
    clear_url_caches()


def test_the_admin_path_comes_from_the_setting(admin_at_desk_path, client):
    assert client.get("/desk-x9/").status_code == 302
    assert client.get("/desk-x9/")["Location"] == "/desk-x9/login/?next=/desk-x9/"
    assert client.get("/admin/").status_code == 404
