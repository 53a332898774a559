from collections.abc import Sequence

from celery import current_app, shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_process_init
from django.db import OperationalError

from claims.extraction.nlp import get_nlp
from claims.services import article_mark_failed
from verifier.actors import Actor
from verifier.articles import article_record_failure, articles_process
from verifier.outbox import outbox_consume

ACTOR = Actor.job("process_article")


@worker_process_init.connect
def _load_model(**_: object) -> None:
    """Load the spaCy model when a pool process of a worker consuming the extraction queue starts, not in its first
    task: every task of the process reuses it (``get_nlp`` caches it per process). Workers of other queues never
    load it."""
    consumed = current_app.amqp.queues.consume_from
    extraction = current_app.amqp.router.route({}, process_articles.name)["queue"].name
    if not consumed or extraction in consumed:
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


@shared_task(
    bind=True,
    autoretry_for=(OperationalError,),
    retry_backoff=5,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=5,
)
def process_article(self, article_id: int, outbox_id: int | None = None) -> int:  # type: ignore[no-untyped-def]
    """Extract claims from one ingested article and triage them (outbox consumer). Safe to run twice."""
    return _extract(self, [article_id], outbox_id)


@shared_task(
    bind=True,
    autoretry_for=(OperationalError,),
    retry_backoff=5,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=5,
)
def process_articles(self, article_ids: list[int], outbox_id: int | None = None) -> int:  # type: ignore[no-untyped-def]
    """Extract a batch of a bulk submission's articles, parsed together (outbox consumer). Safe to run twice."""
    return _extract(self, article_ids, outbox_id)
