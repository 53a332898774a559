"""Recording a source check: one path, the locked transaction (``source_check_record`` under the URL's row lock),
for every check: no consequence, a URL state that moved since the fetch, a recorded check run, a concurrent check
holding the row."""

import threading
import time

import pytest
from django.db import connection, transaction
from django.db.models import F

from sources import checks
from sources.checks import source_check_fetch, watched_url_qs_select_for_update
from sources.models import Evidence, Snapshot, UrlState, WatchedUrl
from tests.factories import ClaimFactory
from tests.sources.http_server import article_html
from tests.sources.test_checks import PARAGRAPHS, QUOTE
from verifier.actors import Actor
from verifier.evidence import evidence_add, source_check_apply
from verifier.tasks.sources import source_check

pytestmark = pytest.mark.django_db


def _page(server, name: str) -> str:  # type: ignore[no-untyped-def]
    server.pages[name] = article_html("Strike on the market", PARAGRAPHS)
    return server.url(f"/page/{name}")


def _check(url_id: int, run: str) -> str:
    return source_check.delay(url_id, run).get()


def _state(url_id: int) -> tuple[str, int, int]:
    return WatchedUrl.objects.filter(pk=url_id).values_list("state", "consecutive_failures", "stable_checks").get()


# A check with no consequence: the fetch's read (URL, check run recorded), then the transaction (a savepoint inside
# the test's own): the URL row locked with the check-run and has-evidence lookups, the snapshot INSERT, the URL
# UPDATE. A changed text adds the previous snapshot's read; a URL with evidence adds the quote check.
QUERIES_NO_CONSEQUENCE = 1 + 1 + 3 + 1


def test_checks_without_consequences_are_recorded_by_the_one_path(server, django_assert_num_queries) -> None:  # type: ignore[no-untyped-def]
    watched = WatchedUrl.objects.create(url=_page(server, "quiet"))
    with django_assert_num_queries(QUERIES_NO_CONSEQUENCE):
        assert _check(watched.pk, "q1") == UrlState.ALIVE
    with django_assert_num_queries(QUERIES_NO_CONSEQUENCE):
        assert _check(watched.pk, "q2") == UrlState.ALIVE
    first, second = Snapshot.objects.order_by("id")
    assert (second.check_run, second.status_code, second.changed, second.text_sha256) == (
        "q2",
        200,
        False,
        first.text_sha256,
    )
    watched.refresh_from_db()
    assert (watched.state, watched.consecutive_failures, watched.stable_checks, watched.last_text_sha256) == (
        UrlState.ALIVE,
        0,
        2,
        first.text_sha256,
    )
    assert watched.last_checked_at == second.fetched_at
    # A failure that does not kill the URL costs the same.
    server.statuses["quiet"] = 404
    with django_assert_num_queries(QUERIES_NO_CONSEQUENCE):
        assert _check(watched.pk, "q3") == UrlState.FAILING
    watched.refresh_from_db()
    assert (watched.state, watched.consecutive_failures, watched.stable_checks, watched.last_error) == (
        UrlState.FAILING,
        1,
        0,
        "HTTP 404",
    )


def test_unchanged_text_moves_evidence_to_the_new_snapshot_and_keeps_quote_flags(
    server, django_capture_on_commit_callbacks, django_assert_num_queries
) -> None:  # type: ignore[no-untyped-def]
    # Two claims quoting the same page (one claim links a URL once per role).
    claim, other_claim = ClaimFactory.create(), ClaimFactory.create()
    url = _page(server, "kept")
    with django_capture_on_commit_callbacks(execute=True):
        found = evidence_add(claim_id=claim.pk, actor=Actor.job("tests"), url=url, quote=QUOTE)
    with django_capture_on_commit_callbacks(execute=True):
        missing = evidence_add(claim_id=other_claim.pk, actor=Actor.job("tests"), url=url, quote="Nobody was hurt.")
    watched = WatchedUrl.objects.get()
    # The quote check: the URL's evidence read and one bulk UPDATE of its snapshot pointers and flags.
    with django_assert_num_queries(QUERIES_NO_CONSEQUENCE + 2):
        assert _check(watched.pk, "same-text") == UrlState.ALIVE
    latest = Snapshot.objects.get(check_run="same-text")
    assert sorted(Evidence.objects.values_list("pk", "snapshot_id", "quote_missing")) == [
        (found.pk, latest.pk, False),
        (missing.pk, latest.pk, True),
    ]


def test_new_evidence_on_an_unchanged_page_gets_its_quote_checked(server, django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    watched = WatchedUrl.objects.create(url=_page(server, "late"))
    _check(watched.pk, "before")
    with django_capture_on_commit_callbacks(execute=True):
        evidence = evidence_add(
            claim_id=ClaimFactory.create().pk, actor=Actor.job("tests"), url=watched.url, quote="Absent."
        )
    evidence.refresh_from_db()
    snapshot = Snapshot.objects.get(check_run=f"evidence-{evidence.pk}")
    assert (evidence.snapshot_id, evidence.quote_missing) == (snapshot.pk, True)


def test_state_moved_since_the_fetch_is_recorded_under_the_lock(server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(checks, "SOURCES_CHECK_DEAD_AFTER", 3)
    watched = WatchedUrl.objects.create(url=_page(server, "gone"))
    server.statuses["gone"] = 404
    outcome = source_check_fetch(url_id=watched.pk, check_run="r3")
    assert outcome is not None
    # Two other checks recorded failures while this one was fetching.
    WatchedUrl.objects.filter(pk=watched.pk).update(state=UrlState.FAILING, consecutive_failures=2)

    result = source_check_apply(outcome=outcome)

    assert result is not None
    assert (result.state, result.rule and result.rule.finding, result.duplicate) == (UrlState.DEAD, "died", False)
    assert _state(watched.pk) == (UrlState.DEAD, 3, 0)


def test_a_recorded_check_run_leaves_the_url_untouched(server) -> None:  # type: ignore[no-untyped-def]
    watched = WatchedUrl.objects.create(url=_page(server, "twice"))
    outcome = source_check_fetch(url_id=watched.pk, check_run="r1")
    assert outcome is not None
    # The same check run recorded by a redelivered message meanwhile (the URL row is as it was read).
    Snapshot.objects.create(watched_url=watched, check_run="r1")

    result = source_check_apply(outcome=outcome)

    assert result is not None
    assert (result.duplicate, result.snapshot_id, result.rule) == (True, None, None)
    assert Snapshot.objects.count() == 1
    watched.refresh_from_db()
    assert (watched.state, watched.stable_checks, watched.last_checked_at) == (UrlState.PENDING, 0, None)


def test_the_same_outcome_applied_twice_is_recorded_once(server) -> None:  # type: ignore[no-untyped-def]
    watched = WatchedUrl.objects.create(url=_page(server, "again"))
    outcome = source_check_fetch(url_id=watched.pk, check_run="r1")
    assert outcome is not None
    first = source_check_apply(outcome=outcome)
    second = source_check_apply(outcome=outcome)
    assert first is not None
    assert second is not None
    assert (first.duplicate, second.duplicate, second.snapshot_id) == (False, True, None)
    assert Snapshot.objects.get().pk == first.snapshot_id
    assert _state(watched.pk) == (UrlState.ALIVE, 0, 1)


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_check_waiting_on_a_concurrent_one_sees_its_writes(server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The check waits for the row lock of a concurrent check, then reads the row as that one left it and records
    itself on top of the other one's writes."""
    monkeypatch.setattr(checks, "SOURCES_CHECK_DEAD_AFTER", 5)
    watched = WatchedUrl.objects.create(url=_page(server, "race"))
    server.statuses["race"] = 404
    outcome = source_check_fetch(url_id=watched.pk, check_run="mine")
    assert outcome is not None
    holding = threading.Event()
    release = threading.Event()

    def concurrent_check() -> None:
        try:
            with transaction.atomic():
                watched_url_qs_select_for_update().get(pk=watched.pk)
                holding.set()
                release.wait(timeout=30)
                Snapshot.objects.create(watched_url_id=watched.pk, check_run="theirs", status_code=404)
                WatchedUrl.objects.filter(pk=watched.pk).update(
                    state=UrlState.FAILING, consecutive_failures=F("consecutive_failures") + 1
                )
        finally:
            connection.close()

    results = []

    def this_check() -> None:
        try:
            results.append(source_check_apply(outcome=outcome))
        finally:
            connection.close()

    other = threading.Thread(target=concurrent_check)
    other.start()
    assert holding.wait(timeout=30)
    mine = threading.Thread(target=this_check)
    mine.start()
    deadline = time.monotonic() + 30
    with connection.cursor() as cursor:
        while True:
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
            if cursor.fetchone()[0] >= 1 or time.monotonic() > deadline:
                break
            time.sleep(0.02)
    release.set()
    other.join(timeout=30)
    mine.join(timeout=30)

    assert [(r.state, r.duplicate) for r in results if r is not None] == [(UrlState.FAILING, False)]
    assert sorted(Snapshot.objects.values_list("check_run", "status_code")) == [("mine", 404), ("theirs", 404)]
    assert _state(watched.pk) == (UrlState.FAILING, 2, 0)
