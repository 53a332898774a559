"""Fitting the fusion weights (``weights.json``) on labelled queries; used by ``manage.py fit_matching_weights``."""

from collections.abc import Sequence

import numpy as np

from claims.retrieval.collection import Collection, Fusion
from claims.retrieval.data import Query

LEXICAL_FEATURES = ("lex", "lex_gap", "lex_rr", "qlen", "date_known", "date_far")
# The features that need the query's date (``Collection.features``): 0 for a query without one.
DATE_FEATURES = ("date_known", "date_far")
FULL_FEATURES = (
    *LEXICAL_FEATURES,
    *("cos_claim", "cos_title", "cos_extra", "cos_best", "cos_gap", "cos_claim_gap", "cos_rr", "cos_lex"),
)


def examples(
    collection: Collection, queries: Sequence[Query], query_vectors: np.ndarray | None, features: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and 0/1 labels of every (query, candidate) pair; queries whose gold is not among the
    candidates still add their negatives. A query with a date counts twice, with it and without it (its
    ``DATE_FEATURES`` 0): the matcher also meets claims without a date (a search, the claim clusters), and the
    other weights have to serve both."""
    xs, ys = [], []
    for i, query in enumerate(queries):
        qv = query_vectors[i] if query_vectors is not None else None
        candidates, table = collection.features(query.text, qv, query_date=query.date)
        gold = set(query.gold)
        labels = np.array([collection.ids[c] in gold for c in candidates], dtype=np.int8)
        xs.append(np.column_stack([table[f] for f in features]))
        ys.append(labels)
        if query.date is not None:
            undated = [np.zeros(len(candidates)) if f in DATE_FEATURES else table[f] for f in features]
            xs.append(np.column_stack(undated))
            ys.append(labels)
    return np.vstack(xs), np.concatenate(ys)


def fit(
    x: np.ndarray, y: np.ndarray, features: Sequence[str], *, c: float = 1.0, weights: np.ndarray | None = None
) -> Fusion:
    """A logistic model over ``features`` (columns of ``x``); ``weights`` per row (e.g. to give each collection
    the same total weight)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(x, y, sample_weight=weights)
    return Fusion(
        tuple(features), tuple(round(float(w), 5) for w in model.coef_[0]), round(float(model.intercept_[0]), 5)
    )
