from rest_framework import serializers

from api.serializers import HttpUrlField, StrictSerializer
from claims.models import Status, Verdict
from verifier.models import (
    ApiToken,
    DeliveryState,
    ReviewTask,
    TokenScope,
    VerificationEvent,
    WebhookDelivery,
    WebhookSubscription,
)
from verifier.ratings import is_rated
from verifier.webhooks import EVENT_TYPES


class ReviewTaskSerializer(serializers.ModelSerializer):
    assignee = serializers.CharField(source="assignee.username", read_only=True, allow_null=True, default=None)

    class Meta:
        model = ReviewTask
        fields = [
            "id",
            "claim_id",
            "kind",
            "title",
            "state",
            "assignee",
            "due_at",
            "reminded_at",
            "escalated_at",
            "completed_at",
            "created_at",
        ]
        read_only_fields = fields


class EventSerializer(serializers.ModelSerializer):
    class Meta:
        model = VerificationEvent
        fields = [
            "id",
            "claim_id",
            "kind",
            "actor_type",
            "actor_label",
            "from_status",
            "to_status",
            "from_verdict",
            "to_verdict",
            "reason",
            "data",
            "created_at",
        ]
        read_only_fields = fields


class TransitionInputSerializer(StrictSerializer):
    to_status = serializers.ChoiceField(choices=Status.choices)
    reason = serializers.CharField(required=False, default="", allow_blank=True, max_length=5000)


class VerdictInputSerializer(StrictSerializer):
    verdict = serializers.ChoiceField(choices=[c for c in Verdict.choices if is_rated(c[0])])
    summary = serializers.CharField(max_length=10_000)


class ReopenInputSerializer(StrictSerializer):
    reason = serializers.CharField(max_length=5000)


class PublishInputSerializer(StrictSerializer):
    pass


class AssignInputSerializer(StrictSerializer):
    assignee = serializers.CharField(max_length=150, allow_null=True, help_text="Username; null to unassign.")


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


class TokenSerializer(serializers.ModelSerializer):
    current = serializers.SerializerMethodField()

    class Meta:
        model = ApiToken
        fields = ["token_key", "name", "scope", "created", "expiry", "current"]
        read_only_fields = fields

    def get_current(self, token: ApiToken) -> bool:
        request = self.context.get("request")
        return bool(request is not None and request.auth is not None and request.auth.digest == token.digest)


class TokenInputSerializer(StrictSerializer):
    name = serializers.CharField(max_length=200, required=False, default="", allow_blank=True)
    scope = serializers.ChoiceField(choices=TokenScope.choices, required=False, default=TokenScope.READ)
    expiry_days = serializers.IntegerField(min_value=1, max_value=365, required=False, default=90)


class TokenCreatedSerializer(TokenSerializer):
    token = serializers.CharField(read_only=True, help_text="The secret; shown once, only its hash is stored.")

    class Meta(TokenSerializer.Meta):
        fields = [*TokenSerializer.Meta.fields, "token"]
        read_only_fields = fields
