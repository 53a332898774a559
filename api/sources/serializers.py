from rest_framework import serializers

from sources.models import ReliabilityChange, Source, SourceAlias


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


class SourceAliasSerializer(serializers.ModelSerializer):
    class Meta:
        model = SourceAlias
        fields = ["id", "alias"]
        read_only_fields = fields
