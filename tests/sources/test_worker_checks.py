"""End to end on a real worker: evidence URL -> snapshot -> the page changes -> the published claim is reopened
with an event naming the snapshot; transient failures are retried with backoff; duplicates write nothing."""

import time

import pytest

from claims.models import Status
from sources.models import Snapshot, UrlState, WatchedUrl
from tests.factories import ClaimFactory
from tests.sources.http_server import article_html
from tests.sources.test_checks import PARAGRAPHS, QUOTE
from tests.worker import wait_for
from verifier.actors import Actor
from verifier.evidence import evidence_add
from verifier.models import EventKind, ReviewTask, TaskKind, VerificationEvent
from verifier.tasks.sources import source_check

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.worker]


def test_evidence_change_reopens_published_claim(server, celery_worker) -> None:  # type: ignore[no-untyped-def]
    claim = ClaimFactory.create(status=Status.PUBLISHED, verdict="true", version=7)
    server.pages["e2e"] = article_html("Strike on the market", PARAGRAPHS)
    url = server.url("/page/e2e")
    evidence = evidence_add(
        claim_id=claim.pk, actor=Actor.job("tests"), url=url, role="evidence", stance="supports", quote=QUOTE
    )
    first = wait_for(lambda: Snapshot.objects.filter(check_run=f"evidence-{evidence.pk}").first(), message="snapshot")
    watched = WatchedUrl.objects.get()
    assert (first.status_code, first.changed, watched.url) == (200, False, url)
    server.pages["e2e"] = article_html("Strike on the market", ["The council withdrew its casualty report today."])
    source_check.delay(watched.pk, "manual-2")
    second = wait_for(lambda: Snapshot.objects.filter(check_run="manual-2").first(), message="second snapshot")
    assert second.changed is True
    claim.refresh_from_db()
    assert (claim.status, claim.version) == (Status.REOPENED, 8)
    event = VerificationEvent.objects.filter(claim=claim).latest("id")
    assert (event.kind, event.from_status, event.to_status, event.actor_label) == (
        EventKind.TRANSITION,
        Status.PUBLISHED,
        Status.REOPENED,
        "job:source_check",
    )
    assert event.data == {
        "version": 8,
        "cause": "source_changed",
        "snapshot_id": second.pk,
        "watched_url_id": watched.pk,
        "url": url,
    }
    assert list(ReviewTask.objects.filter(claim=claim).values_list("kind", "state")) == [
        (TaskKind.SOURCE_CHANGED, "open")
    ]
    evidence.refresh_from_db()
    assert (evidence.snapshot_id, evidence.quote_missing) == (second.pk, True)
    # A duplicate delivery of the same check run writes nothing more.
    source_check.delay(watched.pk, "manual-2")
    source_check.delay(watched.pk, "manual-3")
    wait_for(lambda: Snapshot.objects.filter(check_run="manual-3").exists(), message="third snapshot")
    assert Snapshot.objects.filter(watched_url=watched).count() == 3
    assert [path for _, path, _ in server.requests].count("/page/e2e") == 3


def test_transient_errors_retried_until_success(server, celery_worker) -> None:  # type: ignore[no-untyped-def]
    """503 then 429 then 200: the worker retries with backoff (base 1 s in tests) and records one snapshot."""
    watched = WatchedUrl.objects.create(url=server.url("/page/flaky"))
    server.statuses["flaky"] = 503

    def recover() -> None:
        # After the second attempt the page answers 429, then recovers.
        attempts = [path for _, path, _ in server.requests].count("/page/flaky")
        if attempts >= 2:
            server.statuses["flaky"] = 429
        if attempts >= 3:
            server.statuses.pop("flaky", None)

    source_check.delay(watched.pk, "flaky-1")

    def done() -> Snapshot | None:
        recover()
        return Snapshot.objects.filter(check_run="flaky-1").first()

    snapshot = wait_for(done, timeout=60, interval=0.05, message="snapshot after retries")
    assert (snapshot.status_code, snapshot.error) == (200, "")
    assert [path for _, path, _ in server.requests].count("/page/flaky") >= 3
    watched.refresh_from_db()
    assert watched.state == UrlState.ALIVE


def test_client_error_and_refusal_not_retried_by_the_worker(server, celery_worker) -> None:  # type: ignore[no-untyped-def]
    gone = WatchedUrl.objects.create(url=server.url("/status/404"))
    refused = WatchedUrl.objects.create(url="http://169.254.169.254/latest/meta-data/")
    source_check.delay(gone.pk, "once")
    source_check.delay(refused.pk, "once")
    wait_for(lambda: Snapshot.objects.filter(check_run="once").count() == 2, message="two snapshots")
    time.sleep(2.5)  # a retry (base 1 s in tests) would have come by now
    assert server.requests == [("GET", "/status/404", f"127.0.0.1:{server.port}")]
    assert sorted(Snapshot.objects.values_list("watched_url_id", "status_code", "error")) == sorted(
        [
            (gone.pk, 404, ""),
            (refused.pk, None, "refused: metadata: 169.254.169.254 -> 169.254.169.254"),
        ]
    )
    assert sorted(WatchedUrl.objects.values_list("pk", "state", "consecutive_failures")) == sorted(
        [(gone.pk, UrlState.FAILING, 1), (refused.pk, UrlState.REFUSED, 0)]
    )
