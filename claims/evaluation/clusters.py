"""How right the cluster links are at a threshold, on labelled same-claim pairs (the CheckThat! JSON lines).

The set-up mirrors ingest: each query is linked to the best-ranked of ``pool_size`` earlier claims (the size of
``claims.services.MATCH_CANDIDATES``), which are claim texts only (a fact-check's claim, no title or summary).
Half the queries (every second one, in file order) have their gold claim in the pool; the other half have it
left out, so a link made for them is a false link, as a new claim with no earlier twin would make one.
"""

import random
from collections.abc import Sequence
from dataclasses import dataclass

from claims.evaluation.gold import GoldArticle
from claims.matching import MatchItem, best_links
from claims.retrieval.collection import Document
from claims.retrieval.data import Query

POOL_SEED = 0


@dataclass(frozen=True)
class Outcome:
    """One query's best link: its score, whether it is a gold claim, whether a gold claim was in the pool."""

    score: float
    correct: bool
    has_gold: bool


def pool_and_queries(
    documents: Sequence[Document], queries: Sequence[Query], *, pool_size: int
) -> tuple[list[Document], list[tuple[Query, bool]]]:
    """The earlier claims (the gold claims of every second query, then distractors drawn with ``POOL_SEED``, none
    the gold of the other queries) and each query with whether a gold claim of it is among them."""
    flagged = [(query, i % 2 == 0) for i, query in enumerate(queries)]
    wanted = {g for query, kept in flagged if kept for g in query.gold}
    banned = {g for query, kept in flagged if not kept for g in query.gold} - wanted
    by_id = {d.id: d for d in documents}
    pool = [by_id[g] for g in sorted(wanted) if g in by_id]
    rest = [d for d in documents if d.id not in wanted and d.id not in banned]
    random.Random(POOL_SEED).shuffle(rest)
    pool.extend(rest[: max(0, pool_size - len(pool))])
    in_pool = {d.id for d in pool}
    # A query left without its gold still has it when another query shares that gold claim.
    return pool, [(query, bool(in_pool.intersection(query.gold))) for query, _ in flagged]


def evaluate(
    documents: Sequence[Document],
    queries: Sequence[Query],
    *,
    pool_size: int,
) -> list[Outcome]:
    """Each query's best link against the pool (``claims.matching.best_links``, queries not linked to each
    other)."""
    pool, flagged = pool_and_queries(documents, queries, pool_size=pool_size)
    earlier = [MatchItem.of(d.id, d.claim) for d in pool]
    items = [MatchItem.of(q.id, q.text) for q, _ in flagged]
    links = best_links(items, earlier=earlier, among_items=False)
    return [
        Outcome(score=link.score if link else -1.0, correct=bool(link and link.key in q.gold), has_gold=kept)
        for (q, kept), link in zip(flagged, links, strict=True)
    ]


@dataclass(frozen=True)
class Figures:
    threshold: float
    links: int  # queries linked at the threshold
    precision: float  # share of the links that are right
    recall: float  # share of the queries with a gold claim in the pool linked to it
    false_link_rate: float  # share of the queries without one that were linked anyway


def figures(outcomes: Sequence[Outcome], threshold: float) -> Figures:
    linked = [o for o in outcomes if o.score >= threshold]
    right = sum(o.correct for o in linked)
    with_gold = sum(o.has_gold for o in outcomes)
    without = len(outcomes) - with_gold
    return Figures(
        threshold=threshold,
        links=len(linked),
        precision=right / len(linked) if linked else 1.0,
        recall=right / with_gold if with_gold else 0.0,
        false_link_rate=sum(not o.has_gold for o in linked) / without if without else 0.0,
    )


def lowest_threshold(outcomes: Sequence[Outcome], *, precision: float) -> float | None:
    """The lowest threshold (a step of 0.01) whose links are at least ``precision`` right; ``None`` if none is."""
    for step in range(0, 101):
        threshold = step / 100
        found = figures(outcomes, threshold)
        if found.links and found.precision >= precision:
            return threshold
    return None


def article_link_scores(articles: Sequence[GoldArticle]) -> tuple[int, list[float]]:
    """Hard negatives: the gold claims of one labelled article (``evals/articles``) are different claims about one
    story, so a link between two of them at a threshold is a false merge. Returns the number of claims and each
    claim's best-link score against the claims before it in its article (stand-alone texts, one article at a
    time, no earlier claims; the gold has no event dates, so the same-event rule does not apply)."""
    claims, scores = 0, []
    for article in articles:
        items = [MatchItem.of(i, claim.standalone or claim.text) for i, claim in enumerate(article.claims)]
        claims += len(items)
        scores += [link.score for link in best_links(items) if link is not None]
    return claims, scores
