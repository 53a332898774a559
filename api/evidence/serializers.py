from rest_framework import serializers

from api.serializers import HttpUrlField, StrictSerializer
from sources.models import EvidenceRole, Stance


class EvidenceInputSerializer(StrictSerializer):
    url = HttpUrlField(max_length=2000, required=False, default="", allow_blank=True)
    source_id = serializers.IntegerField(required=False, allow_null=True, default=None, min_value=1)
    role = serializers.ChoiceField(choices=EvidenceRole.choices, required=False, default=EvidenceRole.EVIDENCE)
    stance = serializers.ChoiceField(choices=Stance.choices, required=False, default=Stance.UNCLEAR)
    quote = serializers.CharField(required=False, default="", allow_blank=True, max_length=10_000)
