"""Webhook subscriptions, their delivery log, and replays."""

from typing import Any

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.schema import READ, WRITE, responses
from api.webhooks import selectors
from api.webhooks.serializers import (
    WebhookDeliverySerializer,
    WebhookSubscriptionCreatedSerializer,
    WebhookSubscriptionInputSerializer,
    WebhookSubscriptionSerializer,
    WebhookSubscriptionUpdateSerializer,
)
from verifier.models import WebhookDelivery
from verifier.webhooks import (
    webhook_replay,
    webhook_subscription_create,
    webhook_subscription_delete,
    webhook_subscription_update,
)


class WebhookListCreateApi(generics.ListAPIView):
    serializer_class = WebhookSubscriptionSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.webhook_subscriptions()

    @extend_schema(
        operation_id="webhooks_list", responses=responses({200: WebhookSubscriptionSerializer(many=True)}, *READ)
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="webhooks_create",
        summary="Subscribe a URL to event types. The response shows the signing secret, once.",
        request=WebhookSubscriptionInputSerializer,
        responses=responses({201: WebhookSubscriptionCreatedSerializer}, *WRITE),
    )
    def post(self, request: Request) -> Response:
        serializer = WebhookSubscriptionInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        subscription = webhook_subscription_create(
            url=data["target_url"],
            event_types=data["event_types"],
            active=data["active"],
            description=data["description"],
            actor_user=request.user,
        )
        body = WebhookSubscriptionCreatedSerializer(subscription, context={"request": request}).data
        return Response(body, status=status.HTTP_201_CREATED)


class WebhookDetailApi(APIView):
    @extend_schema(operation_id="webhooks_retrieve", responses=responses({200: WebhookSubscriptionSerializer}, *READ))
    def get(self, request: Request, pk: int) -> Response:
        subscription = get_object_or_404(selectors.webhook_subscriptions(), pk=pk)
        return Response(WebhookSubscriptionSerializer(subscription, context={"request": request}).data)

    @extend_schema(
        operation_id="webhooks_update",
        request=WebhookSubscriptionUpdateSerializer,
        responses=responses({200: WebhookSubscriptionSerializer}, *WRITE),
    )
    def patch(self, request: Request, pk: int) -> Response:
        get_object_or_404(selectors.webhook_subscriptions(), pk=pk)
        serializer = WebhookSubscriptionUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        if "target_url" in changes:
            changes["url"] = changes.pop("target_url")
        subscription = webhook_subscription_update(subscription_id=pk, **changes)
        return Response(WebhookSubscriptionSerializer(subscription, context={"request": request}).data)

    @extend_schema(operation_id="webhooks_destroy", responses=responses({204: None}, *WRITE))
    def delete(self, request: Request, pk: int) -> Response:
        get_object_or_404(selectors.webhook_subscriptions(), pk=pk)
        webhook_subscription_delete(subscription_id=pk)
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema_view(
    get=extend_schema(
        operation_id="webhooks_deliveries_list",
        summary="The delivery log of a subscription, newest first.",
        responses=responses({200: WebhookDeliverySerializer(many=True)}, *READ),
    )
)
class WebhookDeliveryListApi(generics.ListAPIView):
    serializer_class = WebhookDeliverySerializer
    queryset = WebhookDelivery.objects.none()  # for the schema; get_queryset filters by subscription
    filterset_fields = ["state", "event_type"]

    def get_queryset(self):  # type: ignore[no-untyped-def]
        get_object_or_404(selectors.webhook_subscriptions(), pk=self.kwargs["pk"])
        return selectors.webhook_deliveries(subscription_id=self.kwargs["pk"])


class WebhookReplayApi(APIView):
    @extend_schema(
        operation_id="webhooks_deliveries_replay",
        summary="Send a delivery again (same event id); it is queued and sent in the background.",
        request=None,
        responses=responses({202: WebhookDeliverySerializer}, *WRITE),
    )
    def post(self, request: Request, pk: int, delivery_id: int) -> Response:
        get_object_or_404(selectors.webhook_deliveries(subscription_id=pk), pk=delivery_id)
        delivery = webhook_replay(delivery_id=delivery_id)
        return Response(WebhookDeliverySerializer(delivery).data, status=status.HTTP_202_ACCEPTED)
