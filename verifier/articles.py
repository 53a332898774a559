"""Article writes of the workflow: storing submitted articles with their extraction jobs, the extraction itself
(claims, their events, source links, triage, review tasks and webhooks in one transaction per article), and
recording an extraction that failed.

Callers that start from raw input (text, HTML, a URL) go through ``verifier.intake``.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction

from claims import matching
from claims.extraction.pipeline import ExtractedClaim
from claims.extraction.text import ParsedArticle
from claims.models import ArticleFormat, Claim
from claims.services import (
    ArticleCreated,
    PreparedArticle,
    article_extract_claims,
    article_mark_failed,
    article_prepare,
    article_qs_select_for_update,
    articles_create_many,
    articles_extract,
    claims_match_pool,
    claims_match_pool_stored,
)
from config.errors import ApplicationError
from sources.services import claim_sources_link
from verifier import events, metrics
from verifier.actors import Actor
from verifier.models import ArticleMetadataChange
from verifier.outbox import outbox_add, outbox_add_many
from verifier.triage import claims_triage_new
from verifier.webhooks import claims_created_webhooks

logger = logging.getLogger(__name__)

# Outbox consumers that extract stored articles' claims: one article (a single submission), or a batch of them (a
# bulk submission: the worker parses the batch's texts together with ``nlp.pipe``).
PROCESS_ARTICLE_TASK = "verifier.tasks.articles.process_article"
PROCESS_ARTICLES_TASK = "verifier.tasks.articles.process_articles"
# The outbox consumer matching an article's claims against published fact-checks (verifier.factcheck_matches).
MATCH_TASK = "verifier.tasks.matching.match_article_factchecks"
# A bulk submission's articles go to the workers in batches of at most this many articles and characters: enough
# texts for ``nlp.pipe`` to batch, small enough that a batch stays far inside the task time limit and several
# workers share a submission.
EXTRACTION_BATCH_ARTICLES = 16
EXTRACTION_BATCH_CHARS = 100_000
# The actor of the triage moves made in the extraction's transaction.
TRIAGE_ACTOR = Actor.job("triage")


def article_submit(
    *,
    parsed: ParsedArticle,
    actor: Actor,
    source_format: str = ArticleFormat.TEXT,
    published_at: datetime | None = None,
    metadata: dict[str, Any] | None = None,
) -> ArticleCreated:
    """Store an article and, in the same transaction, its extraction job (outbox; published after commit).

    A re-submitted identical text returns the existing article and schedules nothing; the metadata the submitter
    gave explicitly (``metadata``, e.g. ``{"outlet": ...}``) is not dropped then but applied to it as an audited
    edit (``article_metadata_update``), and ``result.metadata_changed`` names the fields that changed.
    """
    prepared = article_prepare(parsed=parsed, source_format=source_format, published_at=published_at)
    with transaction.atomic():
        (result,) = articles_create_many(articles=[prepared], submitted_by=actor.user)
        if result.created:
            outbox_add(task_name=PROCESS_ARTICLE_TASK, kwargs={"article_id": result.article.pk})
        elif metadata:
            result = _resubmitted_metadata_apply(result=result, metadata=metadata, actor=actor)
    return result


def _resubmitted_metadata_apply(*, result: ArticleCreated, metadata: dict[str, Any], actor: Actor) -> ArticleCreated:
    """A re-submitted text's metadata applied to the stored article as an audited edit (nothing written when every
    value is already there); ``metadata_changed`` names the fields that changed."""
    if not metadata:
        return result
    changed = article_metadata_update(
        article_id=result.article.pk, actor=actor, changes=metadata, reason="Re-submitted with this metadata."
    )
    if not changed:
        return result
    result.article.refresh_from_db()
    return replace(result, metadata_changed=tuple(changed))


# The article fields a metadata edit may change (never the text: claim spans index it), with their length limits.
ARTICLE_METADATA_FIELDS: dict[str, int | None] = {
    "title": 500,
    "outlet": 200,
    "author": 300,
    "url": 2000,
    "published_at": None,
}


def _prepared_metadata(prepared: PreparedArticle) -> dict[str, Any]:
    """The metadata a prepared article carries (from its input: a JSON line's fields, an HTML page's, a text's
    header lines), without the empty fields."""
    values = {
        name: prepared.published_at if name == "published_at" else getattr(prepared.parsed, name)
        for name in ARTICLE_METADATA_FIELDS
    }
    return {name: value for name, value in values.items() if value}


class ArticleNotFound(ApplicationError):
    status_code = 404
    code = "not_found"


def _metadata_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def article_metadata_update(*, article_id: int, actor: Actor, changes: dict[str, Any], reason: str = "") -> list[str]:
    """Change an article's metadata (``ARTICLE_METADATA_FIELDS``) under its row lock and record the change, with
    each field's old and new value, in one ``ArticleMetadataChange`` row. Text and claim spans are untouched.

    Returns the names of the fields that changed ([] and nothing written when every value is already there).
    Raises ``ApplicationError`` (404 ``not_found``; 400 ``invalid_metadata`` for an unknown field, a value over its
    length, a URL that is not http(s) or a ``published_at`` that is not a datetime); nothing is written then.
    """
    for name, value in changes.items():
        if name not in ARTICLE_METADATA_FIELDS:
            raise ApplicationError(f"{name!r} is not article metadata.", code="invalid_metadata")
        limit = ARTICLE_METADATA_FIELDS[name]
        if limit is None:
            if value is not None and not isinstance(value, datetime):
                raise ApplicationError(f"{name} must be a date and time.", code="invalid_metadata")
            continue
        if not isinstance(value, str) or len(value) > limit:
            raise ApplicationError(f"{name} must be text of at most {limit} characters.", code="invalid_metadata")
        if name == "url" and value:
            try:
                URLValidator(schemes=["http", "https"])(value)
            except ValidationError as exc:
                raise ApplicationError("url must be an http(s) URL.", code="invalid_metadata") from exc
    with transaction.atomic():
        article = article_qs_select_for_update().filter(pk=article_id).first()
        if article is None:
            raise ArticleNotFound(f"Article {article_id} does not exist.")
        diff = {
            name: [_metadata_value(getattr(article, name)), _metadata_value(value)]
            for name, value in changes.items()
            if getattr(article, name) != value
        }
        if not diff:
            return []
        for name in diff:
            setattr(article, name, changes[name])
        article.save(update_fields=[*diff, "updated_at"])
        ArticleMetadataChange.objects.create(
            article=article,
            actor_type=actor.type,
            actor_user=actor.user,
            actor_label=actor.label,
            changes=diff,
            reason=reason.strip(),
        )
    return list(diff)


def extraction_batches(articles: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Group ``(article_id, characters)`` into batches of ids of at most ``EXTRACTION_BATCH_ARTICLES`` articles and
    ``EXTRACTION_BATCH_CHARS`` characters (a longer article is a batch of its own)."""
    batches: list[list[int]] = []
    size = 0
    for article_id, chars in articles:
        if not batches or len(batches[-1]) >= EXTRACTION_BATCH_ARTICLES or size + chars > EXTRACTION_BATCH_CHARS:
            batches.append([])
            size = 0
        batches[-1].append(article_id)
        size += chars
    return batches


def articles_submit(*, articles: Sequence[PreparedArticle], actor: Actor) -> list[ArticleCreated]:
    """Store many articles (one bulk INSERT) and their extraction jobs, one outbox row per batch
    (``extraction_batches``), in one transaction. Texts already stored come back with ``created=False`` and get no
    job; the metadata they carry is applied to the stored article as an audited edit (as ``article_submit`` does),
    never silently dropped. One result per input, in order."""
    with transaction.atomic():
        results = articles_create_many(articles=articles, submitted_by=actor.user)
        results = [
            result
            if result.created
            else _resubmitted_metadata_apply(result=result, metadata=_prepared_metadata(prepared), actor=actor)
            for prepared, result in zip(articles, results, strict=True)
        ]
        created = [(r.article.pk, len(r.article.text)) for r in results if r.created]
        outbox_add_many(
            messages=[(PROCESS_ARTICLES_TASK, {"article_ids": batch}) for batch in extraction_batches(created)]
        )
    return results


def article_process(
    *,
    article_id: int,
    actor: Actor,
    extracted: list[ExtractedClaim] | None = None,
    pool: matching.Pool | None = None,
) -> list[Claim]:
    """Store the article's claims (extracted now, or ``extracted`` from ``claims.services.articles_extract``, with
    the batch's cluster ``pool``, ``claims.services.claims_match_pool``) and,
    in one transaction and a few bulk statements: one ``created`` event per claim, their source links, the
    ``claim.created`` webhooks, the triage (``verifier.triage.claims_triage_new``: statuses, ``triaged``
    events, review tasks, re-checks, ``claim.status_changed`` webhooks) and one fact-check matching job for the
    article (outbox). No job per claim.

    Idempotent: a second run on a processed article creates nothing.
    """
    with transaction.atomic():
        claims = article_extract_claims(article_id=article_id, extracted=extracted, pool=pool)
        events.claims_created_events(claims=claims, actor=actor)
        claim_sources_link(claims=claims)
        if claims:  # matching against published fact-checks: one batched job per article, apart from extraction
            outbox_add(task_name=MATCH_TASK, kwargs={"article_id": article_id})
        claims_created_webhooks(claims=claims)
        claims_triage_new(claims=claims, actor=TRIAGE_ACTOR)
    logger.info("article %s: %d claims extracted", article_id, len(claims))
    return claims


@dataclass(frozen=True)
class ArticleOutcome:
    article_id: int
    claims: int
    error: str = ""


def articles_process(
    *, article_ids: Sequence[int], actor: Actor, reraise: tuple[type[BaseException], ...] = ()
) -> list[ArticleOutcome]:
    """Extract a batch of articles: their texts parsed together (``articles_extract``), then each article stored
    by ``article_process`` in its own transaction (a savepoint inside the caller's, e.g. the outbox consumer's, so
    a batch commits once). An article whose extraction or storing fails is marked
    ``failed`` (``article_record_failure``) and the others go on; an exception of a ``reraise`` type (a transient
    database error, the task's time limit) stops the batch and propagates, leaving the articles not yet stored
    pending. Articles already done are skipped, so running a batch twice is harmless.
    """
    outcomes: list[ArticleOutcome] = []
    results = articles_extract(article_ids=article_ids)
    # One pool of claims to cluster against for the batch: each article joins the earlier claims and those of
    # the batch's articles stored before it.
    pool = claims_match_pool(articles={pk: found for pk, found in results.items() if not isinstance(found, Exception)})
    for article_id, extracted in results.items():
        try:
            if isinstance(extracted, Exception):
                raise extracted
            claims = article_process(article_id=article_id, actor=actor, extracted=extracted, pool=pool)
            claims_match_pool_stored(pool=pool, article_id=article_id, claims=claims)
        except reraise:
            raise
        except Exception as exc:  # noqa: BLE001 - any other failure is recorded on the article, not left pending
            article_record_failure(article_id=article_id, error=exc)
            outcomes.append(ArticleOutcome(article_id=article_id, claims=0, error=str(exc)))
            continue
        outcomes.append(ArticleOutcome(article_id=article_id, claims=len(claims)))
    done = [outcome.claims for outcome in outcomes if not outcome.error]
    failed = sum(1 for outcome in outcomes if outcome.error)
    transaction.on_commit(lambda: metrics.extraction_record(claims=done, failed=failed))
    return outcomes


def article_record_failure(*, article_id: int, error: BaseException) -> None:
    """Mark the article ``failed`` with a readable reason (the exception's class and message, no traceback) and log
    it at ERROR with the traceback. Articles have no event stream of their own, so the log is the audit record.

    Call after the failed extraction's writes were rolled back; other articles are untouched.
    """
    reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    article_mark_failed(article_id=article_id, error=reason)
    logger.error("article %s: extraction failed: %s", article_id, reason, exc_info=error)
