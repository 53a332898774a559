"""Transactional outbox: follow-up jobs written in the same transaction as the change that needs them.

- ``outbox_add``/``outbox_add_many`` (inside the change's transaction) store the job as an ``OutboxMessage`` row and
  ask for a relay once the transaction commits. A rolled-back change leaves neither row nor message.
- ``outbox_relay`` publishes pending rows to Celery (state ``published``). When the broker is down the rows go back
  to ``pending``; nothing is lost.
- ``outbox_sweep`` (a beat job) re-publishes rows stuck ``pending`` or ``published`` for longer than the thresholds:
  a relay that failed, a message lost with the broker's memory, a worker that died.
- ``outbox_consume`` wraps the consuming task: it locks the row, skips it when already ``done``, and marks it
  ``done`` in the same transaction as the job's effect, so a redelivered or re-published message is harmless.
  A consumer that will run again by its own retry (a webhook receiver answering 503, a source answering 429)
  keeps the row open instead (``OutboxRun.retry_later``, or ``outbox_touch`` outside the block): the row stays
  ``published`` with a fresh ``published_at``, so the sweeper re-publishes it only if that retry is lost.

Rows name their consumer task as a string and the relay sends by name through the Celery app, so the services that
write rows never import task modules. Consumer tasks take ``outbox_id`` as a keyword argument; the relay adds it to
the stored kwargs. Every consumer is idempotent (dedupe on the outbox row and on the job's natural key).
"""

import logging
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from kombu.exceptions import KombuError
from redis.exceptions import RedisError

from config.celery import app
from verifier.models import OutboxMessage, OutboxState

logger = logging.getLogger(__name__)

OUTBOX_BATCH_SIZE = 500
# The sweeper re-publishes rows pending this long (seconds): their after-commit relay failed (broker down).
WORKFLOW_OUTBOX_PENDING_STUCK_SECONDS = 30
# ... and rows published this long (lost message, dead worker); above CELERY_MAX_RETRY_DELAY: no retry is doubled.
WORKFLOW_OUTBOX_PUBLISHED_STUCK_SECONDS = 900
# Seconds the relay (right after a commit, often in a request) waits for an unreachable broker; then the sweeper.
WORKFLOW_OUTBOX_CONNECT_TIMEOUT = 2.0
# What a publish raises when the broker cannot take the message.
BROKER_ERRORS: tuple[type[BaseException], ...] = (KombuError, RedisError, OSError)


@dataclass
class RelayResult:
    published: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)


def outbox_add(*, task_name: str, kwargs: dict[str, Any]) -> OutboxMessage:
    """Store one follow-up job; it is published after the surrounding transaction commits.

    Call inside the transaction that makes the change. ``kwargs`` must be JSON-serialisable ids.
    """
    return outbox_add_many(messages=[(task_name, kwargs)])[0]


def outbox_add_many(*, messages: Sequence[tuple[str, dict[str, Any]]]) -> list[OutboxMessage]:
    """Store several follow-up jobs at once (one INSERT per batch) and relay them all after commit."""
    rows = OutboxMessage.objects.bulk_create(
        [OutboxMessage(task_name=task_name, kwargs=kwargs) for task_name, kwargs in messages],
        batch_size=OUTBOX_BATCH_SIZE,
    )
    ids = [row.pk for row in rows]
    # One relay per OUTBOX_BATCH_SIZE rows (the most one relay claims), so a large batch is published at once too.
    for start in range(0, len(ids), OUTBOX_BATCH_SIZE):
        chunk = ids[start : start + OUTBOX_BATCH_SIZE]
        transaction.on_commit(lambda chunk=chunk: outbox_relay(message_ids=chunk))  # type: ignore[misc]
    return rows


def _publish(message: OutboxMessage, *, connection: Any) -> None:
    if message.task_name not in app.tasks:
        app.loader.import_default_modules()  # outside a worker, task modules are imported on first use
    task = app.tasks[message.task_name]
    # No publish retries here: a failed publish leaves the row for the sweeper instead of blocking the caller.
    task.apply_async(  # type: ignore[call-arg]  # celery-types lacks ``connection``; Celery accepts it
        kwargs={**message.kwargs, "outbox_id": message.pk}, retry=False, connection=connection
    )


def _relay_connection() -> Any:
    """A broker connection that fails fast (no reconnect loop): the relay runs right after a commit, often in a
    web request, and the sweeper retries whatever it could not publish."""

    return app.connection_for_write(
        transport_options={"max_retries": 0}, connect_timeout=WORKFLOW_OUTBOX_CONNECT_TIMEOUT
    )


def outbox_relay(
    *,
    message_ids: Sequence[int] | None = None,
    pending_before: datetime | None = None,
    published_before: datetime | None = None,
    limit: int = OUTBOX_BATCH_SIZE,
) -> RelayResult:
    """Publish outbox rows: the pending rows among ``message_ids``, or (sweep) the rows pending since before
    ``pending_before`` and published since before ``published_before``.

    Rows are claimed with ``SKIP LOCKED`` (a consumer working on a row holds its lock) and marked ``published``
    before the publish; rows the broker refused go back to ``pending``.
    """
    if message_ids is not None:
        condition = Q(pk__in=list(message_ids), state=OutboxState.PENDING)
    else:
        condition = Q(pk__in=[])
        if pending_before is not None:
            condition |= Q(state=OutboxState.PENDING, created_at__lt=pending_before)
        if published_before is not None:
            condition |= Q(state=OutboxState.PUBLISHED, published_at__lt=published_before)
    now = timezone.now()
    with transaction.atomic():
        rows = list(OutboxMessage.objects.select_for_update(skip_locked=True).filter(condition).order_by("id")[:limit])
        OutboxMessage.objects.filter(pk__in=[row.pk for row in rows]).update(
            state=OutboxState.PUBLISHED, published_at=now, attempts=F("attempts") + 1
        )
    result = RelayResult()
    if not rows:
        return result
    with _relay_connection() as connection:
        for index, row in enumerate(rows):
            try:
                _publish(row, connection=connection)
            except BROKER_ERRORS as exc:
                result.failed = [r.pk for r in rows[index:]]
                logger.warning(
                    "outbox relay: broker refused message %s (%s); %d left pending", row.pk, exc, len(rows) - index
                )
                break
            result.published.append(row.pk)
    if result.failed:
        OutboxMessage.objects.filter(pk__in=result.failed, state=OutboxState.PUBLISHED).update(
            state=OutboxState.PENDING, published_at=None
        )
    return result


def outbox_sweep(
    *, pending_after: timedelta | None = None, published_after: timedelta | None = None, now: datetime | None = None
) -> RelayResult:
    """Re-publish rows stuck ``pending`` longer than ``pending_after`` or ``published`` longer than
    ``published_after`` (defaults: ``WORKFLOW_OUTBOX_PENDING_STUCK_SECONDS``/``..._PUBLISHED_STUCK_SECONDS``).
    """
    now = now or timezone.now()
    if pending_after is None:
        pending_after = timedelta(seconds=WORKFLOW_OUTBOX_PENDING_STUCK_SECONDS)
    if published_after is None:
        published_after = timedelta(seconds=WORKFLOW_OUTBOX_PUBLISHED_STUCK_SECONDS)
    total = RelayResult()
    while True:
        result = outbox_relay(pending_before=now - pending_after, published_before=now - published_after)
        total.published += result.published
        total.failed += result.failed
        if result.failed or len(result.published) < OUTBOX_BATCH_SIZE:
            break
    if total.published or total.failed:
        logger.info("outbox sweep: %d re-published, %d left pending", len(total.published), len(total.failed))
    return total


def outbox_touch(*, outbox_id: int | None) -> None:
    """Keep an open row open: the consumer scheduled its own retry. ``published_at`` moves to now, so the sweeper
    (``WORKFLOW_OUTBOX_PUBLISHED_STUCK_SECONDS``, longer than any retry countdown) leaves the row alone while the
    retry is on its way and re-publishes it only if the retry is lost. No-op for ``None`` or a done row."""
    if outbox_id is None:
        return
    OutboxMessage.objects.filter(pk=outbox_id).exclude(state=OutboxState.DONE).update(
        state=OutboxState.PUBLISHED, published_at=timezone.now()
    )


@dataclass
class OutboxRun:
    """One consumer run (``outbox_consume``). ``fresh`` is False for a redelivery of a done row: do nothing."""

    outbox_id: int | None
    fresh: bool
    finished: bool = True

    def retry_later(self) -> None:
        """Commit what the run wrote but leave the row open: the consumer retries on its own (see ``outbox_touch``)."""
        self.finished = False


def _fault_injection_pause(outbox_id: int) -> None:
    delay = settings.WORKFLOW_FAULT_INJECTION_DELAY
    if delay > 0:
        logger.warning(
            "outbox message %s: effect applied, pausing %.2fs before commit (pid %s)", outbox_id, delay, os.getpid()
        )
        time.sleep(delay)


@contextmanager
def outbox_consume(*, outbox_id: int | None) -> Iterator[OutboxRun]:
    """Run a consumer's effect in one transaction with marking its outbox row ``done``.

    Yields an ``OutboxRun`` whose ``fresh`` is ``False`` (do nothing) when the row is already done or gone: the
    message was a redelivery. With ``outbox_id=None`` (a direct call, not from the outbox) it just opens the
    transaction and yields a fresh run. The row stays locked until commit, so two deliveries of one message
    serialise. A run that called ``retry_later()`` commits its writes and leaves the row open.
    """
    with transaction.atomic():
        if outbox_id is None:
            yield OutboxRun(outbox_id=None, fresh=True)
            return
        message = OutboxMessage.objects.select_for_update().filter(pk=outbox_id).first()
        if message is None or message.state == OutboxState.DONE:
            logger.info("outbox message %s: already done, skipped", outbox_id)
            yield OutboxRun(outbox_id=outbox_id, fresh=False)
            return
        run = OutboxRun(outbox_id=outbox_id, fresh=True)
        yield run
        _fault_injection_pause(outbox_id)
        if not run.finished:
            outbox_touch(outbox_id=outbox_id)
            transaction.on_commit(lambda: logger.info("outbox message %s: retry scheduled", outbox_id))
            return
        message.state = OutboxState.DONE
        message.done_at = timezone.now()
        message.save(update_fields=["state", "done_at"])
        transaction.on_commit(lambda: logger.info("outbox message %s: done", outbox_id))
