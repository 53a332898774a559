"""What follows a transition, run by the outbox consumer ``verifier.tasks.workflow.claim_followups`` (the bulk
triage of new claims does its follow-ups in its own transaction)."""

from claims.models import Status
from verifier.factcheck_matches import claim_published_factcheck
from verifier.models import VerificationEvent
from verifier.reviews import claim_review_tasks_sync
from verifier.webhooks import transition_webhooks


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
