"""Triage of a new claim: check-worthy or not, source suggestions, a published verdict of its cluster as a
suggestion, its review task and the re-check of an unconfirmed claim.

Two entry points share one decision (``_decide``): ``claims_triage_new`` triages the claims an extraction has just
created, in bulk and in the extraction's transaction (the ingest path); ``claim_triage`` triages one existing new
claim under its row lock (the ``triage_claim`` outbox consumer, kept for messages stored before the bulk path).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from claims.models import Claim, Hedge, Status
from config.errors import ConflictError
from verifier import selectors
from verifier.actors import Actor
from verifier.models import ClaimRecheck, EventKind
from verifier.reviews import recheck_due_at, review_task_ensure_open, review_task_kind, review_tasks_open_for_new_claims
from verifier.webhooks import transition_webhooks
from verifier.workflow import claim_get_locked, claim_transition, claims_transition_new

# Outbox consumer that triages one new claim (``verifier.tasks.workflow.triage_claim``).
TRIAGE_TASK = "verifier.tasks.workflow.triage_claim"
# Least extraction score a claim flagged check-worthy also needs to be triaged (0: the flag alone decides).
WORKFLOW_TRIAGE_MIN_SCORE = 0.0
RECHECK_BATCH_SIZE = 500


@dataclass(frozen=True)
class _Decision:
    to_status: str
    reason: str
    data: dict[str, Any]
    task_kind: str | None
    task_data: dict[str, Any]
    recheck_due: datetime | None


def _decide(
    *, claim: Claim, match: dict[str, Any] | None, suggestions: list[dict[str, Any]], now: datetime
) -> _Decision:
    checkworthy = claim.checkworthy and claim.score >= WORKFLOW_TRIAGE_MIN_SCORE
    task_kind = review_task_kind(claim.claim_type) if checkworthy else None
    recheck_due = recheck_due_at(triaged_at=now) if checkworthy and claim.hedge == Hedge.UNCONFIRMED else None
    data = {
        "score": claim.score,
        "checkworthy": claim.checkworthy,
        "source_suggestions": suggestions,
        "cluster_match": match,
        "review_task": task_kind,
        "recheck_due_at": recheck_due.isoformat() if recheck_due else None,
    }
    return _Decision(
        to_status=Status.TRIAGED if checkworthy else Status.NOT_CHECKWORTHY,
        reason=f"score {claim.score:.2f}, " + ("check-worthy" if checkworthy else "not check-worthy"),
        data=data,
        task_kind=task_kind,
        task_data={"suggestion": match} if match else {},
        recheck_due=recheck_due,
    )


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
        decision = _decide(
            claim=claim,
            match=selectors.claim_cluster_match(claim=claim),
            suggestions=selectors.claim_source_suggestions(claim=claim),
            now=timezone.now(),
        )
        claim = claim_transition(
            claim_id=claim_id,
            to_status=decision.to_status,
            actor=actor,
            reason=decision.reason,
            data=decision.data,
            event_kind=EventKind.TRIAGED,
        )
        if decision.task_kind is not None:
            review_task_ensure_open(claim=claim, kind=decision.task_kind, data=decision.task_data)
        if decision.recheck_due is not None:
            ClaimRecheck.objects.create(claim=claim, due_at=decision.recheck_due)
    return claim


def claims_triage_new(*, claims: Sequence[Claim], actor: Actor) -> list[Claim]:
    """Triage claims created in the caller's transaction, as ``claim_triage`` decides each, in a few bulk
    statements: one registry lookup for the source suggestions, one query for the cluster matches, one UPDATE of
    the statuses and one INSERT each of events, review tasks and re-checks, then the ``claim.status_changed``
    webhooks (``verifier.webhooks.transition_webhooks``: the follow-up a transition's job would run; the review
    tasks it would sync are opened here). No job per claim. Call inside the extraction's transaction.
    """
    if not claims:
        return []
    now = timezone.now()
    matches = selectors.claims_cluster_matches(claims=claims)
    suggestions = selectors.claims_source_suggestions(claims=claims)
    decisions = [
        _decide(claim=claim, match=matches[claim.pk], suggestions=suggestions[claim.pk], now=now) for claim in claims
    ]
    events = claims_transition_new(
        moves=[(claim, d.to_status, d.reason, d.data) for claim, d in zip(claims, decisions, strict=True)],
        actor=actor,
        event_kind=EventKind.TRIAGED,
    )
    review_tasks_open_for_new_claims(
        tasks=[
            (claim, d.task_kind, d.task_data)
            for claim, d in zip(claims, decisions, strict=True)
            if d.task_kind is not None
        ],
        now=now,
    )
    ClaimRecheck.objects.bulk_create(
        [
            ClaimRecheck(claim=claim, due_at=d.recheck_due)
            for claim, d in zip(claims, decisions, strict=True)
            if d.recheck_due is not None
        ],
        batch_size=RECHECK_BATCH_SIZE,
    )
    transition_webhooks(events=events)
    return list(claims)
