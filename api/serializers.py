"""Serializers shared across the API's resources: strict input, the error body, and the output serializers that
several resources render or nest (claims, evidence, review tasks, audit events).

A claim's JSON has one declaration, ``CLAIM_FIELDS``: ``ClaimSerializer`` declares it (the OpenAPI schema) and
``claim_items`` renders it, from model instances or from the ``values()`` rows of ``claim_rows``. To add a field
to the claim API, add the model field and its name to ``CLAIM_FIELDS``.
"""

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from django.contrib.auth import get_user_model
from django.core.validators import URLValidator
from django.db.models import OuterRef, QuerySet, Subquery
from django.urls import get_script_prefix, reverse
from rest_framework import serializers

from api.preconditions import etag_for
from claims.models import Claim
from sources.models import Evidence, Source
from verifier.models import ReviewTask, VerificationEvent


class StrictSerializer(serializers.Serializer):
    """Input serializer that rejects fields it does not know."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({name: ["Unknown field."] for name in unknown})
        return super().to_internal_value(data)


class HttpUrlField(serializers.URLField):
    """An absolute http(s) URL (DRF's URLField also accepts ftp)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.validators.append(URLValidator(schemes=["http", "https"]))


class ErrorSerializer(serializers.Serializer):
    """The one error body: see ``api.errors``."""

    type = serializers.CharField(help_text="Stable machine-readable code, e.g. `validation_error`, `conflict`.")
    title = serializers.CharField(help_text="Short human title of the HTTP status.")
    status = serializers.IntegerField()
    detail = serializers.CharField()
    errors = serializers.DictField(  # type: ignore[assignment]
        child=serializers.JSONField(),
        help_text="Field name -> messages for validation errors; extra facts (e.g. `version`) otherwise.",
    )


# --- claims --------------------------------------------------------------------------------------------------------

# A claim in the API, in this order: ClaimSerializer's fields and every claim list's items.
CLAIM_FIELDS = (
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
)

ASSIGNEE_COLUMN = "assignee_username"  # the assignee's username in a row of claim_rows
_Row = dict[str, Any]
_Prefixes = tuple[str, str]
# The members of CLAIM_FIELDS computed from other columns (the rest are model fields, rendered as DRF renders them).
_COMPUTED: dict[str, Callable[[_Row, _Prefixes], Any]] = {
    "url": lambda row, prefixes: f"{prefixes[0]}{row['id']}/",
    "article": lambda row, prefixes: f"{prefixes[1]}{row['article_id']}/",
    "assignee": lambda row, prefixes: row[ASSIGNEE_COLUMN],
    "etag": lambda row, prefixes: etag_for(kind="claim", pk=row["id"], version=row["version"]),
}
_COMPUTED_FROM = ("id", "article_id", "version", ASSIGNEE_COLUMN)

# The columns a claim list reads (``values()``): the model fields of CLAIM_FIELDS and what the computed ones need.
CLAIM_COLUMNS = tuple(dict.fromkeys([*(name for name in CLAIM_FIELDS if name not in _COMPUTED), *_COMPUTED_FROM]))


def _datetime(value: datetime | None) -> str | None:
    """As DRF's DateTimeField renders it (UTC, ``Z``)."""
    if value is None:
        return None
    text = value.astimezone(UTC).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _fields_of_type(kind: str) -> tuple[str, ...]:
    return tuple(
        name
        for name in CLAIM_FIELDS
        if name not in _COMPUTED and Claim._meta.get_field(name).get_internal_type() == kind
    )


# Rendered as DRF renders them; the other model fields' values are already JSON values.
_DATETIME_FIELDS = _fields_of_type("DateTimeField")
_DATE_FIELDS = _fields_of_type("DateField")


def claim_rows(claims: QuerySet[Claim]) -> QuerySet[Any]:
    """The claims as ``values()`` rows of ``CLAIM_COLUMNS``, in the queryset's order, for ``claim_items``.

    The assignee's username is a correlated subquery, not a join: a COUNT of these rows then reads the filtered
    claims alone (PostgreSQL plans a count over a LEFT JOIN without the index-only scan of the claim filters'
    index, even though it drops the join).
    """
    username = get_user_model().objects.filter(pk=OuterRef("assignee_id")).values("username")[:1]
    return claims.annotate(**{ASSIGNEE_COLUMN: Subquery(username)}).values(*CLAIM_COLUMNS)


def claim_row(claim: Claim) -> _Row:
    """A claim instance as a row of ``claim_rows`` (its assignee loaded with it, or none)."""
    row = {column: getattr(claim, column) for column in CLAIM_COLUMNS if column != ASSIGNEE_COLUMN}
    row[ASSIGNEE_COLUMN] = claim.assignee.username if claim.assignee is not None else None
    return row


def claim_items(rows: Iterable[_Row], prefixes: _Prefixes) -> list[dict[str, Any]]:
    """Rows of ``claim_rows`` as the claim's JSON (``CLAIM_FIELDS``); ``prefixes`` from ``claim_url_prefixes``."""
    items = []
    for row in rows:
        item = {name: row.get(name) for name in CLAIM_FIELDS}  # every member in order; computed ones set below
        for name, compute in _COMPUTED.items():
            item[name] = compute(row, prefixes)
        for name in _DATETIME_FIELDS:
            item[name] = _datetime(item[name])
        for name in _DATE_FIELDS:
            item[name] = _date(item[name])
        items.append(item)
    return items


def claim_url_prefixes(request: Any) -> _Prefixes:
    """Absolute URL prefixes of claims and articles (``.../claims/``, ``.../articles/``); relative without a request."""
    claim_path, article_path = _detail_paths(get_script_prefix())
    if request is None:
        return claim_path, article_path
    return request.build_absolute_uri(claim_path), request.build_absolute_uri(article_path)


@lru_cache(maxsize=8)
def _detail_paths(script_prefix: str) -> _Prefixes:
    """The paths of claims and articles without their ids, for one script prefix (reversed once)."""
    claim_path = reverse("api:claim-detail", kwargs={"pk": 0})
    article_path = reverse("api:article-detail", kwargs={"pk": 0})
    return claim_path[: -len("0/")], article_path[: -len("0/")]


# A claim (CLAIM_FIELDS). The declared fields are its schema; to_representation renders them through claim_items,
# the list's renderer (a test holds the two equal). Subclasses' extra fields render as declared. (Comments, not a
# docstring: a serializer's docstring is its schema component's description.)
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
        fields = list(CLAIM_FIELDS)
        read_only_fields = fields

    def get_etag(self, claim: Claim) -> str:
        return etag_for(kind="claim", pk=claim.pk, version=claim.version)

    def to_representation(self, instance: Claim) -> dict[str, Any]:
        prefixes = self.context.get("_claim_url_prefixes")
        if prefixes is None:  # reversed once per response, not once per claim
            prefixes = self.context["_claim_url_prefixes"] = claim_url_prefixes(self.context.get("request"))  # type: ignore[index]
        built = claim_items([claim_row(instance)], prefixes)[0]
        data: dict[str, Any] = {}
        for field in self._readable_fields:
            name = str(field.field_name)
            if name in built:
                data[name] = built[name]
            else:
                attribute = field.get_attribute(instance)
                data[name] = None if attribute is None else field.to_representation(attribute)
        return data


# --- evidence, review tasks, audit events -----------------------------------------------------------------------


class EvidenceSourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "name", "kind", "reliability"]
        read_only_fields = fields


class EvidenceSerializer(serializers.ModelSerializer):
    source = EvidenceSourceSerializer(read_only=True, allow_null=True)  # type: ignore[assignment]
    added_by = serializers.CharField(source="added_by.username", read_only=True, allow_null=True, default=None)

    class Meta:
        model = Evidence
        fields = [
            "id",
            "claim_id",
            "source",
            "role",
            "stance",
            "quote",
            "url",
            "quote_missing",
            "snapshot_id",
            "added_by",
            "created_at",
        ]
        read_only_fields = fields


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
