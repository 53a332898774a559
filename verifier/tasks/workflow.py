"""Outbox consumers of the workflow: triage of a new claim, follow-ups of a transition."""

import logging

from celery import shared_task
from django.db import OperationalError

from config.errors import ConflictError
from verifier.actors import Actor
from verifier.followups import claim_followups as claim_followups_service
from verifier.outbox import outbox_consume
from verifier.triage import claim_triage

logger = logging.getLogger(__name__)


@shared_task(bind=True, autoretry_for=(OperationalError,), retry_backoff=2, retry_backoff_max=60, max_retries=5)
def triage_claim(self, claim_id: int, outbox_id: int | None = None) -> str:  # type: ignore[no-untyped-def]
    """Triage one new claim. A claim someone already triaged is left alone."""
    logger.info("triage claim %s (outbox %s): started", claim_id, outbox_id)
    with outbox_consume(outbox_id=outbox_id) as run:
        if not run.fresh:
            return "redelivery"
        try:
            claim = claim_triage(claim_id=claim_id, actor=Actor.job("triage"))
        except ConflictError as exc:
            logger.info("triage claim %s: %s", claim_id, exc.message)
            return "skipped"
    return claim.status


@shared_task(bind=True, autoretry_for=(OperationalError,), retry_backoff=2, retry_backoff_max=60, max_retries=5)
def claim_followups(self, claim_id: int, event_id: int, outbox_id: int | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """Review-task sync and webhooks after one transition."""
    with outbox_consume(outbox_id=outbox_id) as run:
        if not run.fresh:
            return []
        return claim_followups_service(claim_id=claim_id, event_id=event_id)
