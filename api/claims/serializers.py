from collections.abc import Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import orjson
from django.urls import get_script_prefix, reverse
from rest_framework import serializers

from api.preconditions import etag_for
from api.serializers import HttpUrlField, StrictSerializer
from api.sources.serializers import EvidenceSerializer
from api.verifier.serializers import EventSerializer, ReviewTaskSerializer
from claims.models import Article, Claim, ClaimCluster

__all__ = ["StrictSerializer"]


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
    title = serializers.CharField(max_length=500, required=False, default="", allow_blank=True)
    outlet = serializers.CharField(max_length=200, required=False, default="", allow_blank=True)
    author = serializers.CharField(max_length=300, required=False, default="", allow_blank=True)
    url = HttpUrlField(
        max_length=2000, required=False, default="", allow_blank=True, help_text="Canonical URL of the article."
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


def _datetime(value: datetime | None) -> str | None:
    """As DRF's DateTimeField renders it (UTC with a Z)."""
    if value is None:
        return None
    text = value.astimezone(UTC).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def claim_url_prefixes(request: Any) -> tuple[str, str]:
    """Absolute URL prefixes of claims and articles (``.../claims/``, ``.../articles/``); relative without a request."""
    paths = _detail_paths(get_script_prefix())
    if request is None:
        return paths
    return request.build_absolute_uri(paths[0]), request.build_absolute_uri(paths[1])


@lru_cache(maxsize=8)
def _detail_paths(script_prefix: str) -> tuple[str, str]:
    claim_path = reverse("api:claim-detail", kwargs={"pk": 0})
    article_path = reverse("api:article-detail", kwargs={"pk": 0})
    return claim_path[: -len("0/")], article_path[: -len("0/")]


def claim_data(claim: Any, assignee: str | None, prefixes: tuple[str, str]) -> dict[str, Any]:
    """``ClaimSerializer``'s fields of a claim, built directly.

    ``claim`` is a ``Claim`` or a row of ``selectors.api_claim_rows`` (anything with those attributes). List pages
    render thousands of claims; DRF's generic field machinery and a ``reverse()`` per hyperlink cost more than the
    query. A test holds this equal to the declared fields' output.
    """
    pk = claim.id
    return {
        "id": pk,
        "url": f"{prefixes[0]}{pk}/",
        "article": f"{prefixes[1]}{claim.article_id}/",
        "article_id": claim.article_id,
        "position": claim.position,
        "start": claim.start,
        "end": claim.end,
        "sentence_start": claim.sentence_start,
        "sentence_end": claim.sentence_end,
        "text": claim.text,
        "claim_type": claim.claim_type,
        "checkworthy": claim.checkworthy,
        "score": claim.score,
        "hedge": claim.hedge,
        "claimers": claim.claimers,
        "targets": claim.targets,
        "entities": claim.entities,
        "numbers": claim.numbers,
        "event_date": claim.event_date.isoformat() if claim.event_date else None,
        "cluster_id": claim.cluster_id,
        "status": claim.status,
        "verdict": claim.verdict,
        "verdict_summary": claim.verdict_summary,
        "assignee": assignee,
        "version": claim.version,
        "etag": etag_for(kind="claim", pk=pk, version=claim.version),
        "published_at": _datetime(claim.published_at),
        "created_at": _datetime(claim.created_at),
        "updated_at": _datetime(claim.updated_at),
    }


def claim_rows_data(rows: Sequence[Any], *, request: Any) -> list[Any]:
    """A page of ``selectors.api_claim_rows`` or ``api_claim_list`` as ``ClaimSerializer`` items: the JSON the
    database built (rows that are JSON text or have ``api_json``), passed through as is (``orjson.Fragment``), or
    rendered here from the row's columns."""
    if rows and isinstance(rows[0], str):
        return [orjson.Fragment(row) for row in rows]
    if rows and hasattr(rows[0], "api_json"):
        return [orjson.Fragment(row.api_json) for row in rows]
    prefixes = claim_url_prefixes(request)
    return [claim_data(row, row.assignee_username, prefixes) for row in rows]


class ClaimSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:claim-detail")
    article: serializers.HyperlinkedRelatedField = serializers.HyperlinkedRelatedField(
        view_name="api:article-detail", read_only=True
    )
    article_id = serializers.IntegerField(read_only=True)
    cluster_id = serializers.IntegerField(read_only=True, allow_null=True)
    assignee = serializers.CharField(source="assignee.username", read_only=True, allow_null=True, default=None)
    etag = serializers.SerializerMethodField(help_text="Send it back in If-Match to change the claim.")

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
            "verdict_summary",
            "assignee",
            "version",
            "etag",
            "published_at",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def get_etag(self, claim: Claim) -> str:
        return etag_for(kind="claim", pk=claim.pk, version=claim.version)

    def to_representation(self, instance: Claim) -> dict[str, Any]:
        prefixes = self.context.get("_claim_url_prefixes")
        if prefixes is None:  # reversed once per response, not once per claim
            prefixes = self.context["_claim_url_prefixes"] = claim_url_prefixes(self.context.get("request"))  # type: ignore[index]
        built = claim_data(instance, instance.assignee.username if instance.assignee is not None else None, prefixes)
        data: dict[str, Any] = {}
        for field in self._readable_fields:
            name = str(field.field_name)
            if name in built:
                data[name] = built[name]
            else:
                attribute = field.get_attribute(instance)
                data[name] = None if attribute is None else field.to_representation(attribute)
        return data


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


class ClusterSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:cluster-detail")

    class Meta:
        model = ClaimCluster
        fields = ["id", "url", "label", "created_at"]
        read_only_fields = fields


class ClusterDetailSerializer(ClusterSerializer):
    claims = ClaimSerializer(many=True, read_only=True)

    class Meta(ClusterSerializer.Meta):
        fields = [*ClusterSerializer.Meta.fields, "claims"]
        read_only_fields = fields
