from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig


class DeskConfig(AppConfig):
    """The fact-checkers' desk: admin registrations, desk views, templates and static files."""

    name = "desk"
    verbose_name = "Desk"


class ClaimcheckAdminConfig(AdminConfig):
    """``django.contrib.admin`` with ``desk.site.ClaimcheckAdminSite`` as ``admin.site``."""

    default_site = "desk.site.ClaimcheckAdminSite"
