"""Claims against published fact-checks: the per-article matching job, fact-checkers' decisions on matches
(audited, kept as training feedback), a verdict proposal citing a confirmed match, and our published verdicts
joining the fact-check collection."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from claims.models import Claim
from config.errors import ApplicationError, ConflictError, PermissionDeniedError
from factchecks.models import ClaimMatch, Decision
from factchecks.parsing import FactCheckRecord
from factchecks.services import (
    STRONG_MATCH_SCORE,
    ImportResult,
    claims_match_factchecks,
    factcheck_upsert_from_claim,
    factchecks_import,
    factchecks_parse,
)
from sources.models import Stance
from verifier import events
from verifier.actors import Actor
from verifier.claimreview import claimreview_url
from verifier.evidence import evidence_add
from verifier.intake import url_fetch
from verifier.outbox import outbox_add
from verifier.ratings import claimreview_rating, verdict_for_rating
from verifier.roles import FACT_CHECKER, user_has_role
from verifier.webhooks import FACTCHECK_MATCHED, webhook_emit_many
from verifier.workflow import claim_get_locked, claim_propose_verdict

# The outbox consumer that embeds imported fact-checks (sent by name: services never import task modules).
EMBED_TASK = "verifier.tasks.matching.embed_factchecks"


class MatchNotFound(ApplicationError):
    status_code = 404
    code = "not_found"


def factchecks_fetch(*, url: str) -> list[FactCheckRecord]:
    """The fact-checks published at ``url`` (a page with ClaimReview JSON-LD, a feed, a file), fetched through the
    one guarded client. Raises ``FetchRefusedError`` (400), ``FetchFailed`` (422) or ``ApplicationError``
    (``invalid_factchecks``) like the article intake."""
    response = url_fetch(url=url)
    return factchecks_parse(content=response.content, name=response.url, content_type=response.content_type)


def factchecks_import_and_embed(*, records: list[FactCheckRecord]) -> ImportResult:
    """Store ``records`` (``factchecks_import``) and, when any text is new, the job computing their vectors
    (outbox, after commit): an import never waits for the encoder. Input holding no fact-check at all is refused
    (``ApplicationError`` ``no_factchecks``)."""
    if not records:
        raise ApplicationError("The input holds no fact-checks (no ClaimReview, row or line).", code="no_factchecks")
    with transaction.atomic():
        result = factchecks_import(records=records)
        if result.created or result.updated:
            outbox_add(task_name=EMBED_TASK, kwargs={})
    return result


def match_payload(match: ClaimMatch) -> dict:
    factcheck = match.factcheck
    return {
        "claim_id": match.claim_id,
        "factcheck_id": factcheck.pk,
        "score": match.score,
        "claim_reviewed": factcheck.claim_reviewed,
        "rating": factcheck.rating_text,
        "publisher": factcheck.publisher,
        "url": factcheck.url,
    }


def article_match_factchecks(*, article_id: int) -> list[ClaimMatch]:
    """Match every claim of the article against the stored fact-checks (one batch) and send ``factcheck.matched``
    for each new match scoring at least ``STRONG_MATCH_SCORE``. Call inside the outbox consumer's transaction."""
    claim_ids = list(Claim.objects.filter(article_id=article_id).values_list("id", flat=True))
    created = claims_match_factchecks(claim_ids=claim_ids)
    strong = [
        m
        for m in ClaimMatch.objects.select_related("factcheck").filter(pk__in=[m.pk for m in created])
        if m.score >= STRONG_MATCH_SCORE
    ]
    webhook_emit_many(event_type=FACTCHECK_MATCHED, payloads=[match_payload(m) for m in strong])
    return created


def claim_match_decide(*, match_id: int, decision: str, actor: Actor) -> ClaimMatch:
    """Record a fact-checker's decision on a match ("same" or "different") with a ``match_decided`` event, under
    the claim's row lock. Needs a fact-checker (or editor). Deciding the same again writes nothing. Raises
    ``MatchNotFound``, ``PermissionDeniedError`` or ``ApplicationError``."""
    if decision not in (Decision.SAME, Decision.DIFFERENT):
        raise ApplicationError(f"Unknown decision {decision!r}.", code="invalid_decision")
    if not user_has_role(actor.user, FACT_CHECKER):
        raise PermissionDeniedError("Deciding a match needs the fact-checker role.", code="role_required")
    claim_id = ClaimMatch.objects.filter(pk=match_id).values_list("claim_id", flat=True).first()
    if claim_id is None:
        raise MatchNotFound(f"Match {match_id} not found.")
    with transaction.atomic():
        claim = claim_get_locked(claim_id=claim_id)
        match = ClaimMatch.objects.select_related("factcheck").get(pk=match_id)
        if match.decision == decision:
            return match
        previous = match.decision
        match.decision, match.decided_by, match.decided_at = decision, actor.user, timezone.now()
        match.save(update_fields=["decision", "decided_by", "decided_at", "updated_at"])
        events.match_decided_event(claim=claim, match=match, previous=previous, actor=actor)
    return match


def claim_match_propose_verdict(*, match_id: int, actor: Actor, verdict: str = "", summary: str = "") -> Claim:
    """Propose a verdict on the claim citing a confirmed ("same") match: the fact-check's URL becomes evidence
    (stance from its rating) and the verdict defaults to its rating. One transaction; refusals write nothing."""
    match = ClaimMatch.objects.select_related("factcheck").filter(pk=match_id).first()
    if match is None:
        raise MatchNotFound(f"Match {match_id} not found.")
    if match.decision != Decision.SAME:
        raise ConflictError("Only a match confirmed as the same claim can be cited.", code="match_not_confirmed")
    factcheck = match.factcheck
    if not factcheck.url:
        raise ConflictError("The fact-check has no URL to cite as evidence.", code="factcheck_without_url")
    verdict = verdict or verdict_for_rating(
        text=factcheck.rating_text,
        value=factcheck.rating_value,
        best=factcheck.best_rating,
        worst=factcheck.worst_rating,
    )
    if not verdict:
        raise ApplicationError("The fact-check's rating maps to no verdict; choose one.", code="verdict_required")
    rated = claimreview_rating(verdict)
    stance = (
        Stance.SUPPORTS
        if rated["ratingValue"] >= 4
        else Stance.REFUTES
        if rated["ratingValue"] <= 2
        else Stance.UNCLEAR
    )
    summary = summary.strip() or (
        f"{factcheck.publisher or 'A fact-checker'} rated this claim {factcheck.rating_text or rated['alternateName']}"
        f": {factcheck.url}"
    )
    with transaction.atomic():
        evidence_add(
            claim_id=match.claim_id,
            actor=actor,
            url=factcheck.url,
            stance=stance,
            quote=factcheck.claim_reviewed[:2000],
        )
        return claim_propose_verdict(claim_id=match.claim_id, verdict=verdict, summary=summary, actor=actor)


def claim_published_factcheck(*, claim_id: int) -> None:
    """Our published verdict on the claim joins the fact-check collection (created or updated in place)."""
    claim = Claim.objects.get(pk=claim_id)
    rating = claimreview_rating(claim.verdict)
    factcheck_upsert_from_claim(
        claim_id=claim_id,
        rating_text=rating["alternateName"],
        rating=dict(rating),
        publisher=settings.NEWSROOM_NAME,
        url=claimreview_url(claim),
    )
