"""Writes for articles and claims. Callers own the transaction unless a function says otherwise."""

import hashlib
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models.functions import Length
from django.utils import timezone
from spacy.tokens import Doc

from claims import matching
from claims.extraction.nlp import PARALLEL_MIN_CHARS, get_nlp, map_doc_tuples, worker_processes
from claims.extraction.pipeline import ExtractedClaim, extract_claims, extract_from_doc
from claims.extraction.scoring import get_scorer, load_model, save_model
from claims.extraction.text import InvalidArticle, ParsedArticle, check_size, normalise
from claims.models import Article, ArticleFormat, Claim, ClaimCluster, IngestStatus, Status

CLAIM_BATCH_SIZE = 500
ARTICLE_BATCH_SIZE = 200
# Texts per ``nlp.pipe`` batch of ``articles_extract``.
EXTRACTION_PIPE_BATCH_SIZE = 16
# How many earlier claims (newest first, plus any on the same event dates) a new article's claims are matched against.
MATCH_CANDIDATES = 2000


@dataclass(frozen=True)
class ArticleCreated:
    article: Article
    created: bool
    metadata_changed: tuple[str, ...] = ()
    """Fields of an existing article that a re-submission's metadata changed (``verifier.articles.article_submit``)."""


def article_qs_select_for_update():  # type: ignore[no-untyped-def]
    """Articles locked FOR UPDATE; use inside a transaction."""
    return Article.objects.select_for_update()


@dataclass(frozen=True)
class PreparedArticle:
    """An article checked and normalised for storing (``article_prepare``), not yet written."""

    text: str
    content_hash: str
    parsed: ParsedArticle
    source_format: str
    published_at: datetime | None


def article_prepare(
    *, parsed: ParsedArticle, source_format: str = ArticleFormat.TEXT, published_at: datetime | None = None
) -> PreparedArticle:
    """Normalise and check an article before storing it; writes nothing.

    Raises ``InvalidArticle`` (empty text) or ``PayloadTooLarge`` (over ``CLAIMS_ARTICLE_MAX_BYTES``).
    """
    text = normalise(parsed.text)
    if not text:
        raise InvalidArticle("Article text is empty.", code="empty")
    check_size(text, max_bytes=settings.CLAIMS_ARTICLE_MAX_BYTES)
    if published_at is None and parsed.published_on is not None:
        published_at = datetime.combine(parsed.published_on, time(), tzinfo=UTC)
    return PreparedArticle(
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        parsed=parsed,
        source_format=source_format,
        published_at=published_at,
    )


def _article_row(prepared: PreparedArticle, *, submitted_by: User | None) -> Article:
    parsed = prepared.parsed
    return Article(
        text=prepared.text,
        content_hash=prepared.content_hash,
        title=parsed.title[:500],
        outlet=parsed.outlet[:200],
        author=parsed.author[:300],
        url=parsed.url,
        published_at=prepared.published_at,
        source_format=prepared.source_format,
        submitted_by=submitted_by,
    )


def article_create(
    *,
    parsed: ParsedArticle,
    source_format: str = ArticleFormat.TEXT,
    submitted_by: User | None = None,
    published_at: datetime | None = None,
) -> ArticleCreated:
    """Store an article for extraction. The same normalised text returns the existing article (``created=False``).

    Raises ``InvalidArticle`` (empty text) or ``PayloadTooLarge`` (over ``CLAIMS_ARTICLE_MAX_BYTES``); nothing is
    written then.
    """
    prepared = article_prepare(parsed=parsed, source_format=source_format, published_at=published_at)
    return articles_create_many(articles=[prepared], submitted_by=submitted_by)[0]


def articles_create_many(
    *, articles: Sequence[PreparedArticle], submitted_by: User | None = None
) -> list[ArticleCreated]:
    """Store prepared articles (``article_prepare``) in one bulk INSERT; one result per input, in order. A text
    already stored (or given twice) returns that article with ``created=False``: one query for the known hashes."""
    if not articles:
        return []
    known = {a.content_hash: a for a in Article.objects.filter(content_hash__in={p.content_hash for p in articles})}
    new: dict[str, Article] = {}
    for prepared in articles:
        if prepared.content_hash not in known and prepared.content_hash not in new:
            new[prepared.content_hash] = _article_row(prepared, submitted_by=submitted_by)
    if new:
        try:
            with transaction.atomic():
                Article.objects.bulk_create(list(new.values()), batch_size=ARTICLE_BATCH_SIZE)
        except IntegrityError:
            # Lost a race with an identical submission: the unique content hash decides, article by article.
            return [_article_create_one(prepared, submitted_by=submitted_by) for prepared in articles]
    created: set[str] = set()
    results = []
    for prepared in articles:
        if prepared.content_hash in known:
            results.append(ArticleCreated(article=known[prepared.content_hash], created=False))
        else:
            first = prepared.content_hash not in created
            created.add(prepared.content_hash)
            results.append(ArticleCreated(article=new[prepared.content_hash], created=first))
    return results


def _article_create_one(prepared: PreparedArticle, *, submitted_by: User | None) -> ArticleCreated:
    existing = Article.objects.filter(content_hash=prepared.content_hash).first()
    if existing is not None:
        return ArticleCreated(article=existing, created=False)
    try:
        with transaction.atomic():
            article = _article_row(prepared, submitted_by=submitted_by)
            article.save()
    except IntegrityError:
        return ArticleCreated(article=Article.objects.get(content_hash=prepared.content_hash), created=False)
    return ArticleCreated(article=article, created=True)


def _claim_row(*, article: Article, position: int, extracted: ExtractedClaim) -> Claim:
    return Claim(
        article=article,
        position=position,
        start=extracted.start,
        end=extracted.end,
        sentence_start=extracted.sentence_start,
        sentence_end=extracted.sentence_end,
        text=extracted.text,
        claim_type=extracted.claim_type,
        checkworthy=extracted.checkworthy,
        score=extracted.score,
        score_features=extracted.score_features,
        hedge=extracted.hedge,
        claimers=extracted.claimers,
        targets=extracted.targets,
        actors=extracted.actors,
        entities=extracted.entities,
        numbers=extracted.numbers,
        event_date=extracted.event_date,
    )


def articles_extract(*, article_ids: Sequence[int]) -> dict[int, list[ExtractedClaim] | Exception]:
    """Run the extraction pipeline over the articles not yet done among ``article_ids``, parsed together in
    batches (``nlp.pipe``; the model is loaded once per process). Reads only, no transaction needed.

    From ``PARALLEL_MIN_CHARS`` characters on, and where ``worker_processes`` allows a fork (the embedded
    default's in-process jobs, not a Celery worker's pool processes), half of the articles are extracted in a
    forked worker while this process does the other half.

    Returns, by article id, its claims or the exception its extraction raised (one article's failure does not stop
    the others); done or unknown ids are left out.
    """
    articles = list(
        Article.objects.filter(pk__in=list(article_ids))
        .exclude(ingest_status=IngestStatus.DONE)
        .only("id", "title", "text", "published_at", "outlet")
        .order_by("id")
    )
    scorer = get_scorer()

    def extract(pairs: list[tuple[Doc, int]]) -> list[list[ExtractedClaim] | None]:
        found: list[list[ExtractedClaim] | None] = []
        for doc, index in pairs:
            article = articles[index]
            try:
                found.append(
                    extract_from_doc(
                        doc,
                        published_on=article.published_on,
                        outlet=article.outlet,
                        title=article.title,
                        scorer=scorer,
                    )
                )
            except Exception:  # noqa: BLE001 - extracted again below, on its own, where the error is kept
                found.append(None)
        return found

    n_process = worker_processes(sum(len(a.text) for a in articles), minimum=PARALLEL_MIN_CHARS)
    chunk_size = max(1, -(-len(articles) // n_process)) if n_process > 1 else EXTRACTION_PIPE_BATCH_SIZE
    batch: list[list[ExtractedClaim] | None]
    try:
        batch = list(
            map_doc_tuples(
                [(a.text, i) for i, a in enumerate(articles)], extract, n_process=n_process, chunk_size=chunk_size
            )
        )
    except Exception:  # noqa: BLE001 - one unparsable text fails its chunk (or a worker died): one by one instead
        batch = [None] * len(articles)
    results: dict[int, list[ExtractedClaim] | Exception] = {}
    for article, claims in zip(articles, batch, strict=True):
        if claims is not None:
            results[article.pk] = claims
            continue
        try:
            results[article.pk] = extract_from_doc(
                get_nlp()(article.text),
                published_on=article.published_on,
                outlet=article.outlet,
                title=article.title,
                scorer=scorer,
            )
        except Exception as exc:  # noqa: BLE001 - recorded on that article by the caller, the others go on
            results[article.pk] = exc
    return results


def article_extract_claims(
    *, article_id: int, extracted: list[ExtractedClaim] | None = None, pool: matching.Pool | None = None
) -> list[Claim]:
    """Split the article into claims (or take ``extracted``, from ``articles_extract``) and save them with status
    ``new`` in one bulk INSERT, with their clusters (``claims_assign_clusters``; ``pool``: the batch's, from
    ``claims_match_pool``, holding ``extracted``). Returns the claims created.

    Must run inside ``transaction.atomic()``: it locks the article row, so two deliveries of the same job
    serialise and the second finds the article done and creates nothing (returns ``[]``).
    """
    article = article_qs_select_for_update().get(pk=article_id)
    if article.ingest_status == IngestStatus.DONE:
        return []
    if extracted is None:
        extracted = extract_claims(
            article.text, published_on=article.published_on, outlet=article.outlet, title=article.title
        )
    rows = [_claim_row(article=article, position=i, extracted=item) for i, item in enumerate(extracted)]
    claims_assign_clusters(claims=rows, article_id=article.pk, pool=pool)
    claims = Claim.objects.bulk_create(rows, batch_size=CLAIM_BATCH_SIZE)
    article.ingest_status = IngestStatus.DONE
    article.ingest_error = ""
    article.save(update_fields=["ingest_status", "ingest_error", "updated_at"])
    return claims


# ``MatchItem`` of saved claims by (id, text length) (a claim's text and event date are fixed when it is extracted;
# the length tells a claim from a later one that reused the id of a rolled-back insert, as SQLite does), so a worker
# does not read and tokenise the same recent claims again for every article. Per process, at most this many.
MATCH_ITEM_CACHE_SIZE = 20_000
_match_items: OrderedDict[tuple[int, int], matching.MatchItem] = OrderedDict()


def _match_candidates(*, event_dates: set[date], exclude_article_ids: Sequence[int]) -> list[matching.MatchItem]:
    """The newest ``MATCH_CANDIDATES`` claims and as many on ``event_dates``, oldest first, as ``MatchItem``s
    (keys ``("saved", id)``). Ids and text lengths come from the database; texts and event dates only for claims
    not in the process's ``_match_items`` cache."""
    recent = Claim.objects.order_by("-id").annotate(text_length=Length("text"))
    if exclude_article_ids:
        recent = recent.exclude(article_id__in=list(exclude_article_ids))
    rows = dict(recent.values_list("id", "text_length")[:MATCH_CANDIDATES])
    if event_dates:
        rows.update(recent.filter(event_date__in=event_dates).values_list("id", "text_length")[:MATCH_CANDIDATES])
    missing = [pk for pk in rows if (pk, rows[pk]) not in _match_items]
    for start in range(0, len(missing), CLAIM_BATCH_SIZE):
        saved = Claim.objects.filter(pk__in=missing[start : start + CLAIM_BATCH_SIZE])
        for pk, text, event_date in saved.values_list("id", "text", "event_date"):
            _match_items[(pk, rows[pk])] = matching.MatchItem.of(("saved", pk), text, event_date)
    keys = [(pk, rows[pk]) for pk in sorted(rows)]
    for key in keys:
        _match_items.move_to_end(key)
    while len(_match_items) > max(MATCH_ITEM_CACHE_SIZE, len(rows)):
        _match_items.popitem(last=False)
    return [_match_items[key] for key in keys]


def claims_match_pool(*, articles: Mapping[int, Sequence[Claim | ExtractedClaim]]) -> matching.Pool:
    """The claims that the new claims of ``articles`` (by article id, in the order they will be stored) are
    matched against for clusters (``claims.matching.Pool``): the earlier claims (``_match_candidates``: one read
    for the whole batch, not one per article), then each article's. Reads only."""
    event_dates = {claim.event_date for claims in articles.values() for claim in claims if claim.event_date}
    earlier = _match_candidates(event_dates=event_dates, exclude_article_ids=list(articles))
    return matching.Pool(
        earlier,
        {
            article_id: [matching.MatchItem.of(i, claim.text, claim.event_date) for i, claim in enumerate(claims)]
            for article_id, claims in articles.items()
        },
    )


def claims_match_pool_stored(*, pool: matching.Pool, article_id: int, claims: Sequence[Claim]) -> None:
    """Let the later articles of ``pool`` join ``article_id``'s ``claims``; call once they are stored (after the
    article's transaction or savepoint succeeded: a claim rolled back must not be joined). An article that
    stored no claims (it was done already) is left out."""
    if claims:
        pool.stored(article_id, [("saved", claim.pk) for claim in claims])


def claims_assign_clusters(
    *, claims: list[Claim], article_id: int, pool: matching.Pool | None = None
) -> list[ClaimCluster]:
    """Put each (unsaved) claim of article ``article_id`` that says the same thing as another claim of the list,
    or as a claim it can join in ``pool`` (default: ``claims_match_pool`` of this article alone), into that
    claim's cluster (``claims.matching.Pool.group``, lexical: no sentence encoder in the extraction job; created
    when it has none, the earlier claim is updated). Claims matching nothing keep no cluster. Returns the
    clusters created (one bulk INSERT, in the order the claims first need them; the earlier claims that get one:
    one UPDATE). Call inside the caller's transaction."""
    if not claims:
        return []
    if pool is None:
        pool = claims_match_pool(articles={article_id: claims})
    matches = pool.group(article_id)
    # The earlier claims joined, read now (their clusters as this transaction sees them).
    joined = {match[1] for match in matches if isinstance(match, tuple)}
    saved = {pk: (cluster_id, text) for pk, cluster_id, text in
             Claim.objects.filter(pk__in=joined).values_list("id", "cluster_id", "text")}  # fmt: skip
    # Which cluster each claim joins: ("cluster", id) of an earlier claim, or the key of a claim that gets a new
    # cluster (("saved", id) of an earlier claim without one, ("new", index) of a claim of the list), in order.
    new_clusters: dict[tuple[str, int], ClaimCluster] = {}
    joins: list[tuple[str, int] | None] = []
    for match in matches:
        if match is None:
            joins.append(None)
        elif isinstance(match, tuple):
            cluster_id, text = saved[match[1]]
            if cluster_id is None and match not in new_clusters:
                new_clusters[match] = ClaimCluster(label=text)
            joins.append(match if cluster_id is None else ("cluster", cluster_id))
        else:
            assert isinstance(match, int)
            if joins[match] is None:
                new_clusters[("new", match)] = ClaimCluster(label=claims[match].text)
                joins[match] = ("new", match)
            joins.append(joins[match])
    created = ClaimCluster.objects.bulk_create(list(new_clusters.values()), batch_size=CLAIM_BATCH_SIZE)
    now = timezone.now()
    updated = [Claim(pk=key[1], cluster=c, updated_at=now) for key, c in new_clusters.items() if key[0] == "saved"]
    Claim.objects.bulk_update(updated, ["cluster", "updated_at"], batch_size=CLAIM_BATCH_SIZE)
    for claim, join in zip(claims, joins, strict=True):
        if join is not None:
            claim.cluster_id = join[1] if join[0] == "cluster" else new_clusters[join].pk
    return created


def article_mark_failed(*, article_id: int, error: str) -> None:
    """Record that extraction failed for good with ``error`` (a readable reason, cut to 2,000 characters); a done
    article stays done. The article can be re-processed later."""
    Article.objects.filter(pk=article_id).exclude(ingest_status=IngestStatus.DONE).update(
        ingest_status=IngestStatus.FAILED, ingest_error=error[:2000], updated_at=timezone.now()
    )


# Statuses that show a person judged a claim worth checking (it went on to review) or not.
CHECKWORTHY_DECISION_STATUSES = (
    Status.IN_REVIEW,
    Status.NEEDS_EVIDENCE,
    Status.VERDICT_PROPOSED,
    Status.PUBLISHED,
    Status.REOPENED,
)
RETRAIN_MIN_PER_CLASS = 20


@dataclass(frozen=True)
class RetrainResult:
    trained: bool
    positives: int
    negatives: int
    path: str = ""
    reason: str = ""


def checkworthiness_retrain_from_decisions(
    *, output_path: str | Path | None = None, min_per_class: int = RETRAIN_MIN_PER_CLASS, limit: int = 50_000
) -> RetrainResult:
    """Retrain the check-worthiness model from the newsroom's own triage decisions: claims people set to
    ``not_checkworthy`` (label 0) against claims that reached review or later (label 1), newest ``limit`` of each.

    Writes the model to ``output_path`` (default ``settings.CLAIMS_CHECKWORTHINESS_MODEL``) and reloads it in this
    process. Skips (``trained=False``) when there is no path or fewer than ``min_per_class`` examples of a class.
    Reads only; safe to run on a schedule.
    """
    # Imported here, not at the top: training pulls in scikit-learn's model selection and metrics, which the web
    # and worker processes that never retrain should not load. (No import cycle is involved.)
    from claims.extraction import training

    path = str(output_path or settings.CLAIMS_CHECKWORTHINESS_MODEL or "")
    positives = list(
        Claim.objects.filter(status__in=CHECKWORTHY_DECISION_STATUSES)
        .order_by("-id")
        .values_list("text", flat=True)[:limit]
    )
    negatives = list(
        Claim.objects.filter(status=Status.NOT_CHECKWORTHY).order_by("-id").values_list("text", flat=True)[:limit]
    )
    if not path:
        return RetrainResult(False, len(positives), len(negatives), reason="no model path configured")
    if min(len(positives), len(negatives)) < min_per_class:
        return RetrainResult(
            False, len(positives), len(negatives), path, reason=f"needs at least {min_per_class} claims of each label"
        )
    texts = positives + negatives
    labels = [1] * len(positives) + [0] * len(negatives)
    rows = training.rows_of(texts, training.sentence_features(texts))
    model = training.CheckworthinessModel().fit(rows, labels)
    save_model(
        Path(path),
        model=model,
        threshold=0.5,
        metadata={"source": "triage decisions", "positives": len(positives), "negatives": len(negatives)},
    )
    load_model.cache_clear()
    return RetrainResult(True, len(positives), len(negatives), path)
