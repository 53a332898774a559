"""The desk on the admin index, shaped by who is looking: my claims, my review tasks (overdue, due soon), claims
waiting for my second review, and the newest check-worthy claims by article. Every count is a link to the list it
counts (the same querysets back the claim list's ``work`` filter and the review-task list's ``due`` filter)."""

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from claims.models import Article, Claim, Status
from verifier.models import ReviewTask, TaskKind
from verifier.roles import EDITOR, FACT_CHECKER, user_has_role

# Claims nobody needs to work on any more.
CLOSED_STATUSES = (Status.PUBLISHED, Status.NOT_CHECKWORTHY)
# Check-worthy claims nobody has started on yet.
WAITING_STATUSES = (Status.TRIAGED,)
# An open review task due within this many hours (and not overdue yet) is "due soon".
DUE_SOON_HOURS = 24
DESK_ROWS = 8
DESK_ARTICLES = 5
DESK_CLAIMS_PER_ARTICLE = 6


def my_open_claims(user: Any) -> QuerySet[Claim]:
    """Claims assigned to ``user`` that are neither published nor set aside as not check-worthy."""
    return Claim.objects.filter(assignee=user.pk).exclude(status__in=CLOSED_STATUSES)


def awaiting_second_review(user: Any) -> QuerySet[Claim]:
    """Proposed verdicts ``user`` may publish: not proposed by them, with an open second-review task that is
    theirs or nobody's."""
    task = ReviewTask.objects.filter(claim=OuterRef("pk"), kind=TaskKind.SECOND_REVIEW).open()
    return (
        Claim.objects.filter(status=Status.VERDICT_PROPOSED)
        .exclude(proposed_by=user.pk)
        .filter(Exists(task.filter(Q(assignee=user.pk) | Q(assignee__isnull=True))))
    )


def review_tasks_due(tasks: QuerySet[ReviewTask], *, due: str | None, now: Any = None) -> QuerySet[ReviewTask]:
    """The open ``tasks`` that are ``overdue`` or due ``soon`` (within ``DUE_SOON_HOURS``); any other ``due``
    leaves ``tasks`` as they are."""
    now = now or timezone.now()
    if due == "overdue":
        return tasks.overdue(now=now)  # type: ignore[attr-defined,no-any-return]
    if due == "soon":
        soon = tasks.open().not_overdue(now=now)  # type: ignore[attr-defined]
        return soon.filter(due_at__lte=now + timedelta(hours=DUE_SOON_HOURS))  # type: ignore[no-any-return]
    return tasks


def my_review_tasks(user: Any, *, due: str) -> QuerySet[ReviewTask]:
    """``user``'s open review tasks that are ``overdue`` or due ``soon``."""
    return review_tasks_due(ReviewTask.objects.filter(assignee=user.pk).open(), due=due)


@dataclass(frozen=True)
class DeskCount:
    key: str
    label: str
    count: int
    url: str
    rows: list[Any]


def _claims_url(query: str) -> str:
    return f"{reverse('admin:claims_claim_changelist')}?{query}"


def _tasks_url(query: str) -> str:
    return f"{reverse('admin:verifier_reviewtask_changelist')}?{query}"


def newest_checkworthy_by_article() -> list[tuple[Article, list[Claim], str]]:
    """The newest articles with check-worthy claims nobody has started, each with its first such claims and the
    link to all of them."""
    waiting = Claim.objects.filter(status__in=WAITING_STATUSES)
    articles = list(
        Article.objects.filter(Exists(waiting.filter(article=OuterRef("pk"))))
        .defer("text")
        .order_by("-created_at", "-id")[:DESK_ARTICLES]
    )
    claims: dict[int, list[Claim]] = {}
    for claim in waiting.filter(article__in=articles).order_by("article_id", "position"):
        rows = claims.setdefault(claim.article_id, [])
        if len(rows) < DESK_CLAIMS_PER_ARTICLE:
            rows.append(claim)
    return [
        (article, claims.get(article.pk, []), _claims_url(f"article={article.pk}&status__exact=triaged"))
        for article in articles
    ]


def desk_home_context(user: Any) -> dict[str, Any]:
    """The personal part of the admin index for a fact-checker or an editor (empty for a viewer)."""
    if not user_has_role(user, FACT_CHECKER):
        return {"desk_counts": [], "desk_articles": newest_checkworthy_by_article()}
    mine = my_open_claims(user).select_related("article").order_by("-updated_at", "-id")
    overdue = my_review_tasks(user, due="overdue").select_related("claim").order_by("due_at", "id")
    soon = my_review_tasks(user, due="soon").select_related("claim").order_by("due_at", "id")
    counts = [
        DeskCount(
            "my-claims", "My open claims", mine.count(), _claims_url("assignee=me&work=open"), list(mine[:DESK_ROWS])
        ),
        DeskCount(
            "my-overdue-tasks",
            "My overdue review tasks",
            overdue.count(),
            _tasks_url("assignee=me&due=overdue"),
            list(overdue[:DESK_ROWS]),
        ),
        DeskCount(
            "my-due-tasks",
            f"My review tasks due within {DUE_SOON_HOURS} h",
            soon.count(),
            _tasks_url("assignee=me&due=soon"),
            list(soon[:DESK_ROWS]),
        ),
    ]
    if user_has_role(user, EDITOR):
        second = awaiting_second_review(user).select_related("article", "proposed_by").order_by("verdict_at", "id")
        counts.append(
            DeskCount(
                "second-review",
                "Waiting for my second review",
                second.count(),
                _claims_url("work=second_review"),
                list(second[:DESK_ROWS]),
            )
        )
    return {"desk_counts": counts, "desk_articles": newest_checkworthy_by_article()}
