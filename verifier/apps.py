from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate

from config.metrics import scrape_collector_register


def _ensure_role_groups(sender: Any, using: str = "default", **kwargs: Any) -> None:
    from verifier.roles import roles_ensure_groups

    roles_ensure_groups(using=using)


class VerifierConfig(AppConfig):
    name = "verifier"
    verbose_name = "Verification workflow"

    def ready(self) -> None:
        # The role groups come from a data migration; this puts them back after a database flush (which emits
        # post_migrate, as for permissions) so a flushed test database or a deleted group heals itself.
        post_migrate.connect(_ensure_role_groups, sender=self, dispatch_uid="verifier_role_groups")
        # Imported here: the collector's module imports models, which cannot load before the app registry is ready.
        from verifier.metrics import WorkflowCollector

        scrape_collector_register(WorkflowCollector())
