"""Checking a watched URL: fetch (outside any transaction), then record the snapshot and its consequences.

``source_check_fetch`` reads the URL's check state (one query), does the network part and the heavy work (hashes,
text extraction, WARC) and returns a ``CheckOutcome`` (never raises for a refused URL or an HTTP status; raises
``FetchError`` only for failures worth retrying). Recording has two paths:

* ``source_check_record_quick``: a check with no consequence beyond the URL row (text unchanged or first seen, no
  quote to re-check, the URL not dying) is recorded by one statement that locks the URL row, compares its state
  with the state read before the fetch, inserts the snapshot (ON CONFLICT on (watched_url, check_run) does nothing)
  and updates the URL and its evidence pointers only when the snapshot was inserted. It returns None when it did
  not apply (the state moved, the check run is already recorded, or there is more to do).
* ``source_check_record`` (inside the caller's transaction): the same writes under the URL's row lock taken
  first, plus change detection against the previous text and the quote checks; returns what changed so the caller
  (verifier) can reopen claims in the same transaction.

Both compute the URL's next state with ``url_state_next``. A second record for the same check run writes nothing
(unique (watched_url, check_run)).
"""

import json
import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from django.conf import settings
from django.db import connection
from django.db.models import Exists, OuterRef
from django.utils import timezone
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from sources.fetch import FetchError, FetchPolicy, FetchRefused, FetchResponse, fetch
from sources.models import Evidence, Snapshot, UrlState, WatchedUrl
from sources.selectors import snapshot_latest_ok
from sources.snapshots import extract_text, normalise_text, notable_headers, sha256, warc_write

logger = logging.getLogger(__name__)

# Failures that mean the page is gone (link rot) when they repeat.
ROT_STATUSES = frozenset({404, 410})
# Fetch failures worth retrying (transient); everything else is recorded at once.
RETRYABLE_REASONS = frozenset({"timeout", "connection", "deadline", "request"})
EVIDENCE_BATCH_SIZE = 500


class RetryableStatus(Exception):
    """A 5xx or 429 answer: the check should be retried later."""

    def __init__(self, status_code: int, retry_after: float | None) -> None:
        super().__init__(f"HTTP {status_code}")
        self.status_code = status_code
        self.retry_after = retry_after


@dataclass(frozen=True)
class UrlSeen:
    """A watched URL's check state as read, without a lock, before its fetch (``watched_url_seen``)."""

    url: str
    state: str
    consecutive_failures: int
    stable_checks: int
    last_text_sha256: str
    last_checked_at: datetime | None
    # This check run is already recorded (a redelivery).
    done: bool = False
    # Some evidence on the URL was not checked against its current text (new evidence, or a changed text).
    quotes_pending: bool = False


@dataclass
class CheckOutcome:
    """What one fetch of a watched URL produced, before anything is written. The hashes and the normalised text
    are computed with the fetch, outside any transaction."""

    url_id: int
    check_run: str
    fetched_at: datetime
    response: FetchResponse | None = None
    text: str = ""
    warc_path: str = ""
    error: str = ""
    refused: bool = False
    dns_failure: bool = False
    seen: UrlSeen | None = None
    normalised: str = ""
    body_sha256: str = ""
    # Of the normalised text; PDFs without text are compared on their bytes. Empty unless the response is 2xx.
    text_sha256: str = ""

    @property
    def ok(self) -> bool:
        return self.response is not None and self.response.ok


@dataclass(frozen=True)
class UrlUpdate:
    """The URL row's state after a check (``url_state_next``)."""

    state: str
    consecutive_failures: int
    stable_checks: int
    last_text_sha256: str
    last_error: str
    last_checked_at: datetime
    next_check_at: datetime | None
    # The check made the URL dead (it was not before): claims resting on it are reopened.
    died: bool


@dataclass
class CheckResult:
    """What ``source_check_record`` wrote. ``duplicate`` when the check run was already recorded."""

    url_id: int
    snapshot_id: int | None
    duplicate: bool = False
    changed: bool = False
    died: bool = False
    state: str = ""
    url: str = ""
    quote_missing_ids: list[int] = field(default_factory=list)


def watched_url_qs_select_for_update():  # type: ignore[no-untyped-def]
    """Watched URLs locked FOR UPDATE; use inside a transaction."""
    return WatchedUrl.objects.select_for_update()


def _recorded(check_run: str) -> Exists:
    return Exists(Snapshot.objects.filter(watched_url_id=OuterRef("pk"), check_run=check_run))


_SEEN_SQL = """
SELECT w.url, w.state, w.consecutive_failures, w.stable_checks, w.last_text_sha256, w.last_checked_at,
       EXISTS (SELECT 1 FROM sources_snapshot s WHERE s.watched_url_id = w.id AND s.check_run = %s),
       EXISTS (SELECT 1 FROM sources_evidence e LEFT JOIN sources_snapshot s ON s.id = e.snapshot_id
               WHERE e.watched_url_id = w.id AND s.text_sha256 IS DISTINCT FROM w.last_text_sha256)
FROM sources_watchedurl w WHERE w.id = %s
"""


def watched_url_seen(*, url_id: int, check_run: str) -> UrlSeen:
    """The URL's check state, whether ``check_run`` is recorded and whether quotes are pending: one query, no lock.
    Raises ``WatchedUrl.DoesNotExist``."""
    with connection.cursor() as cursor:
        cursor.execute(_SEEN_SQL, [check_run, url_id])
        row = cursor.fetchone()
    if row is None:
        raise WatchedUrl.DoesNotExist(f"WatchedUrl {url_id} does not exist")
    return UrlSeen(*row)


def _retry_after(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def source_check_fetch(*, url_id: int, check_run: str, policy: FetchPolicy | None = None) -> CheckOutcome | None:
    """Read the URL's check state (one query), fetch it through the safe client, extract and hash its text and
    archive the body as WARC. No database writes, no transaction. ``None`` when this check run is already recorded
    (a redelivery): nothing is fetched.

    Raises ``FetchError`` (transient reasons) or ``RetryableStatus`` (5xx, 429) for the caller to retry; a refusal,
    DNS failure, 4xx or a permanent fetch error comes back in the outcome.
    """
    seen = watched_url_seen(url_id=url_id, check_run=check_run)
    if seen.done:
        return None
    fetched_at = timezone.now()
    outcome = CheckOutcome(url_id=url_id, check_run=check_run, fetched_at=fetched_at, seen=seen)
    try:
        response = fetch(seen.url, policy=policy)
    except FetchRefused as exc:
        outcome.refused = True
        outcome.error = f"refused: {exc.reason}: {exc.detail}"
        return outcome
    except FetchError as exc:
        if exc.reason in RETRYABLE_REASONS:
            raise
        outcome.dns_failure = exc.reason == "dns"
        outcome.error = f"{exc.reason}: {exc.detail}"
        return outcome
    if response.status_code >= 500 or response.status_code == 429:
        raise RetryableStatus(response.status_code, _retry_after(response.headers.get("Retry-After")))
    outcome.response = response
    outcome.body_sha256 = sha256(response.content)
    if response.ok:
        outcome.text = extract_text(response.content, response.content_type, url=response.url)
        outcome.normalised = normalise_text(outcome.text)
        outcome.text_sha256 = sha256(outcome.normalised.encode()) if outcome.normalised else outcome.body_sha256
    outcome.warc_path = warc_write(response=response, url_id=url_id, check_run=check_run, fetched_at=fetched_at)
    return outcome


def source_check_failed(*, url_id: int, check_run: str, error: str) -> CheckOutcome:
    """The outcome of a check whose retries ran out (recorded as a failed snapshot)."""
    return CheckOutcome(url_id=url_id, check_run=check_run, fetched_at=timezone.now(), error=error)


def next_check_delay(*, stable_checks: int, failing: bool) -> timedelta:
    """Base interval doubled per stable check up to the maximum, +/- jitter. Failing URLs use the base interval."""
    base = settings.SOURCES_CHECK_INTERVAL_HOURS * 3600
    seconds = (
        base if failing else min(base * 2 ** min(stable_checks, 20), settings.SOURCES_CHECK_MAX_INTERVAL_HOURS * 3600)
    )
    jitter = settings.SOURCES_CHECK_JITTER
    return timedelta(seconds=seconds * random.uniform(1 - jitter, 1 + jitter))


def text_changed(previous: str, current: str) -> bool:
    """Whether two normalised texts differ materially (more than SOURCES_CHANGE_THRESHOLD of their content)."""
    if previous == current:
        return False
    similarity = Indel.normalized_similarity(previous, current)
    return (1 - similarity) > settings.SOURCES_CHANGE_THRESHOLD


def quote_found(quote: str, text: str) -> bool:
    needle = normalise_text(quote)
    if not needle:
        return True
    haystack = normalise_text(text)
    if needle in haystack:
        return True
    return fuzz.partial_ratio(needle, haystack) >= settings.SOURCES_QUOTE_MATCH_THRESHOLD


class UrlCheckState(Protocol):
    """A watched URL's check state before a check: the row (``WatchedUrl``) or what was read of it (``UrlSeen``)."""

    @property
    def state(self) -> str: ...
    @property
    def consecutive_failures(self) -> int: ...
    @property
    def stable_checks(self) -> int: ...
    @property
    def last_text_sha256(self) -> str: ...


def url_state_next(*, outcome: CheckOutcome, changed: bool, before: UrlCheckState, now: datetime) -> UrlUpdate:
    """The URL's state after ``outcome``, from its state ``before`` (``changed``: the text changed materially)."""
    state = before.state
    consecutive_failures = before.consecutive_failures
    stable_checks = before.stable_checks
    last_text_sha256 = before.last_text_sha256
    died = False
    last_error = ""
    if outcome.ok:
        new_state = UrlState.ALIVE
        consecutive_failures = 0
        stable_checks = 0 if changed else stable_checks + 1
        # A change below the materiality threshold still becomes the new baseline.
        last_text_sha256 = outcome.text_sha256
    elif outcome.refused:
        new_state = UrlState.REFUSED
        last_error = outcome.error
    else:
        response = outcome.response
        if outcome.dns_failure or (response is not None and response.status_code in ROT_STATUSES):
            consecutive_failures += 1
        stable_checks = 0
        last_error = (outcome.error or f"HTTP {response.status_code}") if response else outcome.error
        dead = consecutive_failures >= settings.SOURCES_CHECK_DEAD_AFTER
        new_state = UrlState.DEAD if dead else UrlState.FAILING
        died = dead and state != UrlState.DEAD
    next_check_at = (
        None
        if new_state == UrlState.REFUSED
        else now + next_check_delay(stable_checks=stable_checks, failing=new_state != UrlState.ALIVE)
    )
    return UrlUpdate(
        state=new_state,
        consecutive_failures=consecutive_failures,
        stable_checks=stable_checks,
        last_text_sha256=last_text_sha256,
        last_error=last_error,
        last_checked_at=now,
        next_check_at=next_check_at,
        died=died,
    )


def _snapshot_values(outcome: CheckOutcome) -> dict[str, Any]:
    response = outcome.response
    return {
        "check_run": outcome.check_run,
        "final_url": response.url if response else "",
        "status_code": response.status_code if response else None,
        "content_type": (response.content_type if response else "")[:200],
        "headers": notable_headers(dict(response.headers)) if response else {},
        "sha256": outcome.body_sha256,
        "text": outcome.text,
        "text_sha256": outcome.text_sha256,
        "warc_path": outcome.warc_path,
        "error": outcome.error,
    }


# One statement: lock the URL row if its state is still the one read before the fetch, insert the snapshot unless
# the check run is recorded, then (only for an inserted snapshot) update the URL and point the evidence whose quote
# was checked against the same text at the new snapshot.
_QUICK_SQL = """
WITH snapshot AS (
    INSERT INTO sources_snapshot (watched_url_id, check_run, final_url, status_code, content_type, headers, sha256,
                                  text, text_sha256, warc_path, error, changed, fetched_at)
    SELECT w.id, %(check_run)s, %(final_url)s, %(status_code)s, %(content_type)s, %(headers)s::jsonb, %(sha256)s,
           %(text)s, %(text_sha256)s, %(warc_path)s, %(error)s, false, %(now)s
    FROM (SELECT id FROM sources_watchedurl
          WHERE id = %(url_id)s AND state = %(seen_state)s AND consecutive_failures = %(seen_failures)s
            AND stable_checks = %(seen_stable)s AND last_text_sha256 = %(seen_text_sha256)s
            AND last_checked_at IS NOT DISTINCT FROM %(seen_checked_at)s
          FOR UPDATE) w
    ON CONFLICT (watched_url_id, check_run) DO NOTHING
    RETURNING id, watched_url_id
), url AS (
    UPDATE sources_watchedurl w
    SET state = %(state)s, consecutive_failures = %(consecutive_failures)s, stable_checks = %(stable_checks)s,
        last_text_sha256 = %(last_text_sha256)s, last_error = %(last_error)s,
        last_checked_at = %(last_checked_at)s, next_check_at = %(next_check_at)s
    FROM snapshot WHERE w.id = snapshot.watched_url_id
), evidence AS (
    UPDATE sources_evidence e SET snapshot_id = snapshot.id
    FROM snapshot, sources_snapshot previous
    WHERE %(ok)s AND e.watched_url_id = snapshot.watched_url_id AND previous.id = e.snapshot_id
      AND previous.text_sha256 = %(text_sha256)s
)
SELECT id FROM snapshot
"""


def source_check_record_quick(*, outcome: CheckOutcome) -> CheckResult | None:
    """Record a check that changes nothing but the URL row, in one statement and without a transaction of its own:
    a 2xx whose text is the URL's first or the same as its last (no evidence with a quote to re-check), or a failure
    or refusal that does not make the URL dead. The URL row is locked by the statement and the writes happen only
    if its state is still the one ``source_check_fetch`` read (compare and set) and the snapshot is new.

    Returns None, having written nothing, when the check needs ``source_check_record`` (change detection, quotes,
    link death) or when the compare-and-set or the insert did not apply (a concurrent check, a redelivery).
    """
    seen = outcome.seen
    if seen is None or seen.done:
        return None
    if outcome.ok and (seen.quotes_pending or (seen.last_text_sha256 not in ("", outcome.text_sha256))):
        return None
    now = timezone.now()
    update = url_state_next(outcome=outcome, changed=False, before=seen, now=now)
    if update.died:
        return None
    values = _snapshot_values(outcome)
    params: dict[str, Any] = {
        **values,
        "headers": json.dumps(values["headers"]),
        "now": now,
        "url_id": outcome.url_id,
        "seen_state": seen.state,
        "seen_failures": seen.consecutive_failures,
        "seen_stable": seen.stable_checks,
        "seen_text_sha256": seen.last_text_sha256,
        "seen_checked_at": seen.last_checked_at,
        "state": update.state,
        "consecutive_failures": update.consecutive_failures,
        "stable_checks": update.stable_checks,
        "last_text_sha256": update.last_text_sha256,
        "last_error": update.last_error,
        "last_checked_at": update.last_checked_at,
        "next_check_at": update.next_check_at,
        "ok": outcome.ok,
    }
    with connection.cursor() as cursor:
        cursor.execute(_QUICK_SQL, params)
        row = cursor.fetchone()
    if row is None:
        return None
    return CheckResult(url_id=outcome.url_id, snapshot_id=row[0], state=update.state, url=seen.url)


def source_check_record(*, outcome: CheckOutcome) -> CheckResult:
    """Write the snapshot of one check and update the URL. Call inside a transaction (the caller's), so that what
    the caller does with the result (reopening claims) commits with it. Idempotent per check run: every writer of a
    URL's snapshots holds the URL's row lock, under which the check run is looked up.
    """
    watched = (
        watched_url_qs_select_for_update()
        .annotate(
            done=_recorded(outcome.check_run),
            has_evidence=Exists(Evidence.objects.filter(watched_url_id=OuterRef("pk"))),
        )
        .get(pk=outcome.url_id)
    )
    if watched.done:
        return CheckResult(url_id=watched.pk, snapshot_id=None, duplicate=True, state=watched.state, url=watched.url)
    changed = False
    previous_sha = watched.last_text_sha256
    if outcome.ok and previous_sha and previous_sha != outcome.text_sha256:
        previous = snapshot_latest_ok(url_id=watched.pk)
        changed = (
            previous is None
            or not outcome.normalised
            or text_changed(normalise_text(previous.text), outcome.normalised)
        )
    update = url_state_next(outcome=outcome, changed=changed, before=watched, now=timezone.now())
    snapshot = Snapshot.objects.create(watched_url=watched, changed=changed, **_snapshot_values(outcome))
    WatchedUrl.objects.filter(pk=watched.pk).update(
        state=update.state,
        consecutive_failures=update.consecutive_failures,
        stable_checks=update.stable_checks,
        last_text_sha256=update.last_text_sha256,
        last_error=update.last_error,
        last_checked_at=update.last_checked_at,
        next_check_at=update.next_check_at,
    )
    result = CheckResult(
        url_id=watched.pk,
        snapshot_id=snapshot.pk,
        changed=changed,
        died=update.died,
        state=update.state,
        url=watched.url,
    )
    if outcome.ok and watched.has_evidence:
        result.quote_missing_ids = _quotes_check(url_id=watched.pk, snapshot=snapshot)
    return result


def _quotes_check(*, url_id: int, snapshot: Snapshot) -> list[int]:
    """Point the URL's evidence at the new snapshot and flag quotes no longer found in its text."""
    rows = list(Evidence.objects.filter(watched_url_id=url_id))
    missing: list[int] = []
    for evidence in rows:
        evidence.snapshot = snapshot
        evidence.quote_missing = bool(evidence.quote) and not quote_found(evidence.quote, snapshot.text)
        if evidence.quote_missing:
            missing.append(evidence.pk)
    Evidence.objects.bulk_update(rows, ["snapshot", "quote_missing"], batch_size=EVIDENCE_BATCH_SIZE)
    return missing
