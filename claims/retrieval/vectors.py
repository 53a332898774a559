"""Nearest-neighbour search over L2-normalised float32 vectors (inner product = cosine).

Up to ``EXACT_LIMIT`` vectors the search is exact: one matrix-vector product and a partial sort (docs/matching.md
has the latencies). Beyond it a FAISS IVF index (faiss-cpu, in the encoder extra) answers approximately; without
faiss the search stays exact, only slower.
"""

import logging

import numpy as np

log = logging.getLogger(__name__)

EXACT_LIMIT = 200_000
# The index beyond the exact limit: FAISS IVF-Flat (inner product), cheap to build on two busy cores (a k-means
# on a sample, then one assignment per vector) where HNSW took many times longer; the search scans IVF_PROBES lists.
IVF_LISTS_PER_SQRT = 1  # lists = sqrt(n) rounded, at least 64
IVF_TRAIN_SAMPLE = 64  # vectors per list used to train the k-means
IVF_PROBES = 24
# Queries per matrix product of the exact search: bounds the score matrix (SEARCH_BATCH x n float32, 12.8 MB at
# 100,000 vectors) while a batch still shares one pass over the vectors.
SEARCH_BATCH = 32


def to_bytes(vector: np.ndarray) -> bytes:
    """The stored form of one vector (float32, little-endian)."""
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(blobs: list[bytes], dimensions: int) -> np.ndarray:
    """Stacked vectors of stored blobs (shape ``(len(blobs), dimensions)``)."""
    if not blobs:
        return np.zeros((0, dimensions), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype="<f4").reshape(len(blobs), dimensions).astype(np.float32)


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` highest scores of each row (of a 1-D array: of it), best first."""
    k = min(k, scores.shape[-1])
    if k <= 0:
        return np.zeros((*scores.shape[:-1], 0), dtype=np.int64)
    if scores.ndim == 1:  # one query's scores (the claim clusters rank one claim at a time): plain indexing
        part = np.argpartition(-scores, k - 1)[:k]
        return part[scores[part].argsort()[::-1]]
    part = np.argpartition(-scores, k - 1, axis=-1)[..., :k]
    order = np.take_along_axis(scores, part, axis=-1).argsort(axis=-1)[..., ::-1]
    return np.take_along_axis(part, order, axis=-1)


class VectorIndex:
    """Inner-product search over the rows of ``vectors``: exact up to ``exact_limit`` rows, an IVF index beyond."""

    def __init__(self, vectors: np.ndarray, *, exact_limit: int = EXACT_LIMIT) -> None:
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.ann = None
        if len(self.vectors) > exact_limit:
            try:
                import faiss
            except ImportError:
                log.warning("faiss-cpu not installed: exact vector search over %d vectors", len(self.vectors))
            else:
                n, dimensions = self.vectors.shape
                lists = max(64, round(IVF_LISTS_PER_SQRT * n**0.5))
                quantizer = faiss.IndexFlatIP(dimensions)
                index = faiss.IndexIVFFlat(quantizer, dimensions, lists, faiss.METRIC_INNER_PRODUCT)
                sample = np.random.default_rng(0).choice(n, size=min(n, lists * IVF_TRAIN_SAMPLE), replace=False)
                index.train(self.vectors[np.sort(sample)])
                index.add(self.vectors)
                index.nprobe = IVF_PROBES
                self.ann = index
                self.vectors = np.zeros((0, dimensions), np.float32)  # the index holds its own copy

    @property
    def exact(self) -> bool:
        return self.ann is None

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(indices, scores) of the ``k`` nearest rows for each query row, best first."""
        queries = np.ascontiguousarray(queries, dtype=np.float32)
        if self.ann is not None:
            scores, indices = self.ann.search(queries, k)
            return indices.astype(np.int64), scores
        k = min(k, len(self.vectors))
        found, found_scores = [np.zeros((0, k), np.int64)], [np.zeros((0, k), np.float32)]
        for start in range(0, len(queries), SEARCH_BATCH):
            sims = queries[start : start + SEARCH_BATCH] @ self.vectors.T
            found.append(top_k(sims, k))
            found_scores.append(np.take_along_axis(sims, found[-1], axis=-1))
        return np.concatenate(found), np.concatenate(found_scores)
