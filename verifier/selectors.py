"""Workflow reads: claim history and its replay, per-claim metrics, triage suggestions, overdue review tasks."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import DurationField, ExpressionWrapper, F, QuerySet

from claims.models import Claim, Status, Verdict
from sources.names import source_key
from sources.selectors import source_ids_by_key
from verifier.models import ReviewTask, VerificationEvent
from verifier.ratings import claimreview_rating

# Entity labels (spaCy) that can name a source: people, organisations, nationalities/religious/political groups.
SOURCE_ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def claim_history(*, claim_id: int) -> QuerySet[VerificationEvent]:
    """The claim's audit events, oldest first."""
    return VerificationEvent.objects.filter(claim_id=claim_id).order_by("id")


def claim_replay(events: Iterable[VerificationEvent]) -> tuple[str, str]:
    """Replay a claim's events (oldest first) into its ``(status, verdict)``.

    Every event that moves the claim carries its ``to_status``/``to_verdict``; events that do not move it (evidence
    added, source changed) leave them blank and are skipped. The first event must be ``created``.
    """
    status, verdict = "", ""
    for event in events:
        if event.to_status:
            status = event.to_status
        if event.to_verdict:
            verdict = event.to_verdict
    if not status:
        raise ValueError("No event sets a status: the history does not start with a 'created' event.")
    return status, verdict or Verdict.UNRATED


@dataclass(frozen=True)
class ClaimMetrics:
    claim_id: int
    created_at: datetime
    first_reviewed_at: datetime | None
    verdict_at: datetime | None
    published_at: datetime | None
    time_to_first_review: timedelta | None
    time_to_verdict: timedelta | None


def _elapsed(start: datetime, end: datetime | None) -> timedelta | None:
    return end - start if end is not None else None


def claim_metrics(*, claim_id: int) -> ClaimMetrics:
    """Time from extraction to the first review (first move to ``in_review``) and to the current verdict
    (its proposal). ``None`` while not reached."""
    claim = Claim.objects.only("created_at", "first_reviewed_at", "verdict_at", "published_at").get(pk=claim_id)
    return ClaimMetrics(
        claim_id=claim.pk,
        created_at=claim.created_at,
        first_reviewed_at=claim.first_reviewed_at,
        verdict_at=claim.verdict_at,
        published_at=claim.published_at,
        time_to_first_review=_elapsed(claim.created_at, claim.first_reviewed_at),
        time_to_verdict=_elapsed(claim.created_at, claim.verdict_at),
    )


def claim_qs_with_metrics(queryset: QuerySet[Claim] | None = None) -> QuerySet[Claim]:
    """Claims annotated with ``time_to_first_review`` and ``time_to_verdict`` (durations, null while not reached),
    for lists and aggregates (``Avg``) without a query per claim."""
    queryset = queryset if queryset is not None else Claim.objects.all()
    return queryset.annotate(
        time_to_first_review=ExpressionWrapper(F("first_reviewed_at") - F("created_at"), output_field=DurationField()),
        time_to_verdict=ExpressionWrapper(F("verdict_at") - F("created_at"), output_field=DurationField()),
    )


def claim_source_suggestions(*, claim: Claim) -> list[dict[str, Any]]:
    """Who could be a source for the claim: its claimers, then its person/organisation/group entities, each matched
    (by ``sources.names.source_key``, to a name or an alias) against the source registry. ``source_id`` is ``None``
    when unknown."""
    return claims_source_suggestions(claims=[claim])[claim.pk]


def _suggestion_names(claim: Claim) -> list[tuple[str, str]]:
    """The claim's claimers, then its source-like entities, once each by ``source_key``, as (name, origin)."""
    candidates: list[tuple[str, str]] = [(name, "claimer") for name in claim.claimers if isinstance(name, str)]
    candidates += [
        (entity["text"], "entity")
        for entity in claim.entities
        if isinstance(entity, dict) and entity.get("label") in SOURCE_ENTITY_LABELS and entity.get("text")
    ]
    seen: set[str] = set()
    unique: list[tuple[str, str]] = []
    for name, origin in candidates:
        key = source_key(name)
        if key and key not in seen:
            seen.add(key)
            unique.append((name.strip(), origin))
    return unique


def claims_source_suggestions(*, claims: Sequence[Claim]) -> dict[int, list[dict[str, Any]]]:
    """``claim_source_suggestions`` of several claims by claim id, with one registry lookup for all of them."""
    names = {claim.pk: _suggestion_names(claim) for claim in claims}
    every_name = [name for unique in names.values() for name, _ in unique]
    by_key = source_ids_by_key(names=every_name) if every_name else {}
    return {
        claim_id: [{"name": name, "from": origin, "source_id": by_key.get(source_key(name))} for name, origin in unique]
        for claim_id, unique in names.items()
    }


def claim_cluster_match(*, claim: Claim) -> dict[str, Any] | None:
    """The latest published claim in the same cluster, as a verdict *suggestion* (never applied), or ``None``."""
    return claims_cluster_matches(claims=[claim])[claim.pk]


def claims_cluster_matches(*, claims: Sequence[Claim]) -> dict[int, dict[str, Any] | None]:
    """``claim_cluster_match`` of several claims by claim id, in one query (the given claims never match
    themselves)."""
    own = {claim.pk for claim in claims}
    cluster_ids = {claim.cluster_id for claim in claims if claim.cluster_id is not None}
    latest: dict[int, Claim] = {}
    if cluster_ids:
        published = (
            Claim.objects.filter(cluster_id__in=cluster_ids, status=Status.PUBLISHED)
            .exclude(pk__in=own)
            .order_by("cluster_id", "-published_at", "-id")
        )
        for match in published:
            assert match.cluster_id is not None
            latest.setdefault(match.cluster_id, match)
    result: dict[int, dict[str, Any] | None] = {}
    for claim in claims:
        found = latest.get(claim.cluster_id) if claim.cluster_id is not None else None
        result[claim.pk] = (
            None
            if found is None
            else {
                "claim_id": found.pk,
                "verdict": found.verdict,
                "rating": claimreview_rating(found.verdict),
                "summary": found.verdict_summary,
                "published_at": found.published_at.isoformat() if found.published_at else None,
            }
        )
    return result


def review_tasks_overdue(*, now: datetime | None = None) -> QuerySet[ReviewTask]:
    """Open review tasks past their due date, most overdue first."""
    return ReviewTask.objects.overdue(now=now).select_related("claim", "assignee").order_by("due_at", "id")
