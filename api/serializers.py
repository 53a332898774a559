"""Serializers shared by every API module: strict input and the error body."""

from typing import Any

from django.core.validators import URLValidator
from rest_framework import serializers


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
