"""Okapi BM25 as one sparse matrix: a query's scores are the sum of its terms' columns (exact, no pruning)."""

from collections.abc import Sequence

import numpy as np
from scipy import sparse

K1 = 1.2
B = 0.75


class BM25:
    """BM25 over pre-tokenised documents. ``scores(query_tokens)`` gives one score per document."""

    def __init__(self, documents: Sequence[Sequence[str]], *, k1: float = K1, b: float = B) -> None:
        self.vocabulary: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        counts: list[float] = []
        lengths = np.zeros(len(documents), dtype=np.float32)
        for row, words in enumerate(documents):
            lengths[row] = len(words)
            tf: dict[int, int] = {}
            for word in words:
                col = self.vocabulary.setdefault(word, len(self.vocabulary))
                tf[col] = tf.get(col, 0) + 1
            rows.extend([row] * len(tf))
            cols.extend(tf.keys())
            counts.extend(tf.values())
        n = len(documents)
        tf_matrix = sparse.csr_matrix(
            (np.asarray(counts, dtype=np.float32), (rows, cols)), shape=(n, len(self.vocabulary))
        )
        df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=len(self.vocabulary)).astype(np.float32)
        self.idf = np.log1p((n - df + 0.5) / (df + 0.5)).astype(np.float32)
        avgdl = float(lengths.mean()) if n else 1.0
        norm = k1 * (1 - b + b * lengths / max(avgdl, 1e-9))
        tf_matrix = tf_matrix.tocoo()
        weights = tf_matrix.data * (k1 + 1) / (tf_matrix.data + norm[tf_matrix.row]) * self.idf[tf_matrix.col]
        self.matrix = sparse.csc_matrix((weights, (tf_matrix.row, tf_matrix.col)), shape=tf_matrix.shape)
        self.size = n

    def scores(self, query: Sequence[str]) -> np.ndarray:
        cols = sorted({self.vocabulary[w] for w in query if w in self.vocabulary})
        if not cols:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.matrix[:, cols].sum(axis=1)).ravel().astype(np.float32)

    def max_score(self, query: Sequence[str]) -> float:
        """The score a document holding every query term once would get at most: sum of (k1+1)*idf bounds, used
        to put scores of different queries on one scale."""
        cols = {self.vocabulary[w] for w in query if w in self.vocabulary}
        return float(sum(self.idf[c] for c in cols) * (K1 + 1)) or 1.0
