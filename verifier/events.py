"""Audit event factories: one keyword-only function per event kind. Call inside the change's transaction."""

from collections.abc import Sequence
from typing import Any

from claims.models import Claim
from verifier.actors import Actor
from verifier.models import EventKind, VerificationEvent

EVENT_BATCH_SIZE = 500


def _event(*, claim_id: int, kind: str, actor: Actor, **fields: Any) -> VerificationEvent:
    return VerificationEvent(
        claim_id=claim_id,
        kind=kind,
        actor_type=actor.type,
        actor_user=actor.user,
        actor_label=actor.label,
        **fields,
    )


def claims_created_events(*, claims: Sequence[Claim], actor: Actor) -> list[VerificationEvent]:
    """One ``created`` event per new claim (status '' -> new)."""
    return VerificationEvent.objects.bulk_create(
        [
            _event(
                claim_id=claim.pk,
                kind=EventKind.CREATED,
                actor=actor,
                to_status=claim.status,
                to_verdict=claim.verdict,
                data={"article_id": claim.article_id, "start": claim.start, "end": claim.end},
            )
            for claim in claims
        ],
        batch_size=EVENT_BATCH_SIZE,
    )


def _transition_event(
    *,
    claim: Claim,
    actor: Actor,
    from_status: str,
    from_verdict: str,
    reason: str,
    data: dict[str, Any] | None,
    kind: str | None,
) -> VerificationEvent:
    if kind is None:
        kind = EventKind.VERDICT if from_verdict != claim.verdict else EventKind.TRANSITION
    return _event(
        claim_id=claim.pk,
        kind=kind,
        actor=actor,
        from_status=from_status,
        to_status=claim.status,
        from_verdict=from_verdict,
        to_verdict=claim.verdict,
        reason=reason,
        data={"version": claim.version, **(data or {})},
    )


def claim_transition_event(
    *,
    claim: Claim,
    actor: Actor,
    from_status: str,
    from_verdict: str,
    reason: str,
    data: dict[str, Any] | None = None,
    kind: str | None = None,
) -> VerificationEvent:
    """The event of one status move (``verdict`` when the verdict changed, ``triaged`` for the triage job's move).

    ``claim`` carries the new status, verdict and version. Call under the claim's row lock.
    """
    event = _transition_event(
        claim=claim,
        actor=actor,
        from_status=from_status,
        from_verdict=from_verdict,
        reason=reason,
        data=data,
        kind=kind,
    )
    event.save()
    return event


def claims_transition_events(
    *,
    moves: Sequence[tuple[Claim, str, str, dict[str, Any] | None]],
    actor: Actor,
    from_status: str,
    kind: str | None = None,
) -> list[VerificationEvent]:
    """``claim_transition_event`` for many claims moved from ``from_status`` (verdict unchanged) in one bulk
    INSERT; ``moves`` are ``(claim, _, reason, data)`` with the claim carrying its new status and version."""
    return VerificationEvent.objects.bulk_create(
        [
            _transition_event(
                claim=claim,
                actor=actor,
                from_status=from_status,
                from_verdict=claim.verdict,
                reason=reason,
                data=data,
                kind=kind,
            )
            for claim, _, reason, data in moves
        ],
        batch_size=EVENT_BATCH_SIZE,
    )


def _status_unchanged_event(
    *, claim: Claim, kind: str, actor: Actor, data: dict[str, Any], reason: str = ""
) -> VerificationEvent:
    """An event that records something about a claim without moving its status or verdict (from == to)."""
    event = _event(
        claim_id=claim.pk,
        kind=kind,
        actor=actor,
        from_status=claim.status,
        to_status=claim.status,
        from_verdict=claim.verdict,
        to_verdict=claim.verdict,
        reason=reason,
        data=data,
    )
    event.save()
    return event


def claim_assigned_event(
    *, claim: Claim, actor: Actor, previous_assignee_id: int | None, reason: str = ""
) -> VerificationEvent:
    """An ``assigned`` event: status and verdict unchanged (from == to), the new version and assignee in data."""
    return _status_unchanged_event(
        claim=claim,
        kind=EventKind.ASSIGNED,
        actor=actor,
        reason=reason,
        data={
            "version": claim.version,
            "assignee_id": claim.assignee_id,
            "previous_assignee_id": previous_assignee_id,
        },
    )


def evidence_added_event(*, evidence: Any, actor: Actor) -> VerificationEvent:
    """An ``evidence_added`` event: status and verdict unchanged; the evidence row's fields in data."""
    return _status_unchanged_event(
        claim=evidence.claim,
        kind=EventKind.EVIDENCE_ADDED,
        actor=actor,
        data={
            "evidence_id": evidence.pk,
            "source_id": evidence.source_id,
            "role": evidence.role,
            "stance": evidence.stance,
            "url": evidence.url,
            "quote": evidence.quote,
        },
    )


def evidence_linked_event(*, evidence: Any, actor: Actor, previous_source_id: int | None) -> VerificationEvent:
    """An ``evidence_linked`` event: the evidence row now rests on a registry source (status and verdict unchanged)."""
    return _status_unchanged_event(
        claim=evidence.claim,
        kind=EventKind.EVIDENCE_LINKED,
        actor=actor,
        data={
            "evidence_id": evidence.pk,
            "source_id": evidence.source_id,
            "previous_source_id": previous_source_id,
            "url": evidence.url,
        },
    )


def source_changed_event(*, claim: Claim, actor: Actor, reason: str, data: dict[str, Any]) -> VerificationEvent:
    """A ``source_changed`` event for a claim whose source changed or died without a status move (the claim was not
    in a state that reopens); ``data`` names the snapshot and URL."""
    return _status_unchanged_event(claim=claim, kind=EventKind.SOURCE_CHANGED, actor=actor, reason=reason, data=data)


def match_decided_event(*, claim: Claim, match: Any, previous: str, actor: Actor) -> VerificationEvent:
    """A ``match_decided`` event: a fact-checker's decision on a fact-check match ("same" / "different"), status
    and verdict unchanged; the match, fact-check, decision before and after, and score in data."""
    return _status_unchanged_event(
        claim=claim,
        kind=EventKind.MATCH_DECIDED,
        actor=actor,
        data={
            "match_id": match.pk,
            "factcheck_id": match.factcheck_id,
            "decision": match.decision,
            "previous": previous,
            "score": match.score,
        },
    )
