"""Writes for articles and claims. Callers own the transaction unless a function says otherwise."""

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, time

from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.extraction.pipeline import ExtractedClaim, extract_claims
from claims.extraction.text import InvalidArticle, ParsedArticle, check_size, normalise
from claims.models import Article, ArticleFormat, Claim, IngestStatus

CLAIM_BATCH_SIZE = 500


@dataclass(frozen=True)
class ArticleCreated:
    article: Article
    created: bool


def article_qs_select_for_update():  # type: ignore[no-untyped-def]
    """Articles locked FOR UPDATE; use inside a transaction."""
    return Article.objects.select_for_update()


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
    text = normalise(parsed.text)
    if not text:
        raise InvalidArticle("Article text is empty.", code="empty")
    check_size(text, max_bytes=settings.CLAIMS_ARTICLE_MAX_BYTES)
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if published_at is None and parsed.published_on is not None:
        published_at = datetime.combine(parsed.published_on, time(), tzinfo=UTC)
    existing = Article.objects.filter(content_hash=content_hash).first()
    if existing is not None:
        return ArticleCreated(article=existing, created=False)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                text=text,
                content_hash=content_hash,
                title=parsed.title[:500],
                outlet=parsed.outlet[:200],
                author=parsed.author[:300],
                url=parsed.url,
                published_at=published_at,
                source_format=source_format,
                submitted_by=submitted_by,
            )
    except IntegrityError:
        # Lost a race with an identical submission: the unique content hash decides.
        return ArticleCreated(article=Article.objects.get(content_hash=content_hash), created=False)
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
        entities=extracted.entities,
        numbers=extracted.numbers,
        event_date=extracted.event_date,
    )


def article_extract_claims(*, article_id: int) -> list[Claim]:
    """Split the article into claims and save them with status ``new``. Returns the claims created.

    Must run inside ``transaction.atomic()``: it locks the article row, so two deliveries of the same job
    serialise and the second finds the article done and creates nothing (returns ``[]``).
    """
    article = article_qs_select_for_update().get(pk=article_id)
    if article.ingest_status == IngestStatus.DONE:
        return []
    published_on = article.published_at.date() if article.published_at else None
    extracted = extract_claims(article.text, published_on=published_on)
    claims = Claim.objects.bulk_create(
        [_claim_row(article=article, position=i, extracted=item) for i, item in enumerate(extracted)],
        batch_size=CLAIM_BATCH_SIZE,
    )
    article.ingest_status = IngestStatus.DONE
    article.ingest_error = ""
    article.save(update_fields=["ingest_status", "ingest_error", "updated_at"])
    return claims


def article_mark_failed(*, article_id: int, error: str) -> None:
    """Record that extraction failed for good (the job gave up); the article can be re-processed later."""
    Article.objects.filter(pk=article_id).exclude(ingest_status=IngestStatus.DONE).update(
        ingest_status=IngestStatus.FAILED, ingest_error=error[:2000], updated_at=timezone.now()
    )
