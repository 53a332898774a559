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


def claim_transition_event(
    *,
    claim: Claim,
    actor: Actor,
    from_status: str,
    from_verdict: str,
    reason: str,
    data: dict[str, Any] | None = None,
) -> VerificationEvent:
    event = _event(
        claim_id=claim.pk,
        kind=EventKind.VERDICT if from_verdict != claim.verdict else EventKind.TRANSITION,
        actor=actor,
        from_status=from_status,
        to_status=claim.status,
        from_verdict=from_verdict,
        to_verdict=claim.verdict,
        reason=reason,
        data={"version": claim.version, **(data or {})},
    )
    event.save()
    return event
