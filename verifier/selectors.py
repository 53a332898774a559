"""Workflow reads: claim history and its replay, per-claim metrics, triage suggestions, overdue review tasks."""

from collections.abc import Iterable
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
    if not unique:
        return []
    by_key = source_ids_by_key(names=[name for name, _ in unique])
    return [{"name": name, "from": origin, "source_id": by_key.get(source_key(name))} for name, origin in unique]


def claim_cluster_match(*, claim: Claim) -> dict[str, Any] | None:
    """The latest published claim in the same cluster, as a verdict *suggestion* (never applied), or ``None``."""
    if claim.cluster_id is None:
        return None
    match = (
        Claim.objects.filter(cluster_id=claim.cluster_id, status=Status.PUBLISHED)
        .exclude(pk=claim.pk)
        .order_by("-published_at", "-id")
        .first()
    )
    if match is None:
        return None
    return {
        "claim_id": match.pk,
        "verdict": match.verdict,
        "rating": claimreview_rating(match.verdict),
        "summary": match.verdict_summary,
        "published_at": match.published_at.isoformat() if match.published_at else None,
    }


def review_tasks_overdue(*, now: datetime | None = None) -> QuerySet[ReviewTask]:
    """Open review tasks past their due date, most overdue first."""
    return ReviewTask.objects.overdue(now=now).select_related("claim", "assignee").order_by("due_at", "id")
