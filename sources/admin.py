from django.contrib import admin

from sources.models import Evidence, ReliabilityChange, Snapshot, Source, SourceAlias, WatchedUrl


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    extra = 0


class ReliabilityChangeInline(admin.TabularInline):
    model = ReliabilityChange
    fields = ("changed_at", "from_rating", "to_rating", "reason", "changed_by")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "reliability", "reviewed"]
    list_filter = ["kind", "reliability", "reviewed"]
    search_fields = ["name", "aliases__alias"]
    inlines = [SourceAliasInline, ReliabilityChangeInline]


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["id", "claim", "source", "role", "stance", "url", "quote_missing", "created_at"]
    list_filter = ["role", "stance", "quote_missing"]
    raw_id_fields = ["claim", "source", "watched_url", "snapshot", "added_by"]


@admin.register(WatchedUrl)
class WatchedUrlAdmin(admin.ModelAdmin):
    list_display = ["url", "state", "consecutive_failures", "last_checked_at", "next_check_at"]
    list_filter = ["state"]
    search_fields = ["url"]
    raw_id_fields = ["source"]


@admin.register(Snapshot)
class SnapshotAdmin(admin.ModelAdmin):
    list_display = ["id", "watched_url", "status_code", "changed", "fetched_at"]
    list_filter = ["changed"]
    raw_id_fields = ["watched_url"]
    readonly_fields = [f.name for f in Snapshot._meta.fields]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False
