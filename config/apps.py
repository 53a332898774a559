from django.contrib.admin.apps import AdminConfig


class ClaimcheckAdminConfig(AdminConfig):
    """``django.contrib.admin`` with ``config.admin_site.ClaimcheckAdminSite`` as ``admin.site``."""

    default_site = "config.admin_site.ClaimcheckAdminSite"
