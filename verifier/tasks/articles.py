from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import OperationalError

from claims.services import article_mark_failed
from verifier.actors import Actor
from verifier.articles import article_process, article_record_failure
from verifier.outbox import outbox_consume


@shared_task(
    bind=True,
    autoretry_for=(OperationalError,),
    retry_backoff=5,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=5,
)
def process_article(self, article_id: int, outbox_id: int | None = None) -> int:  # type: ignore[no-untyped-def]
    """Extract claims from an ingested article (outbox consumer). Safe to run twice: the second run finds it done.

    A failed extraction is a recorded failure, never a stuck article: any error but a transient database one marks
    the article ``failed`` (``article_record_failure``) and the outbox message done in one transaction, and the
    task returns 0; rerunning it would fail the same way. A database ``OperationalError`` is retried and marks the
    article failed once the retries are used up; the soft time limit marks it failed at once.
    """
    try:
        with outbox_consume(outbox_id=outbox_id) as run:
            if not run.fresh:
                return 0
            try:
                # article_process's own transaction is a savepoint here: a failure rolls back only its writes.
                claims = article_process(article_id=article_id, actor=Actor.job("process_article"))
            except (OperationalError, SoftTimeLimitExceeded):
                raise
            except Exception as exc:  # noqa: BLE001 - any other failure is recorded on the article, not left pending
                article_record_failure(article_id=article_id, error=exc)
                return 0
    except SoftTimeLimitExceeded:
        article_mark_failed(article_id=article_id, error="Extraction exceeded its time limit.")
        raise
    except OperationalError as exc:
        if self.request.retries >= self.max_retries:
            article_record_failure(article_id=article_id, error=exc)
        raise
    return len(claims)
