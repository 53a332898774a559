from django.apps import apps
from django.contrib import admin

from sources.models import ReliabilityChange, Source, SourceAlias

INLINED = {SourceAlias: Source, ReliabilityChange: Source}


def test_every_model_is_in_the_admin_registered_or_inline_under_its_parent():
    missing = []
    for label in ("claims", "sources", "factchecks", "verifier"):
        for model in apps.get_app_config(label).get_models():
            if model in INLINED:
                parent_admin = admin.site.get_model_admin(INLINED[model])
                assert model in [inline.model for inline in parent_admin.inlines]
            elif not admin.site.is_registered(model):
                missing.append(model.__name__)

    assert missing == []
