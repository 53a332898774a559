"""Checking a watched URL: fetch (outside any transaction), then record the snapshot and its consequences.

``source_check_fetch`` reads the URL and whether this check run is recorded (one query), does the network part and
the heavy work (hashes, text extraction, WARC) and returns a ``CheckOutcome`` (never raises for a refused URL or an
HTTP status; raises ``FetchError`` only for failures worth retrying).

``source_check_record`` (inside the caller's transaction) is the one recording path: under the URL's row lock it
looks the check run up (a second record of the same run writes nothing; unique (watched_url, check_run)), detects a
material text change, picks the check's rule (``sources.check_rules``) and the URL's next state
(``url_state_next``), writes the snapshot and the URL, and checks the evidence quotes. It returns the rule, so the
caller (verifier) carries out its consequences in the same transaction.
"""

import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Exists, OuterRef
from django.utils import timezone
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from sources.check_rules import CheckFacts, CheckRule, check_rule_match
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
# Hours to a URL's next check; doubled per stable check (unchanged text) up to the max: quiet pages cost less.
SOURCES_CHECK_INTERVAL_HOURS = 6.0
# The longest interval (a week): a page that never changes is still checked weekly.
SOURCES_CHECK_MAX_INTERVAL_HOURS = 24.0 * 7
# +/- this fraction of random spread on every interval, so URLs checked together do not stay in step.
SOURCES_CHECK_JITTER = 0.1
# Consecutive 404/410/DNS failures (this check included) that make a URL dead (link rot), not a passing outage.
SOURCES_CHECK_DEAD_AFTER = 3
# Share of the normalised text that must differ (1 - Indel similarity) for a change to be material.
SOURCES_CHANGE_THRESHOLD = 0.02
# rapidfuzz partial-ratio score (0-100) at which an evidence quote counts as found despite small edits.
SOURCES_QUOTE_MATCH_THRESHOLD = 85


class RetryableStatus(Exception):
    """A 5xx or 429 answer: the check should be retried later."""

    def __init__(self, status_code: int, retry_after: float | None) -> None:
        super().__init__(f"HTTP {status_code}")
        self.status_code = status_code
        self.retry_after = retry_after


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
    # The source-check rule the check matched (``sources.check_rules``): the state above and the consequences.
    rule: CheckRule


@dataclass
class CheckResult:
    """What ``source_check_record`` wrote. ``duplicate`` (and no rule) when the check run was already recorded."""

    url_id: int
    snapshot_id: int | None
    duplicate: bool = False
    changed: bool = False
    rule: CheckRule | None = None
    state: str = ""
    url: str = ""
    quote_missing_ids: list[int] = field(default_factory=list)


def watched_url_qs_select_for_update():  # type: ignore[no-untyped-def]
    """Watched URLs locked FOR UPDATE; use inside a transaction."""
    return WatchedUrl.objects.select_for_update()


def _recorded(check_run: str) -> Exists:
    return Exists(Snapshot.objects.filter(watched_url_id=OuterRef("pk"), check_run=check_run))


def watched_url_seen(*, url_id: int, check_run: str) -> tuple[str, bool]:
    """The URL and whether ``check_run`` is already recorded for it: one query, no lock.
    Raises ``WatchedUrl.DoesNotExist``."""
    row = WatchedUrl.objects.filter(pk=url_id).annotate(done=_recorded(check_run)).values_list("url", "done").first()
    if row is None:
        raise WatchedUrl.DoesNotExist(f"WatchedUrl {url_id} does not exist")
    return row[0], row[1]


def _retry_after(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def source_check_fetch(*, url_id: int, check_run: str, policy: FetchPolicy | None = None) -> CheckOutcome | None:
    """Read the URL and whether this check run is recorded (one query), fetch it through the safe client, extract
    and hash its text and archive the body as WARC. No database writes, no transaction. ``None`` when this check
    run is already recorded (a redelivery): nothing is fetched. Raises ``WatchedUrl.DoesNotExist`` for a deleted URL.

    Raises ``FetchError`` (transient reasons) or ``RetryableStatus`` (5xx, 429) for the caller to retry; a refusal,
    DNS failure, 4xx or a permanent fetch error comes back in the outcome.
    """
    url, done = watched_url_seen(url_id=url_id, check_run=check_run)
    if done:
        return None
    fetched_at = timezone.now()
    outcome = CheckOutcome(url_id=url_id, check_run=check_run, fetched_at=fetched_at)
    try:
        response = fetch(url, policy=policy)
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
    base = SOURCES_CHECK_INTERVAL_HOURS * 3600
    seconds = base if failing else min(base * 2 ** min(stable_checks, 20), SOURCES_CHECK_MAX_INTERVAL_HOURS * 3600)
    jitter = SOURCES_CHECK_JITTER
    return timedelta(seconds=seconds * random.uniform(1 - jitter, 1 + jitter))


def text_changed(previous: str, current: str) -> bool:
    """Whether two normalised texts differ materially (more than SOURCES_CHANGE_THRESHOLD of their content)."""
    if previous == current:
        return False
    similarity = Indel.normalized_similarity(previous, current)
    return (1 - similarity) > SOURCES_CHANGE_THRESHOLD


def quote_found(quote: str, text: str) -> bool:
    needle = normalise_text(quote)
    if not needle:
        return True
    haystack = normalise_text(text)
    if needle in haystack:
        return True
    return fuzz.partial_ratio(needle, haystack) >= SOURCES_QUOTE_MATCH_THRESHOLD


def url_state_next(*, outcome: CheckOutcome, changed: bool, before: WatchedUrl, now: datetime) -> UrlUpdate:
    """The URL's state after ``outcome``, from its row ``before`` (``changed``: the text changed materially).

    The counters (failures, stable checks, text baseline, next check) are kept here; the state and what follows
    from it come from the matching source-check rule (``sources.check_rules``).
    """
    consecutive_failures = before.consecutive_failures
    stable_checks = before.stable_checks
    last_text_sha256 = before.last_text_sha256
    last_error = ""
    response = outcome.response
    if outcome.ok:
        consecutive_failures = 0
        stable_checks = 0 if changed else stable_checks + 1
        # A change below the materiality threshold still becomes the new baseline.
        last_text_sha256 = outcome.text_sha256
    elif outcome.refused:
        last_error = outcome.error
    else:
        if outcome.dns_failure or (response is not None and response.status_code in ROT_STATUSES):
            consecutive_failures += 1
        stable_checks = 0
        last_error = (outcome.error or f"HTTP {response.status_code}") if response else outcome.error
    facts = CheckFacts(
        ok=outcome.ok,
        refused=outcome.refused,
        status_code=response.status_code if response else None,
        url=before.url,
        final_url=response.url if response else "",
        changed=outcome.ok and changed,
        dead=not outcome.ok and not outcome.refused and consecutive_failures >= SOURCES_CHECK_DEAD_AFTER,
        state_before=before.state,
    )
    rule = check_rule_match(facts)
    next_check_at = (
        None
        if rule.state == UrlState.REFUSED
        else now + next_check_delay(stable_checks=stable_checks, failing=rule.state != UrlState.ALIVE)
    )
    return UrlUpdate(
        state=rule.state,
        consecutive_failures=consecutive_failures,
        stable_checks=stable_checks,
        last_text_sha256=last_text_sha256,
        last_error=last_error,
        last_checked_at=now,
        next_check_at=next_check_at,
        rule=rule,
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


def source_check_record(*, outcome: CheckOutcome) -> CheckResult:
    """Write the snapshot of one check and update the URL; the result names the source-check rule the check matched.
    Call inside a transaction (the caller's), so that what the caller does with the rule's consequences (reopening
    claims) commits with it. Idempotent per check run: every writer of a
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
    snapshot = Snapshot.objects.create(watched_url=watched, changed=changed, **_snapshot_values(outcome))
    # The URL's last check time is its snapshot's.
    update = url_state_next(outcome=outcome, changed=changed, before=watched, now=snapshot.fetched_at)
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
        rule=update.rule,
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
