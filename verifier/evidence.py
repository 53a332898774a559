"""Evidence and source-check consequences: the writes that touch both sources and the claim's audit trail."""

import logging

from django.db import IntegrityError, transaction

from claims.models import Claim, Status
from config.errors import ApplicationError, ConflictError, PermissionDeniedError
from sources.checks import CheckOutcome, CheckResult, source_check_record, source_check_record_quick
from sources.models import Evidence, EvidenceRole, Source, Stance
from sources.services import watched_url_get_or_create
from verifier import events
from verifier.actors import Actor
from verifier.models import ReviewTask, TaskKind, TaskState
from verifier.services import claim_qs_select_for_update, claim_reopen
from verifier.webhooks import EVIDENCE_ADDED, SOURCE_CHANGED, webhook_emit

logger = logging.getLogger(__name__)

# Claims whose verdict rests on their sources: a material change or a dead link reopens them.
REOPEN_STATUSES = frozenset({Status.VERDICT_PROPOSED, Status.PUBLISHED})


def check_run_for_evidence(evidence_id: int) -> str:
    return f"evidence-{evidence_id}"


def evidence_add(
    *,
    claim_id: int,
    actor: Actor,
    url: str = "",
    source_id: int | None = None,
    role: str = EvidenceRole.EVIDENCE,
    stance: str = Stance.UNCLEAR,
    quote: str = "",
) -> Evidence:
    """Link evidence to a claim: a source and/or a URL, with role, stance and quote; write an ``evidence_added``
    event; watch the URL and schedule its check once the transaction commits.

    Raises ``ApplicationError`` for an unknown role/stance/source, a URL that is not http(s), or neither URL nor
    source; nothing is written then.
    """
    from verifier.tasks.sources import source_check

    url = url.strip()
    if role not in EvidenceRole.values:
        raise ApplicationError(f"Unknown evidence role {role!r}.", code="invalid_role")
    if stance not in Stance.values:
        raise ApplicationError(f"Unknown stance {stance!r}.", code="invalid_stance")
    if not url and source_id is None:
        raise ApplicationError("Evidence needs a URL or a source.", code="url_or_source_required")
    if url and not url.lower().startswith(("http://", "https://")):
        raise ApplicationError("The evidence URL must be an http(s) URL.", code="invalid_url")
    if len(url) > 2000:
        raise ApplicationError("The evidence URL is longer than 2000 characters.", code="invalid_url")
    if source_id is not None and not Source.objects.filter(pk=source_id).exists():
        raise ApplicationError(f"Source {source_id} does not exist.", code="unknown_source")
    with transaction.atomic():
        claim = claim_qs_select_for_update().get(pk=claim_id)
        watched = None
        if url:
            watched, _ = watched_url_get_or_create(url=url, source_id=source_id)
        evidence = Evidence.objects.create(
            claim=claim,
            source_id=source_id,
            role=role,
            stance=stance,
            quote=quote.strip(),
            url=url,
            watched_url=watched,
            added_by=actor.user,
        )
        events.evidence_added_event(evidence=evidence, actor=actor)
        webhook_emit(
            event_type=EVIDENCE_ADDED,
            payload={
                "evidence_id": evidence.pk,
                "claim_id": claim.pk,
                "source_id": source_id,
                "role": role,
                "stance": stance,
                "url": url,
                "quote": evidence.quote,
            },
        )
        if watched is not None:
            source_check.delay_on_commit(watched.pk, check_run_for_evidence(evidence.pk))  # type: ignore[attr-defined]
    return evidence


def _review_task_open(*, claim: Claim, title: str) -> ReviewTask | None:
    """Open a source_changed review task unless one is open (the partial unique constraint decides races)."""
    if ReviewTask.objects.filter(claim=claim, kind=TaskKind.SOURCE_CHANGED, state=TaskState.OPEN).exists():
        return None
    try:
        with transaction.atomic():
            return ReviewTask.objects.create(claim=claim, kind=TaskKind.SOURCE_CHANGED, title=title[:300])
    except IntegrityError:
        return None


def source_check_apply(*, outcome: CheckOutcome) -> CheckResult:
    """Record a source check (snapshot, URL state, quote flags) and, when the text changed materially or the URL
    died, reopen every claim in ``verdict_proposed``/``published`` resting on it (event data names the snapshot)
    and open a ``source_changed`` review task for it. All in one transaction; a duplicate check run does nothing.

    A claim the workflow refuses to reopen (its status has no move to reopened for a job)
    gets a ``source_changed`` event and the review task instead of the status move.

    A check that changes nothing but the URL row (the common case) is recorded by one statement
    (``source_check_record_quick``); the rest, and every case that statement declines, by the locked transaction.
    """
    quick = source_check_record_quick(outcome=outcome)
    if quick is not None:
        return quick
    actor = Actor.job("source_check")
    with transaction.atomic():
        result = source_check_record(outcome=outcome)
        if result.duplicate or not (result.changed or result.died):
            return result
        cause = "died" if result.died else "changed"
        data = {
            "cause": f"source_{cause}",
            "snapshot_id": result.snapshot_id,
            "watched_url_id": result.url_id,
            "url": result.url,
        }
        reason = f"Source {cause}: {result.url} (snapshot {result.snapshot_id})."
        claim_ids = sorted(
            set(
                Evidence.objects.filter(
                    watched_url_id=result.url_id, claim__status__in=list(REOPEN_STATUSES)
                ).values_list("claim_id", flat=True)
            )
        )
        for claim_id in claim_ids:
            try:
                with transaction.atomic():
                    claim = claim_reopen(claim_id=claim_id, actor=actor, reason=reason, data=data)
            except (ConflictError, PermissionDeniedError) as exc:
                logger.info("claim %s not reopened after source %s: %s", claim_id, cause, exc)
                claim = claim_qs_select_for_update().get(pk=claim_id)
                events.source_changed_event(claim=claim, actor=actor, reason=reason, data=data)
            _review_task_open(claim=claim, title=f"Source {cause}: {result.url}")
        webhook_emit(event_type=SOURCE_CHANGED, payload={**data, "claim_ids": claim_ids})
    return result
