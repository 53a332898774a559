"""The project's admin site: Django's admin with the fact-checkers' dashboard on its index page."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.template.response import TemplateResponse

from desk.dashboard import dashboard_context


class ClaimcheckAdminSite(admin.AdminSite):
    site_header = "Claim verification desk"
    site_title = "Claim verification desk"
    index_title = "Dashboard"
    index_template = "admin/claimcheck_index.html"

    def index(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> TemplateResponse:
        return super().index(request, extra_context={**dashboard_context(), **(extra_context or {})})
