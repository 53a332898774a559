"""Article writes of the workflow: storing a submitted article with its extraction job, the extraction itself, and
recording an extraction that failed.

Callers that start from raw input (text, HTML, a URL) go through ``verifier.intake.article_intake``.
"""

import logging
from datetime import datetime

from django.db import transaction

from claims.extraction.text import ParsedArticle
from claims.models import ArticleFormat, Claim
from claims.services import ArticleCreated, article_create, article_extract_claims, article_mark_failed
from sources.services import claim_sources_link
from verifier import events
from verifier.actors import Actor
from verifier.outbox import outbox_add, outbox_add_many
from verifier.triage import TRIAGE_TASK
from verifier.webhooks import claims_created_webhooks

logger = logging.getLogger(__name__)

# Outbox consumer that extracts a stored article's claims.
PROCESS_ARTICLE_TASK = "verifier.tasks.articles.process_article"
# The outbox consumer matching an article's claims against published fact-checks (verifier.factcheck_matches).
MATCH_TASK = "verifier.tasks.matching.match_article_factchecks"


def article_submit(
    *,
    parsed: ParsedArticle,
    actor: Actor,
    source_format: str = ArticleFormat.TEXT,
    published_at: datetime | None = None,
) -> ArticleCreated:
    """Store an article and, in the same transaction, its extraction job (outbox; published after commit).

    A re-submitted identical text returns the existing article and schedules nothing.
    """
    with transaction.atomic():
        result = article_create(
            parsed=parsed, source_format=source_format, submitted_by=actor.user, published_at=published_at
        )
        if result.created:
            outbox_add(task_name=PROCESS_ARTICLE_TASK, kwargs={"article_id": result.article.pk})
    return result


def article_process(*, article_id: int, actor: Actor) -> list[Claim]:
    """Extract the article's claims, write one ``created`` event per claim, link their sources, and store one triage
    job per claim and one fact-check matching job for the article (outbox) and the ``claim.created`` webhooks, all
    in one transaction.

    Idempotent: a second run on a processed article creates nothing.
    """
    with transaction.atomic():
        claims = article_extract_claims(article_id=article_id)
        events.claims_created_events(claims=claims, actor=actor)
        claim_sources_link(claims=claims)
        messages = [(TRIAGE_TASK, {"claim_id": claim.pk}) for claim in claims]
        if claims:  # matching against published fact-checks: one batched job per article, apart from extraction
            messages.append((MATCH_TASK, {"article_id": article_id}))
        outbox_add_many(messages=messages)
        claims_created_webhooks(claims=claims)
    logger.info("article %s: %d claims extracted", article_id, len(claims))
    return claims


def article_record_failure(*, article_id: int, error: Exception) -> None:
    """Mark the article ``failed`` with a readable reason (the exception's class and message, no traceback) and log
    it at ERROR with the traceback. Articles have no event stream of their own, so the log is the audit record.

    Call after the failed extraction's writes were rolled back; other articles are untouched.
    """
    reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    article_mark_failed(article_id=article_id, error=reason)
    logger.error("article %s: extraction failed: %s", article_id, reason, exc_info=error)
