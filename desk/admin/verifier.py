from django.contrib import admin

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


@admin.register(ReviewTask)
class ReviewTaskAdmin(admin.ModelAdmin):
    list_display = ["id", "title", "claim", "state", "assignee", "due_at"]
    list_filter = ["state", "kind"]
    raw_id_fields = ["claim", "assignee"]


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
