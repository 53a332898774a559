from django.apps import apps
from django.contrib import admin

from sources.models import ReliabilityChange, Source, SourceAlias

INLINED = {SourceAlias: Source, ReliabilityChange: Source}


def test_every_model_is_in_the_admin_registered_or_inline_under_its_parent():
    site_registry = admin.site._registry
    missing = []
    for label in ("claims", "sources", "verifier"):
        for model in apps.get_app_config(label).get_models():
            if model in INLINED:
                parent_admin = site_registry[INLINED[model]]
                assert model in [inline.model for inline in parent_admin.inlines]
            elif model not in site_registry:
                missing.append(model.__name__)

    assert missing == []
