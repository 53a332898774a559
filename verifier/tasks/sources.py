"""Source checks: one task per URL check, a beat job that fans due URLs out in batches."""

import random
import uuid

from celery import shared_task
from django.conf import settings
from django.db import OperationalError
from django.utils import timezone

from sources.checks import RetryableStatus, source_check_failed, source_check_fetch
from sources.fetch import FetchError
from sources.models import WatchedUrl
from sources.services import watched_urls_claim_due
from verifier.evidence import source_check_apply
from verifier.outbox import outbox_touch

# Due URLs one beat run leases at most (the rest wait for the next run).
SOURCES_CHECK_DUE_LIMIT = 10_000
# URLs per ``source_check_batch`` message of the beat fan-out (one small message per batch, not per URL).
SOURCES_CHECK_BATCH_SIZE = 100
# Retries of a transient fetch failure (network, 5xx, 429) before a failed snapshot is recorded.
SOURCES_CHECK_MAX_RETRIES = 5


def retry_countdown(retries: int, retry_after: float | None = None) -> float:
    """Exponential backoff with full jitter, bounded below CELERY_MAX_RETRY_DELAY; honours a shorter Retry-After."""
    cap = settings.CELERY_MAX_RETRY_DELAY - 1
    backoff = min(cap, settings.SOURCES_CHECK_RETRY_BASE_SECONDS * 2**retries)
    countdown = backoff / 2 + random.uniform(0, backoff / 2)
    if retry_after is not None:
        countdown = max(countdown, min(retry_after, cap))
    return min(countdown, cap)


@shared_task(bind=True, max_retries=None, acks_late=True)
def source_check(self, url_id: int, check_run: str, outbox_id: int | None = None) -> str:  # type: ignore[no-untyped-def]
    """Fetch, snapshot and archive one watched URL and carry out its source-check rule (outbox consumer, or sent by
    the beat fan-out without an outbox row).

    Connection errors, timeouts, 5xx and 429 are retried with backoff and jitter up to SOURCES_CHECK_MAX_RETRIES,
    then recorded as a failed snapshot; the outbox row stays open meanwhile. Refused URLs and other 4xx are recorded
    at once, never retried. A redelivered message for a recorded check run (or a done outbox row) fetches nothing
    and writes nothing but the row's done mark; so does a check of a URL deleted since.
    """
    try:
        outcome = source_check_fetch(url_id=url_id, check_run=check_run)
    except WatchedUrl.DoesNotExist:
        source_check_apply(outcome=None, outbox_id=outbox_id)
        return "gone"
    except (FetchError, RetryableStatus) as exc:
        # Eager (the embedded default) has no broker to hold a delayed retry: record at once; beat re-checks later.
        if self.request.retries >= SOURCES_CHECK_MAX_RETRIES or self.request.is_eager:
            error = f"gave up after {self.request.retries} retries: {exc}"
            outcome = source_check_failed(url_id=url_id, check_run=check_run, error=error)
        else:
            retry_after = exc.retry_after if isinstance(exc, RetryableStatus) else None
            outbox_touch(outbox_id=outbox_id)
            raise self.retry(exc=exc, countdown=retry_countdown(self.request.retries, retry_after)) from exc
    try:
        result = source_check_apply(outcome=outcome, outbox_id=outbox_id)
    except OperationalError as exc:
        outbox_touch(outbox_id=outbox_id)
        raise self.retry(exc=exc, countdown=retry_countdown(self.request.retries)) from exc
    return "duplicate" if result is None or result.duplicate else result.state


@shared_task(acks_late=True)
def source_check_batch(url_ids: list[int], check_run: str) -> int:
    """Enqueue one ``source_check`` per id (one beat batch). The check run id comes from the beat tick, so a
    redelivered batch enqueues checks that are no-ops for URLs already checked in this run."""
    for url_id in url_ids:
        source_check.delay(url_id, check_run)
    return len(url_ids)


@shared_task(acks_late=True)
def source_checks_due() -> int:
    """Beat job: lease the URLs whose next check is due and fan them out in batches of SOURCES_CHECK_BATCH_SIZE."""
    check_run = f"beat-{timezone.now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    url_ids = watched_urls_claim_due(now=timezone.now(), limit=SOURCES_CHECK_DUE_LIMIT)
    for start in range(0, len(url_ids), SOURCES_CHECK_BATCH_SIZE):
        source_check_batch.delay(url_ids[start : start + SOURCES_CHECK_BATCH_SIZE], check_run)
    return len(url_ids)
