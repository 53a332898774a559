"""Outbox consumer: match one article's claims against the published fact-checks."""

import logging

from celery import shared_task
from django.db import OperationalError

from factchecks.services import factchecks_embed_pending
from verifier.factcheck_matches import article_match_factchecks
from verifier.outbox import outbox_consume

logger = logging.getLogger(__name__)


@shared_task(bind=True, autoretry_for=(OperationalError,), retry_backoff=5, retry_backoff_max=300, max_retries=5)
def match_article_factchecks(self, article_id: int, outbox_id: int | None = None) -> int:  # type: ignore[no-untyped-def]
    """Rank the stored fact-checks for every claim of the article and keep the top matches. Safe to run twice:
    the second run updates scores in place and creates nothing."""
    with outbox_consume(outbox_id=outbox_id) as run:
        if not run.fresh:
            return 0
        created = article_match_factchecks(article_id=article_id)
    logger.info("article %s: %d fact-check matches", article_id, len(created))
    return len(created)


@shared_task(bind=True, autoretry_for=(OperationalError,), retry_backoff=5, retry_backoff_max=300, max_retries=5)
def embed_factchecks(self, outbox_id: int | None = None) -> int:  # type: ignore[no-untyped-def]
    """Compute the vectors of fact-checks that have none (after an import). Safe to run twice: the second run
    finds nothing pending."""
    with outbox_consume(outbox_id=outbox_id) as run:
        if not run.fresh:
            return 0
    return factchecks_embed_pending()
