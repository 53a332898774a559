"""Workflow writes: submitting articles, moving claims through their statuses, review tasks and re-checks.

``claim_transition`` is the only code that changes a claim's status. Every write here locks the claim row
(``claim_qs_select_for_update``), bumps ``Claim.version``, writes exactly one ``VerificationEvent`` through
``verifier.events`` and stores its follow-up jobs in the transactional outbox (``verifier.outbox``), all in one
transaction.
"""

import logging
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from claims.extraction.text import ParsedArticle
from claims.models import ArticleFormat, Claim, ClaimType, Hedge, Status
from claims.services import ArticleCreated, article_create, article_extract_claims
from config.errors import ApplicationError, ConflictError, PermissionDeniedError, PreconditionFailed
from sources.services import claim_sources_link
from verifier import events, selectors
from verifier.actors import Actor
from verifier.models import ActorType, ClaimRecheck, EventKind, ReviewTask, TaskKind, TaskState, VerificationEvent
from verifier.outbox import outbox_add, outbox_add_many
from verifier.ratings import is_rated
from verifier.roles import EDITOR, FACT_CHECKER, roles_granting, user_has_role
from verifier.transitions import VERDICT_STATUS, Move, allowed_targets, move_rule
from verifier.webhooks import (
    REVIEW_TASK_ESCALATED,
    REVIEW_TASK_REMINDER,
    claims_created_webhooks,
    review_tasks_webhooks,
    webhook_emit,
)

logger = logging.getLogger(__name__)

PROCESS_ARTICLE_TASK = "verifier.tasks.articles.process_article"
TRIAGE_TASK = "verifier.tasks.workflow.triage_claim"
FOLLOWUP_TASK = "verifier.tasks.workflow.claim_followups"

# Review task opened at triage, by claim type.
TASK_KIND_BY_CLAIM_TYPE: dict[str, str] = {
    ClaimType.CASUALTY: TaskKind.CASUALTY_FIGURES,
    ClaimType.ACCUSATION: TaskKind.ACCUSER_REPORT,
    ClaimType.ATTRIBUTED_STATEMENT: TaskKind.ORIGINAL_STATEMENT,
    ClaimType.CONTROL: TaskKind.CONFIRM_CONTROL,
    ClaimType.EVENT: TaskKind.CORROBORATE,
}
RECHECK_CAUSE = "recheck_unconfirmed"


class ClaimNotFound(ApplicationError):
    status_code = 404
    code = "not_found"


def claim_qs_select_for_update():  # type: ignore[no-untyped-def]
    """Claims locked FOR UPDATE; use inside a transaction."""
    return Claim.objects.select_for_update()


# --- Articles ---------------------------------------------------------------------------------------------------


def article_submit(
    *,
    parsed: ParsedArticle,
    actor: Actor,
    source_format: str = ArticleFormat.TEXT,
    published_at: datetime | None = None,
) -> ArticleCreated:
    """Store an article and, in the same transaction, its extraction job (outbox; published after commit).

    A re-submitted identical text returns the existing article and schedules nothing.
    """
    with transaction.atomic():
        result = article_create(
            parsed=parsed, source_format=source_format, submitted_by=actor.user, published_at=published_at
        )
        if result.created:
            outbox_add(task_name=PROCESS_ARTICLE_TASK, kwargs={"article_id": result.article.pk})
    return result


def article_process(*, article_id: int, actor: Actor) -> list[Claim]:
    """Extract the article's claims, write one ``created`` event per claim and one triage job per claim (outbox),
    all in one transaction.

    Idempotent: a second run on a processed article creates nothing.
    """
    with transaction.atomic():
        claims = article_extract_claims(article_id=article_id)
        events.claims_created_events(claims=claims, actor=actor)
        claim_sources_link(claims=claims)
        outbox_add_many(messages=[(TRIAGE_TASK, {"claim_id": claim.pk}) for claim in claims])
        claims_created_webhooks(claims=claims)  # added by API: claim.created webhooks, sent after commit
    logger.info("article %s: %d claims extracted", article_id, len(claims))
    return claims


# --- Claim transitions ------------------------------------------------------------------------------------------


def _locked_claim(*, claim_id: int, expected_version: int | None) -> Claim:
    """The claim, locked FOR UPDATE. Raises ``ClaimNotFound`` or, for a stale ``expected_version``,
    ``PreconditionFailed``. Call inside a transaction."""
    claim = claim_qs_select_for_update().filter(pk=claim_id).first()
    if claim is None:
        raise ClaimNotFound(f"Claim {claim_id} does not exist.")
    if expected_version is not None and claim.version != expected_version:
        raise PreconditionFailed(
            f"Claim {claim_id} is at version {claim.version}, not {expected_version}.",
            extra={"version": claim.version},
        )
    return claim


def _check_actor(*, rule: Move, actor: Actor, claim: Claim, to_status: str) -> None:
    if actor.type == ActorType.JOB:
        if not rule.jobs:
            raise PermissionDeniedError(
                f"A background job may not move a claim from {claim.status} to {to_status}.", code="role_required"
            )
        return
    if not user_has_role(actor.user, rule.role):
        raise PermissionDeniedError(
            f"Moving a claim from {claim.status} to {to_status} needs the {rule.role} role.",
            code="role_required",
            extra={"role": rule.role},
        )


def claim_transition(
    *,
    claim_id: int,
    to_status: str,
    actor: Actor,
    reason: str = "",
    expected_version: int | None = None,
    verdict: str | None = None,
    summary: str | None = None,
    data: dict[str, Any] | None = None,
    event_kind: str | None = None,
) -> Claim:
    """Move a claim to ``to_status`` under a row lock: bump its version, write one event, store its follow-up job.

    Refusals write nothing and raise: ``ClaimNotFound`` (404); ``PreconditionFailed`` (412) when
    ``expected_version`` is stale; ``ConflictError`` (409) when the table in ``verifier.transitions`` does not allow
    the move or a published claim has no rated verdict; ``PermissionDeniedError`` (403) when the actor lacks the
    move's role or would publish their own verdict (two-person rule); ``ApplicationError`` (400) for a missing
    reason, verdict or summary. ``verdict`` and ``summary`` are set only by a move to ``verdict_proposed``.
    """
    reason = reason.strip()
    with transaction.atomic():
        claim = _locked_claim(claim_id=claim_id, expected_version=expected_version)
        rule = move_rule(claim.status, to_status)
        if rule is None:
            raise ConflictError(
                f"Claim {claim_id} cannot move from {claim.status} to {to_status}.",
                code="transition_not_allowed",
                extra={"status": claim.status, "allowed": sorted(allowed_targets(claim.status))},
            )
        _check_actor(rule=rule, actor=actor, claim=claim, to_status=to_status)
        if rule.reason_required and not reason:
            raise ApplicationError(f"Moving a claim to {to_status} needs a reason.", code="reason_required")
        now = timezone.now()
        from_status, from_verdict = claim.status, claim.verdict
        if to_status == VERDICT_STATUS:
            if verdict is None or not is_rated(verdict):
                raise ApplicationError(
                    f"A proposed verdict must be a rated verdict, not {verdict!r}.", code="invalid_verdict"
                )
            if not (summary or "").strip():
                raise ApplicationError("A proposed verdict needs a summary.", code="summary_required")
            claim.verdict = verdict
            claim.verdict_summary = (summary or "").strip()
            claim.verdict_at = now
            claim.proposed_by = actor.user
        elif verdict is not None or summary is not None:
            raise ApplicationError(
                f"A verdict is set only by moving to {VERDICT_STATUS}; reopen a published claim to revise it.",
                code="verdict_not_allowed",
            )
        if to_status == Status.PUBLISHED:
            if not is_rated(claim.verdict):
                raise ConflictError(f"Claim {claim_id} has no rated verdict to publish.", code="verdict_unrated")
            if actor.user is not None and claim.proposed_by_id == actor.user.pk:
                raise PermissionDeniedError(
                    "The verdict must be published by an editor other than the person who proposed it.",
                    code="two_person_rule",
                )
            claim.published_at = now
            claim.published_by = actor.user
        if to_status == Status.IN_REVIEW and claim.first_reviewed_at is None:
            claim.first_reviewed_at = now
        claim.status = to_status
        claim.version += 1
        claim.save()
        event = events.claim_transition_event(
            claim=claim,
            actor=actor,
            from_status=from_status,
            from_verdict=from_verdict,
            reason=reason,
            data=data,
            kind=event_kind,
        )
        outbox_add(task_name=FOLLOWUP_TASK, kwargs={"claim_id": claim.pk, "event_id": event.pk})
    return claim


def claim_start_review(*, claim_id: int, actor: Actor, expected_version: int | None = None) -> Claim:
    return claim_transition(
        claim_id=claim_id, to_status=Status.IN_REVIEW, actor=actor, expected_version=expected_version
    )


def claim_propose_verdict(
    *, claim_id: int, verdict: str, summary: str, actor: Actor, expected_version: int | None = None
) -> Claim:
    """Propose a rated verdict with its summary (status -> verdict_proposed); an editor publishes it."""
    return claim_transition(
        claim_id=claim_id,
        to_status=Status.VERDICT_PROPOSED,
        actor=actor,
        verdict=verdict,
        summary=summary,
        expected_version=expected_version,
    )


def claim_publish(*, claim_id: int, actor: Actor, expected_version: int | None = None) -> Claim:
    """Publish the proposed verdict. Needs an editor who did not propose it (two-person rule)."""
    return claim_transition(
        claim_id=claim_id, to_status=Status.PUBLISHED, actor=actor, expected_version=expected_version
    )


def claim_reopen(
    *,
    claim_id: int,
    actor: Actor,
    reason: str,
    expected_version: int | None = None,
    data: dict[str, Any] | None = None,
) -> Claim:
    """Reopen a published claim for review (the only way to revise a published verdict). ``reason`` is required;
    ``data`` (e.g. ``{"cause": "source_changed", "url": ...}``) is kept on the event."""
    return claim_transition(
        claim_id=claim_id,
        to_status=Status.REOPENED,
        actor=actor,
        reason=reason,
        expected_version=expected_version,
        data=data,
    )


def claim_assign(
    *, claim_id: int, assignee: Any, actor: Actor, expected_version: int | None = None, reason: str = ""
) -> Claim:
    """Assign the claim and its open review tasks to ``assignee`` (``None`` unassigns).

    Status is unchanged, but the version is bumped and an ``assigned`` event written, under the row lock. The
    actor and the assignee must be fact-checkers (or editors).
    """
    with transaction.atomic():
        claim = _locked_claim(claim_id=claim_id, expected_version=expected_version)
        if actor.type == ActorType.JOB or not user_has_role(actor.user, FACT_CHECKER):
            raise PermissionDeniedError("Assigning claims needs the fact-checker role.", code="role_required")
        if assignee is not None and not user_has_role(assignee, FACT_CHECKER):
            raise ApplicationError(
                f"{assignee.get_username()} is not a fact-checker and cannot be assigned claims.",
                code="assignee_not_fact_checker",
            )
        previous = claim.assignee_id
        claim.assignee = assignee
        claim.version += 1
        claim.save()
        ReviewTask.objects.filter(claim=claim, state=TaskState.OPEN).update(assignee=assignee)
        events.claim_assigned_event(claim=claim, actor=actor, previous_assignee_id=previous, reason=reason.strip())
    return claim


# --- Triage -----------------------------------------------------------------------------------------------------


def claim_triage(*, claim_id: int, actor: Actor) -> Claim:
    """Triage a new claim: ``triaged`` when check-worthy (flag and ``WORKFLOW_TRIAGE_MIN_SCORE``), else
    ``not_checkworthy``.

    The ``triaged`` event's data holds the source suggestions (claimers and entities, matched against the source
    registry) and, when a claim in the same cluster is published, its verdict as a suggestion (never applied). A
    check-worthy claim gets the review task for its type (carrying that suggestion) and, when its hedge is
    unconfirmed, a re-check due ``WORKFLOW_RECHECK_UNCONFIRMED_HOURS`` later. Raises ``ConflictError``
    (``already_triaged``) for a claim that is not new.
    """
    with transaction.atomic():
        claim = _locked_claim(claim_id=claim_id, expected_version=None)
        if claim.status != Status.NEW:
            raise ConflictError(f"Claim {claim_id} is already triaged ({claim.status}).", code="already_triaged")
        now = timezone.now()
        checkworthy = claim.checkworthy and claim.score >= settings.WORKFLOW_TRIAGE_MIN_SCORE
        match = selectors.claim_cluster_match(claim=claim)
        task_kind = TASK_KIND_BY_CLAIM_TYPE.get(claim.claim_type) if checkworthy else None
        recheck_due = (
            now + timedelta(hours=settings.WORKFLOW_RECHECK_UNCONFIRMED_HOURS)
            if checkworthy and claim.hedge == Hedge.UNCONFIRMED
            else None
        )
        data = {
            "score": claim.score,
            "checkworthy": claim.checkworthy,
            "source_suggestions": selectors.claim_source_suggestions(claim=claim),
            "cluster_match": match,
            "review_task": task_kind,
            "recheck_due_at": recheck_due.isoformat() if recheck_due else None,
        }
        reason = f"score {claim.score:.2f}, " + ("check-worthy" if checkworthy else "not check-worthy")
        claim = claim_transition(
            claim_id=claim_id,
            to_status=Status.TRIAGED if checkworthy else Status.NOT_CHECKWORTHY,
            actor=actor,
            reason=reason,
            data=data,
            event_kind=EventKind.TRIAGED,
        )
        if task_kind is not None:
            _review_task_ensure_open(claim=claim, kind=task_kind, data={"suggestion": match} if match else {})
        if recheck_due is not None:
            ClaimRecheck.objects.create(claim=claim, due_at=recheck_due)
    return claim


# --- Review tasks -----------------------------------------------------------------------------------------------


def _task_due(now: datetime | None = None) -> datetime:
    return (now or timezone.now()) + timedelta(hours=settings.WORKFLOW_TASK_DUE_HOURS)


def _review_task_ensure_open(*, claim: Claim, kind: str, data: dict[str, Any] | None = None) -> ReviewTask | None:
    """Open a task of ``kind`` unless one is open already (the partial unique constraint backs this up).

    Call under the claim's row lock. Returns the new task, or ``None`` when one was open.
    """
    if ReviewTask.objects.filter(claim=claim, kind=kind, state=TaskState.OPEN).exists():
        return None
    return ReviewTask.objects.create(
        claim=claim,
        kind=kind,
        title=TaskKind(kind).label,
        assignee=claim.assignee,
        due_at=_task_due(),
        data=data or {},
    )


def _review_tasks_close(*, claim: Claim, state: str, kinds: list[str] | None = None) -> int:
    tasks = ReviewTask.objects.filter(claim=claim, state=TaskState.OPEN)
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
        claim = _locked_claim(claim_id=claim_id, expected_version=None)
        status = claim.status
        if status in {Status.TRIAGED, Status.IN_REVIEW, Status.NEEDS_EVIDENCE}:
            kind = TASK_KIND_BY_CLAIM_TYPE.get(claim.claim_type)
            if kind and not ReviewTask.objects.filter(claim=claim, kind=kind).exists():
                _review_task_ensure_open(claim=claim, kind=kind)
                done.append(f"opened {kind}")
            if _review_tasks_close(claim=claim, state=TaskState.CANCELLED, kinds=[TaskKind.SECOND_REVIEW]):
                done.append(f"cancelled {TaskKind.SECOND_REVIEW}")
        elif status == Status.VERDICT_PROPOSED:
            if _review_task_ensure_open(claim=claim, kind=TaskKind.SECOND_REVIEW):
                done.append(f"opened {TaskKind.SECOND_REVIEW}")
        elif status == Status.PUBLISHED:
            if _review_tasks_close(claim=claim, state=TaskState.DONE):
                done.append("closed open tasks")
        elif status == Status.NOT_CHECKWORTHY:
            if _review_tasks_close(claim=claim, state=TaskState.CANCELLED):
                done.append("cancelled open tasks")
        elif status == Status.REOPENED:
            reopen = claim.events.filter(to_status=Status.REOPENED).order_by("-id").first()
            cause = (reopen.data or {}).get("cause") if reopen is not None else None
            kind = TaskKind.RECHECK_UNCONFIRMED if cause == RECHECK_CAUSE else TaskKind.SOURCE_CHANGED
            if _review_task_ensure_open(claim=claim, kind=kind, data={"reason": reopen.reason if reopen else ""}):
                done.append(f"opened {kind}")
    return done


def review_tasks_remind(*, now: datetime | None = None) -> list[int]:
    """Mark open tasks due within ``WORKFLOW_REMINDER_BEFORE_HOURS`` (or already overdue) as reminded, once.

    Returns the ids reminded; each reminder is logged for the assignee (beat job ``workflow-review-reminders``).
    """
    now = now or timezone.now()
    window = now + timedelta(hours=settings.WORKFLOW_REMINDER_BEFORE_HOURS)
    with transaction.atomic():
        tasks = list(
            ReviewTask.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(state=TaskState.OPEN, reminded_at__isnull=True, due_at__lte=window)
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
    from django.contrib.auth import get_user_model

    now = now or timezone.now()
    overdue_before = now - timedelta(hours=settings.WORKFLOW_ESCALATE_AFTER_HOURS)
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
            .filter(state=TaskState.OPEN, escalated_at__isnull=True, due_at__lt=overdue_before)
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
        claim = _locked_claim(claim_id=recheck.claim_id, expected_version=None)
        if claim.status == Status.PUBLISHED:
            hours = settings.WORKFLOW_RECHECK_UNCONFIRMED_HOURS
            claim_reopen(
                claim_id=claim.pk,
                actor=Actor.job("recheck_unconfirmed"),
                reason=f"Scheduled re-check of an unconfirmed claim ({hours:g} h after triage).",
                data={"cause": RECHECK_CAUSE, "recheck_id": recheck.pk},
            )
            outcome = "reopened"
        elif claim.status == Status.NOT_CHECKWORTHY:
            outcome = "skipped_not_checkworthy"
        else:
            _review_task_ensure_open(claim=claim, kind=TaskKind.RECHECK_UNCONFIRMED)
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


# --- Follow-ups of a transition (run by the outbox consumer ``claim_followups``) -----------------------------------

_WEBHOOK_TYPE_BY_STATUS = {
    Status.VERDICT_PROPOSED: "claim.verdict_proposed",
    Status.PUBLISHED: "claim.published",
    Status.REOPENED: "claim.reopened",
}


def claim_followups(*, claim_id: int, event_id: int) -> list[str]:
    """What follows a transition: sync the claim's review tasks and emit its webhooks (``claim.status_changed``
    plus ``claim.verdict_proposed``/``claim.published``/``claim.reopened``), built from the event.

    Call inside the outbox consumer's transaction (``verifier.outbox.outbox_consume``): that makes it run once per
    transition however often the message is delivered.
    """

    done = claim_review_tasks_sync(claim_id=claim_id)
    event = VerificationEvent.objects.filter(pk=event_id, claim_id=claim_id).first()
    if event is not None and event.from_status != event.to_status:
        payload = {
            "claim_id": claim_id,
            "event_id": event.pk,
            "from_status": event.from_status,
            "to_status": event.to_status,
            "verdict": event.to_verdict,
            "version": event.data.get("version"),
            "actor": event.actor_label,
            "reason": event.reason,
            "at": event.created_at.isoformat(),
        }
        for event_type in ("claim.status_changed", _WEBHOOK_TYPE_BY_STATUS.get(Status(event.to_status))):
            if event_type and webhook_emit(event_type=event_type, payload=payload):
                done.append(f"webhook {event_type}")
    return done
