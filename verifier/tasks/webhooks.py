import random

from celery import shared_task
from django.conf import settings
from django.db import OperationalError

from verifier.webhooks import WebhookRetryableError, webhook_deliver


@shared_task(bind=True, max_retries=None, acks_late=True)
def deliver_webhook(self, delivery_id: int) -> str:  # type: ignore[no-untyped-def]
    """Deliver one webhook. Retries network/408/429/5xx failures with exponential backoff and jitter, up to
    ``WEBHOOK_MAX_ATTEMPTS`` attempts in all; the last attempt marks the delivery ``gave_up``. Safe to run twice:
    a delivered or given-up delivery is left alone.
    """
    final_attempt = self.request.retries + 1 >= settings.WEBHOOK_MAX_ATTEMPTS
    try:
        delivery = webhook_deliver(delivery_id=delivery_id, final_attempt=final_attempt)
    except (WebhookRetryableError, OperationalError) as exc:
        countdown = min(settings.CELERY_MAX_RETRY_DELAY, 5 * 2**self.request.retries * (1 + random.random() / 2))
        raise self.retry(exc=exc, countdown=countdown) from exc
    return delivery.state
