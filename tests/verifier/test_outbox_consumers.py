"""Webhook deliveries and evidence (source) checks go through the transactional outbox: the rows written with the
change, the jobs run after commit (eagerly here), redeliveries and re-publishes harmless, retries keep the row open."""

from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from claims.models import Status
from config.celery import app
from config.errors import ApplicationError
from sources.models import Evidence, Snapshot, WatchedUrl
from tests.factories import ClaimFactory
from tests.sources import http_server
from tests.sources.http_server import article_html
from verifier.actors import Actor
from verifier.evidence import SOURCE_CHECK_TASK, evidence_add
from verifier.models import OutboxMessage, VerificationEvent, WebhookDelivery, WebhookSubscription
from verifier.outbox import outbox_sweep, outbox_touch
from verifier.tasks.sources import source_check
from verifier.tasks.webhooks import deliver_webhook
from verifier.webhooks import DELIVER_TASK, webhook_emit, webhook_emit_many, webhook_replay

pytestmark = pytest.mark.django_db(transaction=True)

PAGE = ["The regional council confirmed on Tuesday that 12 civilians were killed in the strike on the market."]


class Boom(Exception):
    pass


@pytest.fixture
def server(settings) -> Iterator[http_server.TestHTTPServer]:  # type: ignore[no-untyped-def]
    """A loopback server for pages (GET /page/<name>) and webhook receivers (POST /page/hook)."""
    http = http_server.TestHTTPServer().start()
    settings.SOURCES_FETCH_TEST_LOOPBACK_PORTS = [http.port]
    http.pages["hook"] = "ok"
    yield http
    http.stop()


def rows() -> list[tuple[str, dict, str]]:  # type: ignore[type-arg]
    return list(OutboxMessage.objects.order_by("id").values_list("task_name", "kwargs", "state"))


def posts(server: http_server.TestHTTPServer) -> list[str]:
    return [path for method, path, _ in server.requests if method == "POST"]


def test_the_consumer_task_names_are_registered_celery_tasks():
    app.loader.import_default_modules()
    assert {DELIVER_TASK, SOURCE_CHECK_TASK} <= set(app.tasks)


def test_emit_writes_deliveries_and_their_jobs_in_the_transaction_and_delivers_after_commit(server):
    first = WebhookSubscription.objects.create(
        url=server.url("/page/hook"), event_types=["claim.published"], secret="a"
    )
    second = WebhookSubscription.objects.create(
        url=server.url("/page/hook"), event_types=["claim.published"], secret="b"
    )
    WebhookSubscription.objects.create(url=server.url("/page/hook"), event_types=["claim.created"], secret="c")

    with transaction.atomic():
        deliveries = webhook_emit_many(event_type="claim.published", payloads=[{"claim_id": 1}, {"claim_id": 2}])
        assert rows() == [(DELIVER_TASK, {"delivery_id": d.pk}, "pending") for d in deliveries]
        assert posts(server) == []

    assert [(d.subscription_id, d.payload) for d in deliveries] == [
        (first.pk, {"claim_id": 1}),
        (second.pk, {"claim_id": 1}),
        (first.pk, {"claim_id": 2}),
        (second.pk, {"claim_id": 2}),
    ]
    assert rows() == [(DELIVER_TASK, {"delivery_id": d.pk}, "done") for d in deliveries]
    assert (
        list(WebhookDelivery.objects.order_by("id").values_list("state", "attempts", "response_status"))
        == [("delivered", 1, 200)] * 4
    )
    assert posts(server) == ["/page/hook"] * 4


def test_a_rolled_back_emit_and_an_unknown_event_type_write_nothing(server):
    WebhookSubscription.objects.create(url=server.url("/page/hook"), event_types=["claim.published"], secret="a")

    with pytest.raises(Boom), transaction.atomic():
        webhook_emit(event_type="claim.published", payload={"claim_id": 1})
        raise Boom
    with pytest.raises(ValueError, match=r"unknown webhook event type 'claim\.eaten'"):
        webhook_emit(event_type="claim.eaten", payload={"claim_id": 1})

    assert rows() == []
    assert not WebhookDelivery.objects.exists()
    assert server.requests == []


def test_evidence_add_stores_its_webhook_and_its_check_in_the_outbox_and_both_run_after_commit(server):
    WebhookSubscription.objects.create(url=server.url("/page/hook"), event_types=["evidence.added"], secret="a")
    claim = ClaimFactory.create(status=Status.IN_REVIEW)
    server.pages["market"] = article_html("Strike on the market", PAGE)
    url = server.url("/page/market")

    with transaction.atomic():
        evidence = evidence_add(claim_id=claim.pk, actor=Actor.job("tests"), url=url, quote="12 civilians")
        delivery = WebhookDelivery.objects.get()
        watched = WatchedUrl.objects.get()
        assert rows() == [
            (DELIVER_TASK, {"delivery_id": delivery.pk}, "pending"),
            (SOURCE_CHECK_TASK, {"url_id": watched.pk, "check_run": f"evidence-{evidence.pk}"}, "pending"),
        ]

    assert [state for _, _, state in rows()] == ["done", "done"]
    snapshot = Snapshot.objects.get()
    assert (snapshot.watched_url_id, snapshot.check_run, snapshot.status_code) == (
        watched.pk,
        f"evidence-{evidence.pk}",
        200,
    )
    assert list(WebhookDelivery.objects.values_list("event_type", "state", "attempts")) == [
        ("evidence.added", "delivered", 1)
    ]
    assert sorted(server.requests) == sorted(
        [("GET", "/page/market", f"127.0.0.1:{server.port}"), ("POST", "/page/hook", f"127.0.0.1:{server.port}")]
    )


def test_refused_evidence_writes_no_row_and_no_job(server):
    WebhookSubscription.objects.create(url=server.url("/page/hook"), event_types=["evidence.added"], secret="a")
    claim = ClaimFactory.create(status=Status.IN_REVIEW)

    with pytest.raises(ApplicationError) as excinfo:
        evidence_add(claim_id=claim.pk, actor=Actor.job("tests"), url="ftp://example.org/report")

    assert excinfo.value.code == "invalid_url"
    assert rows() == []
    assert not Evidence.objects.exists()
    assert not WatchedUrl.objects.exists()
    assert not WebhookDelivery.objects.exists()
    assert not VerificationEvent.objects.exists()
    assert server.requests == []


def test_a_receiver_error_keeps_the_row_open_until_a_later_attempt_delivers(server):
    """Eager: no immediate retry in the same thread; the row stays published (its clock restarted) for the sweeper."""
    WebhookSubscription.objects.create(url=server.url("/page/hook"), event_types=["claim.published"], secret="a")
    server.statuses["hook"] = 503
    before = timezone.now()

    with transaction.atomic():
        [delivery] = webhook_emit(event_type="claim.published", payload={"claim_id": 1})

    message = OutboxMessage.objects.get()
    delivery.refresh_from_db()
    assert (message.state, message.attempts) == ("published", 1)
    assert message.published_at is not None and message.published_at >= before
    assert (delivery.state, delivery.attempts, delivery.last_error) == ("failed", 1, "HTTP 503")
    # A retry on its way: the sweeper leaves the row alone.
    assert outbox_sweep(pending_after=timedelta(hours=1), published_after=timedelta(hours=1)).published == []

    del server.statuses["hook"]
    assert outbox_sweep(pending_after=timedelta(hours=1), published_after=timedelta(0)).published == [message.pk]

    message.refresh_from_db()
    delivery.refresh_from_db()
    assert (message.state, message.attempts) == ("done", 2)
    assert (delivery.state, delivery.attempts, delivery.response_status) == ("delivered", 2, 200)
    assert posts(server) == ["/page/hook"] * 2


def test_redelivered_jobs_do_nothing_and_jobs_of_deleted_rows_are_closed(server):
    subscription = WebhookSubscription.objects.create(
        url=server.url("/page/hook"), event_types=["claim.published"], secret="a"
    )
    claim = ClaimFactory.create(status=Status.IN_REVIEW)
    server.pages["market"] = article_html("Strike on the market", PAGE)
    with transaction.atomic():
        [delivery] = webhook_emit(event_type="claim.published", payload={"claim_id": 1})
        evidence = evidence_add(claim_id=claim.pk, actor=Actor.job("tests"), url=server.url("/page/market"))
    hook_job, check_job = OutboxMessage.objects.order_by("id")
    watched = WatchedUrl.objects.get()
    requests = list(server.requests)

    redelivered_hook = deliver_webhook.apply(kwargs={"delivery_id": delivery.pk, "outbox_id": hook_job.pk})
    redelivered_check = source_check.apply(
        kwargs={"url_id": watched.pk, "check_run": f"evidence-{evidence.pk}", "outbox_id": check_job.pk}
    )

    assert (redelivered_hook.get(), redelivered_check.get()) == ("skipped", "duplicate")
    assert server.requests == requests
    assert Snapshot.objects.count() == 1

    # Jobs whose delivery or URL was deleted meanwhile are marked done without doing anything.
    with transaction.atomic():
        webhook_replay(delivery_id=delivery.pk)
        subscription.delete()  # its deliveries go with it
    gone = WatchedUrl.objects.create(url=server.url("/page/gone"))
    gone_job = OutboxMessage.objects.create(
        task_name=SOURCE_CHECK_TASK, kwargs={"url_id": gone.pk, "check_run": "r"}, state="published"
    )
    gone_id = gone.pk
    gone.delete()

    assert source_check.apply(kwargs={"url_id": gone_id, "check_run": "r", "outbox_id": gone_job.pk}).get() == "gone"
    replay_job = OutboxMessage.objects.order_by("id")[2]
    assert (replay_job.task_name, replay_job.kwargs) == (DELIVER_TASK, {"delivery_id": delivery.pk})
    assert list(OutboxMessage.objects.order_by("id").values_list("state", flat=True)) == ["done"] * 4
    assert server.requests == requests


def test_touch_keeps_an_open_row_open_and_leaves_a_done_row_alone():
    pending = OutboxMessage.objects.create(task_name=DELIVER_TASK, kwargs={"delivery_id": 1})
    done = OutboxMessage.objects.create(task_name=DELIVER_TASK, kwargs={"delivery_id": 2}, state="done")
    before = timezone.now()

    outbox_touch(outbox_id=pending.pk)
    outbox_touch(outbox_id=done.pk)
    outbox_touch(outbox_id=None)

    pending.refresh_from_db()
    done.refresh_from_db()
    assert pending.state == "published"
    assert pending.published_at is not None and pending.published_at >= before
    assert (done.state, done.published_at) == ("done", None)
