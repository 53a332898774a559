"""Clusters of the project's own claims: claims that say the same thing share a ``ClaimCluster``.

A new claim joins an earlier one by either rule:

- **retrieval**: the ranker fact-check matching uses (``claims.retrieval``: BM25 over the claim text and, when
  every claim has its MiniLM vector, the semantic stage, fused into one score) ranks the earlier claims for it,
  and the best scores at least ``CLUSTER_THRESHOLDS[mode]`` (chosen on labelled pairs, docs/matching.md);
- **same event**: an event noun (strike, drone, attack, ...) shared with a claim about the same event date, so
  "yesterday's drone strikes" joins "last night, drones ... targeted the base".

Pure: no ORM. ``claims.services.claims_assign_clusters`` feeds it the stored claims and writes the clusters.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from claims.extraction import lexicon
from claims.retrieval.collection import FIELDS, Collection, Document
from claims.retrieval.text import tokens

# The least retrieval score that puts two claims in one cluster, per mode ("full": BM25 + MiniLM, "lexical": BM25
# only): the lowest threshold whose links are >= 90% right on CheckThat! 2021 2A + 2B train and that merges at most
# 1 per 100 of the different claims of one labelled article (evals/articles dev). ``manage.py eval_clusters``;
# docs/matching.md has the command and the figures on dev and held-out data. The semantic stage needs the higher
# threshold: different claims about one story are close in embedding space.
CLUSTER_THRESHOLDS = {"full": 0.96, "lexical": 0.59}
# Event nouns as the ranker's tokeniser writes them ("strikes" and "strike" -> "strik").
_EVENT_KEYS = frozenset(tokens(" ".join(sorted(lexicon.EVENT_NOUNS | lexicon.INSTRUMENT_NOUNS))))


@dataclass(frozen=True)
class MatchItem:
    """What the cluster matcher sees of a claim: the caller's handle, its text and event date, its tokens and
    (for the semantic stage) its vector."""

    key: object  # an index into the new claims, or ("saved", claim id)
    text: str
    event_date: date | None = None
    words: tuple[str, ...] = field(default=(), compare=False)
    event_words: frozenset[str] = field(default=frozenset(), compare=False)
    vector: np.ndarray | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(
        cls, key: object, text: str, event_date: date | None = None, vector: np.ndarray | None = None
    ) -> "MatchItem":
        words = tuple(tokens(text))
        event_words = frozenset(w for w in words if w in _EVENT_KEYS)
        return cls(key=key, text=text, event_date=event_date, words=words, event_words=event_words, vector=vector)


@dataclass(frozen=True)
class Link:
    """The claim an item's retrieval ranks best among the claims before it, and its score."""

    key: object
    score: float


def mode_of(items: Sequence[MatchItem]) -> str:
    """ "full" when every item has a vector, else "lexical"."""
    return "full" if items and all(item.vector is not None for item in items) else "lexical"


def best_links(
    items: Sequence[MatchItem], *, earlier: Sequence[MatchItem] = (), among_items: bool = True
) -> list[Link | None]:
    """For each item, the best-ranked claim before it (every ``earlier`` item, and with ``among_items`` the items
    before it in ``items``) with its retrieval score; ``None`` when the ranker finds no candidate. One collection
    of all the claims; the semantic stage runs when every claim has a vector (``mode_of``)."""
    if not items:
        return []
    every = [*earlier, *items]
    semantic = mode_of(every) == "full"
    vectors = None
    if semantic:
        # A claim has one text: its vector stands for each of the fields a fact-check has (claim, title, summary).
        stacked = np.stack([np.asarray(item.vector, dtype=np.float32) for item in every])
        vectors = np.repeat(stacked[:, None, :], len(FIELDS), axis=1)
    collection = Collection(
        [Document(id=str(n), claim=item.text) for n, item in enumerate(every)],
        vectors=vectors,
        words=[item.words for item in every],
    )
    limits = [len(earlier) + (i if among_items else 0) for i in range(len(items))]
    ranked = collection.rank(
        [item.text for item in items],
        top=1,
        query_vectors=vectors[len(earlier) :, 0, :] if vectors is not None else None,
        limits=limits,
    )
    return [Link(key=every[found[0].index].key, score=found[0].score) if found else None for found in ranked]


def _same_event(a: MatchItem, b: MatchItem) -> bool:
    return a.event_date is not None and a.event_date == b.event_date and bool(a.event_words & b.event_words)


def group(
    items: Sequence[MatchItem], *, earlier: Sequence[MatchItem] = (), threshold: float | None = None
) -> list[object | None]:
    """For each item, the key of the claim it joins: the best-ranked claim before it (``best_links``) when its
    score reaches ``threshold`` (default ``CLUSTER_THRESHOLDS`` of the mode), else the first claim about the
    same event (earlier items first, then the items before it); ``None`` when nothing matches."""
    if threshold is None:
        threshold = CLUSTER_THRESHOLDS[mode_of([*earlier, *items])]
    links = best_links(items, earlier=earlier)
    out: list[object | None] = []
    for index, (item, link) in enumerate(zip(items, links, strict=True)):
        if link is not None and link.score >= threshold:
            out.append(link.key)
            continue
        event = next((other.key for other in (*earlier, *items[:index]) if _same_event(item, other)), None)
        out.append(event)
    return out
