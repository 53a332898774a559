"""Similar-claim matching: claims that say the same thing share a ``ClaimCluster``.

The first pass is cheap and lexical (rapidfuzz over normalised text, plus "same event on the same date"). A matcher
is anything with ``similarity(a, b) -> float`` in [0, 1] over ``MatchItem``; a vector matcher (sentence embeddings)
can be added behind the same interface and combined with ``max``.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

import numpy as np
from rapidfuzz import fuzz, process

from claims.extraction import lexicon

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "by",
        "for",
        "with",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "as",
        "from",
        "into",
        "than",
        "then",
        "there",
        "their",
        "they",
        "he",
        "she",
        "his",
        "her",
    ]
)
_EVENT_KEYS = lexicon.EVENT_NOUNS | lexicon.INSTRUMENT_NOUNS
# Claim types whose wording is about an event that other claims can mention ("yesterday's drone strikes").
MATCH_THRESHOLD = 0.86


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@dataclass(frozen=True)
class MatchItem:
    """What a matcher sees of a claim."""

    key: object  # the caller's handle (an index or a claim id)
    text: str
    event_date: date | None = None
    norm: str = field(default="", compare=False)
    sorted_norm: str = field(default="", compare=False)  # ``norm``'s words sorted: what token_sort_ratio compares
    event_words: frozenset[str] = field(default=frozenset(), compare=False)

    @classmethod
    def of(cls, key: object, text: str, event_date: date | None = None) -> "MatchItem":
        words = [w for w in _WORD.findall(text.lower()) if w not in _STOP]
        event_words = frozenset(w for w in (_singular(x) for x in words) if w in _EVENT_KEYS)
        return cls(
            key=key,
            text=text,
            event_date=event_date,
            norm=" ".join(words),
            sorted_norm=" ".join(sorted(words)),
            event_words=event_words,
        )


class Matcher(Protocol):
    def similarity(self, a: MatchItem, b: MatchItem) -> float: ...


class FuzzyMatcher:
    """Token-sort fuzzy ratio of the content words; 1.0 for the same event noun on the same event date."""

    def similarity(self, a: MatchItem, b: MatchItem) -> float:
        if a.event_date is not None and a.event_date == b.event_date and a.event_words & b.event_words:
            return 1.0
        if not a.norm or not b.norm:
            return 0.0
        return fuzz.token_sort_ratio(a.norm, b.norm) / 100.0


@dataclass
class CombinedMatcher:
    """The best similarity any of several matchers gives (e.g. fuzzy + vector)."""

    matchers: Sequence[Matcher]

    def similarity(self, a: MatchItem, b: MatchItem) -> float:
        return max((m.similarity(a, b) for m in self.matchers), default=0.0)


def default_matcher() -> Matcher:
    return FuzzyMatcher()


def group(
    items: Sequence[MatchItem],
    *,
    earlier: Iterable[MatchItem] = (),
    matcher: Matcher | None = None,
    threshold: float = MATCH_THRESHOLD,
) -> list[object | None]:
    """For each item, the key of what it matches: an ``earlier`` item, or a previous item of ``items`` (first match
    wins, earlier items first). ``None`` when nothing matches. Greedy single link, one pass.

    The default ``FuzzyMatcher`` is computed for all pairs at once (``_group_fuzzy``, same result); other matchers
    are asked pair by pair."""
    matcher = matcher or default_matcher()
    earlier = list(earlier)
    if type(matcher) is FuzzyMatcher:
        return _group_fuzzy(items, earlier, threshold)
    out: list[object | None] = []
    for index, item in enumerate(items):
        found: object | None = None
        for other in earlier:
            if matcher.similarity(item, other) >= threshold:
                found = other.key
                break
        if found is None:
            for other in items[:index]:
                if matcher.similarity(item, other) >= threshold:
                    found = other.key
                    break
        out.append(found)
    return out


def _fuzzy_matrix(rows: Sequence[MatchItem], columns: Sequence[MatchItem], threshold: float) -> np.ndarray:
    """``FuzzyMatcher.similarity(row, column) >= threshold`` for every pair, as a boolean matrix: the fuzzy ratios
    in one ``rapidfuzz.process.cdist`` call (float64, the scores of ``fuzz.token_sort_ratio``), or-ed with the
    same-event-on-the-same-date rule."""
    # token_sort_ratio is the plain ratio of the sorted tokens: sorted once per item (``MatchItem.of``), not per pair.
    scores = process.cdist(
        [row.sorted_norm for row in rows],
        [column.sorted_norm for column in columns],
        scorer=fuzz.ratio,
        dtype=np.float64,
        score_cutoff=max(0.0, threshold * 100.0 - 1.0),
    )
    hits = scores / 100.0 >= threshold
    hits[[not row.norm for row in rows], :] = False
    hits[:, [not column.norm for column in columns]] = False
    by_date: dict[date, list[int]] = {}
    for j, column in enumerate(columns):
        if column.event_date is not None and column.event_words:
            by_date.setdefault(column.event_date, []).append(j)
    for i, row in enumerate(rows):
        if row.event_date is None or not row.event_words:
            continue
        for j in by_date.get(row.event_date, ()):
            if row.event_words & columns[j].event_words:
                hits[i, j] = True
    return hits


def _group_fuzzy(items: Sequence[MatchItem], earlier: Sequence[MatchItem], threshold: float) -> list[object | None]:
    """``group`` with the ``FuzzyMatcher``, from two boolean matrices instead of a Python loop over pairs."""
    if not items:
        return []
    against_earlier = _fuzzy_matrix(items, earlier, threshold) if earlier else None
    among_items = _fuzzy_matrix(items, items, threshold)
    out: list[object | None] = []
    for index in range(len(items)):
        found: object | None = None
        if against_earlier is not None and against_earlier[index].any():
            found = earlier[int(against_earlier[index].argmax())].key
        elif index and among_items[index, :index].any():
            found = items[int(among_items[index, :index].argmax())].key
        out.append(found)
    return out
