"""The one mapping from verdict to ClaimReview rating (schema.org ``Rating`` inside a ``ClaimReview``).

Scale 1 (false) .. 5 (true), as Google's fact-check markup guidance suggests; ``alternateName`` is the
human-readable verdict shown to readers. ``unrated`` and ``unconfirmed`` map to no rating: they cannot be proposed or
published, and ``claimreview_rating`` refuses them.
"""

from typing import TypedDict

from claims.models import Verdict

BEST_RATING = 5
WORST_RATING = 1


class ClaimReviewRating(TypedDict):
    ratingValue: int
    bestRating: int
    worstRating: int
    alternateName: str


_RATING_VALUES: dict[str, int] = {
    Verdict.TRUE: 5,
    Verdict.MOSTLY_TRUE: 4,
    Verdict.MIXED: 3,
    Verdict.UNPROVEN: 3,
    Verdict.MISLEADING: 2,
    Verdict.MOSTLY_FALSE: 2,
    Verdict.FALSE: 1,
}

_ALTERNATE_NAMES: dict[str, str] = {
    Verdict.TRUE: "True",
    Verdict.MOSTLY_TRUE: "Mostly true",
    Verdict.MIXED: "Mixed",
    Verdict.UNPROVEN: "Unproven",
    Verdict.MISLEADING: "Misleading",
    Verdict.MOSTLY_FALSE: "Mostly false",
    Verdict.FALSE: "False",
}

RATED_VERDICTS: frozenset[str] = frozenset(_RATING_VALUES)


def is_rated(verdict: str) -> bool:
    """Whether the verdict has a ClaimReview rating (and so may be proposed and published)."""
    return verdict in RATED_VERDICTS


class UnratedVerdict(ValueError):
    """The verdict has no ClaimReview rating (``unrated``, ``unconfirmed``) or is not a verdict at all."""


def claimreview_rating(verdict: str) -> ClaimReviewRating:
    """The ClaimReview ``reviewRating`` for a rated verdict (every published claim has one).

    Raises ``UnratedVerdict`` (a ``ValueError``) for ``unrated``/``unconfirmed`` and for unknown strings; check
    ``is_rated`` first when the verdict may be pending.
    """
    if verdict not in _RATING_VALUES:
        raise UnratedVerdict(f"Verdict {verdict!r} has no ClaimReview rating.")
    return {
        "ratingValue": _RATING_VALUES[verdict],
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": _ALTERNATE_NAMES[verdict],
    }
