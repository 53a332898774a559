"""Webhooks: subscriptions, emission of events to them, signed delivery through the safe fetch client.

Receivers verify a delivery by recomputing ``HMAC-SHA256(secret, f"{timestamp}.{body}")`` over the raw body and
comparing it with ``X-Claimcheck-Signature: sha256=<hex>``; they should refuse timestamps older than a few
minutes (replay) and dedupe on ``X-Claimcheck-Event-Id`` (a delivery may arrive more than once).
"""

import hashlib
import hmac
import json
import logging
import secrets
import time
import uuid
from collections.abc import Sequence
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from claims.models import Status
from config.errors import ApplicationError
from sources.check_rules import check_rule_webhook_events
from sources.fetch import FetchError, FetchPolicy, FetchRefused, fetch
from verifier.models import DeliveryState, VerificationEvent, WebhookDelivery, WebhookSubscription
from verifier.outbox import outbox_add, outbox_add_many, outbox_consume

logger = logging.getLogger(__name__)

CLAIM_CREATED = "claim.created"
CLAIM_STATUS_CHANGED = "claim.status_changed"
CLAIM_VERDICT_PROPOSED = "claim.verdict_proposed"
CLAIM_PUBLISHED = "claim.published"
CLAIM_REOPENED = "claim.reopened"
EVIDENCE_ADDED = "evidence.added"
REVIEW_TASK_REMINDER = "review_task.reminder"
REVIEW_TASK_ESCALATED = "review_task.escalated"
FACTCHECK_MATCHED = "factcheck.matched"
EVENT_TYPES = frozenset(
    {
        CLAIM_CREATED,
        CLAIM_STATUS_CHANGED,
        CLAIM_VERDICT_PROPOSED,
        CLAIM_PUBLISHED,
        CLAIM_REOPENED,
        EVIDENCE_ADDED,
        REVIEW_TASK_REMINDER,
        REVIEW_TASK_ESCALATED,
        FACTCHECK_MATCHED,
        # What source-check rules send (``sources.check_rules``): source.changed.
        *check_rule_webhook_events(),
    }
)
# The outbox consumer that POSTs one delivery (sent by name: services never import task modules).
DELIVER_TASK = "verifier.tasks.webhooks.deliver_webhook"
DELIVERY_BATCH_SIZE = 500
SIGNATURE_HEADER = "X-Claimcheck-Signature"
TIMESTAMP_HEADER = "X-Claimcheck-Timestamp"
# Response bodies of receivers are not kept; 64 KiB is plenty to read and drop.
RESPONSE_MAX_BYTES = 64 * 1024
# Seconds one delivery POST may take in all (connect, send, read), so a slow receiver cannot hold a worker.
WEBHOOK_TIMEOUT_SECONDS = 10.0


class WebhookRetryableError(Exception):
    """The receiver could not take the delivery now (network failure, 408, 429, 5xx): try again later."""


def webhook_sign(*, secret: str, timestamp: int, body: bytes) -> str:
    """``sha256=<hex>`` of HMAC-SHA256 over ``b"<timestamp>." + body`` with the subscription's secret."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def webhook_body(delivery: WebhookDelivery) -> bytes:
    """The exact bytes POSTed (and signed): the event envelope as compact JSON."""
    envelope = {
        "id": str(delivery.event_id),
        "type": delivery.event_type,
        "created_at": delivery.created_at.isoformat(),
        "data": delivery.payload,
    }
    return json.dumps(envelope, separators=(",", ":"), sort_keys=True, cls=DjangoJSONEncoder).encode()


def webhook_emit(*, event_type: str, payload: dict[str, Any]) -> list[WebhookDelivery]:
    """Record one delivery per active subscription to ``event_type``, each with its job in the outbox (sent after
    the transaction commits; re-sent by the sweeper if the broker was down).

    Call inside the transaction that made the change: a rolled-back change leaves no delivery and no job.
    ``payload`` must be JSON-serialisable (ids and strings, not model instances).
    """
    return webhook_emit_many(event_type=event_type, payloads=[payload])


def webhook_emit_many(*, event_type: str, payloads: list[dict[str, Any]]) -> list[WebhookDelivery]:
    """``webhook_emit`` for several events of one type (one event id each): one subscription query, one bulk
    INSERT of deliveries and one of outbox rows."""
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown webhook event type {event_type!r}")
    subscriptions = [
        sub
        for sub in WebhookSubscription.objects.filter(active=True).only("id", "event_types")
        if event_type in sub.event_types
    ]
    if not subscriptions or not payloads:
        return []
    rows: list[WebhookDelivery] = []
    for payload in payloads:
        event_id = uuid.uuid4()
        data = json.loads(json.dumps(payload, cls=DjangoJSONEncoder))
        rows.extend(
            WebhookDelivery(subscription=sub, event_id=event_id, event_type=event_type, payload=data)
            for sub in subscriptions
        )
    deliveries = WebhookDelivery.objects.bulk_create(rows, batch_size=DELIVERY_BATCH_SIZE)
    outbox_add_many(messages=[(DELIVER_TASK, {"delivery_id": delivery.pk}) for delivery in deliveries])
    return deliveries


def claims_created_webhooks(*, claims: list[Any]) -> list[WebhookDelivery]:
    """``claim.created`` for newly extracted claims (call in the extraction's transaction)."""
    payloads = [
        {
            "claim_id": claim.pk,
            "article_id": claim.article_id,
            "text": claim.text,
            "claim_type": claim.claim_type,
            "checkworthy": claim.checkworthy,
            "status": claim.status,
        }
        for claim in claims
    ]
    return webhook_emit_many(event_type=CLAIM_CREATED, payloads=payloads)


_WEBHOOK_TYPE_BY_STATUS = {
    Status.VERDICT_PROPOSED: CLAIM_VERDICT_PROPOSED,
    Status.PUBLISHED: CLAIM_PUBLISHED,
    Status.REOPENED: CLAIM_REOPENED,
}


def _transition_payload(event: VerificationEvent) -> dict[str, Any]:
    return {
        "claim_id": event.claim_id,
        "event_id": event.pk,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "verdict": event.to_verdict,
        "version": event.data.get("version"),
        "actor": event.actor_label,
        "reason": event.reason,
        "at": event.created_at.isoformat(),
    }


def transition_webhooks(*, events: Sequence[VerificationEvent]) -> list[str]:
    """Emit the webhooks of status moves (``claim.status_changed`` plus ``claim.verdict_proposed``/
    ``claim.published``/``claim.reopened``), built from their events; one bulk emission per event type. Events that
    did not move the status emit nothing. Returns ``webhook <type>`` for each type that reached a subscriber."""
    by_type: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        if event.from_status == event.to_status:
            continue
        payload = _transition_payload(event)
        for event_type in (CLAIM_STATUS_CHANGED, _WEBHOOK_TYPE_BY_STATUS.get(Status(event.to_status))):
            if event_type:
                by_type.setdefault(event_type, []).append(payload)
    return [
        f"webhook {event_type}"
        for event_type, payloads in by_type.items()
        if webhook_emit_many(event_type=event_type, payloads=payloads)
    ]


def review_tasks_webhooks(*, event_type: str, tasks: list[Any]) -> list[WebhookDelivery]:
    """``review_task.reminder`` / ``review_task.escalated`` for tasks (call in the transaction that marked them), so
    a newsroom's alerting system can notify the assignee or the editors."""
    payloads = [
        {
            "task_id": task.pk,
            "claim_id": task.claim_id,
            "kind": task.kind,
            "title": task.title,
            "due_at": task.due_at,
            "assignee": task.assignee.get_username() if task.assignee else None,
            "escalated_to": task.data.get("escalated_to", []),
        }
        for task in tasks
    ]
    return webhook_emit_many(event_type=event_type, payloads=payloads)


def _record(delivery: WebhookDelivery, *, state: str, status: int | None, error: str) -> None:
    delivery.state = state
    delivery.response_status = status
    delivery.last_error = error[:2000]
    fields = ["state", "response_status", "last_error", "attempts"]
    if state == DeliveryState.DELIVERED:
        delivery.delivered_at = timezone.now()
        fields.append("delivered_at")
    delivery.save(update_fields=fields)


def webhook_deliver(
    *, delivery_id: int, final_attempt: bool = False, outbox_id: int | None = None
) -> WebhookDelivery | None:
    """POST one delivery to its subscriber, signed, through the safe fetch client; record the outcome.

    Runs in one transaction with its outbox row (``outbox_id``): a delivered, given-up or deleted delivery marks the
    row done, so a redelivered or re-published job is harmless; a done row does nothing (returns None, as does a
    delivery deleted with its subscription). The delivery row stays locked during the POST, so two workers never
    send it at once. After the attempt is committed, raises ``WebhookRetryableError`` for failures worth retrying
    (network, 408, 429, 5xx) unless ``final_attempt``, in which case the delivery is marked ``gave_up``; the outbox
    row then stays open for the caller's retry. A refused URL, a redirect or another 4xx gives up at once.
    """
    retry_error: WebhookRetryableError | None = None
    with outbox_consume(outbox_id=outbox_id) as run:
        if not run.fresh:
            return None
        delivery = (
            WebhookDelivery.objects.select_for_update(of=("self",))
            .select_related("subscription")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None or delivery.state in {DeliveryState.DELIVERED, DeliveryState.GAVE_UP}:
            return delivery
        delivery.attempts += 1
        status, error, retryable = _post(delivery)
        if status is not None and 200 <= status < 300:
            _record(delivery, state=DeliveryState.DELIVERED, status=status, error="")
        elif retryable and not final_attempt:
            _record(delivery, state=DeliveryState.FAILED, status=status, error=error)
            run.retry_later()
            retry_error = WebhookRetryableError(error)
        else:
            _record(delivery, state=DeliveryState.GAVE_UP, status=status, error=error)
    if retry_error is not None:
        raise retry_error
    return delivery


def _post(delivery: WebhookDelivery) -> tuple[int | None, str, bool]:
    """Send the signed POST; returns (HTTP status or None, error text, worth retrying)."""

    body = webhook_body(delivery)
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "X-Claimcheck-Event": delivery.event_type,
        "X-Claimcheck-Event-Id": str(delivery.event_id),
        "X-Claimcheck-Delivery": str(delivery.pk),
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: webhook_sign(secret=delivery.subscription.secret, timestamp=timestamp, body=body),
    }
    policy = FetchPolicy.from_settings(deadline=WEBHOOK_TIMEOUT_SECONDS, max_bytes=RESPONSE_MAX_BYTES, max_redirects=0)
    try:
        response = fetch(delivery.subscription.url, method="POST", data=body, headers=headers, policy=policy)
    except FetchRefused as exc:
        return None, f"refused: {exc}", False
    except FetchError as exc:
        # A 2xx whose body is not worth reading (content type, size) was still received.
        if exc.status_code is not None and 200 <= exc.status_code < 300:
            return exc.status_code, "", False
        return exc.status_code, f"{exc.reason}: {exc.detail}", exc.reason != "too_many_redirects"
    status = response.status_code
    if 200 <= status < 300:
        return status, "", False
    return status, f"HTTP {status}", status in {408, 429} or status >= 500


def webhook_replay(*, delivery_id: int) -> WebhookDelivery:
    """Send a delivery again (same event id, so receivers can dedupe): back to pending, with a new job in the
    outbox (sent after commit)."""
    with transaction.atomic():
        delivery = WebhookDelivery.objects.select_for_update().get(pk=delivery_id)
        delivery.state = DeliveryState.PENDING
        delivery.last_error = ""
        delivery.save(update_fields=["state", "last_error"])
        outbox_add(task_name=DELIVER_TASK, kwargs={"delivery_id": delivery.pk})
    return delivery


def webhook_subscription_create(
    *, url: str, event_types: list[str], actor_user: Any, active: bool = True, description: str = ""
) -> WebhookSubscription:
    """A new subscription with a fresh random secret (returned on the row; shown to the caller once)."""
    _check_event_types(event_types)
    return WebhookSubscription.objects.create(
        url=url,
        event_types=sorted(set(event_types)),
        secret=secrets.token_hex(32),
        active=active,
        description=description,
        created_by=actor_user,
    )


def webhook_subscription_update(*, subscription_id: int, **changes: Any) -> WebhookSubscription:
    allowed = {"url", "event_types", "active", "description"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)}")
    if "event_types" in changes:
        _check_event_types(changes["event_types"])
        changes["event_types"] = sorted(set(changes["event_types"]))
    with transaction.atomic():
        subscription = WebhookSubscription.objects.select_for_update().get(pk=subscription_id)
        for name, value in changes.items():
            setattr(subscription, name, value)
        subscription.save()
    return subscription


def webhook_subscription_delete(*, subscription_id: int) -> None:
    WebhookSubscription.objects.filter(pk=subscription_id).delete()


def _check_event_types(event_types: list[str]) -> None:
    unknown = sorted(set(event_types) - EVENT_TYPES)
    if unknown or not event_types:
        raise ApplicationError(
            f"Unknown event types: {unknown}." if unknown else "Name at least one event type.",
            code="bad_event_types",
            extra={"event_types": sorted(EVENT_TYPES)},
        )
