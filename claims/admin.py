from django.contrib import admin

from claims.models import Article, Claim, ClaimCluster


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ("position", "text", "claim_type", "hedge", "checkworthy", "score", "status", "verdict")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    ordering = ["position"]

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["id", "title", "outlet", "published_at", "ingest_status", "created_at"]
    list_filter = ["ingest_status", "source_format"]
    search_fields = ["title", "outlet", "url"]
    readonly_fields = ["content_hash", "ingest_status", "ingest_error", "submitted_by", "created_at", "updated_at"]
    inlines = [ClaimInline]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["id", "text", "claim_type", "hedge", "checkworthy", "score", "status", "verdict", "article"]
    list_filter = ["status", "verdict", "claim_type", "hedge", "checkworthy"]
    search_fields = ["text"]
    list_select_related = ["article"]
    raw_id_fields = ["article", "cluster", "assignee", "proposed_by", "published_by"]
    # Status, verdict and version change only through the workflow service.
    readonly_fields = [
        "status",
        "verdict",
        "version",
        "start",
        "end",
        "sentence_start",
        "sentence_end",
        "first_reviewed_at",
        "verdict_at",
        "published_at",
        "created_at",
        "updated_at",
    ]
    show_full_result_count = False


@admin.register(ClaimCluster)
class ClaimClusterAdmin(admin.ModelAdmin):
    list_display = ["id", "label", "created_at"]
    search_fields = ["label"]
