"""Workflow writes: submitting articles for processing and moving claims through their statuses."""

import logging
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from claims.extraction.text import ParsedArticle
from claims.models import ArticleFormat, Claim, Status, Verdict
from claims.services import ArticleCreated, article_create, article_extract_claims
from config.errors import ConflictError, PreconditionFailed
from verifier import events
from verifier.actors import Actor
from verifier.transitions import allowed_targets

logger = logging.getLogger(__name__)


def claim_qs_select_for_update():  # type: ignore[no-untyped-def]
    """Claims locked FOR UPDATE; use inside a transaction."""
    return Claim.objects.select_for_update()


def article_submit(
    *,
    parsed: ParsedArticle,
    actor: Actor,
    source_format: str = ArticleFormat.TEXT,
    published_at: datetime | None = None,
) -> ArticleCreated:
    """Store an article and schedule its extraction once the transaction commits.

    A re-submitted identical text returns the existing article and schedules nothing.
    """
    from verifier.tasks.articles import process_article

    with transaction.atomic():
        result = article_create(
            parsed=parsed, source_format=source_format, submitted_by=actor.user, published_at=published_at
        )
        if result.created:
            process_article.delay_on_commit(result.article.pk)  # type: ignore[attr-defined]
    return result


def article_process(*, article_id: int, actor: Actor) -> list[Claim]:
    """Extract the article's claims and write one ``created`` event per claim, in one transaction.

    Idempotent: a second run on a processed article creates nothing.
    """
    with transaction.atomic():
        claims = article_extract_claims(article_id=article_id)
        events.claims_created_events(claims=claims, actor=actor)
    logger.info("article %s: %d claims extracted", article_id, len(claims))
    return claims


def claim_transition(
    *,
    claim_id: int,
    to_status: str,
    actor: Actor,
    reason: str = "",
    expected_version: int | None = None,
    verdict: str | None = None,
) -> Claim:
    """Move a claim to ``to_status`` (optionally setting its verdict) under a row lock; write one event.

    Raises ``PreconditionFailed`` when ``expected_version`` is given and stale, ``ConflictError`` when the table
    in ``verifier.transitions`` does not allow the move.
    """
    with transaction.atomic():
        claim = claim_qs_select_for_update().get(pk=claim_id)
        if expected_version is not None and claim.version != expected_version:
            raise PreconditionFailed(
                f"Claim {claim_id} is at version {claim.version}, not {expected_version}.",
                extra={"version": claim.version},
            )
        if to_status not in allowed_targets(claim.status):
            raise ConflictError(
                f"Claim {claim_id} cannot move from {claim.status} to {to_status}.",
                code="transition_not_allowed",
                extra={"status": claim.status, "allowed": sorted(allowed_targets(claim.status))},
            )
        from_status, from_verdict = claim.status, claim.verdict
        now = timezone.now()
        claim.status = to_status
        if verdict is not None:
            claim.verdict = Verdict(verdict)
            claim.verdict_at = now
        if to_status == Status.PUBLISHED:
            claim.published_at = now
        if claim.first_reviewed_at is None and to_status == Status.IN_REVIEW:
            claim.first_reviewed_at = now
        claim.version += 1
        claim.save()
        events.claim_transition_event(
            claim=claim, actor=actor, from_status=from_status, from_verdict=from_verdict, reason=reason
        )
    return claim
