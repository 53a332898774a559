from rest_framework import serializers

from api.serializers import ClaimSerializer
from claims.models import ClaimCluster


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
