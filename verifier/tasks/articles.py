from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import OperationalError

from claims.services import article_mark_failed
from verifier.actors import Actor
from verifier.articles import article_process
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
    """Extract claims from an ingested article (outbox consumer). Safe to run twice: the second run finds it done."""
    try:
        with outbox_consume(outbox_id=outbox_id) as run:
            if not run.fresh:
                return 0
            claims = article_process(article_id=article_id, actor=Actor.job("process_article"))
    except SoftTimeLimitExceeded:
        article_mark_failed(article_id=article_id, error="Extraction exceeded its time limit.")
        raise
    return len(claims)
