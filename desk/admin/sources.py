"""Source registry in the admin: aliases, reliability history (changed only through
``sources.services.source_set_reliability``), the claims resting on a source and its snapshots."""

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse

from config.errors import ApplicationError
from desk.roles import RoleAccessMixin
from sources.models import (
    Evidence,
    Reliability,
    ReliabilityChange,
    Snapshot,
    Source,
    SourceAlias,
    SourceKind,
    WatchedUrl,
)
from sources.services import source_set_reliability

SOURCE_CLAIMS_SHOWN = 200
SOURCE_SNAPSHOTS_SHOWN = 50


class ReliabilityForm(forms.Form):
    rating = forms.ChoiceField(choices=Reliability.choices)
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 2, "cols": 60}), max_length=2000)


class SourceAliasInline(RoleAccessMixin, admin.TabularInline):
    model = SourceAlias
    add_role = "editor"
    change_role = "editor"
    extra = 0


class ReliabilityChangeInline(RoleAccessMixin, admin.TabularInline):
    model = ReliabilityChange
    fields = ("changed_at", "from_rating", "to_rating", "reason", "changed_by")
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = "reliability history"

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Source)
class SourceAdmin(RoleAccessMixin, admin.ModelAdmin):
    change_role = "editor"
    list_display = ["name", "kind_shown", "reliability_shown", "reviewed", "homepage_url"]
    list_filter = ["reviewed", "kind", "reliability"]
    search_fields = ["name", "aliases__alias"]
    readonly_fields = ["reliability"]
    inlines = [SourceAliasInline, ReliabilityChangeInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.display(description="Kind", ordering="kind")
    def kind_shown(self, obj: Source) -> str:
        # A source made from an unknown claimer is "other" only until someone classifies it: say so.
        if not obj.reviewed and obj.kind == SourceKind.OTHER:
            return "Not classified yet (from a claimer)"
        return obj.get_kind_display()

    @admin.display(description="Reliability", ordering="reliability")
    def reliability_shown(self, obj: Source) -> str:
        if obj.reliability == Reliability.UNRATED:
            return "Not rated yet" if not obj.reviewed else "Unrated"
        return obj.get_reliability_display()

    def get_urls(self) -> list[Any]:
        return [
            path(
                "<path:object_id>/reliability/",
                self.admin_site.admin_view(
                    lambda request, object_id: source_reliability_view(self, request, object_id)
                ),
                name="sources_source_reliability",
            ),
            *super().get_urls(),
        ]

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        source = Source.objects.filter(pk=int(object_id)).first() if object_id.isdigit() else None
        if source is not None:
            extra_context = {**source_page_context(source), **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra_context)


def source_page_context(source: Source) -> dict[str, Any]:
    resting = (
        Evidence.objects.filter(source=source)
        .select_related("claim")
        .defer("claim__score_features", "claim__entities", "claim__numbers")
        .order_by("-id")[:SOURCE_CLAIMS_SHOWN]
    )
    snapshots = (
        Snapshot.objects.filter(Q(watched_url__source=source) | Q(watched_url__evidence__source=source))
        .select_related("watched_url")
        .defer("text", "headers")
        .distinct()
        .order_by("-fetched_at", "-id")[:SOURCE_SNAPSHOTS_SHOWN]
    )
    return {
        "source_evidence": list(resting),
        "source_snapshots": list(snapshots),
        "reliability_form": ReliabilityForm(initial={"rating": source.reliability}),
        "reliability_url": reverse("admin:sources_source_reliability", args=[source.pk]),
    }


def source_reliability_view(model_admin: SourceAdmin, request: HttpRequest, object_id: str) -> HttpResponse:
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    source = get_object_or_404(Source, pk=object_id)
    if not model_admin.has_change_permission(request, source):
        raise PermissionDenied
    form = ReliabilityForm(request.POST)
    if not form.is_valid():
        errors = "; ".join(f"{name}: {' '.join(str(m) for m in e)}" for name, e in form.errors.items())
        messages.error(request, f"Reliability change refused: {errors}")
    else:
        try:
            source_set_reliability(
                source_id=source.pk,
                rating=form.cleaned_data["rating"],
                reason=form.cleaned_data["reason"],
                actor_user=request.user,
            )
        except ApplicationError as exc:
            messages.error(request, f"Reliability change refused: {exc.message}")
        else:
            messages.success(request, f"Reliability of {source} is now {form.cleaned_data['rating']}.")
    return HttpResponseRedirect(reverse("admin:sources_source_change", args=[source.pk]))


@admin.register(Evidence)
class EvidenceAdmin(RoleAccessMixin, admin.ModelAdmin):
    """Evidence is added from the claim workbench (``verifier.evidence.evidence_add``); here it is only read."""

    list_display = ["id", "claim", "source", "role", "stance", "url", "quote_missing", "created_at"]
    list_filter = ["role", "stance", "quote_missing"]
    raw_id_fields = ["claim", "source", "watched_url", "snapshot", "added_by"]
    list_select_related = ["claim", "source"]
    show_full_result_count = False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(WatchedUrl)
class WatchedUrlAdmin(RoleAccessMixin, admin.ModelAdmin):
    list_display = ["url", "state", "consecutive_failures", "last_checked_at", "next_check_at"]
    list_filter = ["state"]
    search_fields = ["url"]
    raw_id_fields = ["source"]


@admin.register(Snapshot)
class SnapshotAdmin(RoleAccessMixin, admin.ModelAdmin):
    list_display = ["id", "watched_url", "status_code", "changed", "fetched_at"]
    list_filter = ["changed"]
    raw_id_fields = ["watched_url"]
    readonly_fields = [f.name for f in Snapshot._meta.fields]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False
