from rest_framework import serializers

from claims.models import Article, Claim


class StrictSerializer(serializers.Serializer):
    """Input serializer that rejects fields it does not know."""

    def to_internal_value(self, data):  # type: ignore[no-untyped-def]
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({name: ["Unknown field."] for name in unknown})
        return super().to_internal_value(data)


class ArticleInputSerializer(StrictSerializer):
    text = serializers.CharField(trim_whitespace=False, allow_blank=True)
    title = serializers.CharField(max_length=500, required=False, default="", allow_blank=True)
    outlet = serializers.CharField(max_length=200, required=False, default="", allow_blank=True)
    author = serializers.CharField(max_length=300, required=False, default="", allow_blank=True)
    url = serializers.URLField(max_length=2000, required=False, default="", allow_blank=True)
    published_at = serializers.DateTimeField(required=False, allow_null=True, default=None)


class ClaimSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:claim-detail")
    article: serializers.HyperlinkedRelatedField = serializers.HyperlinkedRelatedField(
        view_name="api:article-detail", read_only=True
    )
    article_id = serializers.IntegerField(read_only=True)
    cluster_id = serializers.IntegerField(read_only=True, allow_null=True)

    class Meta:
        model = Claim
        fields = [
            "id",
            "url",
            "article",
            "article_id",
            "position",
            "start",
            "end",
            "sentence_start",
            "sentence_end",
            "text",
            "claim_type",
            "checkworthy",
            "score",
            "hedge",
            "claimers",
            "targets",
            "entities",
            "numbers",
            "event_date",
            "cluster_id",
            "status",
            "verdict",
            "version",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class ArticleClaimSerializer(ClaimSerializer):
    class Meta(ClaimSerializer.Meta):
        fields = [f for f in ClaimSerializer.Meta.fields if f not in {"article", "article_id"}]
        read_only_fields = fields


class ArticleSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:article-detail")
    source_url = serializers.URLField(source="url", read_only=True)
    claims = ArticleClaimSerializer(many=True, read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "url",
            "title",
            "outlet",
            "author",
            "source_url",
            "published_at",
            "language",
            "source_format",
            "ingest_status",
            "ingest_error",
            "text",
            "created_at",
            "claims",
        ]
        read_only_fields = fields


class ArticleAcceptedSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    url = serializers.URLField()
    ingest_status = serializers.CharField()
    created = serializers.BooleanField(help_text="False when the same text was submitted before.")
