"""Fact-check import, the in-process matcher over the stored collection, search, and claim matching.

The ranking itself is ``claims.retrieval`` (no ORM); this module feeds it the stored fact-checks and stores
what it finds. Vectors are computed when fact-checks are stored (``factchecks_embed_pending``) and kept as float32
bytes in ``FactCheck.vectors``; without the encoder extra the matcher is lexical only (logged once).
"""

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from claims.models import Claim
from claims.retrieval import encoder
from claims.retrieval.collection import FIELDS, Collection, Document, Match, embed_queries
from claims.retrieval.vectors import from_bytes, to_bytes
from config.errors import ApplicationError
from factchecks.models import ClaimMatch, Decision, FactCheck, Origin, natural_key
from factchecks.parsing import CSV_COLUMNS, FactCheckRecord, ParseError, from_json_ld, parse

log = logging.getLogger(__name__)

IMPORT_BATCH_SIZE = 500
EMBED_BATCH_SIZE = 256
# Matches kept per claim, and the least calibrated score worth keeping.
MATCHES_PER_CLAIM = 5
MATCH_MIN_SCORE = 0.2
# A match at least this likely is "strong": it sends the ``factcheck.matched`` webhook.
STRONG_MATCH_SCORE = 0.8
VECTOR_WIDTH = len(FIELDS) * encoder.DIMENSIONS

_FIELDS = CSV_COLUMNS  # every field of a record is stored
_TEXT_FIELDS = ("claim_reviewed", "title", "summary")


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int


def _document(factcheck: FactCheck) -> Document:
    return Document(
        id=str(factcheck.pk),
        claim=factcheck.claim_reviewed,
        title=factcheck.title,
        extra=factcheck.summary,
        date=factcheck.published_on,
    )


def factchecks_parse(*, content: bytes, name: str = "", content_type: str = "") -> list[FactCheckRecord]:
    """The fact-checks in a file or request body (``factchecks.parsing.parse``); bad input raises
    ``ApplicationError`` (code ``invalid_factchecks``) naming the line or row."""
    try:
        return parse(content, name=name, content_type=content_type)
    except ParseError as exc:
        raise ApplicationError(str(exc), code="invalid_factchecks") from exc


def factchecks_from_json_ld(*, data: object) -> list[FactCheckRecord]:
    """The fact-checks of already parsed JSON-LD; bad input raises ``ApplicationError`` (``invalid_factchecks``)."""
    try:
        return from_json_ld(data)
    except ParseError as exc:
        raise ApplicationError(str(exc), code="invalid_factchecks") from exc


def factchecks_import(
    *, records: Sequence[FactCheckRecord], progress: Callable[[int], None] | None = None
) -> ImportResult:
    """Store ``records``: new natural keys are created, known ones updated in place (their vectors recomputed when
    the text changed). One transaction per batch of ``IMPORT_BATCH_SIZE``; ``progress(n)`` after each batch."""
    created = updated = unchanged = 0
    for start in range(0, len(records), IMPORT_BATCH_SIZE):
        batch = records[start : start + IMPORT_BATCH_SIZE]
        by_key: dict[str, FactCheckRecord] = {}
        for record in batch:  # the last record of a key in a batch wins, as it would across batches
            by_key[natural_key(url=record.url, publisher=record.publisher, claim_reviewed=record.claim_reviewed)] = (
                record
            )
        with transaction.atomic():
            existing = {f.key: f for f in FactCheck.objects.filter(key__in=list(by_key))}
            new_rows, changed_rows = [], []
            for key, record in by_key.items():
                row = existing.get(key)
                values = {name: getattr(record, name) for name in _FIELDS}
                values["language"] = values["language"] or "en"
                if row is None:
                    new_rows.append(FactCheck(key=key, **values))
                    continue
                if all(getattr(row, name) == value for name, value in values.items()):
                    unchanged += 1
                    continue
                if any(getattr(row, name) != values[name] for name in _TEXT_FIELDS):
                    row.vectors, row.vector_model = None, ""
                for name, value in values.items():
                    setattr(row, name, value)
                row.updated_at = timezone.now()
                changed_rows.append(row)
            FactCheck.objects.bulk_create(new_rows, batch_size=IMPORT_BATCH_SIZE)
            FactCheck.objects.bulk_update(
                changed_rows, [*_FIELDS, "vectors", "vector_model", "updated_at"], batch_size=IMPORT_BATCH_SIZE
            )
            created += len(new_rows)
            updated += len(changed_rows)
            unchanged += len(batch) - len(by_key)
        if progress:
            progress(len(batch))
    return ImportResult(created=created, updated=updated, unchanged=unchanged)


def _embedding_pending():  # type: ignore[no-untyped-def]
    return FactCheck.objects.exclude(vector_model=encoder.MODEL_NAME, vectors__isnull=False)


def factchecks_embedding_pending() -> int:
    """How many fact-checks have no vectors from the current encoder."""
    return _embedding_pending().count()


def factchecks_embed_pending(*, progress: Callable[[int], None] | None = None) -> int:
    """Compute and store the vectors of every fact-check without current ones, in batches. Returns how many; 0
    without the encoder extra."""
    if not encoder.available():
        return 0
    done = 0
    while True:
        batch = list(_embedding_pending().order_by("id").only("id", *_TEXT_FIELDS)[:EMBED_BATCH_SIZE])
        if not batch:
            return done
        documents = [_document(f) for f in batch]
        columns = [encoder.encode([d.fields()[i] for d in documents]) for i in range(len(FIELDS))]
        stacked = np.stack(columns, axis=1)
        for row, vectors in zip(batch, stacked, strict=True):
            row.vectors, row.vector_model = to_bytes(vectors), encoder.MODEL_NAME
        FactCheck.objects.bulk_update(batch, ["vectors", "vector_model"], batch_size=EMBED_BATCH_SIZE)
        done += len(batch)
        if progress:
            progress(len(batch))


# --- The in-process matcher -------------------------------------------------------------------------------------

_matcher_lock = threading.Lock()
_matcher: dict[str, object] = {}


def factchecks_version() -> tuple[int, str, bool]:
    """What the in-process matcher compares to know its collection is current: the number of fact-checks, the
    latest ``updated_at`` (an import or an edit that changes a text sets it and drops the vectors) and whether the
    encoder is installed. Two queries rather than one aggregate of both: the maximum comes from the ``updated_at``
    index, where the one aggregate made PostgreSQL read the whole table (docs/matching.md, Performance)."""
    latest = FactCheck.objects.aggregate(latest=Max("updated_at"))["latest"]
    return (FactCheck.objects.count(), str(latest), encoder.available())


def matcher() -> Collection:
    """The stored fact-checks as a ``Collection``, rebuilt when ``factchecks_version()`` changed since the last
    call in this process. Semantic when the encoder is installed; on a rebuild, fact-checks still without vectors
    are embedded first. While the version is unchanged a call costs that one check: fact-checks without vectors
    only come with a new version (created, or a text changed), so there is nothing to embed then."""
    with _matcher_lock:
        version = factchecks_version()
        if _matcher.get("version") != version:
            if version[2]:
                factchecks_embed_pending()
            rows = list(
                FactCheck.objects.order_by("id").only("id", *_TEXT_FIELDS, "published_on", "vectors", "vector_model")
            )
            vectors = None
            if version[2] and rows:
                flat = from_bytes([bytes(r.vectors or b"") for r in rows], VECTOR_WIDTH)
                vectors = flat.reshape(len(rows), len(FIELDS), encoder.DIMENSIONS)
            _matcher["collection"] = Collection([_document(r) for r in rows], vectors=vectors)
            _matcher["version"] = version
        collection = _matcher["collection"]
        assert isinstance(collection, Collection)
        return collection


def factcheck_search(*, query: str, limit: int = 10) -> list[tuple[FactCheck, Match]]:
    """Stored fact-checks ranked for ``query`` (best first, at most ``limit``)."""
    collection = matcher()
    if not len(collection) or not query.strip():
        return []
    matches = collection.rank([query], top=limit)[0]
    by_id = FactCheck.objects.in_bulk([int(m.id) for m in matches])
    return [(by_id[int(m.id)], m) for m in matches if int(m.id) in by_id]


def _claim_query_vectors(claims: list[Claim]) -> np.ndarray:
    """The claims' sentence embeddings: stored on the claim (``Claim.vector``) the first time this job embeds it,
    so a retried or repeated match does not embed it again; the extraction job never loads the encoder."""
    stale = [c for c in claims if c.vector is None or c.vector_model != encoder.MODEL_NAME]
    if stale:
        for claim, vector in zip(stale, embed_queries([c.text for c in stale]), strict=True):
            claim.vector, claim.vector_model = to_bytes(vector), encoder.MODEL_NAME
        Claim.objects.bulk_update(stale, ["vector", "vector_model"], batch_size=IMPORT_BATCH_SIZE)
    return from_bytes([bytes(c.vector or b"") for c in claims], encoder.DIMENSIONS)


def claims_match_factchecks(*, claim_ids: Iterable[int]) -> list[ClaimMatch]:
    """Rank the stored fact-checks for each claim and keep its top ``MATCHES_PER_CLAIM`` scoring at least
    ``MATCH_MIN_SCORE`` (a claim's own published fact-check excluded). Existing pairs get the new score and rank
    and keep their decision; pending pairs no longer ranked are removed. Returns the matches created, for the
    caller's webhooks. Call inside a transaction; safe to run again."""
    if not FactCheck.objects.exists():  # nothing to rank against: the sentence encoder need not even load
        return []
    claims = list(
        Claim.objects.filter(pk__in=list(claim_ids))
        .select_related("article")
        .only("id", "text", "vector", "vector_model", "article__published_at")
        .order_by("id")
    )
    collection = matcher()
    if not claims or not len(collection):
        return []
    own = dict(FactCheck.objects.filter(claim_id__in=[c.pk for c in claims]).values_list("claim_id", "id"))
    query_vectors = _claim_query_vectors(claims) if collection.semantic else None
    ranked = collection.rank(
        [c.text for c in claims],
        top=MATCHES_PER_CLAIM + 1,
        query_vectors=query_vectors,
        query_dates=[c.article.published_on for c in claims],
    )
    existing = {(m.claim_id, m.factcheck_id): m for m in ClaimMatch.objects.filter(claim__in=claims)}
    created, updated, keep = [], [], set()
    for claim, matches in zip(claims, ranked, strict=True):
        kept = [m for m in matches if int(m.id) != own.get(claim.pk) and m.score >= MATCH_MIN_SCORE]
        for rank, match in enumerate(kept[:MATCHES_PER_CLAIM], 1):
            pair = (claim.pk, int(match.id))
            keep.add(pair)
            values = {"score": match.score, "lexical": match.lexical, "semantic": match.semantic, "rank": rank}
            row = existing.get(pair)
            if row is None:
                created.append(ClaimMatch(claim_id=pair[0], factcheck_id=pair[1], **values))
            else:
                for name, value in values.items():
                    setattr(row, name, value)
                updated.append(row)
    stale = [m.pk for pair, m in existing.items() if pair not in keep and m.decision == "pending"]
    ClaimMatch.objects.filter(pk__in=stale).delete()
    ClaimMatch.objects.bulk_update(updated, ["score", "lexical", "semantic", "rank", "updated_at"])
    return ClaimMatch.objects.bulk_create(created, batch_size=IMPORT_BATCH_SIZE)


def factcheck_upsert_from_claim(
    *, claim_id: int, rating_text: str, rating: dict, publisher: str, url: str
) -> FactCheck:
    """The newsroom's own published verdict on a claim as a fact-check (origin ``newsroom``), created or updated;
    it joins the collection the matcher ranks."""
    claim = Claim.objects.select_related("article").get(pk=claim_id)
    values = {
        "key": natural_key(url=url, publisher=publisher, claim_reviewed=claim.text),
        "claim_reviewed": claim.text,
        "title": claim.verdict_summary[:2000],
        "rating_text": rating_text,
        "rating_value": rating.get("ratingValue"),
        "best_rating": rating.get("bestRating"),
        "worst_rating": rating.get("worstRating"),
        "publisher": publisher,
        "url": url,
        "published_on": (claim.published_at or timezone.now()).date(),
        "language": claim.article.language or "en",
        "claimant": ", ".join(claim.claimers)[:300],
        "origin": Origin.NEWSROOM,
        "vectors": None,
        "vector_model": "",
    }
    factcheck, _ = FactCheck.objects.update_or_create(claim_id=claim_id, defaults=values)
    return factcheck


def feedback_examples(*, features: Sequence[str], semantic: bool) -> tuple[np.ndarray, np.ndarray]:
    """The fact-checkers' decisions on stored matches as training pairs for ``fit_matching_weights``: the feature
    row of each decided (claim, fact-check) pair as the matcher sees it now, labelled 1 for "same claim" and 0 for
    "not the same". Pairs the matcher no longer ranks among its candidates are left out."""
    decided = list(
        ClaimMatch.objects.exclude(decision=Decision.PENDING).values_list(
            "claim__text", "claim__article__published_at", "factcheck_id", "decision"
        )
    )
    collection = matcher()
    if semantic and not collection.semantic:
        raise ApplicationError("The full model needs the sentence encoder.", code="encoder_missing")
    texts = sorted({text for text, _, _, _ in decided})
    vectors = embed_queries(texts) if semantic else None
    position = {text: i for i, text in enumerate(texts)}
    rows, labels = [], []
    for text, published, factcheck_id, decision in decided:
        qv = vectors[position[text]] if vectors is not None else None
        candidates, table = collection.features(text, qv, query_date=published.date() if published else None)
        hits = [j for j, c in enumerate(candidates) if collection.ids[c] == str(factcheck_id)]
        if hits:
            rows.append([float(table[name][hits[0]]) for name in features])
            labels.append(1 if decision == Decision.SAME else 0)
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(features)), np.asarray(labels, dtype=np.int8)
