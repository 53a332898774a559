from collections.abc import Sequence
from typing import Any

from celery import current_app, shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_init
from django.db import OperationalError

from claims.extraction.nlp import get_nlp
from claims.services import article_mark_failed
from verifier.actors import Actor
from verifier.articles import article_record_failure, articles_process
from verifier.outbox import outbox_consume

ACTOR = Actor.job("process_article")

# A transient database error (a lost connection, a lock timeout) retries with backoff; after five the batch's
# articles are recorded failed (``_extract``).
RETRY_ON_DATABASE_ERRORS: dict[str, Any] = {
    "autoretry_for": (OperationalError,),
    "retry_backoff": 5,
    "retry_backoff_max": 300,
    "retry_jitter": True,
    "max_retries": 5,
}


@worker_init.connect
def _load_model(sender: Any = None, **_: object) -> None:
    """A worker consuming the extraction queue loads the spaCy model once, in its main process before the pool
    starts: every pool process is forked with the model in memory (shared pages, not a copy each) and reuses it
    for every task, and a pool process replaced after a crash or ``max_tasks_per_child`` starts with it too."""
    app = sender.app if sender is not None else current_app
    consumed = app.amqp.queues.consume_from or {}
    extraction = app.amqp.router.route({}, process_articles.name)["queue"].name
    if extraction in consumed:
        get_nlp()


def _extract(task, article_ids: Sequence[int], outbox_id: int | None) -> int:  # type: ignore[no-untyped-def]
    """Run ``articles_process`` over ``article_ids`` in the outbox consumer's transaction; returns the claims made.

    A failed extraction is a recorded failure, never a stuck article: any error but a transient database one marks
    that article ``failed`` (the others of the batch go on) and the message is done. A database
    ``OperationalError`` is retried and marks the batch's articles failed once the retries are used up; the soft
    time limit marks them failed at once (the batch's writes were rolled back).
    """
    try:
        with outbox_consume(outbox_id=outbox_id) as run:
            if not run.fresh:
                return 0
            outcomes = articles_process(
                article_ids=article_ids, actor=ACTOR, reraise=(OperationalError, SoftTimeLimitExceeded)
            )
    except SoftTimeLimitExceeded:
        for article_id in article_ids:
            article_mark_failed(article_id=article_id, error="Extraction exceeded its time limit.")
        raise
    except OperationalError as exc:
        if task.request.retries >= task.max_retries:
            for article_id in article_ids:
                article_record_failure(article_id=article_id, error=exc)
        raise
    return sum(outcome.claims for outcome in outcomes)


@shared_task(bind=True, **RETRY_ON_DATABASE_ERRORS)
def process_article(self, article_id: int, outbox_id: int | None = None) -> int:  # type: ignore[no-untyped-def]
    """Extract claims from one ingested article and triage them (outbox consumer). Safe to run twice."""
    return _extract(self, [article_id], outbox_id)


@shared_task(bind=True, **RETRY_ON_DATABASE_ERRORS)
def process_articles(self, article_ids: list[int], outbox_id: int | None = None) -> int:  # type: ignore[no-untyped-def]
    """Extract a batch of a bulk submission's articles, parsed together (outbox consumer). Safe to run twice."""
    return _extract(self, article_ids, outbox_id)
