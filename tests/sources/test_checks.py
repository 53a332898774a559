"""Source checks (tasks run eagerly here): snapshot + WARC, idempotency, change detection, link rot, quotes,
retries, and the beat fan-out."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone
from warcio.archiveiterator import ArchiveIterator

from claims.models import Status
from sources import checks
from sources.models import Evidence, Snapshot, UrlState, WatchedUrl
from sources.snapshots import sha256
from tests.factories import ClaimFactory
from tests.sources.http_server import article_html
from verifier.actors import Actor
from verifier.evidence import evidence_add
from verifier.models import EventKind, ReviewTask, TaskKind, VerificationEvent, WebhookDelivery, WebhookSubscription
from verifier.tasks.sources import retry_countdown, source_check, source_checks_due

pytestmark = pytest.mark.django_db

PARAGRAPHS = [
    "The regional council confirmed on Tuesday that 12 civilians were killed in the strike on the market.",
    "Witnesses said the drone struck twice, and the hospital received 30 wounded people by the evening.",
    "The ministry of defence denied that any civilians had been present in the area at the time of the strike.",
]
QUOTE = "12 civilians were killed in the strike on the market"


def _page(server, name: str, paragraphs: list[str], noise: str = "a") -> str:  # type: ignore[no-untyped-def]
    server.pages[name] = article_html("Strike on the market", paragraphs, noise=noise)
    return server.url(f"/page/{name}")


@pytest.fixture
def add(django_capture_on_commit_callbacks):  # type: ignore[no-untyped-def]
    """evidence_add; its on-commit check runs (eagerly) as if the transaction committed."""

    def add_evidence(claim, url: str, quote: str = QUOTE) -> Evidence:  # type: ignore[no-untyped-def]
        with django_capture_on_commit_callbacks(execute=True):
            return evidence_add(
                claim_id=claim.pk, actor=Actor.job("tests"), url=url, role="evidence", stance="supports", quote=quote
            )

    return add_evidence


def _check(url_id: int, run: str) -> str:
    return source_check.delay(url_id, run).get()


def test_evidence_add_checks_snapshots_and_archives(server, add) -> None:  # type: ignore[no-untyped-def]
    claim = ClaimFactory.create(status=Status.IN_REVIEW)
    url = _page(server, "market", PARAGRAPHS)
    evidence = add(claim, url)
    watched = WatchedUrl.objects.get()
    snapshot = Snapshot.objects.get()
    body = server.pages["market"].encode()
    assert (watched.url, watched.state, watched.consecutive_failures, watched.stable_checks) == (
        url,
        UrlState.ALIVE,
        0,
        1,
    )
    assert (
        snapshot.watched_url_id,
        snapshot.check_run,
        snapshot.final_url,
        snapshot.status_code,
        snapshot.content_type,
        snapshot.sha256,
        snapshot.changed,
        snapshot.error,
    ) == (watched.pk, f"evidence-{evidence.pk}", url, 200, "text/html; charset=utf-8", sha256(body), False, "")
    assert snapshot.text == "\n".join(["Strike on the market", *PARAGRAPHS])
    assert "About us" not in snapshot.text
    evidence.refresh_from_db()
    assert (evidence.watched_url_id, evidence.snapshot_id, evidence.quote_missing) == (watched.pk, snapshot.pk, False)
    assert watched.next_check_at is not None
    assert watched.last_checked_at is not None
    base = checks.SOURCES_CHECK_INTERVAL_HOURS * 3600 * 2
    delay = (watched.next_check_at - watched.last_checked_at).total_seconds()
    assert base * (1 - checks.SOURCES_CHECK_JITTER) - 1 <= delay <= base * (1 + checks.SOURCES_CHECK_JITTER) + 1
    events = list(VerificationEvent.objects.filter(claim=claim).values_list("kind", "data"))
    assert events == [
        (
            EventKind.EVIDENCE_ADDED,
            {
                "evidence_id": evidence.pk,
                "source_id": None,
                "role": "evidence",
                "stance": "supports",
                "url": url,
                "quote": QUOTE,
            },
        )
    ]
    warc = Path(settings.MEDIA_ROOT) / snapshot.warc_path
    assert snapshot.warc_path == f"warc/{watched.pk}/evidence-{evidence.pk}.warc.gz"
    with warc.open("rb") as fh:
        (record,) = [
            (r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
            for r in ArchiveIterator(fh)
        ]
    assert record == ("response", url, body)


def test_duplicate_delivery_writes_no_second_snapshot(server, add) -> None:  # type: ignore[no-untyped-def]
    claim = ClaimFactory.create()
    add(claim, _page(server, "dup", PARAGRAPHS))
    watched = WatchedUrl.objects.get()
    run = Snapshot.objects.get().check_run
    assert _check(watched.pk, run) == "duplicate"
    assert Snapshot.objects.count() == 1
    assert [path for _, path, _ in server.requests] == ["/page/dup"]


def test_markup_noise_is_not_a_change_but_text_is(server, add) -> None:  # type: ignore[no-untyped-def]
    claim = ClaimFactory.create()
    url = _page(server, "noisy", PARAGRAPHS, noise="render-1")
    add(claim, url)
    watched = WatchedUrl.objects.get()
    _page(server, "noisy", PARAGRAPHS, noise="render-2")
    assert _check(watched.pk, "run-2") == UrlState.ALIVE
    second = Snapshot.objects.get(check_run="run-2")
    first = Snapshot.objects.exclude(pk=second.pk).get()
    assert first.sha256 != second.sha256
    assert (second.text_sha256, second.changed) == (first.text_sha256, False)
    _page(server, "noisy", [PARAGRAPHS[0].replace("12 civilians", "3 soldiers"), PARAGRAPHS[1]], noise="render-3")
    _check(watched.pk, "run-3")
    third = Snapshot.objects.get(check_run="run-3")
    assert third.changed is True
    watched.refresh_from_db()
    assert watched.stable_checks == 0
    evidence = Evidence.objects.get()
    assert (evidence.snapshot_id, evidence.quote_missing) == (third.pk, True)


@pytest.mark.parametrize("status", [Status.PUBLISHED, Status.VERDICT_PROPOSED])
def test_material_change_reopens_claims_with_a_verdict(server, add, status) -> None:  # type: ignore[no-untyped-def]
    claim = ClaimFactory.create(status=status, verdict="true", version=4)
    bystander = ClaimFactory.create(status=Status.IN_REVIEW)
    url = _page(server, "verdict", PARAGRAPHS)
    add(claim, url)
    add(bystander, url)
    watched = WatchedUrl.objects.get()
    _page(server, "verdict", ["The council now says no civilians died; the earlier report was withdrawn entirely."])
    _check(watched.pk, "run-2")
    snapshot = Snapshot.objects.get(check_run="run-2")
    assert snapshot.changed is True
    claim.refresh_from_db()
    data = {"cause": "source_changed", "snapshot_id": snapshot.pk, "watched_url_id": watched.pk, "url": url}
    last = VerificationEvent.objects.filter(claim=claim).latest("id")
    assert claim.status == Status.REOPENED
    assert (last.kind, last.from_status, last.to_status, last.actor_label) == (
        EventKind.TRANSITION,
        status,
        Status.REOPENED,
        "job:source_check",
    )
    assert last.data == {"version": 5, **data}
    assert last.reason == f"Source changed: {url} (snapshot {snapshot.pk})."
    assert list(ReviewTask.objects.values_list("claim_id", "kind", "state")) == [
        (claim.pk, TaskKind.SOURCE_CHANGED, "open")
    ]
    # The bystander (in review) is not reopened and gets no task.
    bystander.refresh_from_db()
    assert bystander.status == Status.IN_REVIEW
    # A further change does not open a second task.
    _page(
        server, "verdict", ["Completely different text about another subject, the harvest in the south of the country."]
    )
    _check(watched.pk, "run-3")
    assert ReviewTask.objects.filter(claim=claim).count() == 1


def test_link_rot_after_repeated_404_reopens_published_claim(server, add, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(checks, "SOURCES_CHECK_DEAD_AFTER", 3)
    claim = ClaimFactory.create(status=Status.PUBLISHED, verdict="false")
    url = _page(server, "rot", PARAGRAPHS)
    add(claim, url)
    watched = WatchedUrl.objects.get()
    server.statuses["rot"] = 404
    assert _check(watched.pk, "r2") == UrlState.FAILING
    server.statuses["rot"] = 410
    assert _check(watched.pk, "r3") == UrlState.FAILING
    claim.refresh_from_db()
    assert claim.status == Status.PUBLISHED
    assert _check(watched.pk, "r4") == UrlState.DEAD
    watched.refresh_from_db()
    assert (watched.consecutive_failures, watched.last_error) == (3, "HTTP 410")
    dead = Snapshot.objects.get(check_run="r4")
    assert (dead.status_code, dead.changed) == (410, False)
    claim.refresh_from_db()
    assert claim.status == Status.REOPENED
    event = VerificationEvent.objects.filter(claim=claim).latest("id")
    assert event.data["cause"] == "source_died"
    assert event.data["snapshot_id"] == dead.pk
    # Still dead: no second reopen event.
    assert _check(watched.pk, "r5") == UrlState.DEAD
    assert VerificationEvent.objects.filter(claim=claim, to_status=Status.REOPENED).count() == 1
    # Back alive resets the failure count.
    server.statuses.pop("rot")
    assert _check(watched.pk, "r6") == UrlState.ALIVE
    watched.refresh_from_db()
    assert watched.consecutive_failures == 0


def test_server_error_recorded_at_once_when_eager(server, add) -> None:  # type: ignore[no-untyped-def]
    """The embedded default has no broker to hold a delayed retry (retries: see test_worker_checks)."""
    claim = ClaimFactory.create()
    server.statuses["flaky"] = 503
    add(claim, _page(server, "flaky", PARAGRAPHS))
    assert [path for _, path, _ in server.requests] == ["/page/flaky"]
    snapshot = Snapshot.objects.get()
    assert (snapshot.status_code, snapshot.error) == (None, "gave up after 0 retries: HTTP 503")
    assert WatchedUrl.objects.get().state == UrlState.FAILING


@pytest.mark.parametrize(
    ("path", "state", "error"), [("/status/403", "failing", ""), ("/binary", "failing", "content_type")]
)
def test_client_errors_not_retried(server, add, path, state, error) -> None:  # type: ignore[no-untyped-def]
    claim = ClaimFactory.create()
    add(claim, server.url(path))
    assert [p for _, p, _ in server.requests] == [path]
    snapshot = Snapshot.objects.get()
    assert snapshot.error.startswith(error)
    assert WatchedUrl.objects.get().state == state


def test_refused_url_recorded_never_fetched_nor_rescheduled(server, add) -> None:  # type: ignore[no-untyped-def]
    claim = ClaimFactory.create()
    add(claim, "http://169.254.169.254/latest/meta-data/")
    watched = WatchedUrl.objects.get()
    snapshot = Snapshot.objects.get()
    assert (watched.state, watched.next_check_at) == (UrlState.REFUSED, None)
    assert snapshot.error == "refused: metadata: 169.254.169.254 -> 169.254.169.254"
    assert server.requests == []


def test_retry_countdown_is_bounded_with_jitter(settings) -> None:  # type: ignore[no-untyped-def]
    settings.SOURCES_CHECK_RETRY_BASE_SECONDS = 30
    assert 15 <= retry_countdown(0) <= 30
    assert 60 <= retry_countdown(2) <= 120
    assert retry_countdown(30) <= settings.CELERY_MAX_RETRY_DELAY - 1
    assert retry_countdown(0, retry_after=100) == 100


def test_beat_fans_out_batches_and_leases(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from verifier.tasks import sources as tasks

    monkeypatch.setattr(tasks, "SOURCES_CHECK_BATCH_SIZE", 100)
    now = timezone.now()
    due = [WatchedUrl(url=f"https://example.org/{n}", next_check_at=now) for n in range(250)]
    WatchedUrl.objects.bulk_create(due)
    WatchedUrl.objects.create(url="https://example.org/later", next_check_at=now + timedelta(hours=1))
    WatchedUrl.objects.create(url="http://10.0.0.1/", state=UrlState.REFUSED, next_check_at=None)
    calls: list[tuple[list[int], str]] = []
    monkeypatch.setattr(tasks.source_check_batch, "delay", lambda ids, run: calls.append((ids, run)))
    assert source_checks_due.delay().get() == 250
    assert [len(ids) for ids, _ in calls] == [100, 100, 50]
    assert len({run for _, run in calls}) == 1
    expected = sorted(WatchedUrl.objects.filter(url__in=[u.url for u in due]).values_list("id", flat=True))
    assert sorted(i for ids, _ in calls for i in ids) == expected
    # Leased: the next tick enqueues nothing.
    calls.clear()
    assert source_checks_due.delay().get() == 0
    assert calls == []


@pytest.mark.parametrize(
    ("path", "retryable"),
    [
        ("/status/500", True),
        ("/status/503", True),
        ("/status/429", True),
        ("/drip?seconds=5", True),
        ("/status/403", False),
        ("/status/404", False),
        ("/status/410", False),
        ("/binary", False),
        ("/big?mb=50", False),
    ],
)
def test_which_failures_are_retried(server, path, retryable) -> None:  # type: ignore[no-untyped-def]
    from sources.checks import RetryableStatus, source_check_fetch
    from sources.fetch import FetchError, FetchPolicy

    policy = FetchPolicy.from_settings(deadline=0.5)
    watched = WatchedUrl.objects.create(url=server.url(path))
    if retryable:
        with pytest.raises((RetryableStatus, FetchError)) as excinfo:
            source_check_fetch(url_id=watched.pk, check_run="r", policy=policy)
        error = excinfo.value
        if isinstance(error, FetchError):
            assert error.reason == "deadline"
        else:
            assert isinstance(error, RetryableStatus)
            assert error.status_code == int(path.rsplit("/", 1)[1])
    else:
        outcome = source_check_fetch(url_id=watched.pk, check_run="r", policy=policy)
        assert outcome is not None
        assert outcome.refused is False


def test_refused_is_not_retried(server) -> None:  # type: ignore[no-untyped-def]
    from sources.checks import source_check_fetch

    watched = WatchedUrl.objects.create(url="http://[::ffff:10.0.0.1]/")
    outcome = source_check_fetch(url_id=watched.pk, check_run="r")
    assert outcome is not None
    assert (outcome.refused, outcome.error) == (True, "refused: ipv4_mapped_private: ::ffff:10.0.0.1 -> ::ffff:a00:1")


def test_next_check_backs_off_for_stable_sources_up_to_the_cap(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sources.checks import next_check_delay

    monkeypatch.setattr(checks, "SOURCES_CHECK_INTERVAL_HOURS", 6)
    monkeypatch.setattr(checks, "SOURCES_CHECK_MAX_INTERVAL_HOURS", 48)
    monkeypatch.setattr(checks, "SOURCES_CHECK_JITTER", 0.1)
    hours = [next_check_delay(stable_checks=n, failing=False).total_seconds() / 3600 for n in range(6)]
    for got, want in zip(hours, [6, 12, 24, 48, 48, 48], strict=True):
        assert want * 0.9 <= got <= want * 1.1
    assert 5.4 <= next_check_delay(stable_checks=5, failing=True).total_seconds() / 3600 <= 6.6
    spread = {round(next_check_delay(stable_checks=0, failing=False).total_seconds()) for _ in range(20)}
    assert len(spread) > 1


def test_new_evidence_and_source_changes_are_sent_to_webhook_subscribers(server) -> None:  # type: ignore[no-untyped-def]
    claim = ClaimFactory.create(status=Status.PUBLISHED, verdict="true")
    alerts = WebhookSubscription.objects.create(
        url="https://alerts.example.org/hook", event_types=["evidence.added", "source.changed"], secret="s"
    )
    url = _page(server, "hooked", PARAGRAPHS)
    evidence = evidence_add(
        claim_id=claim.pk, actor=Actor.job("tests"), url=url, role="evidence", stance="supports", quote=QUOTE
    )
    watched = WatchedUrl.objects.get()
    assert _check(watched.pk, "run-1") == UrlState.ALIVE
    _page(server, "hooked", ["The council now says no civilians died; the earlier report was withdrawn entirely."])
    _check(watched.pk, "run-2")

    snapshot = Snapshot.objects.get(check_run="run-2")
    assert list(WebhookDelivery.objects.order_by("id").values_list("subscription_id", "event_type", "payload")) == [
        (
            alerts.pk,
            "evidence.added",
            {
                "evidence_id": evidence.pk,
                "claim_id": claim.pk,
                "source_id": None,
                "role": "evidence",
                "stance": "supports",
                "url": url,
                "quote": QUOTE,
            },
        ),
        (
            alerts.pk,
            "source.changed",
            {
                "cause": "source_changed",
                "snapshot_id": snapshot.pk,
                "watched_url_id": watched.pk,
                "url": url,
                "claim_ids": [claim.pk],
            },
        ),
    ]
