"""Clusters of the project's own claims: claims that say the same thing share a ``ClaimCluster``.

A new claim joins an earlier one by either rule:

- **retrieval**: the lexical stage of the ranker fact-check matching uses (``claims.retrieval``: BM25 over the
  claim text, fused into one score) ranks the earlier claims for it, and the best scores at least
  ``CLUSTER_THRESHOLD`` (chosen on labelled pairs, docs/matching.md);
- **same event**: an event noun (strike, drone, attack, ...) shared with a claim about the same event date, so
  "yesterday's drone strikes" joins "last night, drones ... targeted the base".

Pure: no ORM. ``claims.services.claims_assign_clusters`` feeds it the stored claims and writes the clusters.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from claims.extraction import lexicon
from claims.retrieval.collection import Collection, Document
from claims.retrieval.text import tokens

# The least retrieval score that puts two claims in one cluster: the lowest threshold whose links are >= 90% right
# on CheckThat! 2021 2A + 2B train and that merges at most 1 per 100 of the different claims of one labelled article
# (evals/articles dev). ``manage.py eval_clusters``; docs/matching.md has the command and the figures on dev and
# held-out data. Clusters are lexical only: at that precision the sentence encoder found fewer same-claim pairs
# (different claims about one story sit close in embedding space) and made extraction several times slower.
CLUSTER_THRESHOLD = 0.57
# Event nouns as the ranker's tokeniser writes them ("strikes" and "strike" -> "strik").
_EVENT_KEYS = frozenset(tokens(" ".join(sorted(lexicon.EVENT_NOUNS | lexicon.INSTRUMENT_NOUNS))))


@dataclass(frozen=True)
class MatchItem:
    """What the cluster matcher sees of a claim: the caller's handle, its text and event date, and its tokens."""

    key: object  # an index into the new claims, or ("saved", claim id)
    text: str
    event_date: date | None = None
    words: tuple[str, ...] = field(default=(), compare=False)
    event_words: frozenset[str] = field(default=frozenset(), compare=False)

    @classmethod
    def of(cls, key: object, text: str, event_date: date | None = None) -> "MatchItem":
        words = tuple(tokens(text))
        event_words = frozenset(w for w in words if w in _EVENT_KEYS)
        return cls(key=key, text=text, event_date=event_date, words=words, event_words=event_words)


@dataclass(frozen=True)
class Link:
    """The claim an item's retrieval ranks best among the claims before it, and its score."""

    key: object
    score: float


def best_links(
    items: Sequence[MatchItem], *, earlier: Sequence[MatchItem] = (), among_items: bool = True
) -> list[Link | None]:
    """For each item, the best-ranked claim before it (every ``earlier`` item, and with ``among_items`` the items
    before it in ``items``) with its retrieval score; ``None`` when the ranker finds no candidate. One lexical
    collection of all the claims."""
    if not items:
        return []
    every = [*earlier, *items]
    collection = Collection(
        [Document(id=str(n), claim=item.text) for n, item in enumerate(every)], words=[item.words for item in every]
    )
    limits = [len(earlier) + (i if among_items else 0) for i in range(len(items))]
    ranked = collection.rank([item.text for item in items], top=1, limits=limits)
    return [Link(key=every[found[0].index].key, score=found[0].score) if found else None for found in ranked]


def group(
    items: Sequence[MatchItem], *, earlier: Sequence[MatchItem] = (), threshold: float | None = None
) -> list[object | None]:
    """For each item, the key of the claim it joins: the best-ranked claim before it (``best_links``) when its
    score reaches ``threshold`` (default ``CLUSTER_THRESHOLD``), else the first claim about the same event, one
    with the same event date and an event noun in common (earlier items first, then the items before it);
    ``None`` when nothing matches."""
    if threshold is None:
        threshold = CLUSTER_THRESHOLD
    links = best_links(items, earlier=earlier)
    # The claims that can be "the same event" for a later one, by event date, in order.
    by_date: dict[date, list[MatchItem]] = {}
    for other in earlier:
        if other.event_date is not None and other.event_words:
            by_date.setdefault(other.event_date, []).append(other)
    out: list[object | None] = []
    for item, link in zip(items, links, strict=True):
        if link is not None and link.score >= threshold:
            out.append(link.key)
        else:
            same_day = by_date.get(item.event_date, []) if item.event_date is not None else []
            out.append(next((other.key for other in same_day if item.event_words & other.event_words), None))
        if item.event_date is not None and item.event_words:
            by_date.setdefault(item.event_date, []).append(item)
    return out
