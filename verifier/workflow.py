"""Claim workflow writes: status transitions, proposing, publishing and reopening verdicts, assignment.

``claim_transition`` is the only code that changes a claim's status. Every write here locks the claim row
(``claim_qs_select_for_update``), bumps ``Claim.version``, writes exactly one ``VerificationEvent`` through
``verifier.events`` and stores its follow-up job in the transactional outbox (``verifier.outbox``), all in one
transaction.
"""

from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from claims.models import Claim, Status
from config.errors import ApplicationError, ConflictError, PermissionDeniedError, PreconditionFailed
from verifier import events
from verifier.actors import Actor
from verifier.claimreview import claimreview_check, claimreview_preview
from verifier.models import ActorType, ReviewTask, TaskKind, VerificationEvent
from verifier.outbox import outbox_add
from verifier.ratings import is_rated
from verifier.roles import FACT_CHECKER, user_has_role
from verifier.transitions import VERDICT_STATUS, Move, allowed_targets, move_rule

# Outbox consumer run after every transition (``verifier.followups.claim_followups``).
FOLLOWUP_TASK = "verifier.tasks.workflow.claim_followups"
# Rows per UPDATE of a bulk transition.
CLAIM_BATCH_SIZE = 500


class ClaimNotFound(ApplicationError):
    status_code = 404
    code = "not_found"


def claim_qs_select_for_update():  # type: ignore[no-untyped-def]
    """Claims locked FOR UPDATE; use inside a transaction."""
    return Claim.objects.select_for_update()


def claim_get_locked(*, claim_id: int, expected_version: int | None = None) -> Claim:
    """The claim, locked FOR UPDATE. Raises ``ClaimNotFound`` or, for a stale ``expected_version``,
    ``PreconditionFailed`` whose ``extra["version"]`` is the claim's current version (the API turns it into the
    same 412 body, with the current ETag, as a stale ``If-Match``). Call inside a transaction."""
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


def _check_move(*, claim: Claim, to_status: str, actor: Actor, reason: str) -> None:
    """Refuse a move the table does not allow (``ConflictError``), an actor without its role
    (``PermissionDeniedError``) or a missing required reason (``ApplicationError``)."""
    rule = move_rule(claim.status, to_status)
    if rule is None:
        raise ConflictError(
            f"Claim {claim.pk} cannot move from {claim.status} to {to_status}.",
            code="transition_not_allowed",
            extra={"status": claim.status, "allowed": sorted(allowed_targets(claim.status))},
        )
    _check_actor(rule=rule, actor=actor, claim=claim, to_status=to_status)
    if rule.reason_required and not reason:
        raise ApplicationError(f"Moving a claim to {to_status} needs a reason.", code="reason_required")


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
    the move, a published claim has no rated verdict or its ClaimReview would be incomplete
    (``claimreview_incomplete``, ``extra["missing"]``); ``PermissionDeniedError`` (403) when the actor lacks the
    move's role or would publish their own verdict (two-person rule); ``ApplicationError`` (400) for a missing
    reason, verdict or summary. ``verdict`` and ``summary`` are set only by a move to ``verdict_proposed``.
    """
    reason = reason.strip()
    with transaction.atomic():
        claim = claim_get_locked(claim_id=claim_id, expected_version=expected_version)
        _check_move(claim=claim, to_status=to_status, actor=actor, reason=reason)
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
            # Never publish what cannot be exported: the ClaimReview it would have must be complete.
            claimreview_check(claim=claim, document=claimreview_preview(claim=claim, published_on=now.date()))
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


def claims_transition_new(
    *,
    moves: Sequence[tuple[Claim, str, str, dict[str, Any] | None]],
    actor: Actor,
    event_kind: str | None = None,
) -> list[VerificationEvent]:
    """Move claims created in the caller's transaction out of ``new`` in bulk: ``moves`` are
    ``(claim, to_status, reason, data)``. Checks each move against the table in ``verifier.transitions`` like
    ``claim_transition`` (no verdict moves), bumps the versions (one bulk UPDATE) and writes one event per claim
    (one bulk INSERT). Returns the events.

    No row lock is taken: nobody else can see claims the transaction has not committed. No follow-up job is stored:
    the caller does the follow-ups in the same transaction (the triage opens the review tasks and emits the
    webhooks itself). Raises like ``claim_transition``; the caller's transaction then writes nothing.
    """
    if not moves:
        return []
    now = timezone.now()
    for claim, to_status, reason, _ in moves:
        if claim.status != Status.NEW or to_status in (VERDICT_STATUS, Status.PUBLISHED):
            raise ConflictError(f"Claim {claim.pk} is not a new claim moving to {to_status}.", code="not_new")
        _check_move(claim=claim, to_status=to_status, actor=actor, reason=reason.strip())
    by_status: dict[str, list[int]] = {}
    for claim, to_status, _, _ in moves:
        claim.status = to_status
        claim.version += 1
        claim.updated_at = now
        by_status.setdefault(to_status, []).append(claim.pk)
    # One UPDATE per target status (all new claims are at version 1; bulk_update's CASE per row is much slower).
    for to_status, ids in by_status.items():
        for start in range(0, len(ids), CLAIM_BATCH_SIZE):
            Claim.objects.filter(pk__in=ids[start : start + CLAIM_BATCH_SIZE]).update(
                status=to_status, version=F("version") + 1, updated_at=now
            )
    return events.claims_transition_events(
        moves=[(claim, to_status, reason.strip(), data) for claim, to_status, reason, data in moves],
        actor=actor,
        from_status=Status.NEW,
        kind=event_kind,
    )


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

    Status is unchanged, but the version is bumped and an ``assigned`` event written, under the row lock. An open
    second-review task keeps its editor. The
    actor and the assignee must be fact-checkers (or editors).
    """
    with transaction.atomic():
        claim = claim_get_locked(claim_id=claim_id, expected_version=expected_version)
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
        # The second review stays with its editor: it must not go to whoever proposed the verdict.
        ReviewTask.objects.filter(claim=claim).open().exclude(kind=TaskKind.SECOND_REVIEW).update(assignee=assignee)
        events.claim_assigned_event(claim=claim, actor=actor, previous_assignee_id=previous, reason=reason.strip())
    return claim
