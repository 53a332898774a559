from rest_framework import serializers

from api.serializers import HttpUrlField, StrictSerializer
from sources.models import Evidence, EvidenceRole, ReliabilityChange, Source, SourceAlias, Stance


class ReliabilityChangeSerializer(serializers.ModelSerializer):
    changed_by = serializers.CharField(source="changed_by.username", read_only=True, allow_null=True, default=None)

    class Meta:
        model = ReliabilityChange
        fields = ["id", "from_rating", "to_rating", "reason", "changed_by", "changed_at"]
        read_only_fields = fields


class SourceSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:source-detail")
    aliases: serializers.SlugRelatedField = serializers.SlugRelatedField(many=True, read_only=True, slug_field="alias")

    class Meta:
        model = Source
        fields = [
            "id",
            "url",
            "name",
            "kind",
            "homepage_url",
            "description",
            "reliability",
            "reviewed",
            "aliases",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class SourceDetailSerializer(SourceSerializer):
    reliability_history = ReliabilityChangeSerializer(source="reliability_changes", many=True, read_only=True)

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "reliability_history"]
        read_only_fields = fields


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


class EvidenceInputSerializer(StrictSerializer):
    url = HttpUrlField(max_length=2000, required=False, default="", allow_blank=True)
    source_id = serializers.IntegerField(required=False, allow_null=True, default=None, min_value=1)
    role = serializers.ChoiceField(choices=EvidenceRole.choices, required=False, default=EvidenceRole.EVIDENCE)
    stance = serializers.ChoiceField(choices=Stance.choices, required=False, default=Stance.UNCLEAR)
    quote = serializers.CharField(required=False, default="", allow_blank=True, max_length=10_000)


class SourceAliasSerializer(serializers.ModelSerializer):
    class Meta:
        model = SourceAlias
        fields = ["id", "alias"]
        read_only_fields = fields
