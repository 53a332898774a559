import hashlib
import hmac
import json

import pytest

from verifier.models import WebhookDelivery, WebhookSubscription
from verifier.tasks import webhooks as webhook_tasks
from verifier.tasks.webhooks import deliver_webhook
from verifier.webhooks import WebhookRetryableError, webhook_deliver, webhook_emit, webhook_sign

pytestmark = pytest.mark.django_db


def subscribe(client, url, event_types=("claim.published",)):  # type: ignore[no-untyped-def]
    body = {"target_url": url, "event_types": list(event_types), "description": "CMS"}
    return client.post("/api/v1/webhooks/", body, format="json")


def test_create_list_update_delete_subscription(write_client, read_client):
    created = subscribe(write_client, "https://cms.example.org/hooks", ["claim.published", "claim.created"])

    sub = WebhookSubscription.objects.get()
    assert created.status_code == 201
    assert created.json() == {
        "id": sub.pk,
        "url": f"http://testserver/api/v1/webhooks/{sub.pk}/",
        "target_url": "https://cms.example.org/hooks",
        "event_types": ["claim.created", "claim.published"],
        "active": True,
        "description": "CMS",
        "created_at": sub.created_at.isoformat().replace("+00:00", "Z"),
        "secret": sub.secret,
    }
    assert len(sub.secret) == 64
    listed = read_client.get("/api/v1/webhooks/").json()["results"]
    assert [(s["id"], "secret" in s) for s in listed] == [(sub.pk, False)]

    patched = write_client.patch(f"/api/v1/webhooks/{sub.pk}/", {"active": False}, format="json")
    assert (patched.status_code, patched.json()["active"]) == (200, False)

    deleted = write_client.delete(f"/api/v1/webhooks/{sub.pk}/")
    assert deleted.status_code == 204
    assert not WebhookSubscription.objects.exists()


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        (
            {"target_url": "https://x.example.org/", "event_types": ["claim.eaten"]},
            {"event_types": {"0": ['"claim.eaten" is not a valid choice.']}},
        ),
        ({"target_url": "https://x.example.org/", "event_types": []}, {"event_types": ["This list may not be empty."]}),
        (
            {"target_url": "ftp://x.example.org/", "event_types": ["claim.created"]},
            {"target_url": ["Enter a valid URL."]},
        ),
        (
            {"target_url": "https://x.example.org/", "event_types": ["claim.created"], "secret": "mine"},
            {"secret": ["Unknown field."]},
        ),
    ],
)
def test_bad_subscription_is_400_and_writes_nothing(write_client, body, errors):
    response = write_client.post("/api/v1/webhooks/", body, format="json")

    assert response.status_code == 400
    assert response.json()["errors"] == errors
    assert not WebhookSubscription.objects.exists()


def test_read_token_cannot_subscribe(read_client):
    response = subscribe(read_client, "https://cms.example.org/hooks")

    assert response.status_code == 403
    assert not WebhookSubscription.objects.exists()


def test_emit_delivers_signed_posts_on_commit(write_client, receiver, django_capture_on_commit_callbacks):
    sub = WebhookSubscription.objects.get(pk=subscribe(write_client, receiver.url).json()["id"])
    WebhookSubscription.objects.create(url=receiver.url, event_types=["claim.created"], secret="other")

    with django_capture_on_commit_callbacks(execute=True):
        deliveries = webhook_emit(event_type="claim.published", payload={"claim_id": 7, "verdict": "false"})

    delivery = WebhookDelivery.objects.get()
    assert [d.pk for d in deliveries] == [delivery.pk]
    assert (delivery.state, delivery.attempts, delivery.response_status) == ("delivered", 1, 204)
    [request] = receiver.received
    headers = request["headers"]
    timestamp = headers["X-Claimcheck-Timestamp"]
    expected = hmac.new(sub.secret.encode(), f"{timestamp}.".encode() + request["body"], hashlib.sha256).hexdigest()
    assert headers["X-Claimcheck-Signature"] == f"sha256={expected}"
    assert (headers["X-Claimcheck-Event"], headers["X-Claimcheck-Event-Id"]) == (
        "claim.published",
        str(delivery.event_id),
    )
    assert json.loads(request["body"]) == {
        "id": str(delivery.event_id),
        "type": "claim.published",
        "created_at": delivery.created_at.isoformat(),
        "data": {"claim_id": 7, "verdict": "false"},
    }


def test_rolled_back_emit_delivers_nothing(write_client, receiver, django_capture_on_commit_callbacks):
    from django.db import transaction

    subscribe(write_client, receiver.url)
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        webhook_emit(event_type="claim.published", payload={"claim_id": 7})
        raise RuntimeError("rollback")

    assert callbacks == []
    assert not WebhookDelivery.objects.exists()
    assert receiver.received == []


def test_server_errors_are_retried_then_delivered(write_client, receiver, settings):
    subscribe(write_client, receiver.url)
    receiver.statuses = [503, 200]
    [delivery] = webhook_emit(event_type="claim.published", payload={"claim_id": 1})

    with pytest.raises(WebhookRetryableError):
        webhook_deliver(delivery_id=delivery.pk)
    failed = WebhookDelivery.objects.get()
    result = deliver_webhook.apply(args=(delivery.pk,), retries=1)

    delivery.refresh_from_db()
    assert (failed.state, failed.attempts, failed.response_status, failed.last_error) == ("failed", 1, 503, "HTTP 503")
    assert result.get() == "delivered"
    assert (delivery.state, delivery.attempts, delivery.response_status) == ("delivered", 2, 200)
    assert len({r["headers"]["X-Claimcheck-Event-Id"] for r in receiver.received}) == 1


def test_the_task_gives_up_on_its_last_attempt(write_client, receiver, monkeypatch):
    monkeypatch.setattr(webhook_tasks, "WEBHOOK_MAX_ATTEMPTS", 3)
    subscribe(write_client, receiver.url)
    receiver.statuses = [500]
    [delivery] = webhook_emit(event_type="claim.published", payload={"claim_id": 1})

    result = deliver_webhook.apply(args=(delivery.pk,), retries=2)

    delivery.refresh_from_db()
    assert result.get() == "gave_up"
    assert (delivery.state, delivery.attempts, delivery.last_error) == ("gave_up", 1, "HTTP 500")


def test_client_error_gives_up_at_once_and_last_attempt_gives_up(write_client, receiver):
    subscribe(write_client, receiver.url)
    receiver.statuses = [410]
    [gone] = webhook_emit(event_type="claim.published", payload={"claim_id": 1})
    webhook_deliver(delivery_id=gone.pk)
    receiver.statuses = [410, 500]
    [busy] = webhook_emit(event_type="claim.published", payload={"claim_id": 2})
    webhook_deliver(delivery_id=busy.pk, final_attempt=True)

    gone.refresh_from_db()
    busy.refresh_from_db()
    assert (gone.state, gone.attempts, gone.last_error) == ("gave_up", 1, "HTTP 410")
    assert (busy.state, busy.attempts, busy.last_error) == ("gave_up", 1, "HTTP 500")
    webhook_deliver(delivery_id=gone.pk)  # a redelivered task leaves a finished delivery alone
    assert len(receiver.received) == 2


def test_private_address_is_refused_without_a_request(write_client):
    subscribe(write_client, "http://10.1.2.3/hook")
    [delivery] = webhook_emit(event_type="claim.published", payload={"claim_id": 1})

    webhook_deliver(delivery_id=delivery.pk)

    delivery.refresh_from_db()
    assert delivery.state == "gave_up"
    assert delivery.last_error.startswith("refused: ")


def test_delivery_log_and_replay(write_client, receiver, django_capture_on_commit_callbacks):
    sub_id = subscribe(write_client, receiver.url).json()["id"]
    receiver.statuses = [410, 204]
    [delivery] = webhook_emit(event_type="claim.published", payload={"claim_id": 1})
    webhook_deliver(delivery_id=delivery.pk)

    log = write_client.get(f"/api/v1/webhooks/{sub_id}/deliveries/")
    with django_capture_on_commit_callbacks(execute=True):
        replay = write_client.post(f"/api/v1/webhooks/{sub_id}/deliveries/{delivery.pk}/replay/")
    missing = write_client.post(f"/api/v1/webhooks/{sub_id}/deliveries/999999/replay/")

    assert [(d["id"], d["state"], d["response_status"]) for d in log.json()["results"]] == [
        (delivery.pk, "gave_up", 410)
    ]
    assert (replay.status_code, replay.json()["state"]) == (202, "pending")
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts, delivery.response_status) == ("delivered", 2, 204)
    assert [r["headers"]["X-Claimcheck-Event-Id"] for r in receiver.received] == [str(delivery.event_id)] * 2
    assert missing.status_code == 404


def test_signature_helper_matches_the_documented_recipe():
    assert webhook_sign(secret="s3cret", timestamp=1700000000, body=b'{"a":1}') == (
        "sha256=" + hmac.new(b"s3cret", b'1700000000.{"a":1}', hashlib.sha256).hexdigest()
    )


def test_extracted_claims_emit_claim_created(write_client, receiver, django_capture_on_commit_callbacks):
    subscribe(write_client, receiver.url, ["claim.created"])
    text = "date 2024-05-02\nOfficials said the bridge reopened on Monday. Traffic resumed within an hour."

    with django_capture_on_commit_callbacks(execute=True):
        write_client.post("/api/v1/articles/", {"text": text}, format="json")

    deliveries = WebhookDelivery.objects.order_by("id")
    assert [(d.event_type, d.state, d.payload["text"]) for d in deliveries] == [
        # The payload carries the stand-alone text: "on Monday" written out against the article date.
        ("claim.created", "delivered", "Officials said the bridge reopened on 29 April 2024."),
        ("claim.created", "delivered", "Traffic resumed within an hour."),
    ]
    assert sorted(json.loads(r["body"])["data"]["text"] for r in receiver.received) == [
        "Officials said the bridge reopened on 29 April 2024.",
        "Traffic resumed within an hour.",
    ]
