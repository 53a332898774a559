"""The project's admin site: Django's admin with the fact-checker's desk on its index page.

The index shows the desk (``desk.home``) and the dashboard (``desk.dashboard``); the model list puts the desk's
models first, in one group, and everything operators look after (accounts, login lockouts, periodic jobs, the
outbox, webhooks, API tokens, idempotency keys) after them, folded away under "Operations".
"""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.urls import reverse

from desk.dashboard import dashboard_context
from desk.home import desk_home_context

# (app label, model name) of what fact-checkers and editors work with, in the order they are listed.
DESK_MODELS: tuple[tuple[str, str], ...] = (
    ("claims", "claim"),
    ("claims", "article"),
    ("verifier", "reviewtask"),
    ("sources", "source"),
    ("sources", "evidence"),
    ("sources", "snapshot"),
    ("sources", "watchedurl"),
    ("claims", "claimcluster"),
    ("factchecks", "factcheck"),
    ("factchecks", "claimmatch"),
    ("verifier", "verificationevent"),
    ("verifier", "articlemetadatachange"),
)


class ClaimcheckAdminSite(admin.AdminSite):
    site_header = "Claim verification desk"
    site_title = "Claim verification desk"
    index_title = "Desk"
    index_template = "admin/claimcheck_index.html"
    # The claim list needs the width; every page links home, and home lists every model.
    enable_nav_sidebar = False

    def each_context(self, request: HttpRequest) -> dict[str, Any]:
        # The header's "API docs" link (admin/base_site.html): this service's own public page; Django's default
        # "View site" pointed at "/", which is a 404 here.
        return {**super().each_context(request), "site_url": reverse("swagger-ui")}

    def get_app_list(self, request: HttpRequest, app_label: str | None = None) -> list[dict[str, Any]]:
        """With no ``app_label``: one "Desk" group with ``DESK_MODELS`` in their order, then the other apps, each
        marked ``operations``. With an ``app_label``: Django's list for that app."""
        apps = super().get_app_list(request, app_label)
        if app_label is not None:
            return apps
        order = {key: i for i, key in enumerate(DESK_MODELS)}
        desk_models: list[dict[str, Any]] = []
        operations: list[dict[str, Any]] = []
        for app in apps:
            rest: list[dict[str, Any]] = []
            for model in app["models"]:
                key = (app["app_label"], model["object_name"].lower())
                (desk_models if key in order else rest).append({**model, "desk_key": key})
            if rest:
                operations.append({**app, "models": rest, "operations": True})
        desk_models.sort(key=lambda m: order[m["desk_key"]])
        desk = {
            "name": "Desk",
            "app_label": "desk",
            "app_url": reverse("admin:index", current_app=self.name),
            "has_module_perms": True,
            "models": desk_models,
            "operations": False,
        }
        return ([desk] if desk_models else []) + operations

    def index(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> TemplateResponse:
        apps = self.get_app_list(request)
        groups = {
            "desk_apps": [app for app in apps if not app["operations"]],
            "operations_apps": [app for app in apps if app["operations"]],
        }
        return super().index(
            request,
            extra_context={**desk_home_context(request.user), **dashboard_context(), **groups, **(extra_context or {})},
        )
