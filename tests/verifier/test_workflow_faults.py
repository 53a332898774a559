"""Reliability on real PostgreSQL, Redis and Celery workers: a broker outage during 200 status changes, workers
killed with SIGKILL mid-task, concurrent transitions of one claim.

The broker and workers here are private (a redis-server with AOF on a port in 6390-6399, workers pointed at it),
and only they are killed.
"""

import os
import re
import signal
import threading
import time
from collections import Counter
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import transaction

from claims.models import Claim, ClaimType, Status, Verdict
from sources.models import Snapshot, WatchedUrl
from tests.conftest import ARTIFACTS, require_service
from tests.factories import ArticleFactory, ClaimFactory, user_with_roles
from tests.sources import http_server
from tests.sources.http_server import article_html
from tests.verifier.faults import RedisServer, celery_broker
from tests.verifier.workflow_helpers import actor
from tests.worker import WorkerProcess, wait_for
from verifier.actors import Actor
from verifier.evidence import SOURCE_CHECK_TASK, evidence_add
from verifier.models import (
    OutboxMessage,
    OutboxState,
    ReviewTask,
    TaskKind,
    VerificationEvent,
    WebhookDelivery,
    WebhookSubscription,
)
from verifier.outbox import outbox_add_many, outbox_sweep
from verifier.roles import FACT_CHECKER
from verifier.webhooks import DELIVER_TASK, webhook_emit
from verifier.workflow import claim_propose_verdict

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.worker]

# Short enough for a test, and consistent with the settings check (visibility > time limit > soft limit).
FAULT_WORKER_ENV = {
    "CELERY_VISIBILITY_TIMEOUT": "5",
    "CELERY_TASK_TIME_LIMIT": "4",
    "CELERY_TASK_SOFT_TIME_LIMIT": "3",
    "CELERY_MAX_RETRY_DELAY": "2",
    "CELERY_UNACKED_RESTORE_INTERVAL": "1",
    "CELERY_UNACKED_RESTORE_THROTTLE": "1",
}
TRANSPORT_OPTIONS = {"visibility_timeout": 5, "unacked_restore_interval": 1, "unacked_restore_throttle": 1}
DONE_LINE = re.compile(r"outbox message (\d+): done")
PAUSE_LINE = re.compile(r"outbox message (\d+): effect applied, pausing [\d.]+s before commit \(pid (\d+)\)")


@pytest.fixture
def private_redis(tmp_path):
    server = RedisServer(tmp_path)
    try:
        server.start()
    except RuntimeError as exc:
        require_service("private redis-server", str(exc))
    yield server
    server.kill()


def start_worker(broker_url: str, name: str, **env: str) -> WorkerProcess:
    log_path = ARTIFACTS / "logs" / f"faults-{name}.log"
    log_path.unlink(missing_ok=True)
    worker = WorkerProcess(
        queue=settings.CELERY_TASK_DEFAULT_QUEUE,
        broker_url=broker_url,
        log_path=log_path,
        env={**FAULT_WORKER_ENV, **env},
    )
    return worker.start(timeout=90)


def done_counts(*logs: str) -> Counter[int]:
    return Counter(int(m) for log in logs for m in DONE_LINE.findall(log))


def test_200_status_changes_through_a_10_second_broker_outage_lose_no_follow_up(private_redis):
    checker = user_with_roles("fiona", FACT_CHECKER)
    claims = ClaimFactory.create_batch(
        200, article=ArticleFactory.create(), status=Status.IN_REVIEW, claim_type=ClaimType.EVENT
    )
    worker = start_worker(private_redis.url, "outage")
    timings: dict[str, float] = {}

    def propose(batch: list[Claim]) -> None:
        for claim in batch:
            claim_propose_verdict(claim_id=claim.pk, verdict=Verdict.FALSE, summary="Refuted.", actor=actor(checker))

    try:
        with celery_broker(private_redis.url, TRANSPORT_OPTIONS):
            propose(claims[:70])
            private_redis.kill()
            killed_at = time.monotonic()
            propose(claims[70:130])
            timings["60 changes with the broker down (s)"] = time.monotonic() - killed_at
            pending = OutboxMessage.objects.filter(state=OutboxState.PENDING).count()
            time.sleep(max(0.0, 10 - (time.monotonic() - killed_at)))
            private_redis.start()
            timings["broker down (s)"] = time.monotonic() - killed_at
            propose(claims[130:])
            # The beat job's work, on a short interval: re-publish rows stuck pending or published > 5 s.
            recovered_at = time.monotonic()

            def all_done() -> bool:
                outbox_sweep(pending_after=timedelta(0), published_after=timedelta(seconds=5))
                return not OutboxMessage.objects.exclude(state=OutboxState.DONE).exists()

            wait_for(all_done, timeout=120, interval=1.0, message="every follow-up to be done")
            timings["broker back -> all 200 follow-ups done (s)"] = time.monotonic() - recovered_at
    finally:
        worker.stop()
    print(f"\nbroker outage: {pending} follow-ups pending while down; {timings}")

    assert pending == 60
    claim_ids = sorted(c.pk for c in claims)
    events = VerificationEvent.objects.filter(claim_id__in=claim_ids)
    assert events.count() == 200
    assert sorted(events.values_list("claim_id", flat=True)) == claim_ids
    assert set(events.values_list("kind", "from_status", "to_status", "to_verdict")) == {
        ("verdict", "in_review", "verdict_proposed", "false")
    }
    messages = list(OutboxMessage.objects.all())
    assert len(messages) == 200
    assert {m.state for m in messages} == {"done"}
    assert sorted(m.kwargs["claim_id"] for m in messages) == claim_ids
    # Every follow-up's effect happened exactly once: one second-review task per claim, and one committed run per
    # outbox row in the worker's log (redeliveries log "already done, skipped").
    tasks = ReviewTask.objects.filter(kind=TaskKind.SECOND_REVIEW)
    assert sorted(tasks.values_list("claim_id", flat=True)) == claim_ids
    assert set(tasks.values_list("state", flat=True)) == {"open"}
    assert done_counts(worker.log()) == Counter({m.pk: 1 for m in messages})


def test_a_webhook_delivery_and_an_evidence_check_stored_while_the_broker_is_down_run_once_when_it_is_back(
    private_redis, tmp_path
):
    """Broker SIGKILLed before the commits of a webhook emit and an evidence add (its ``evidence.added`` webhook and
    its source check): all three jobs stay pending; broker back, the sweeper publishes them; each is delivered /
    checked exactly once (one POST per delivery, one GET and one snapshot for the check, one commit per row)."""
    server = http_server.TestHTTPServer().start()
    server.pages["hook"] = "ok"
    server.pages["report"] = article_html("Floods in the north", ["The river rose four metres overnight in Adda."])
    subscription = WebhookSubscription.objects.create(
        url=server.url("/page/hook"), event_types=["claim.published", "evidence.added"], secret="s"
    )
    claim = ClaimFactory.create_batch(
        1, article=ArticleFactory.create(), status=Status.IN_REVIEW, claim_type=ClaimType.EVENT
    )[0]
    worker = start_worker(
        private_redis.url,
        "outage-hooks-checks",
        SOURCES_FETCH_TEST_LOOPBACK_PORTS=str(server.port),
        DJANGO_MEDIA_ROOT=str(tmp_path),
    )
    try:
        with celery_broker(private_redis.url, TRANSPORT_OPTIONS):
            private_redis.kill()
            with transaction.atomic():
                [published] = webhook_emit(event_type="claim.published", payload={"claim_id": claim.pk})
            with transaction.atomic():
                evidence = evidence_add(claim_id=claim.pk, actor=Actor.job("tests"), url=server.url("/page/report"))
            pending = sorted(
                OutboxMessage.objects.filter(state=OutboxState.PENDING).values_list("task_name", flat=True)
            )
            requests_while_down = list(server.requests)
            private_redis.start()

            def all_done() -> bool:
                outbox_sweep(pending_after=timedelta(0), published_after=timedelta(seconds=5))
                return not OutboxMessage.objects.exclude(state=OutboxState.DONE).exists()

            wait_for(all_done, timeout=120, interval=1.0, message="the deliveries and the check to be done")
    finally:
        worker.stop()
        server.stop()

    assert pending == sorted([DELIVER_TASK, DELIVER_TASK, SOURCE_CHECK_TASK])
    assert requests_while_down == []
    watched = WatchedUrl.objects.get()
    added = WebhookDelivery.objects.get(event_type="evidence.added")
    messages = list(OutboxMessage.objects.order_by("id"))
    assert [(m.task_name, m.kwargs, m.state) for m in messages] == [
        (DELIVER_TASK, {"delivery_id": published.pk}, "done"),
        (DELIVER_TASK, {"delivery_id": added.pk}, "done"),
        (SOURCE_CHECK_TASK, {"url_id": watched.pk, "check_run": f"evidence-{evidence.pk}"}, "done"),
    ]
    assert done_counts(worker.log()) == Counter({m.pk: 1 for m in messages})
    assert sorted(WebhookDelivery.objects.values_list("subscription_id", "event_type", "state", "attempts")) == [
        (subscription.pk, "claim.published", "delivered", 1),
        (subscription.pk, "evidence.added", "delivered", 1),
    ]
    assert sorted(server.requests) == sorted(
        [
            ("POST", "/page/hook", f"127.0.0.1:{server.port}"),
            ("POST", "/page/hook", f"127.0.0.1:{server.port}"),
            ("GET", "/page/report", f"127.0.0.1:{server.port}"),
        ]
    )
    assert list(Snapshot.objects.values_list("watched_url_id", "check_run", "status_code")) == [
        (watched.pk, f"evidence-{evidence.pk}", 200)
    ]


@pytest.mark.postgres_only
def test_a_pool_process_killed_mid_task_redelivers_and_the_effect_happens_once_20_of_20(private_redis):
    claims = ClaimFactory.create_batch(
        20,
        article=ArticleFactory.create(),
        status=Status.NEW,
        claim_type=ClaimType.CASUALTY,
        checkworthy=True,
        score=0.9,
    )
    worker = WorkerProcess(
        queue=settings.CELERY_TASK_DEFAULT_QUEUE,
        broker_url=private_redis.url,
        log_path=ARTIFACTS / "logs" / "faults-sigkill-pool.log",
        env={**FAULT_WORKER_ENV, "WORKFLOW_FAULT_INJECTION_DELAY": "1.0"},
        pool="prefork",
        concurrency=4,
    )
    worker.log_path.unlink(missing_ok=True)
    worker.start(timeout=90)
    killed: dict[int, int] = {}
    try:
        started = time.monotonic()
        with celery_broker(private_redis.url, TRANSPORT_OPTIONS), transaction.atomic():
            messages = outbox_add_many(
                messages=[("verifier.tasks.workflow.triage_claim", {"claim_id": c.pk}) for c in claims]
            )
        ids = {m.pk for m in messages}

        def kill_first_runs() -> bool:
            for outbox_id, pid in PAUSE_LINE.findall(worker.log()):
                if int(outbox_id) in ids and int(outbox_id) not in killed:
                    # Mid-task: the triage is written, not committed. SIGKILL the pool process running it.
                    os.kill(int(pid), signal.SIGKILL)
                    killed[int(outbox_id)] = int(pid)
            return not OutboxMessage.objects.exclude(state=OutboxState.DONE).exists()

        wait_for(kill_first_runs, timeout=120, interval=0.05, message="every triage job to be done")
        elapsed = time.monotonic() - started
    finally:
        worker.stop()
    print(f"\nSIGKILL mid-task: {len(killed)} pool processes killed; all jobs done in {elapsed:.1f}s")

    log = worker.log()
    assert set(killed) == ids  # every one of the 20 jobs was killed mid-task once...
    assert len(set(killed.values())) == 20
    assert {int(pid) for pid in re.findall(r"pid:(\d+) exited with 'signal 9 \(SIGKILL\)'", log)} == set(
        killed.values()
    )
    pauses = Counter(int(m) for m, _ in PAUSE_LINE.findall(log) if int(m) in ids)
    assert pauses == Counter(dict.fromkeys(ids, 2))  # ...redelivered, and run to the end once more
    assert {pk: n for pk, n in done_counts(log).items() if pk in ids} == dict.fromkeys(ids, 1)
    assert {m.pk: m.state for m in OutboxMessage.objects.filter(pk__in=ids)} == dict.fromkeys(ids, "done")
    claim_ids = sorted(c.pk for c in claims)
    assert list(Claim.objects.filter(pk__in=claim_ids).order_by().values_list("status", "version").distinct()) == [
        ("triaged", 2)
    ]
    triaged = VerificationEvent.objects.filter(claim_id__in=claim_ids)
    assert sorted(triaged.values_list("claim_id", "kind")) == [(pk, "triaged") for pk in claim_ids]
    tasks = ReviewTask.objects.filter(claim_id__in=claim_ids)
    assert sorted(tasks.values_list("claim_id", "kind")) == [(pk, "casualty_figures") for pk in claim_ids]


def test_a_whole_worker_killed_mid_task_is_redelivered_after_the_visibility_timeout(private_redis):
    claim = ClaimFactory.create_batch(
        1, article=ArticleFactory.create(), status=Status.NEW, claim_type=ClaimType.CONTROL, checkworthy=True, score=0.9
    )[0]
    delay = {"WORKFLOW_FAULT_INJECTION_DELAY": "1.0"}
    # Two solo workers started together; the one that takes the job is killed, the other restores the unacked
    # message once the visibility timeout has passed.
    workers: list[WorkerProcess] = []
    threads = [
        threading.Thread(
            target=lambda n=n: workers.append(start_worker(private_redis.url, f"sigkill-solo-{n}", **delay))
        )
        for n in (1, 2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert len(workers) == 2
        with celery_broker(private_redis.url, TRANSPORT_OPTIONS), transaction.atomic():
            (message,) = outbox_add_many(messages=[("verifier.tasks.workflow.triage_claim", {"claim_id": claim.pk})])
        victim = wait_for(
            lambda: next((w for w in workers if PAUSE_LINE.search(w.log())), None),
            timeout=60,
            interval=0.05,
            message="the job to start",
        )
        victim.kill()  # SIGKILL to the worker's process group, mid-task: its message stays unacked in Redis
        killed_at = time.monotonic()
        survivor = next(w for w in workers if w is not victim)
        wait_for(
            lambda: OutboxMessage.objects.filter(pk=message.pk, state=OutboxState.DONE).exists(),
            timeout=60,
            message="the redelivered job",
        )
        redelivered_after = time.monotonic() - killed_at
    finally:
        for worker in workers:
            worker.stop()
    print(f"\nwhole worker SIGKILL: job redelivered and done {redelivered_after:.1f}s after the kill")

    assert [int(m) for m, _ in PAUSE_LINE.findall(victim.log())] == [message.pk]
    assert ": done" not in victim.log()
    # The survivor ran the job once more (and then the triage's own follow-up job).
    assert [int(m) for m, _ in PAUSE_LINE.findall(survivor.log())][:1] == [message.pk]
    assert done_counts(survivor.log())[message.pk] == 1
    assert list(VerificationEvent.objects.filter(claim=claim).values_list("kind", "to_status")) == [
        ("triaged", "triaged")
    ]
    assert list(ReviewTask.objects.filter(claim=claim).values_list("kind", flat=True)) == ["confirm_control"]
