from rest_framework import serializers

from api.serializers import HttpUrlField, StrictSerializer
from verifier.models import DeliveryState, WebhookDelivery, WebhookSubscription
from verifier.webhooks import EVENT_TYPES


class WebhookSubscriptionSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:webhook-detail")
    target_url = serializers.CharField(source="url", read_only=True)

    class Meta:
        model = WebhookSubscription
        fields = ["id", "url", "target_url", "event_types", "active", "description", "created_at"]
        read_only_fields = fields


class WebhookSubscriptionCreatedSerializer(WebhookSubscriptionSerializer):
    secret = serializers.CharField(read_only=True, help_text="HMAC key; shown once, at creation.")

    class Meta(WebhookSubscriptionSerializer.Meta):
        fields = [*WebhookSubscriptionSerializer.Meta.fields, "secret"]
        read_only_fields = fields


class WebhookSubscriptionInputSerializer(StrictSerializer):
    target_url = HttpUrlField(max_length=2000)
    event_types = serializers.ListField(
        child=serializers.ChoiceField(choices=sorted(EVENT_TYPES)), allow_empty=False, max_length=len(EVENT_TYPES)
    )
    active = serializers.BooleanField(required=False, default=True)
    description = serializers.CharField(max_length=300, required=False, default="", allow_blank=True)


class WebhookSubscriptionUpdateSerializer(StrictSerializer):
    target_url = HttpUrlField(max_length=2000, required=False)
    event_types = serializers.ListField(
        child=serializers.ChoiceField(choices=sorted(EVENT_TYPES)),
        allow_empty=False,
        max_length=len(EVENT_TYPES),
        required=False,
    )
    active = serializers.BooleanField(required=False)
    description = serializers.CharField(max_length=300, required=False, allow_blank=True)


class WebhookDeliverySerializer(serializers.ModelSerializer):
    state = serializers.ChoiceField(choices=DeliveryState.choices, read_only=True)

    class Meta:
        model = WebhookDelivery
        fields = [
            "id",
            "subscription_id",
            "event_id",
            "event_type",
            "payload",
            "state",
            "attempts",
            "response_status",
            "last_error",
            "created_at",
            "delivered_at",
        ]
        read_only_fields = fields
