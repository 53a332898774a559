"""Webhook delivery: the outbox consumer that POSTs one delivery."""

import random

from celery import shared_task
from django.conf import settings
from django.db import OperationalError

from verifier.outbox import outbox_touch
from verifier.webhooks import WebhookRetryableError, webhook_deliver

# Delivery attempts in all (the first and its retries); the last failed one marks the delivery ``gave_up``.
WEBHOOK_MAX_ATTEMPTS = 8


def retry_countdown(retries: int) -> float:
    """5 s doubled per retry, +0-50 % jitter, at most CELERY_MAX_RETRY_DELAY."""
    return min(settings.CELERY_MAX_RETRY_DELAY, 5 * 2**retries * (1 + random.random() / 2))


@shared_task(bind=True, max_retries=None, acks_late=True)
def deliver_webhook(self, delivery_id: int, outbox_id: int | None = None) -> str:  # type: ignore[no-untyped-def]
    """Deliver one webhook (outbox consumer). Retries network/408/429/5xx failures with exponential backoff and
    jitter, up to ``WEBHOOK_MAX_ATTEMPTS`` attempts in all; the last attempt marks the delivery ``gave_up``. Safe to
    run twice: a done outbox row, a delivered or given-up delivery is left alone.

    Eager (the embedded default) has no broker to hold a delayed retry: the failed attempt is recorded and the
    outbox row stays open for the sweeper (or a replay), instead of retrying at once in the same thread.
    """
    final_attempt = self.request.retries + 1 >= WEBHOOK_MAX_ATTEMPTS
    try:
        delivery = webhook_deliver(delivery_id=delivery_id, final_attempt=final_attempt, outbox_id=outbox_id)
    except (WebhookRetryableError, OperationalError) as exc:
        if self.request.is_eager and isinstance(exc, WebhookRetryableError):
            return "failed"
        outbox_touch(outbox_id=outbox_id)
        raise self.retry(exc=exc, countdown=retry_countdown(self.request.retries)) from exc
    return "skipped" if delivery is None else delivery.state
