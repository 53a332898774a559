from rest_framework import serializers

from api.serializers import StrictSerializer
from verifier.models import ApiToken, TokenScope


class TokenSerializer(serializers.ModelSerializer):
    current = serializers.SerializerMethodField()

    class Meta:
        model = ApiToken
        fields = ["token_key", "name", "scope", "created", "expiry", "current"]
        read_only_fields = fields

    def get_current(self, token: ApiToken) -> bool:
        request = self.context.get("request")
        return bool(request is not None and request.auth is not None and request.auth.digest == token.digest)


class TokenInputSerializer(StrictSerializer):
    name = serializers.CharField(max_length=200, required=False, default="", allow_blank=True)
    scope = serializers.ChoiceField(choices=TokenScope.choices, required=False, default=TokenScope.READ)
    expiry_days = serializers.IntegerField(min_value=1, max_value=365, required=False, default=90)


class TokenCreatedSerializer(TokenSerializer):
    token = serializers.CharField(read_only=True, help_text="The secret; shown once, only its hash is stored.")

    class Meta(TokenSerializer.Meta):
        fields = [*TokenSerializer.Meta.fields, "token"]
        read_only_fields = fields
