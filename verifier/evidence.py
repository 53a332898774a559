"""Evidence and source-check consequences: the writes that touch both sources and the claim's audit trail.

A source check's consequences (reopened claims, review tasks, the webhook) are declared per finding in
``sources.check_rules``; ``source_check_apply`` carries out whatever the matched rule says.
"""

import logging
import uuid

from django.db import IntegrityError, transaction

from claims.models import Claim, Status
from config.errors import ApplicationError, ConflictError, PermissionDeniedError
from sources.check_rules import CheckRule
from sources.checks import CheckOutcome, CheckResult, source_check_record
from sources.models import Evidence, EvidenceRole, Source, Stance
from sources.services import watched_url_get_or_create
from verifier import events
from verifier.actors import Actor
from verifier.models import ActorType, ReviewTask, TaskKind, TaskState
from verifier.outbox import outbox_add, outbox_consume
from verifier.roles import FACT_CHECKER, user_has_role
from verifier.webhooks import EVIDENCE_ADDED, webhook_emit
from verifier.workflow import claim_qs_select_for_update, claim_reopen

logger = logging.getLogger(__name__)

# Claims whose verdict rests on their sources: a material change or a dead link reopens them.
REOPEN_STATUSES = frozenset({Status.VERDICT_PROPOSED, Status.PUBLISHED})
# The outbox consumer that checks a watched URL (sent by name: services never import task modules).
SOURCE_CHECK_TASK = "verifier.tasks.sources.source_check"


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
    event and an ``evidence.added`` webhook; watch the URL and store its check in the outbox (run after commit).

    Idempotent for a URL: a URL already linked to the claim in that role (the natural key of the constraint
    ``evidence_unique_url_link``) returns that row unchanged and writes nothing, whatever the source, stance and
    quote of the retry. Source-only evidence (no URL) is added every time.

    Raises ``ApplicationError`` for an unknown role/stance/source, a URL that is not http(s), or neither URL nor
    source; nothing is written then.
    """
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
        # The claim's row lock orders concurrent adds to one claim; the constraint backs it for any other writer.
        claim = claim_qs_select_for_update().get(pk=claim_id)
        if url and (linked := _url_link(claim_id=claim.pk, url=url, role=role)) is not None:
            return linked
        watched = None
        if url:
            watched, _ = watched_url_get_or_create(url=url, source_id=source_id)
        try:
            with transaction.atomic():
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
        except IntegrityError:
            linked = _url_link(claim_id=claim.pk, url=url, role=role) if url else None
            if linked is None:
                raise
            return linked
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
            outbox_add(
                task_name=SOURCE_CHECK_TASK,
                kwargs={"url_id": watched.pk, "check_run": check_run_for_evidence(evidence.pk)},
            )
    return evidence


def evidence_link_source(*, evidence_id: int, source_id: int, actor: Actor) -> Evidence:
    """Rest the evidence row on registry source ``source_id`` (e.g. the source its URL's domain belongs to, from
    ``sources.selectors.sources_for_url``) and write an ``evidence_linked`` event, under the claim's row lock.

    Raises ``PermissionDeniedError`` without the fact-checker role, ``ApplicationError`` (404 ``not_found``, 400
    ``unknown_source``); linking to the source it already has writes nothing and returns the row.
    """
    if actor.type != ActorType.JOB and not user_has_role(actor.user, FACT_CHECKER):
        raise PermissionDeniedError("Linking evidence needs the fact-checker role.", code="role_required")
    if not Source.objects.filter(pk=source_id).exists():
        raise ApplicationError(f"Source {source_id} does not exist.", code="unknown_source")
    with transaction.atomic():
        claim_id = Evidence.objects.filter(pk=evidence_id).values_list("claim_id", flat=True).first()
        if claim_id is None:
            raise EvidenceNotFound(f"Evidence {evidence_id} does not exist.")
        claim_qs_select_for_update().get(pk=claim_id)
        evidence = Evidence.objects.select_related("claim").get(pk=evidence_id)
        previous = evidence.source_id
        if previous == source_id:
            return evidence
        evidence.source_id = source_id
        evidence.save(update_fields=["source"])
        events.evidence_linked_event(evidence=evidence, actor=actor, previous_source_id=previous)
    return evidence


def evidence_check_request(*, evidence_id: int, actor: Actor) -> str:
    """Check the evidence URL again now: store a source check with a fresh check run in the outbox (run after
    commit; its snapshot and consequences are those of any check). Returns the check run's id.

    Raises ``PermissionDeniedError`` without the fact-checker role, ``ApplicationError`` (404 ``not_found``, 400
    ``no_url`` for evidence without a URL).
    """
    if actor.type != ActorType.JOB and not user_has_role(actor.user, FACT_CHECKER):
        raise PermissionDeniedError("Checking evidence needs the fact-checker role.", code="role_required")
    evidence = Evidence.objects.filter(pk=evidence_id).first()
    if evidence is None:
        raise EvidenceNotFound(f"Evidence {evidence_id} does not exist.")
    if evidence.watched_url_id is None:
        raise ApplicationError(f"Evidence {evidence_id} has no URL to check.", code="no_url")
    check_run = f"{check_run_for_evidence(evidence_id)}-{uuid.uuid4().hex}"
    with transaction.atomic():
        outbox_add(task_name=SOURCE_CHECK_TASK, kwargs={"url_id": evidence.watched_url_id, "check_run": check_run})
    return check_run


class EvidenceNotFound(ApplicationError):
    status_code = 404
    code = "not_found"


def _url_link(*, claim_id: int, url: str, role: str) -> Evidence | None:
    """The evidence linking ``url`` to the claim in ``role`` (the natural key), if any."""
    return Evidence.objects.filter(claim_id=claim_id, url=url, role=role).first()


def _review_task_open(*, claim: Claim, title: str) -> ReviewTask | None:
    """Open a source_changed review task unless one is open (the partial unique constraint decides races)."""
    if ReviewTask.objects.filter(claim=claim, kind=TaskKind.SOURCE_CHANGED, state=TaskState.OPEN).exists():
        return None
    try:
        with transaction.atomic():
            return ReviewTask.objects.create(claim=claim, kind=TaskKind.SOURCE_CHANGED, title=title[:300])
    except IntegrityError:
        return None


def source_check_apply(*, outcome: CheckOutcome | None, outbox_id: int | None = None) -> CheckResult | None:
    """Record a source check (snapshot, URL state, quote flags) and carry out the consequences its rule declares
    (``sources.check_rules``): reopen the claims in ``verdict_proposed``/``published`` resting on the URL (event
    data names the cause and the snapshot), open a ``source_changed`` review task for each, send the rule's webhook.

    All in one transaction, which also marks the check's outbox row ``done`` (``outbox_id``). Returns None, having
    written nothing else, when the row is already done or ``outcome`` is None (the check run is recorded, or the
    URL is gone); a duplicate check run writes nothing (``result.duplicate``). A claim the workflow refuses to
    reopen (its status has no move to reopened for a job) gets a ``source_changed`` event and the review task
    instead of the status move; a rule that does not reopen claims gives each of them that event too.
    """
    with outbox_consume(outbox_id=outbox_id) as run:
        if not run.fresh or outcome is None:
            return None
        result = source_check_record(outcome=outcome)
        if result.rule is not None and result.rule.has_consequences:
            _check_consequences_apply(rule=result.rule, result=result)
    return result


def _check_consequences_apply(*, rule: CheckRule, result: CheckResult) -> None:
    actor = Actor.job("source_check")
    data = {
        "cause": rule.cause,
        "snapshot_id": result.snapshot_id,
        "watched_url_id": result.url_id,
        "url": result.url,
    }
    reason = f"Source {rule.finding}: {result.url} (snapshot {result.snapshot_id})."
    claim_ids: list[int] = []
    if rule.reopen_claims or rule.review_task:
        claim_ids = sorted(
            set(
                Evidence.objects.filter(
                    watched_url_id=result.url_id, claim__status__in=list(REOPEN_STATUSES)
                ).values_list("claim_id", flat=True)
            )
        )
    for claim_id in claim_ids:
        claim = None
        if rule.reopen_claims:
            try:
                with transaction.atomic():
                    claim = claim_reopen(claim_id=claim_id, actor=actor, reason=reason, data=data)
            except (ConflictError, PermissionDeniedError) as exc:
                logger.info("claim %s not reopened after source %s: %s", claim_id, rule.finding, exc)
        if claim is None:
            claim = claim_qs_select_for_update().get(pk=claim_id)
            events.source_changed_event(claim=claim, actor=actor, reason=reason, data=data)
        if rule.review_task:
            _review_task_open(claim=claim, title=f"Source {rule.finding}: {result.url}")
    if rule.webhook_event:
        webhook_emit(event_type=rule.webhook_event, payload={**data, "claim_ids": claim_ids})
