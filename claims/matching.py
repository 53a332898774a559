"""Clusters of the project's own claims: claims that say the same thing share a ``ClaimCluster``.

A new claim joins an earlier one by either rule:

- **retrieval**: the lexical stage of the ranker fact-check matching uses (``claims.retrieval``: BM25 over the
  claim text, fused into one score) ranks the earlier claims for it, and the best scores at least
  ``CLUSTER_THRESHOLD`` (chosen on labelled pairs, docs/matching.md);
- **same event**: an event noun (strike, drone, attack, ...) shared with a claim about the same event date, so
  "yesterday's drone strikes" joins "last night, drones ... targeted the base".

Pure: no ORM. ``claims.services.claims_match_pool`` feeds it the stored claims and the batch's new ones;
``claims.services.claims_assign_clusters`` writes the clusters.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
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


class Pool:
    """The claims new claims are matched against, in one lexical collection built once: the ``earlier`` claims,
    then the claims of each article of a batch (``articles``, by a key of the caller's, in order). The extraction
    job stores a batch of articles at a time; its articles share this collection, so the batch reads the earlier
    claims and builds the BM25 index once, not once per article.

    An article's claims are matched against the earlier claims, the claims of the articles before it in the batch
    that were stored (``stored``: an article that failed is left out) and, for each claim, its own article's claims
    before it. An article's own claims are keyed by their position in it; stored articles' by the keys given."""

    def __init__(self, earlier: Sequence[MatchItem], articles: Mapping[object, Sequence[MatchItem]]) -> None:
        self.earlier = list(earlier)
        self._order = list(articles)
        self._items = {article: list(items) for article, items in articles.items()}
        self._stored: set[object] = set()
        # The articles whose claims follow the earlier claims in ``_collection``, in order.
        self._members: list[object] = []
        self._collection: Collection | None = None
        self._earlier_by_date: dict[date, list[MatchItem]] | None = None

    def stored(self, article: object, keys: Sequence[object]) -> None:
        """``article``'s claims were stored under ``keys`` (one per claim, in order): the later articles of the
        batch can join them."""
        self._items[article] = [replace(item, key=key) for item, key in zip(self._items[article], keys, strict=True)]
        self._stored.add(article)

    def before(self, article: object) -> list[MatchItem]:
        """The claims ``article``'s claims can join apart from their own: the earlier claims, then the claims of
        the articles stored before it, in order."""
        return [*self.earlier, *(item for other in self._stored_before(article) for item in self._items[other])]

    def _stored_before(self, article: object) -> list[object]:
        return [other for other in self._order[: self._order.index(article)] if other in self._stored]

    def _collection_for(self, article: object) -> Collection:
        """The collection whose documents are the claims ``before(article)`` followed by ``article``'s own (and
        those of the articles after it, which ``links`` leaves out). Built once per batch; again only when an
        article before this one was not stored."""
        lead = [*self._stored_before(article), article]
        if self._collection is None or self._members[: len(lead)] != lead:
            self._members = [*lead, *self._order[self._order.index(article) + 1 :]]
            every = [*self.earlier, *(item for member in self._members for item in self._items[member])]
            self._collection = Collection(
                [Document(id=str(n), claim=item.text) for n, item in enumerate(every)],
                words=[item.words for item in every],
            )
        return self._collection

    def links(self, article: object, *, among_items: bool = True) -> list[Link | None]:
        """For each of ``article``'s claims, the best-ranked claim it can join (``before(article)``, and with
        ``among_items`` its own article's claims before it) with its retrieval score; ``None`` when the ranker
        finds no candidate."""
        items = self._items[article]
        if not items:
            return []
        collection = self._collection_for(article)
        candidates = [*self.before(article), *items]
        offset = len(candidates) - len(items)
        limits = [offset + (i if among_items else 0) for i in range(len(items))]
        ranked = collection.rank(
            [item.text for item in items], top=1, limits=limits, query_words=[item.words for item in items]
        )
        return [Link(key=candidates[found[0].index].key, score=found[0].score) if found else None for found in ranked]

    def group(self, article: object, *, threshold: float | None = None) -> list[object | None]:
        """For each of ``article``'s claims, the key of the claim it joins: the best-ranked claim (``links``) when
        its score reaches ``threshold`` (default ``CLUSTER_THRESHOLD``), else the first claim about the same
        event, one with the same event date and an event noun in common (``before(article)`` first, then its own
        article's claims before it); ``None`` when nothing matches."""
        if threshold is None:
            threshold = CLUSTER_THRESHOLD
        links = self.links(article)
        # The claims that can be "the same event" for a later one, by event date, in order: the earlier claims'
        # (indexed once per pool), then those of the stored articles before this one and of its own claims.
        if self._earlier_by_date is None:
            self._earlier_by_date = _by_event_date(self.earlier)
        by_date = _by_event_date(
            [item for other in self._stored_before(article) for item in self._items[other]], self._earlier_by_date
        )
        out: list[object | None] = []
        for item, link in zip(self._items[article], links, strict=True):
            if link is not None and link.score >= threshold:
                out.append(link.key)
            else:
                same_day = by_date.get(item.event_date, []) if item.event_date is not None else []
                out.append(next((other.key for other in same_day if item.event_words & other.event_words), None))
            if item.event_date is not None and item.event_words:
                _add_by_event_date(by_date, [item])
        return out


def _by_event_date(
    items: Sequence[MatchItem], start: Mapping[date, list[MatchItem]] | None = None
) -> dict[date, list[MatchItem]]:
    """The ``items`` that name an event noun and have an event date, by that date in order, after those of
    ``start`` (copied: its lists are not changed)."""
    out = {day: list(found) for day, found in (start or {}).items()}
    _add_by_event_date(out, items)
    return out


def _add_by_event_date(by_date: dict[date, list[MatchItem]], items: Sequence[MatchItem]) -> None:
    for item in items:
        if item.event_date is not None and item.event_words:
            by_date.setdefault(item.event_date, []).append(item)


def best_links(
    items: Sequence[MatchItem], *, earlier: Sequence[MatchItem] = (), among_items: bool = True
) -> list[Link | None]:
    """For each item, the best-ranked claim before it (every ``earlier`` item, and with ``among_items`` the items
    before it in ``items``) with its retrieval score: ``Pool.links`` of one article."""
    return Pool(earlier, {None: items}).links(None, among_items=among_items)


def group(
    items: Sequence[MatchItem], *, earlier: Sequence[MatchItem] = (), threshold: float | None = None
) -> list[object | None]:
    """For each item, the key of the claim it joins among ``earlier`` and the items before it: ``Pool.group`` of
    one article."""
    return Pool(earlier, {None: items}).group(None, threshold=threshold)
