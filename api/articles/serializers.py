from typing import Any

from rest_framework import serializers

from api.serializers import ClaimSerializer, HttpUrlField, StrictSerializer
from claims.models import Article
from verifier.articles import ARTICLE_METADATA_FIELDS


class ArticleInputSerializer(StrictSerializer):
    """Exactly one of ``text``, ``html`` or ``fetch_url``; the metadata fields override what the input says."""

    text = serializers.CharField(
        trim_whitespace=False,
        allow_blank=True,
        required=False,
        help_text="Plain text; leading `title`/`url`/`outlet`/`author`/`date YYYY-MM-DD` lines are metadata.",
    )
    html = serializers.CharField(
        trim_whitespace=False, required=False, help_text="An HTML page; its main text is used."
    )
    fetch_url = HttpUrlField(
        max_length=2000, required=False, help_text="Fetch the article from this http(s) URL (public hosts only)."
    )
    title = serializers.CharField(
        max_length=ARTICLE_METADATA_FIELDS["title"], required=False, default="", allow_blank=True
    )
    outlet = serializers.CharField(
        max_length=ARTICLE_METADATA_FIELDS["outlet"], required=False, default="", allow_blank=True
    )
    author = serializers.CharField(
        max_length=ARTICLE_METADATA_FIELDS["author"], required=False, default="", allow_blank=True
    )
    url = HttpUrlField(
        max_length=ARTICLE_METADATA_FIELDS["url"],
        required=False,
        default="",
        allow_blank=True,
        help_text="Canonical URL of the article.",
    )
    published_at = serializers.DateTimeField(required=False, allow_null=True, default=None)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        given = [name for name in ("text", "html", "fetch_url") if name in attrs]
        if not given:
            raise serializers.ValidationError({"text": ["This field is required."]})
        if len(given) > 1:
            raise serializers.ValidationError(
                {name: ["Give exactly one of text, html or fetch_url."] for name in given}
            )
        return attrs


class ArticleImportRowSerializer(ArticleInputSerializer):
    """One article of a bulk import: text or HTML (URLs are submitted one by one)."""

    fetch_url = None  # type: ignore[assignment]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        given = [name for name in ("text", "html") if name in attrs]
        if len(given) != 1:
            raise serializers.ValidationError({"text": ["Give exactly one of text or html."]})
        return attrs


class ArticleMetadataUpdateSerializer(StrictSerializer):
    """A metadata correction: the fields given are changed, the others kept (the text never changes: claim spans
    index it)."""

    title = serializers.CharField(max_length=ARTICLE_METADATA_FIELDS["title"], required=False, allow_blank=True)
    outlet = serializers.CharField(max_length=ARTICLE_METADATA_FIELDS["outlet"], required=False, allow_blank=True)
    author = serializers.CharField(max_length=ARTICLE_METADATA_FIELDS["author"], required=False, allow_blank=True)
    url = HttpUrlField(max_length=ARTICLE_METADATA_FIELDS["url"], required=False, allow_blank=True)
    published_at = serializers.DateTimeField(required=False, allow_null=True)
    reason = serializers.CharField(
        max_length=500, required=False, default="", allow_blank=True, help_text="Recorded with the change."
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if not set(attrs) & set(ARTICLE_METADATA_FIELDS):
            raise serializers.ValidationError(
                {"non_field_errors": [f"Give at least one of {', '.join(ARTICLE_METADATA_FIELDS)}."]}
            )
        return attrs


class ArticleClaimSerializer(ClaimSerializer):
    class Meta(ClaimSerializer.Meta):
        fields = [f for f in ClaimSerializer.Meta.fields if f not in {"article", "article_id"}]
        read_only_fields = fields


class ArticleSummarySerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:article-detail")
    source_url = serializers.CharField(source="url", read_only=True)

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
            "created_at",
        ]
        read_only_fields = fields


class ArticleSerializer(ArticleSummarySerializer):
    claims = ArticleClaimSerializer(many=True, read_only=True)

    class Meta(ArticleSummarySerializer.Meta):
        fields = [*ArticleSummarySerializer.Meta.fields, "text", "claims"]
        read_only_fields = fields


class ArticleAcceptedSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    url = serializers.URLField()
    ingest_status = serializers.CharField()
    created = serializers.BooleanField(help_text="False when the same text was submitted before.")


class ArticleImportResultSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    created = serializers.IntegerField(help_text="Articles that were new (the rest were submitted before).")
    results = ArticleAcceptedSerializer(many=True)
