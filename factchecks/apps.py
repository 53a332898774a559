from django.apps import AppConfig


class FactchecksConfig(AppConfig):
    name = "factchecks"
    verbose_name = "Published fact-checks"
