"""Okapi BM25 as one sparse matrix: a query's scores are the sum of its terms' columns (exact, no pruning)."""

from collections.abc import Sequence
from itertools import chain

import numpy as np
from scipy import sparse

K1 = 1.2
B = 0.75


class BM25:
    """BM25 over pre-tokenised documents. ``scores(query_tokens)`` gives one score per document."""

    def __init__(self, documents: Sequence[Sequence[str]], *, k1: float = K1, b: float = B) -> None:
        n = len(documents)
        lengths = np.fromiter((len(words) for words in documents), dtype=np.int64, count=n)
        # Every word of every document at once: its term id (in order of first use) and its row; converting the
        # COO matrix sums repeated (row, term) pairs into term frequencies.
        self.vocabulary: dict[str, int] = {}
        term_of = self.vocabulary.setdefault
        term_ids = np.fromiter(
            (term_of(word, len(self.vocabulary)) for word in chain.from_iterable(documents)),
            dtype=np.int64,
            count=int(lengths.sum()),
        )
        rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
        terms = len(self.vocabulary)
        tf_matrix = sparse.coo_matrix(
            (np.ones(len(term_ids), dtype=np.float32), (rows, term_ids)), shape=(n, terms)
        ).tocsr()
        tf_matrix = tf_matrix.tocoo()
        df = np.bincount(tf_matrix.col, minlength=terms).astype(np.float32)
        self.idf = np.log1p((n - df + 0.5) / (df + 0.5)).astype(np.float32)
        avgdl = float(lengths.mean()) if n else 1.0
        norm = k1 * (1 - b + b * lengths.astype(np.float32) / max(avgdl, 1e-9))
        weights = tf_matrix.data * (k1 + 1) / (tf_matrix.data + norm[tf_matrix.row]) * self.idf[tf_matrix.col]
        self.matrix = sparse.csc_matrix((weights, (tf_matrix.row, tf_matrix.col)), shape=tf_matrix.shape)
        self.size = n

    def scores(self, query: Sequence[str]) -> np.ndarray:
        return self.scores_many([query])[0]

    def scores_many(self, queries: Sequence[Sequence[str]]) -> np.ndarray:
        """Each query's scores, shape ``(len(queries), size)``: one sparse product of the queries' term indicators
        (a term counts once per query) with the document-term weights."""
        rows: list[int] = []
        cols: list[int] = []
        for row, query in enumerate(queries):
            terms = {self.vocabulary[w] for w in query if w in self.vocabulary}
            rows.extend([row] * len(terms))
            cols.extend(terms)
        indicator = sparse.csr_matrix(
            (np.ones(len(cols), dtype=np.float32), (rows, cols)), shape=(len(queries), len(self.vocabulary))
        )
        return np.asarray((indicator @ self.matrix.T).toarray(), dtype=np.float32)

    def max_score(self, query: Sequence[str]) -> float:
        """The score a document holding every query term once would get at most: sum of (k1+1)*idf bounds, used
        to put scores of different queries on one scale."""
        cols = {self.vocabulary[w] for w in query if w in self.vocabulary}
        return float(sum(self.idf[c] for c in cols) * (K1 + 1)) or 1.0
