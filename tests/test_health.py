import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_broker(client, settings, redis_client):
    settings.CELERY_TASK_ALWAYS_EAGER = False

    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "down": [],
        "checks": {"database": {"ok": True, "vendor": connection.vendor}, "broker": {"ok": True, "mode": "broker"}},
    }


def test_healthz_is_503_naming_the_broker_when_it_is_down(client, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"

    response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down"
    assert body["down"] == ["broker"]
    assert body["checks"]["database"] == {"ok": True, "vendor": connection.vendor}
    assert body["checks"]["broker"]["ok"] is False
    assert "Connection refused" in body["checks"]["broker"]["error"]
