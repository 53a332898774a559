"""Writes for the source registry, claim-to-source links and watched URLs. Callers own the transaction unless a
function says otherwise."""

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower

from claims.models import Article, Claim
from config.errors import ApplicationError
from sources.models import (
    Evidence,
    EvidenceRole,
    Reliability,
    ReliabilityChange,
    Source,
    SourceAlias,
    SourceKind,
    Stance,
    WatchedUrl,
)
from sources.names import source_key
from sources.registry import RegistryRow
from sources.selectors import source_ids_by_key, watched_urls_due

logger = logging.getLogger(__name__)

LINK_BATCH_SIZE = 500
# How long a due URL handed to a check is leased (watched_urls_claim_due).
CHECK_LEASE_MINUTES = 60
# Entity labels (spaCy) whose text may name a registry source.
SOURCE_ENTITY_LABELS = frozenset({"ORG", "NORP", "PERSON", "GPE", "FAC"})
_PROPER = re.compile(r"[A-Z]")


def source_qs_select_for_update():  # type: ignore[no-untyped-def]
    """Sources locked FOR UPDATE; use inside a transaction."""
    return Source.objects.select_for_update()


def source_set_reliability(
    *, source_id: int, rating: str, reason: str, actor_user: AbstractBaseUser | AnonymousUser | None
) -> Source:
    """Change a source's reliability rating and record who, when and why (``ReliabilityChange``).

    Setting the current rating again writes nothing. Raises ``ApplicationError`` for an unknown rating or an empty
    reason.
    """
    if rating not in Reliability.values:
        raise ApplicationError(f"Unknown reliability rating {rating!r}.", code="invalid_rating")
    if not reason.strip():
        raise ApplicationError("A reason is required to change a source's reliability.", code="reason_required")
    user: Any = actor_user if actor_user is not None and actor_user.is_authenticated else None
    with transaction.atomic():
        source = source_qs_select_for_update().get(pk=source_id)
        if source.reliability == rating:
            return source
        ReliabilityChange.objects.create(
            source=source, from_rating=source.reliability, to_rating=rating, reason=reason.strip(), changed_by=user
        )
        source.reliability = rating
        source.save(update_fields=["reliability", "updated_at"])
    return source


@dataclass(frozen=True)
class LoadResult:
    created: int
    updated: int
    unchanged: int


def sources_load(*, rows: Sequence[RegistryRow], origin: str, actor_user: AbstractBaseUser | None = None) -> LoadResult:
    """Upsert registry rows (matched on the canonical name, case-insensitively), in one transaction.

    Aliases are added, never removed. A rating different from the stored one goes through
    ``source_set_reliability`` with the file as the reason. Raises ``ApplicationError`` naming the row's line when an
    alias belongs to another source; nothing is written then.
    """
    created = updated = unchanged = 0
    with transaction.atomic():
        existing: dict[str, Source] = {
            source.name.casefold(): source
            for source in Source.objects.select_for_update()
            .annotate(key=Lower("name"))
            .filter(key__in={row.name.casefold() for row in rows})
        }
        alias_owner = dict(
            SourceAlias.objects.annotate(key=Lower("alias"))
            .filter(
                key__in={alias.casefold() for row in rows for alias in row.aliases}
                | {row.name.casefold() for row in rows}
            )
            .values_list("key", "source_id")
        )
        for row in rows:
            found = existing.get(row.name.casefold())
            owner = alias_owner.get(row.name.casefold())
            if owner is not None and (found is None or owner != found.pk):
                raise ApplicationError(
                    f"line {row.line}: name {row.name!r} is an alias of another source (id {owner}).",
                    code="alias_taken",
                )
            is_new = found is None
            changed = False
            if found is None:
                source = Source.objects.create(
                    name=row.name,
                    kind=row.kind,
                    homepage_url=row.homepage_url,
                    description=row.description,
                    reliability=row.reliability or Reliability.UNRATED,
                )
                existing[row.name.casefold()] = source
            else:
                source = found
                for field in ("kind", "homepage_url", "description"):
                    if getattr(source, field) != getattr(row, field):
                        setattr(source, field, getattr(row, field))
                        changed = True
                if changed:
                    source.save()
                if row.reliability and row.reliability != source.reliability:
                    source = source_set_reliability(
                        source_id=source.pk,
                        rating=row.reliability,
                        reason=f"Imported from {origin} (line {row.line}).",
                        actor_user=actor_user,
                    )
                    existing[row.name.casefold()] = source
                    changed = True
            for alias in row.aliases:
                owner = alias_owner.get(alias.casefold())
                if owner is not None and owner != source.pk:
                    raise ApplicationError(
                        f"line {row.line}: alias {alias!r} already belongs to another source (id {owner}).",
                        code="alias_taken",
                    )
                if owner is None:
                    SourceAlias.objects.create(source=source, alias=alias)
                    alias_owner[alias.casefold()] = source.pk
                    changed = True
            if is_new:
                created += 1
            elif changed:
                updated += 1
            else:
                unchanged += 1
    return LoadResult(created=created, updated=updated, unchanged=unchanged)


def _claimer_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip().strip('.,;:"“”')
    return re.sub(r"^(the)\s+", "", name, flags=re.IGNORECASE)[:300]


_GENERIC = frozenset(
    {
        "officials",
        "witnesses",
        "residents",
        "sources",
        "police",
        "authorities",
        "analysts",
        "experts",
        "critics",
        "activists",
        "locals",
        "diplomats",
        "observers",
        "reports",
        "rebels",
        "soldiers",
        "doctors",
        "he",
        "she",
        "they",
    }
)


def _names_someone(name: str) -> bool:
    """Whether an unknown claimer looks like a proper name ("Border Watch", "Reuters") rather than a description
    ("officials", "Two human rights organisations", capitalised only because it starts the sentence)."""
    words = name.split()
    if not words or name.casefold() in _GENERIC:
        return False
    if len(words) == 1:
        return bool(_PROPER.match(name))
    return any(_PROPER.match(word) for word in words[1:])


def _source_unreviewed(*, name: str, kind: str = SourceKind.OTHER) -> int:
    """The id of the source named ``name`` (case-insensitively), created unreviewed (of ``kind``) when absent."""
    found = Source.objects.filter(name__iexact=name).values_list("id", flat=True).first()
    if found:
        return found
    try:
        with transaction.atomic():
            return Source.objects.create(name=name, kind=kind, reviewed=False).pk
    except IntegrityError:  # created concurrently by another extraction
        return Source.objects.get(name__iexact=name).pk


def claim_sources_link(*, claims: Sequence[Claim]) -> list[Evidence]:
    """Link claims to sources from extraction: each claimer (role ``claimer``; an unknown claimer becomes a new
    source with ``reviewed=False``) and each ORG/NORP/PERSON/GPE entity matching a registry name or alias (role
    ``mentioned``). Idempotent: existing automatic links are kept, never duplicated. Returns the links created.
    """
    if not claims:
        return []
    names: list[str] = []
    for claim in claims:
        names.extend(claim.claimers)
        names.extend(e.get("text", "") for e in claim.entities if e.get("label") in SOURCE_ENTITY_LABELS)
    known = source_ids_by_key(names=names)
    # A claimer that is the article's own outlet is a news outlet; any other unknown claimer is not classified yet.
    outlets = dict(Article.objects.filter(pk__in={c.article_id for c in claims}).values_list("pk", "outlet"))
    links: dict[tuple[int, int, str], Evidence] = {}
    for claim in claims:
        claimer_ids: set[int] = set()
        for raw in claim.claimers:
            name = _claimer_name(raw)
            source_id = known.get(source_key(name))
            if source_id is None and not _names_someone(name):
                continue  # "officials", "two human rights groups": nobody to register as a source
            if source_id is None:
                is_outlet = name.casefold() == _claimer_name(outlets.get(claim.article_id) or "").casefold()
                source_id = _source_unreviewed(name=name, kind=SourceKind.NEWS if is_outlet else SourceKind.OTHER)
                known[source_key(name)] = source_id
            claimer_ids.add(source_id)
            links[(claim.pk, source_id, EvidenceRole.CLAIMER)] = Evidence(
                claim=claim, source_id=source_id, role=EvidenceRole.CLAIMER, stance=Stance.UNCLEAR
            )
        for entity in claim.entities:
            if entity.get("label") not in SOURCE_ENTITY_LABELS:
                continue
            source_id = known.get(source_key(entity.get("text", "")))
            if source_id is None or source_id in claimer_ids:
                continue
            links[(claim.pk, source_id, EvidenceRole.MENTIONED)] = Evidence(
                claim=claim,
                source_id=source_id,
                role=EvidenceRole.MENTIONED,
                stance=Stance.MENTIONS,
                quote=entity.get("text", ""),
            )
    existing = set(
        Evidence.objects.filter(
            claim_id__in=[claim.pk for claim in claims], role__in=[EvidenceRole.CLAIMER, EvidenceRole.MENTIONED]
        ).values_list("claim_id", "source_id", "role")
    )
    new = [link for key, link in links.items() if key not in existing]
    # ignore_conflicts: a concurrent run's rows win on the partial unique constraint.
    Evidence.objects.bulk_create(new, batch_size=LINK_BATCH_SIZE, ignore_conflicts=True)
    return new


def watched_url_get_or_create(*, url: str, source_id: int | None = None) -> tuple[WatchedUrl, bool]:
    """The watched URL for ``url``; created (state pending, due now) when absent. Safe against concurrent calls."""
    try:
        with transaction.atomic():
            return WatchedUrl.objects.get_or_create(url=url, defaults={"source_id": source_id})
    except IntegrityError:
        return WatchedUrl.objects.get(url=url), False


def watched_urls_claim_due(*, now: datetime, limit: int) -> list[int]:
    """Ids of up to ``limit`` URLs due for a check, leased: their next check moves CHECK_LEASE_MINUTES ahead
    so the next beat tick does not enqueue them again while their checks wait in the queue (the check sets the real
    next time). One UPDATE over a locked, skip-locked selection, so concurrent beats never lease the same URL."""
    with transaction.atomic():
        ids = list(
            watched_urls_due(now=now, limit=limit).select_for_update(skip_locked=True).values_list("id", flat=True)
        )
        WatchedUrl.objects.filter(pk__in=ids).update(next_check_at=now + timedelta(minutes=CHECK_LEASE_MINUTES))
    return ids
