"""Review tasks: which task a claim type gets, opening and closing them with the claim's status, reminders,
escalation, and the scheduled re-checks of unconfirmed claims."""

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from claims.models import Claim, ClaimType, Status
from verifier.actors import Actor
from verifier.models import ClaimRecheck, ReviewTask, TaskKind, TaskState
from verifier.roles import EDITOR, roles_granting
from verifier.webhooks import REVIEW_TASK_ESCALATED, REVIEW_TASK_REMINDER, review_tasks_webhooks
from verifier.workflow import claim_get_locked, claim_reopen

logger = logging.getLogger(__name__)

# The review task a check-worthy claim gets, by claim type; a type not listed gets ``DEFAULT_TASK_KIND``.
TASK_KIND_BY_CLAIM_TYPE: dict[ClaimType, TaskKind] = {
    ClaimType.CASUALTY: TaskKind.CASUALTY_FIGURES,
    ClaimType.STATISTIC: TaskKind.FIGURE_SOURCE,
    ClaimType.ACCUSATION: TaskKind.ACCUSER_REPORT,
    ClaimType.ATTRIBUTED_STATEMENT: TaskKind.ORIGINAL_STATEMENT,
    ClaimType.CONTROL: TaskKind.CONFIRM_CONTROL,
    ClaimType.EVENT: TaskKind.CORROBORATE,
}
DEFAULT_TASK_KIND = TaskKind.CORROBORATE

TASK_BATCH_SIZE = 500
# ``data["cause"]`` of the reopen event written by a fired re-check.
RECHECK_CAUSE = "recheck_unconfirmed"

# Hours from a review task's opening to its due date.
WORKFLOW_TASK_DUE_HOURS = 24.0
# Hours before its due date an open task is reminded (once), so the assignee hears of it while it can be met.
WORKFLOW_REMINDER_BEFORE_HOURS = 4.0
# Hours past its due date an open task is escalated to the editors (0: as soon as it is overdue).
WORKFLOW_ESCALATE_AFTER_HOURS = 0.0
# Hours after triage an unconfirmed claim is re-checked, once early reports have had time to firm up or collapse.
WORKFLOW_RECHECK_UNCONFIRMED_HOURS = 48.0


def review_task_kind(claim_type: str) -> TaskKind:
    """The review task opened for a check-worthy claim of ``claim_type``."""
    return TASK_KIND_BY_CLAIM_TYPE.get(ClaimType(claim_type), DEFAULT_TASK_KIND)


def _task_due(now: datetime | None = None) -> datetime:
    return (now or timezone.now()) + timedelta(hours=WORKFLOW_TASK_DUE_HOURS)


def recheck_due_at(*, triaged_at: datetime) -> datetime:
    """When the re-check of an unconfirmed claim triaged at ``triaged_at`` is due."""
    return triaged_at + timedelta(hours=WORKFLOW_RECHECK_UNCONFIRMED_HOURS)


def second_reviewer_pick(*, claim: Claim) -> Any:
    """The editor who gets the claim's second review: an active editor other than the one who proposed the verdict,
    the least loaded (fewest open second-review tasks), the longest-standing account first among equals; ``None``
    when there is no such editor (the task stays unassigned and is escalated like any other)."""
    open_second_reviews = Q(review_tasks__kind=TaskKind.SECOND_REVIEW, review_tasks__state=TaskState.OPEN)
    load = Count("review_tasks", filter=open_second_reviews)
    editors = get_user_model().objects.filter(is_active=True, groups__name__in=roles_granting(EDITOR))
    if claim.proposed_by_id is not None:
        editors = editors.exclude(pk=claim.proposed_by_id)
    return editors.distinct().annotate(load=load).order_by("load", "pk").first()


def review_task_ensure_open(*, claim: Claim, kind: str, data: dict[str, Any] | None = None) -> ReviewTask | None:
    """Open a task of ``kind`` unless one is open already (the partial unique constraint backs this up). It goes to
    the claim's assignee, except a second review, which goes to ``second_reviewer_pick`` (never the proposer).

    Call under the claim's row lock. Returns the new task, or ``None`` when one was open.
    """
    if ReviewTask.objects.filter(claim=claim, kind=kind).open().exists():
        return None
    task = _task_row(claim=claim, kind=kind, data=data)
    task.save()
    return task


def _task_row(*, claim: Claim, kind: str, data: dict[str, Any] | None, now: datetime | None = None) -> ReviewTask:
    if kind == TaskKind.SECOND_REVIEW:
        reviewer = second_reviewer_pick(claim=claim)
        assignee_id = reviewer.pk if reviewer is not None else None
    else:
        assignee_id = claim.assignee_id
    return ReviewTask(
        claim=claim,
        kind=kind,
        title=TaskKind(kind).label,
        assignee_id=assignee_id,
        due_at=_task_due(now),
        data=data or {},
    )


def review_tasks_open_for_new_claims(
    *, tasks: Sequence[tuple[Claim, str, dict[str, Any] | None]], now: datetime | None = None
) -> list[ReviewTask]:
    """Open one task per ``(claim, kind, data)`` in one bulk INSERT, for claims created in the caller's transaction
    (they have no tasks yet, so nothing is checked; the partial unique constraint would refuse a second open one)."""
    return ReviewTask.objects.bulk_create(
        [_task_row(claim=claim, kind=kind, data=data, now=now) for claim, kind, data in tasks],
        batch_size=TASK_BATCH_SIZE,
    )


def _review_tasks_close(*, claim: Claim, state: str, kinds: list[str] | None = None) -> int:
    tasks = ReviewTask.objects.filter(claim=claim).open()
    if kinds is not None:
        tasks = tasks.filter(kind__in=kinds)
    return tasks.update(state=state, completed_at=timezone.now())


def claim_review_tasks_sync(*, claim_id: int) -> list[str]:
    """Bring the claim's review tasks in line with its current status (the follow-up of every transition).

    Works from the current status under the row lock, so running it late, twice or out of order is harmless:
    under review -> the claim type's task exists and no second review is pending; verdict_proposed -> an open
    second-review task; published -> open tasks done; not_checkworthy -> open tasks cancelled; reopened -> an open
    task for the reopen's cause (re-check or changed source). Returns what it did.
    """
    done: list[str] = []
    with transaction.atomic():
        claim = claim_get_locked(claim_id=claim_id)
        status = claim.status
        if status in {Status.TRIAGED, Status.IN_REVIEW, Status.NEEDS_EVIDENCE}:
            kind = review_task_kind(claim.claim_type)
            if not ReviewTask.objects.filter(claim=claim, kind=kind).exists():
                review_task_ensure_open(claim=claim, kind=kind)
                done.append(f"opened {kind}")
            if _review_tasks_close(claim=claim, state=TaskState.CANCELLED, kinds=[TaskKind.SECOND_REVIEW]):
                done.append(f"cancelled {TaskKind.SECOND_REVIEW}")
        elif status == Status.VERDICT_PROPOSED:
            if review_task_ensure_open(claim=claim, kind=TaskKind.SECOND_REVIEW):
                done.append(f"opened {TaskKind.SECOND_REVIEW}")
        elif status == Status.PUBLISHED:
            if _review_tasks_close(claim=claim, state=TaskState.DONE):
                done.append("closed open tasks")
        elif status == Status.NOT_CHECKWORTHY:
            if _review_tasks_close(claim=claim, state=TaskState.CANCELLED):
                done.append("cancelled open tasks")
        elif status == Status.REOPENED:
            reopen = claim.events.filter(to_status=Status.REOPENED).order_by("-id").first()  # type: ignore[attr-defined]
            cause = (reopen.data or {}).get("cause") if reopen is not None else None
            kind = TaskKind.RECHECK_UNCONFIRMED if cause == RECHECK_CAUSE else TaskKind.SOURCE_CHANGED
            if review_task_ensure_open(claim=claim, kind=kind, data={"reason": reopen.reason if reopen else ""}):
                done.append(f"opened {kind}")
    return done


def review_tasks_remind(*, now: datetime | None = None) -> list[int]:
    """Mark open tasks due within ``WORKFLOW_REMINDER_BEFORE_HOURS`` (or already overdue) as reminded, once.

    Returns the ids reminded; each reminder is logged for the assignee (beat job ``workflow-review-reminders``).
    """
    now = now or timezone.now()
    window = now + timedelta(hours=WORKFLOW_REMINDER_BEFORE_HOURS)
    with transaction.atomic():
        tasks = list(
            ReviewTask.objects.select_for_update(skip_locked=True, of=("self",))
            .open()
            .filter(reminded_at__isnull=True, due_at__lte=window)
            .select_related("assignee")
        )
        ReviewTask.objects.filter(pk__in=[t.pk for t in tasks]).update(reminded_at=now)
        review_tasks_webhooks(event_type=REVIEW_TASK_REMINDER, tasks=tasks)
    for task in tasks:
        who = task.assignee.get_username() if task.assignee else "unassigned"
        logger.info("review task %s (claim %s) due %s: reminder for %s", task.pk, task.claim_id, task.due_at, who)
    return [task.pk for task in tasks]


def review_tasks_escalate(*, now: datetime | None = None) -> list[int]:
    """Escalate open tasks overdue by more than ``WORKFLOW_ESCALATE_AFTER_HOURS``: set ``escalated_at`` once and
    record the editors it went to (``data['escalated_to']``). Returns the ids escalated."""
    now = now or timezone.now()
    overdue_at = now - timedelta(hours=WORKFLOW_ESCALATE_AFTER_HOURS)
    editors = sorted(
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=roles_granting(EDITOR))
        .values_list("username", flat=True)
        .distinct()
    )
    with transaction.atomic():
        tasks = list(
            ReviewTask.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("assignee")
            .overdue(now=overdue_at)
            .filter(escalated_at__isnull=True)
        )
        for task in tasks:
            task.escalated_at = now
            task.data = {**task.data, "escalated_to": editors}
        ReviewTask.objects.bulk_update(tasks, ["escalated_at", "data"])
        review_tasks_webhooks(event_type=REVIEW_TASK_ESCALATED, tasks=tasks)
    for task in tasks:
        logger.warning(
            "review task %s (claim %s) overdue since %s: escalated to %s", task.pk, task.claim_id, task.due_at, editors
        )
    return [task.pk for task in tasks]


# --- Re-checks of unconfirmed claims ----------------------------------------------------------------------------


def claim_recheck_fire(*, recheck_id: int, now: datetime | None = None) -> str | None:
    """Fire one due re-check: reopen a published claim for review (job actor, reason, ``cause`` in data); open a
    re-check task on a claim still in review; skip a not-check-worthy one. Returns the outcome, or ``None`` when
    another run fired it first."""
    now = now or timezone.now()
    with transaction.atomic():
        recheck = (
            ClaimRecheck.objects.select_for_update(skip_locked=True)
            .filter(pk=recheck_id, fired_at__isnull=True, due_at__lte=now)
            .first()
        )
        if recheck is None:
            return None
        claim = claim_get_locked(claim_id=recheck.claim_id)
        if claim.status == Status.PUBLISHED:
            hours = WORKFLOW_RECHECK_UNCONFIRMED_HOURS
            claim_reopen(
                claim_id=claim.pk,
                actor=Actor.job(RECHECK_CAUSE),
                reason=f"Scheduled re-check of an unconfirmed claim ({hours:g} h after triage).",
                data={"cause": RECHECK_CAUSE, "recheck_id": recheck.pk},
            )
            outcome = "reopened"
        elif claim.status == Status.NOT_CHECKWORTHY:
            outcome = "skipped_not_checkworthy"
        else:
            review_task_ensure_open(claim=claim, kind=TaskKind.RECHECK_UNCONFIRMED)
            outcome = "task_opened"
        recheck.fired_at = now
        recheck.outcome = outcome
        recheck.save(update_fields=["fired_at", "outcome"])
    logger.info("re-check %s of claim %s: %s", recheck_id, recheck.claim_id, outcome)
    return outcome


def claim_rechecks_due(*, now: datetime | None = None, limit: int = 500) -> list[int]:
    """Ids of re-checks due and not fired, oldest first."""
    now = now or timezone.now()
    return list(
        ClaimRecheck.objects.filter(fired_at__isnull=True, due_at__lte=now)
        .order_by("due_at", "id")
        .values_list("pk", flat=True)[:limit]
    )
