"""Reads of the webhooks resource."""

from django.db.models import QuerySet

from verifier.models import WebhookDelivery, WebhookSubscription


def webhook_subscriptions() -> QuerySet[WebhookSubscription]:
    return WebhookSubscription.objects.order_by("id")


def webhook_deliveries(*, subscription_id: int) -> QuerySet[WebhookDelivery]:
    return WebhookDelivery.objects.filter(subscription_id=subscription_id).order_by("-created_at", "-id")
