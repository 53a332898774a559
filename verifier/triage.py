"""Triage of a new claim: check-worthy or not, source suggestions, a published verdict of its cluster as a
suggestion, its review task and the re-check of an unconfirmed claim."""

from django.db import transaction
from django.utils import timezone

from claims.models import Claim, Hedge, Status
from config.errors import ConflictError
from verifier import selectors
from verifier.actors import Actor
from verifier.models import ClaimRecheck, EventKind
from verifier.reviews import recheck_due_at, review_task_ensure_open, review_task_kind
from verifier.workflow import claim_get_locked, claim_transition

# Outbox consumer that triages one new claim (``verifier.tasks.workflow.triage_claim``).
TRIAGE_TASK = "verifier.tasks.workflow.triage_claim"
# Least extraction score a claim flagged check-worthy also needs to be triaged (0: the flag alone decides).
WORKFLOW_TRIAGE_MIN_SCORE = 0.0


def claim_triage(*, claim_id: int, actor: Actor) -> Claim:
    """Triage a new claim: ``triaged`` when check-worthy (flag and ``WORKFLOW_TRIAGE_MIN_SCORE``), else
    ``not_checkworthy``.

    The ``triaged`` event's data holds the source suggestions (claimers and entities, matched against the source
    registry) and, when a claim in the same cluster is published, its verdict as a suggestion (never applied). A
    check-worthy claim gets the review task for its type (``verifier.reviews.review_task_kind``, carrying that
    suggestion) and, when its hedge is unconfirmed, a re-check (``verifier.reviews.recheck_due_at``).
    Raises ``ConflictError`` (``already_triaged``) for a claim that is not new.
    """
    with transaction.atomic():
        claim = claim_get_locked(claim_id=claim_id)
        if claim.status != Status.NEW:
            raise ConflictError(f"Claim {claim_id} is already triaged ({claim.status}).", code="already_triaged")
        now = timezone.now()
        checkworthy = claim.checkworthy and claim.score >= WORKFLOW_TRIAGE_MIN_SCORE
        match = selectors.claim_cluster_match(claim=claim)
        task_kind = review_task_kind(claim.claim_type) if checkworthy else None
        recheck_due = recheck_due_at(triaged_at=now) if checkworthy and claim.hedge == Hedge.UNCONFIRMED else None
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
            review_task_ensure_open(claim=claim, kind=task_kind, data={"suggestion": match} if match else {})
        if recheck_due is not None:
            ClaimRecheck.objects.create(claim=claim, due_at=recheck_due)
    return claim
