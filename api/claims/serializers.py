"""Claim-only serializers: the detail, the cursor item, and the inputs of the claim actions."""

from rest_framework import serializers

from api.serializers import (
    ClaimSerializer,
    EventSerializer,
    EvidenceSerializer,
    ReviewTaskSerializer,
    StrictSerializer,
)
from claims.models import Claim, Status, Verdict
from verifier.ratings import is_rated


class ClaimCursorItemSerializer(ClaimSerializer):
    """A claim in a cursor page (its own schema component: cursor pages have no ``count``)."""


class ClaimDetailSerializer(ClaimSerializer):
    """A claim with its exact spans, evidence, review tasks and history (audit events)."""

    span_text = serializers.CharField(read_only=True, help_text="article.text[start:end]")
    sentence = serializers.SerializerMethodField(help_text="article.text[sentence_start:sentence_end]")
    article_title = serializers.CharField(source="article.title", read_only=True)
    article_url = serializers.CharField(source="article.url", read_only=True)
    score_features = serializers.JSONField(read_only=True)
    evidence = EvidenceSerializer(many=True, read_only=True)
    review_tasks = ReviewTaskSerializer(many=True, read_only=True)
    history = EventSerializer(source="events", many=True, read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = [
            *ClaimSerializer.Meta.fields,
            "span_text",
            "sentence",
            "article_title",
            "article_url",
            "score_features",
            "evidence",
            "review_tasks",
            "history",
        ]
        read_only_fields = fields

    def get_sentence(self, claim: Claim) -> str:
        return claim.article.text[claim.sentence_start : claim.sentence_end]


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
