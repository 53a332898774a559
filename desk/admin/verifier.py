from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from desk.admin.claims import AssigneeFilter
from desk.home import DUE_SOON_HOURS, review_tasks_due
from desk.roles import RoleAccessMixin
from verifier.models import (
    ApiToken,
    ArticleMetadataChange,
    ClaimRecheck,
    IdempotencyKey,
    OutboxMessage,
    ReviewTask,
    VerificationEvent,
    WebhookDelivery,
    WebhookSubscription,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records written only by services: visible, never added, edited or deleted here."""

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(VerificationEvent)
class VerificationEventAdmin(ReadOnlyAdmin):
    list_display = ["id", "claim", "kind", "from_status", "to_status", "to_verdict", "actor_label", "created_at"]
    list_filter = ["kind", "actor_type", "to_status"]
    search_fields = ["actor_label", "reason"]
    list_select_related = ["claim"]
    show_full_result_count = False


class DueFilter(admin.SimpleListFilter):
    """Open tasks overdue or due soon (``desk.home.my_review_tasks``: the desk's counts link here)."""

    title = "due"
    parameter_name = "due"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("overdue", "Overdue"), ("soon", f"Due within {DUE_SOON_HOURS} h")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[ReviewTask]) -> QuerySet[ReviewTask]:
        return review_tasks_due(queryset, due=self.value())


@admin.register(ReviewTask)
class ReviewTaskAdmin(RoleAccessMixin, admin.ModelAdmin):
    list_display = ["id", "title", "claim_link", "state", "assignee", "due_at"]
    list_filter = [DueFilter, AssigneeFilter, "state", "kind"]
    list_select_related = ["claim", "assignee"]
    raw_id_fields = ["claim", "assignee"]
    ordering = ["due_at", "id"]

    @admin.display(description="Claim", ordering="claim_id")
    def claim_link(self, obj: ReviewTask) -> str:
        url = reverse("admin:claims_claim_change", args=[obj.claim_id])
        return format_html('<a href="{}">#{} {}</a>', url, obj.claim_id, Truncator(obj.claim.text).chars(80))


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["token_key", "name", "user", "scope", "created", "expiry"]
    list_filter = ["scope"]
    readonly_fields = ["digest", "token_key", "created"]
    raw_id_fields = ["user"]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False  # tokens are created with `manage.py create_api_token` so the secret is shown once


@admin.register(OutboxMessage)
class OutboxMessageAdmin(ReadOnlyAdmin):
    list_display = ["id", "task_name", "state", "attempts", "created_at", "done_at"]
    list_filter = ["state", "task_name"]


@admin.register(WebhookSubscription)
class WebhookSubscriptionAdmin(admin.ModelAdmin):
    list_display = ["id", "url", "active", "created_at"]
    exclude = ["secret"]


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdmin):
    list_display = ["id", "subscription", "event_type", "state", "attempts", "response_status", "created_at"]
    list_filter = ["state", "event_type"]


@admin.register(IdempotencyKey)
class IdempotencyKeyAdmin(ReadOnlyAdmin):
    list_display = ["key", "token", "response_status", "created_at"]


@admin.register(ClaimRecheck)
class ClaimRecheckAdmin(ReadOnlyAdmin):
    list_display = ["id", "claim", "due_at", "fired_at", "outcome"]
    list_filter = ["outcome"]
    list_select_related = ["claim"]
    raw_id_fields = ["claim"]


@admin.register(ArticleMetadataChange)
class ArticleMetadataChangeAdmin(ReadOnlyAdmin):
    list_display = ["id", "article", "actor_label", "changes", "reason", "created_at"]
    list_select_related = ["article"]
    raw_id_fields = ["article"]
