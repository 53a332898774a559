"""Named queues: extraction and webhook jobs are routed to their own queues (``CELERY_TASK_ROUTES``), so two workers
on different queues of one Redis each run only their own jobs."""

import pytest
from django.conf import settings

from claims.extraction.text import parse_plain_text
from claims.models import Article, IngestStatus
from tests.conftest import ARTIFACTS
from tests.worker import WorkerProcess, routed_to, run_queues, wait_for
from verifier.actors import Actor
from verifier.articles import article_submit
from verifier.models import DeliveryState, WebhookDelivery
from verifier.webhooks import webhook_subscription_create

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.worker]

TEXT = (
    "Porto Lino, 3 May 2025. The port authority said 40 containers fell into the harbour during the storm on "
    "Friday. Dock workers accused the operator of ignoring the wind warnings."
)


def _worker(queue: str, work: str) -> WorkerProcess:
    log_path = ARTIFACTS / "logs" / f"queues-{work}.log"
    log_path.unlink(missing_ok=True)
    return WorkerProcess(
        queue=queue,
        consume=[f"{queue}.{work}"],
        name=f"{queue}-{work}",
        broker_url=settings.CELERY_BROKER_URL,
        log_path=log_path,
    )


@pytest.fixture
def queue(redis_client):  # type: ignore[no-untyped-def]
    """Queues of their own (the session's shared worker consumes the run's), emptied before and after."""
    name = f"{settings.CELERY_TASK_DEFAULT_QUEUE}-queues"
    with routed_to(name) as queues:
        redis_client.delete(*queues)
        yield name
        redis_client.delete(*queues)


def test_two_workers_on_two_queues_each_run_only_the_jobs_of_their_queue(redis_client, queue):
    # A loopback URL the fetch guard refuses without any network: the delivery gives up at once.
    webhook_subscription_create(url="http://127.0.0.1:9/hook", event_types=["claim.created"], actor_user=None)

    # Given no worker yet, the article's extraction job waits on the extraction queue and nowhere else.
    result = article_submit(parsed=parse_plain_text(TEXT), actor=Actor.job("test"))
    assert {name: redis_client.llen(name) for name in run_queues(queue)} == {
        queue: 0,
        f"{queue}.extraction": 1,
        f"{queue}.sources": 0,
        f"{queue}.webhooks": 0,
        f"{queue}.matching": 0,
    }

    extraction, webhooks = _worker(queue, "extraction"), _worker(queue, "webhooks")
    with extraction, webhooks:
        wait_for(
            lambda: Article.objects.filter(pk=result.article.pk, ingest_status=IngestStatus.DONE).exists(),
            timeout=120,
            message="the extraction worker to extract the article",
        )
        claims = result.article.claims.count()
        assert claims >= 2
        wait_for(
            lambda: WebhookDelivery.objects.filter(state=DeliveryState.GAVE_UP).count() == claims,
            timeout=60,
            message="the webhook worker to run every claim.created delivery",
        )
        assert set(WebhookDelivery.objects.values_list("event_type", "state", "attempts")) == {
            ("claim.created", DeliveryState.GAVE_UP, 1)
        }

    # The article's fact-check matching job, sent by the extraction, waits on the matching queue (no worker here).
    assert {name: redis_client.llen(name) for name in run_queues(queue)} == {
        queue: 0,
        f"{queue}.extraction": 0,
        f"{queue}.sources": 0,
        f"{queue}.webhooks": 0,
        f"{queue}.matching": 1,
    }
    assert "verifier.tasks.articles.process_article[" in extraction.log()
    assert "verifier.tasks.webhooks.deliver_webhook[" not in extraction.log()
    assert webhooks.log().count("verifier.tasks.webhooks.deliver_webhook[") >= claims
    assert "verifier.tasks.articles.process_article[" not in webhooks.log()
