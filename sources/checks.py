"""Checking a watched URL: fetch (outside any transaction), then record the snapshot and its consequences.

``source_check_fetch`` does the network part and returns a ``CheckOutcome`` (never raises for a refused URL or an
HTTP status; raises ``FetchError`` only for failures worth retrying). ``source_check_record`` writes the snapshot,
WARC path, URL state, next check time and quote flags under the URL's row lock, and returns what changed so the
caller (verifier) can reopen claims in the same transaction. A second record for the same check run writes
nothing (unique (watched_url, check_run)).
"""

import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
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


@dataclass
class CheckOutcome:
    """What one fetch of a watched URL produced, before anything is written."""

    url_id: int
    check_run: str
    fetched_at: datetime
    response: FetchResponse | None = None
    text: str = ""
    warc_path: str = ""
    error: str = ""
    refused: bool = False
    dns_failure: bool = False


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


def _retry_after(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def source_check_fetch(*, url_id: int, check_run: str, policy: FetchPolicy | None = None) -> CheckOutcome | None:
    """Fetch a watched URL through the safe client and archive the body as WARC. No database writes. ``None``
    when this check run is already recorded (a redelivery): nothing is fetched.

    Raises ``FetchError`` (transient reasons) or ``RetryableStatus`` (5xx, 429) for the caller to retry; a refusal,
    DNS failure, 4xx or a permanent fetch error comes back in the outcome.
    """
    watched = WatchedUrl.objects.annotate(done=_recorded(check_run)).get(pk=url_id)
    if watched.done:
        return None
    fetched_at = timezone.now()
    outcome = CheckOutcome(url_id=url_id, check_run=check_run, fetched_at=fetched_at)
    try:
        response = fetch(watched.url, policy=policy)
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
    if response.ok:
        outcome.text = extract_text(response.content, response.content_type, url=response.url)
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
    response = outcome.response
    ok = response is not None and response.ok
    normalised = normalise_text(outcome.text)
    body_sha = sha256(response.content) if response else ""
    snapshot = Snapshot(
        watched_url=watched,
        check_run=outcome.check_run,
        final_url=response.url if response else "",
        status_code=response.status_code if response else None,
        content_type=(response.content_type if response else "")[:200],
        headers=notable_headers(dict(response.headers)) if response else {},
        sha256=body_sha,
        text=outcome.text,
        # PDFs (no text) are compared on their bytes.
        text_sha256=(sha256(normalised.encode()) if normalised else body_sha) if ok else "",
        warc_path=outcome.warc_path,
        error=outcome.error,
    )
    was_dead = watched.state == UrlState.DEAD
    result = CheckResult(url_id=watched.pk, snapshot_id=None, url=watched.url)
    if ok:
        previous_sha = watched.last_text_sha256
        if previous_sha and previous_sha != snapshot.text_sha256:
            previous = snapshot_latest_ok(url_id=watched.pk)
            snapshot.changed = (
                previous is None or not normalised or text_changed(normalise_text(previous.text), normalised)
            )
        watched.state = UrlState.ALIVE
        watched.consecutive_failures = 0
        watched.last_error = ""
        watched.stable_checks = 0 if snapshot.changed else watched.stable_checks + 1
        # A change below the materiality threshold still becomes the new baseline.
        watched.last_text_sha256 = snapshot.text_sha256
    elif outcome.refused:
        watched.state = UrlState.REFUSED
        watched.last_error = outcome.error
    else:
        rot = outcome.dns_failure or (response is not None and response.status_code in ROT_STATUSES)
        if rot:
            watched.consecutive_failures += 1
        watched.stable_checks = 0
        watched.last_error = (outcome.error or f"HTTP {response.status_code}") if response else outcome.error
        dead = watched.consecutive_failures >= settings.SOURCES_CHECK_DEAD_AFTER
        watched.state = UrlState.DEAD if dead else UrlState.FAILING
        result.died = dead and not was_dead
    snapshot.save()
    now = timezone.now()
    watched.last_checked_at = now
    watched.next_check_at = (
        None
        if watched.state == UrlState.REFUSED
        else now + next_check_delay(stable_checks=watched.stable_checks, failing=watched.state != UrlState.ALIVE)
    )
    watched.save()
    result.snapshot_id = snapshot.pk
    result.changed = snapshot.changed
    result.state = watched.state
    if ok and watched.has_evidence:
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
