"""The fact-check collection and the claims' matches against it, read-only in the admin.

Fact-checks are written by imports (``manage.py import_factchecks``, ``POST /factchecks/import/``) and by our
published verdicts (``verifier.factcheck_matches.claim_published_factcheck``); matches by the matching job, and
decisions on them by the claim page's "same claim" / "not the same" buttons (``claim_match_decide``, audited).
Here fact-checkers browse and search them; nothing is added, changed or deleted.
"""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.text import Truncator

from desk.roles import RoleAccessMixin
from factchecks.models import ClaimMatch, FactCheck

# What the fact-check page shows (not the natural-key hash or the vectors).
FACTCHECK_FIELDS = (
    "claim_reviewed",
    "title",
    "summary",
    "rating_text",
    "rating_value",
    "best_rating",
    "worst_rating",
    "publisher",
    "url",
    "published_on",
    "language",
    "claimant",
    "origin",
    "claim",
    "external_id",
    "vector_model",
    "created_at",
    "updated_at",
)


class ReadOnlyDeskAdmin(RoleAccessMixin, admin.ModelAdmin):
    """Visible to every desk role (``viewer`` and up), never added, edited or deleted here."""

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(FactCheck)
class FactCheckAdmin(ReadOnlyDeskAdmin):
    list_display = ["id", "claim_shown", "rating_text", "publisher", "published_on", "language", "origin"]
    list_filter = ["origin", "language"]
    search_fields = ["claim_reviewed", "title", "summary", "publisher", "claimant", "url"]
    date_hierarchy = "published_on"
    fields = FACTCHECK_FIELDS
    readonly_fields = FACTCHECK_FIELDS
    show_full_result_count = False

    @admin.display(description="Claim reviewed", ordering="claim_reviewed")
    def claim_shown(self, obj: FactCheck) -> str:
        return Truncator(obj.claim_reviewed).chars(120)


@admin.register(ClaimMatch)
class ClaimMatchAdmin(ReadOnlyDeskAdmin):
    """Every claim's ranked fact-checks with the fact-checkers' decisions (the matcher's training feedback)."""

    list_display = ["id", "claim", "factcheck", "score", "rank", "decision", "decided_by", "decided_at"]
    list_filter = ["decision"]
    search_fields = ["claim__text", "factcheck__claim_reviewed", "factcheck__publisher"]
    list_select_related = ["claim", "factcheck", "decided_by"]
    show_full_result_count = False
