"""What follows a transition, run by the outbox consumer ``verifier.tasks.workflow.claim_followups`` (or, for the
bulk triage of new claims, in the triage's own transaction)."""

from collections.abc import Sequence
from typing import Any

from claims.models import Status
from verifier.factcheck_matches import claim_published_factcheck
from verifier.models import VerificationEvent
from verifier.reviews import claim_review_tasks_sync
from verifier.webhooks import webhook_emit_many

_WEBHOOK_TYPE_BY_STATUS = {
    Status.VERDICT_PROPOSED: "claim.verdict_proposed",
    Status.PUBLISHED: "claim.published",
    Status.REOPENED: "claim.reopened",
}


def _transition_payload(event: VerificationEvent) -> dict[str, Any]:
    return {
        "claim_id": event.claim_id,
        "event_id": event.pk,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "verdict": event.to_verdict,
        "version": event.data.get("version"),
        "actor": event.actor_label,
        "reason": event.reason,
        "at": event.created_at.isoformat(),
    }


def transition_webhooks(*, events: Sequence[VerificationEvent]) -> list[str]:
    """Emit the webhooks of status moves (``claim.status_changed`` plus ``claim.verdict_proposed``/
    ``claim.published``/``claim.reopened``), built from their events; one bulk emission per event type. Events that
    did not move the status emit nothing. Returns ``webhook <type>`` for each type that reached a subscriber."""
    by_type: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        if event.from_status == event.to_status:
            continue
        payload = _transition_payload(event)
        for event_type in ("claim.status_changed", _WEBHOOK_TYPE_BY_STATUS.get(Status(event.to_status))):
            if event_type:
                by_type.setdefault(event_type, []).append(payload)
    return [
        f"webhook {event_type}"
        for event_type, payloads in by_type.items()
        if webhook_emit_many(event_type=event_type, payloads=payloads)
    ]


def claim_followups(*, claim_id: int, event_id: int) -> list[str]:
    """Sync the claim's review tasks, add a newly published verdict to the fact-check collection, and emit its
    webhooks (``transition_webhooks``), built from the event.

    Call inside the outbox consumer's transaction (``verifier.outbox.outbox_consume``): that makes it run once per
    transition however often the message is delivered.
    """
    done = claim_review_tasks_sync(claim_id=claim_id)
    event = VerificationEvent.objects.filter(pk=event_id, claim_id=claim_id).first()
    if event is not None and event.to_status == Status.PUBLISHED and event.from_status != Status.PUBLISHED:
        claim_published_factcheck(claim_id=claim_id)
        done.append("factcheck")
    if event is not None:
        done += transition_webhooks(events=[event])
    return done
