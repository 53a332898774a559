"""GET /metrics: refused without the token, and the counters and scrape-time gauges it exposes."""

import pytest
from django.conf import settings
from django.test import Client
from prometheus_client.parser import text_string_to_metric_families

from claims.extraction.text import parse_plain_text
from claims.models import Claim
from tests.worker import routed_to
from verifier.actors import Actor
from verifier.articles import article_submit
from verifier.models import OutboxMessage, OutboxState

TOKEN = "metrics-test-token-0123456789"
TEXT = (
    "Orvik, 12 June 2025. The health ministry said 14 people were injured when the bridge collapsed on Monday. "
    "Residents accused the council of ignoring cracks reported last year."
)


def samples(client: Client) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=")
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.content.decode())
        for sample in family.samples
    }


@pytest.fixture
def metrics_on(settings):  # type: ignore[no-untyped-def]
    settings.METRICS_TOKEN = TOKEN


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers",
    [{}, {"HTTP_AUTHORIZATION": "Bearer wrong"}, {"HTTP_AUTHORIZATION": TOKEN}, {"HTTP_AUTHORIZATION": "Basic x"}],
)
def test_metrics_refuse_a_caller_without_the_token(client, metrics_on, headers):
    response = client.get("/metrics", **headers)

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="metrics"'
    assert response.json() == {
        "type": "about:blank",
        "title": "Unauthorized",
        "status": 401,
        "detail": "Send Authorization: Bearer <METRICS_TOKEN>.",
    }


@pytest.mark.django_db
def test_metrics_are_off_without_a_token(client, settings):
    settings.METRICS_TOKEN = ""

    response = client.get("/metrics", HTTP_AUTHORIZATION="Bearer ")

    assert response.status_code == 404
    assert response.json()["detail"] == "Metrics are not enabled."


@pytest.mark.django_db(transaction=True)
def test_metrics_count_ingested_articles_claims_tasks_requests_and_the_outbox_backlog(client, metrics_on):
    before = samples(client)

    article_submit(parsed=parse_plain_text(TEXT), actor=Actor.job("test"))  # extracted eagerly after commit
    OutboxMessage.objects.create(task_name="verifier.tasks.outbox.sweep_outbox", kwargs={})
    client.get("/healthz")
    after = samples(client)

    def delta(name: str, **labels: str) -> float:
        key = (name, tuple(sorted(labels.items())))
        return after.get(key, 0.0) - before.get(key, 0.0)

    claims = Claim.objects.count()
    assert claims >= 2
    assert delta("claimcheck_articles_ingested_total", status="done") == 1
    assert delta("claimcheck_articles_ingested_total", status="failed") == 0
    assert delta("claimcheck_claims_ingested_total") == claims
    task = "verifier.tasks.articles.process_article"
    assert delta("claimcheck_task_duration_seconds_count", task=task, state="SUCCESS") == 1
    assert delta("claimcheck_http_request_duration_seconds_count", method="GET", route="healthz", status="200") == 1
    # Read from the database at the scrape: the one article, and the one outbox row not done.
    assert after[("claimcheck_articles", (("status", "done"),))] == 1
    assert after[("claimcheck_outbox_backlog", (("state", OutboxState.PENDING),))] == 1
    assert after[("claimcheck_outbox_backlog", (("state", OutboxState.PUBLISHED),))] == 0
    assert after[("claimcheck_outbox_oldest_seconds", ())] >= 0


@pytest.mark.django_db(transaction=True)
@pytest.mark.worker
def test_metrics_show_the_depth_of_each_queue(client, metrics_on, redis_client):
    # Queues of the test's own, which the session's shared worker does not consume.
    with routed_to(f"{settings.CELERY_TASK_DEFAULT_QUEUE}-depth") as queues:
        redis_client.delete(*queues)
        try:
            article_submit(parsed=parse_plain_text(TEXT), actor=Actor.job("test"))
            depth = {
                dict(labels)["queue"]: value
                for (name, labels), value in samples(client).items()
                if name == "claimcheck_queue_depth" and dict(labels)["queue"] in queues
            }
        finally:
            redis_client.delete(*queues)
    # The default queue is the run's own (not routed): only the four work queues are the test's.
    assert depth == {queues[1]: 1, queues[2]: 0, queues[3]: 0, queues[4]: 0}
