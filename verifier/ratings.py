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


# Rating words of other publishers (lower-cased, hyphens as spaces) and the verdict each is closest to.
_RATING_WORDS: dict[str, str] = {
    "true": Verdict.TRUE,
    "correct": Verdict.TRUE,
    "mostly true": Verdict.MOSTLY_TRUE,
    "half true": Verdict.MIXED,
    "mixture": Verdict.MIXED,
    "mixed": Verdict.MIXED,
    "unproven": Verdict.UNPROVEN,
    "unsupported": Verdict.UNPROVEN,
    "misleading": Verdict.MISLEADING,
    "miscaptioned": Verdict.MISLEADING,
    "mostly false": Verdict.MOSTLY_FALSE,
    "barely true": Verdict.MOSTLY_FALSE,
    "false": Verdict.FALSE,
    "pants on fire": Verdict.FALSE,
    "pants fire": Verdict.FALSE,
    "fake": Verdict.FALSE,
    "incorrect": Verdict.FALSE,
}
_VERDICT_BY_VALUE = {value: verdict for verdict, value in _RATING_VALUES.items() if verdict != Verdict.UNPROVEN}


def verdict_for_rating(*, text: str, value: float | None, best: float | None, worst: float | None) -> str:
    """Our verdict closest to another publisher's rating: by its words when we know them, else by its value on its
    own scale mapped onto ours; "" when neither says anything."""
    words = " ".join(text.lower().replace("-", " ").split())
    if words in _RATING_WORDS:
        return _RATING_WORDS[words]
    if value is not None and best is not None and worst is not None and best != worst:
        position = (value - worst) / (best - worst)
        ours = round(WORST_RATING + min(max(position, 0.0), 1.0) * (BEST_RATING - WORST_RATING))
        return _VERDICT_BY_VALUE[ours]
    return ""
