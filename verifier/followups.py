"""What follows a transition, run by the outbox consumer ``verifier.tasks.workflow.claim_followups``."""

from claims.models import Status
from verifier.factcheck_matches import claim_published_factcheck
from verifier.models import VerificationEvent
from verifier.reviews import claim_review_tasks_sync
from verifier.webhooks import webhook_emit

_WEBHOOK_TYPE_BY_STATUS = {
    Status.VERDICT_PROPOSED: "claim.verdict_proposed",
    Status.PUBLISHED: "claim.published",
    Status.REOPENED: "claim.reopened",
}


def claim_followups(*, claim_id: int, event_id: int) -> list[str]:
    """Sync the claim's review tasks, add a newly published verdict to the fact-check collection, and emit its
    webhooks (``claim.status_changed`` plus ``claim.verdict_proposed``/``claim.published``/``claim.reopened``),
    built from the event.

    Call inside the outbox consumer's transaction (``verifier.outbox.outbox_consume``): that makes it run once per
    transition however often the message is delivered.
    """
    done = claim_review_tasks_sync(claim_id=claim_id)
    event = VerificationEvent.objects.filter(pk=event_id, claim_id=claim_id).first()
    if event is not None and event.to_status == Status.PUBLISHED and event.from_status != Status.PUBLISHED:
        claim_published_factcheck(claim_id=claim_id)
        done.append("factcheck")
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
