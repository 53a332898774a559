"""The fact-checkers' desk: articles with their claims highlighted in place, and the claim workbench.

Nothing here writes to a claim directly: status, verdict and evidence change only through the workflow and
evidence services (``desk.views``), so the admin and the API share one set of rules.
"""

from functools import lru_cache
from typing import Any, cast

from django.conf import settings
from django.contrib import admin
from django.db import connection
from django.db.models import Count, Exists, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.text import Truncator

from claims.models import Article, Claim, ClaimCluster, ClaimQuerySet, PartyRole
from desk.home import CLOSED_STATUSES, awaiting_second_review
from desk.matches import claim_match_action_view, claim_matches_context
from desk.paginator import LargeTablePaginator
from desk.roles import RoleAccessMixin
from desk.views import article_ingest_view, article_metadata_view, claim_action_run, claim_action_view
from desk.workbench import article_page_context, claim_workbench_context
from sources.models import Evidence, EvidenceRole
from verifier.models import ReviewTask
from verifier.roles import FACT_CHECKER, user_has_role

CLAIMER_FILTER_SAMPLE = 2000
CLAIMER_FILTER_CHOICES = 25
ARTICLE_FILTER_CHOICES = 15
SHORT_TEXT_CHARS = 140


@admin.register(Article)
class ArticleAdmin(RoleAccessMixin, admin.ModelAdmin):
    add_role = "fact-checker"
    list_display = ["id", "title", "outlet", "published_at", "ingest_status", "claim_count", "created_at"]
    list_display_links = ["id", "title"]
    list_filter = ["ingest_status", "source_format"]
    search_fields = ["title", "outlet", "url"]
    show_full_result_count = False
    fieldsets = [
        (None, {"fields": ["title", "outlet", "author", "url", "published_at"]}),
        (
            "Ingest",
            {
                "fields": [
                    "ingest_status",
                    "ingest_error",
                    "source_format",
                    "language",
                    "submitted_by",
                    "content_hash",
                    "created_at",
                ]
            },
        ),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        # A correlated count, evaluated for the listed page only (a GROUP BY would aggregate every claim).
        per_article = (
            Claim.objects.filter(article=OuterRef("pk"))
            .order_by()
            .values("article")
            .annotate(n=Count("id"))
            .values("n")
        )
        return super().get_queryset(request).defer("text").annotate(claim_total=Coalesce(Subquery(per_article), 0))

    @admin.display(description="Claims", ordering="claim_total")
    def claim_count(self, obj: Article) -> int:
        return obj.claim_total  # type: ignore[attr-defined]

    # Articles are immutable once ingested: the page is read-only; "Add" is the ingest form.
    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def add_view(self, request: HttpRequest, form_url: str = "", extra_context: Any = None) -> HttpResponse:
        return article_ingest_view(self, request)

    def get_urls(self) -> list[Any]:
        return [
            path(
                "<path:object_id>/metadata/",
                self.admin_site.admin_view(lambda request, object_id: article_metadata_view(self, request, object_id)),
                name="claims_article_metadata",
            ),
            *super().get_urls(),
        ]

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        article = Article.objects.filter(pk=int(object_id)).first() if object_id.isdigit() else None
        if article is not None:
            page = {
                **article_page_context(article),
                "title": f"Article {article.pk}: {article.title or '(untitled)'}",
                "subtitle": None,
                "can_edit_metadata": user_has_role(request.user, FACT_CHECKER),
            }
            extra_context = {**page, **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra_context)


class AssigneeFilter(admin.SimpleListFilter):
    title = "assignee"
    parameter_name = "assignee"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        from django.contrib.auth import get_user_model

        staff = get_user_model().objects.filter(is_staff=True, is_active=True).order_by("username")
        return [("me", "Me"), ("none", "Unassigned"), *((str(u.pk), u.get_username()) for u in staff)]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        value = self.value()
        if value == "me":
            return queryset.filter(assignee=request.user.pk)
        if value == "none":
            return queryset.filter(assignee__isnull=True)
        if value and value.isdigit():
            return queryset.filter(assignee=int(value))
        return queryset


class ArticleFilter(admin.SimpleListFilter):
    """The newest articles (and the one filtered on, whatever its age); any article by ``?article=<id>``."""

    title = "article"
    parameter_name = "article"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        articles = list(Article.objects.defer("text").order_by("-created_at", "-id")[:ARTICLE_FILTER_CHOICES])
        value = self.value()
        if value and value.isdigit() and int(value) not in {a.pk for a in articles}:
            articles[:0] = Article.objects.defer("text").filter(pk=int(value))
        return [(str(a.pk), Truncator(f"{a.pk}: {a}").chars(50)) for a in articles]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(article=int(value))
        return queryset


class WorkFilter(admin.SimpleListFilter):
    """What the desk's counts link to: open work (neither published nor set aside) and verdicts waiting for my
    second review (``desk.home``)."""

    title = "work"
    parameter_name = "work"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("open", "Open (not published or set aside)"), ("second_review", "Waiting for my second review")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        if self.value() == "open":
            return queryset.exclude(status__in=CLOSED_STATUSES)
        if self.value() == "second_review":
            return queryset.filter(pk__in=awaiting_second_review(request.user).values("pk"))
        return queryset


class OverdueFilter(admin.SimpleListFilter):
    title = "overdue review task"
    parameter_name = "overdue"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "Overdue")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        if self.value() != "yes":
            return queryset
        overdue = ReviewTask.objects.filter(claim=OuterRef("pk")).overdue()
        return queryset.filter(Exists(overdue))


class HasEvidenceFilter(admin.SimpleListFilter):
    title = "evidence"
    parameter_name = "has_evidence"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "Has evidence"), ("no", "No evidence")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        evidence = Evidence.objects.filter(claim=OuterRef("pk"), role=EvidenceRole.EVIDENCE)
        if self.value() == "yes":
            return queryset.filter(Exists(evidence))
        if self.value() == "no":
            return queryset.filter(~Exists(evidence))
        return queryset


FREQUENT_CLAIMERS_SQL = """
    SELECT name FROM (SELECT claimers FROM claims_claim ORDER BY id DESC LIMIT %s) recent,
        jsonb_array_elements_text(CASE WHEN jsonb_typeof(recent.claimers) = 'array' THEN recent.claimers END) name
    GROUP BY name ORDER BY count(*) DESC, name LIMIT %s
"""


def frequent_claimers(*, sample: int, limit: int) -> list[str]:
    """The claimers named most often in the latest ``sample`` claims (decoded in PostgreSQL, not in Python)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(FREQUENT_CLAIMERS_SQL, [sample, limit])
            return [row[0] for row in cursor.fetchall()]
    counts: dict[str, int] = {}
    for claimers in Claim.objects.order_by("-id").values_list("claimers", flat=True)[:sample]:
        for name in claimers if isinstance(claimers, list) else []:
            if isinstance(name, str):
                counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], n))[:limit]


class ClaimerFilter(admin.SimpleListFilter):
    """Claimers named in the latest claims (a sample, so the filter stays cheap on millions of rows)."""

    title = "claimer"
    parameter_name = "claimer"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        names = frequent_claimers(sample=CLAIMER_FILTER_SAMPLE, limit=CLAIMER_FILTER_CHOICES)
        if self.value() and self.value() not in names:
            names.insert(0, self.value())  # type: ignore[arg-type]
        return [(name, name) for name in names]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        if self.value():
            return cast(ClaimQuerySet, queryset).with_party(role=PartyRole.CLAIMER, name=str(self.value()))
        return queryset


@lru_cache(maxsize=4)
def article_change_url_prefix(admin_url: str) -> str:
    """``/admin/claims/article/`` (keyed on the admin path setting): one reverse() per process, not per row."""
    return reverse("admin:claims_article_change", args=[0]).removesuffix("0/change/")


@admin.register(Claim)
class ClaimAdmin(RoleAccessMixin, admin.ModelAdmin):
    """The claim workbench. Read-only as a form: every change is an action through the workflow services."""

    list_display = [
        "id",
        "short_text",
        "status_pill",
        "verdict",
        "claim_type",
        "claimer",
        "score_shown",
        "assignee",
        "article_link",
        "created",
    ]
    list_display_links = ["short_text"]
    list_filter = [
        WorkFilter,
        "status",
        AssigneeFilter,
        ArticleFilter,
        ClaimerFilter,
        "verdict",
        "claim_type",
        "hedge",
        OverdueFilter,
        HasEvidenceFilter,
    ]
    search_fields = ["text"]
    ordering = ["-created_at", "-id"]
    show_full_result_count = False
    paginator = LargeTablePaginator
    list_per_page = 50
    actions = ["assign_to_me", "triage", "publish"]
    fieldsets = [
        (None, {"fields": ["text", "article", "position", "claim_type", "hedge", "checkworthy", "score"]}),
        (
            "Workflow",
            {
                "fields": [
                    "status",
                    "verdict",
                    "verdict_summary",
                    "version",
                    "assignee",
                    "proposed_by",
                    "published_by",
                    "first_reviewed_at",
                    "verdict_at",
                    "published_at",
                ]
            },
        ),
        (
            "Extraction",
            {
                "classes": ["collapse"],
                "fields": ["claimers", "targets", "entities", "numbers", "event_date", "score_features", "cluster"],
            },
        ),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return (
            super()
            .get_queryset(request)
            .select_related("article", "assignee")
            .defer("article__text", "score_features", "entities", "numbers", "targets")
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # claims come from article extraction

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # status and verdict change only through the actions below

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # the audit trail refers to claims

    @admin.display(description="Claim")
    def short_text(self, obj: Claim) -> str:
        return obj.text if len(obj.text) <= SHORT_TEXT_CHARS else obj.text[: SHORT_TEXT_CHARS - 1] + "…"

    def action_checkbox(self, obj: Claim) -> SafeString:
        # Django's renders a form widget through the template engine for every row; this is the same markup.
        return format_html(
            '<input type="checkbox" name="_selected_action" value="{}" class="action-select" '
            'aria-label="Select this object for an action - {}">',
            obj.pk,
            str(obj),
        )

    @admin.display(description="Score", ordering="score")
    def score_shown(self, obj: Claim) -> str:
        return f"{obj.score:.2f}"

    @admin.display(description="Created", ordering="created_at")
    def created(self, obj: Claim) -> str:
        return obj.created_at.strftime("%Y-%m-%d")

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        return super().changelist_view(request, {"title": "Claims", **(extra_context or {})})

    @admin.display(description="Claimer")
    def claimer(self, obj: Claim) -> str:
        return ", ".join(str(c) for c in obj.claimers) if isinstance(obj.claimers, list) else ""

    @admin.display(description="Status", ordering="status")
    def status_pill(self, obj: Claim) -> str:
        return format_html('<span class="status-pill status-{}">{}</span>', obj.status, obj.get_status_display())

    @admin.display(description="Article", ordering="article_id")
    def article_link(self, obj: Claim) -> str:
        # One reverse() per page, not per row: the changelist renders many rows.
        url = article_change_url_prefix(settings.ADMIN_URL) + f"{obj.article_id}/change/"
        return format_html('<a href="{}">{}</a>', url, Truncator(str(obj.article)).chars(40))

    def get_urls(self) -> list[Any]:
        return [
            path(
                "<path:object_id>/action/<str:action>/",
                self.admin_site.admin_view(
                    lambda request, object_id, action: claim_action_view(self, request, object_id, action)
                ),
                name="claims_claim_action",
            ),
            path(
                "<path:object_id>/match/<int:match_id>/<str:action>/",
                self.admin_site.admin_view(
                    lambda request, object_id, match_id, action: claim_match_action_view(
                        self, request, object_id, match_id, action
                    )
                ),
                name="claims_claim_match_action",
            ),
            *super().get_urls(),
        ]

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        claim = (
            Claim.objects.select_related("article").filter(pk=int(object_id)).first() if object_id.isdigit() else None
        )
        if claim is not None:
            page = {
                **claim_workbench_context(request, claim),
                **claim_matches_context(claim),
                "title": f"Claim {claim.pk}",
                "subtitle": None,
            }
            extra_context = {**page, **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra_context)

    def _bulk(self, request: HttpRequest, queryset: QuerySet[Claim], action: str) -> None:
        for pk in queryset.values_list("pk", flat=True):
            claim_action_run(request, Claim(pk=pk), action)

    @admin.action(description="Assign to me")
    def assign_to_me(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._bulk(request, queryset, "assign")

    @admin.action(description="Triage")
    def triage(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._bulk(request, queryset, "triage")

    @admin.action(description="Publish (needs a second reviewer)")
    def publish(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._bulk(request, queryset, "publish")


@admin.register(ClaimCluster)
class ClaimClusterAdmin(admin.ModelAdmin):
    list_display = ["id", "label", "created_at"]
    search_fields = ["label"]
