"""schema.org ClaimReview documents for published verdicts: build, then validate before anything serves them.

Follows https://schema.org/ClaimReview and Google's fact-check markup requirements: ``claimReviewed``,
``reviewRating`` (``ratingValue``, ``bestRating``, ``worstRating``, ``alternateName``), ``itemReviewed`` (a
``Claim`` with its ``author``, the party that made it, and its ``appearance``, the article), ``datePublished``,
``author`` (this newsroom, from ``NEWSROOM_NAME``/``NEWSROOM_URL``) and ``url``.
"""

from datetime import date
from typing import Any

from django.conf import settings

from claims.models import Claim, Status, Verdict
from config.errors import ConflictError
from verifier.ratings import claimreview_rating, is_rated

UNRATED_VERDICTS = frozenset({Verdict.UNRATED, Verdict.UNCONFIRMED})
REQUIRED_PATHS = (
    ("@context",),
    ("@type",),
    ("url",),
    ("claimReviewed",),
    ("datePublished",),
    ("author", "name"),
    ("author", "url"),
    ("reviewRating", "ratingValue"),
    ("reviewRating", "bestRating"),
    ("reviewRating", "worstRating"),
    ("reviewRating", "alternateName"),
    ("itemReviewed", "@type"),
    ("itemReviewed", "author", "name"),
)


class ClaimReviewUnavailable(ConflictError):
    code = "claimreview_unavailable"


def claimreview_url(claim: Claim) -> str:
    """Where the newsroom publishes the fact-check of ``claim``."""
    return f"{settings.NEWSROOM_URL.rstrip('/')}/claims/{claim.pk}/"


_ORGANISATION_WORDS = frozenset(
    {
        *("ministry", "army", "forces", "group", "council", "watch", "agency", "government", "news", "office"),
        *("police", "nations", "front", "movement", "committee", "organization", "organisation", "union"),
        *("coalition", "military", "authorities", "party"),
    }
)


def _claimer(claim: Claim) -> dict[str, Any]:
    """The party that made the claim: its first claimer, else the outlet that ran it."""
    name = next((c for c in claim.claimers if isinstance(c, str) and c.strip()), "")
    if not name:
        return {"@type": "Organization", "name": claim.article.outlet}
    words = {word.strip(".,'").lower() for word in name.split()}
    return {"@type": "Organization" if words & _ORGANISATION_WORDS else "Person", "name": name}


def claimreview_build(*, claim: Claim) -> dict[str, Any]:
    """The ClaimReview JSON-LD of a published claim (``claim.article`` should be loaded).

    Raises ``ClaimReviewUnavailable`` (409) when the claim has no published verdict.
    """

    if claim.status != Status.PUBLISHED or claim.verdict in UNRATED_VERDICTS or claim.published_at is None:
        raise ClaimReviewUnavailable(
            f"Claim {claim.pk} has no published verdict (status {claim.status}, verdict {claim.verdict}).",
            extra={"status": claim.status, "verdict": claim.verdict},
        )
    return _document(claim=claim, published_on=claim.published_at.date())


def claimreview_preview(*, claim: Claim, published_on: date) -> dict[str, Any]:
    """The ClaimReview ``claim`` would have if its current verdict were published on ``published_on``, whatever its
    status: what the desk shows before Publish and what ``claim_transition`` validates before publishing. An
    unrated verdict gives a document without ``reviewRating`` values (reported by ``claimreview_missing``)."""
    return _document(claim=claim, published_on=published_on)


def _document(*, claim: Claim, published_on: date) -> dict[str, Any]:
    rating = claimreview_rating(claim.verdict) if is_rated(claim.verdict) else None
    article = claim.article
    item: dict[str, Any] = {"@type": "Claim", "author": _claimer(claim)}
    if claim.event_date is not None:
        item["datePublished"] = claim.event_date.isoformat()
    elif article.published_at is not None:
        item["datePublished"] = article.published_at.date().isoformat()
    if article.url:
        appearance: dict[str, Any] = {"@type": "CreativeWork", "url": article.url}
        if article.title:
            appearance["headline"] = article.title
        if article.outlet:
            appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
        item["appearance"] = appearance
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": claimreview_url(claim),
        "claimReviewed": claim.text,
        "datePublished": published_on.isoformat(),
        "author": {"@type": "Organization", "name": settings.NEWSROOM_NAME, "url": settings.NEWSROOM_URL},
        "reviewRating": {"@type": "Rating", **(rating or {})},
        "itemReviewed": item,
        **({"reviewBody": claim.verdict_summary} if claim.verdict_summary else {}),
    }


def claimreview_missing(document: dict[str, Any]) -> list[str]:
    """Dotted paths of required properties that are absent or empty in ``document`` ([] when it is valid)."""
    missing = []
    for path in REQUIRED_PATHS:
        value: Any = document
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            missing.append(".".join(path))
    rating = document.get("reviewRating") or {}
    numbers = [rating.get(k) for k in ("worstRating", "ratingValue", "bestRating")]
    worst, value, best = (n if isinstance(n, int | float) else None for n in numbers)
    if worst is not None and value is not None and best is not None and not worst <= value <= best:
        missing.append("reviewRating.ratingValue (outside worstRating..bestRating)")
    return missing


def claimreview_check(*, claim: Claim, document: dict[str, Any]) -> dict[str, Any]:
    """``document`` when it is complete; else raises ``ClaimReviewUnavailable`` (409, ``claimreview_incomplete``)
    naming the missing properties in its message and in ``extra["missing"]``."""
    missing = claimreview_missing(document)
    if missing:
        raise ClaimReviewUnavailable(
            f"The ClaimReview of claim {claim.pk} is incomplete: {', '.join(missing)}.",
            code="claimreview_incomplete",
            extra={"missing": missing},
        )
    return document


def claimreview_document(*, claim: Claim) -> dict[str, Any]:
    """Build and validate; raises ``ClaimReviewUnavailable`` naming the missing properties if it is incomplete."""
    return claimreview_check(claim=claim, document=claimreview_build(claim=claim))
