from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from factchecks.models import ClaimMatch, FactCheck


class RatingSerializer(serializers.Serializer):
    text = serializers.CharField(source="rating_text")
    value = serializers.FloatField(source="rating_value", allow_null=True)
    best = serializers.FloatField(source="best_rating", allow_null=True)
    worst = serializers.FloatField(source="worst_rating", allow_null=True)


class FactCheckSerializer(serializers.ModelSerializer):
    rating = RatingSerializer(source="*", read_only=True)

    class Meta:
        model = FactCheck
        fields = [
            "id",
            "claim_reviewed",
            "title",
            "rating",
            "publisher",
            "url",
            "published_on",
            "language",
            "claimant",
            "origin",
            "claim",
        ]
        read_only_fields = fields


class FactCheckListItemSerializer(FactCheckSerializer):
    """A fact-check in ``GET /factchecks/``: with ``q``, how well it matches the query (``context["scores"]``, by
    fact-check id)."""

    score = serializers.SerializerMethodField(
        help_text="With q: the calibrated probability that the fact-check rates the query's claim. Without q: null."
    )

    class Meta(FactCheckSerializer.Meta):
        fields = [*FactCheckSerializer.Meta.fields, "score"]
        read_only_fields = fields

    @extend_schema_field(serializers.FloatField(allow_null=True))
    def get_score(self, factcheck: FactCheck) -> float | None:
        return self.context.get("scores", {}).get(factcheck.pk)


class ClaimMatchSerializer(serializers.ModelSerializer):
    factcheck = FactCheckSerializer(read_only=True)

    class Meta:
        model = ClaimMatch
        fields = ["id", "rank", "score", "lexical", "semantic", "decision", "decided_at", "factcheck"]
        read_only_fields = fields


class FactCheckSearchInputSerializer(serializers.Serializer):
    q = serializers.CharField(required=False, allow_blank=True, max_length=2000, help_text="Claim text to search for.")
    limit = serializers.IntegerField(required=False, min_value=1, max_value=50, default=10)


class FactCheckImportUrlSerializer(serializers.Serializer):
    url = serializers.URLField(max_length=2000)


class FactCheckImportResultSerializer(serializers.Serializer):
    created = serializers.IntegerField()
    updated = serializers.IntegerField()
    unchanged = serializers.IntegerField()
