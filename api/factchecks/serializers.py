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


class FactCheckHitSerializer(serializers.Serializer):
    """One search result: the fact-check and how well it matches the query."""

    score = serializers.FloatField(help_text="Calibrated probability that the fact-check rates the query's claim.")
    factcheck = FactCheckSerializer()


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
