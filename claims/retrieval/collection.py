"""A ranked search over fact-checks: BM25 candidates + embedding candidates, fused by a logistic model."""

import datetime
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from claims.retrieval import encoder
from claims.retrieval.bm25 import BM25
from claims.retrieval.dates import distances
from claims.retrieval.text import clean, tokens
from claims.retrieval.vectors import EXACT_LIMIT, VectorIndex, top_k

WEIGHTS_PATH = Path(__file__).with_name("weights.json")
CANDIDATES = 50  # from each stage before fusion
# Dense BM25 scores computed at once by ``Collection.rank``: queries per block = this / documents (4 MB of float32).
LEXICAL_BLOCK_CELLS = 1_000_000
# The embedded fields of a document, in the order of ``Document.fields()``.
FIELDS = ("claim", "title", "extra")


@dataclass(frozen=True)
class Document:
    """A fact-check as the matcher sees it: the claim reviewed, the headline, any further summary, and its date
    (when the claim was made or checked; compared with the query's date)."""

    id: str
    claim: str
    title: str = ""
    extra: str = ""
    date: datetime.date | None = None

    def fields(self) -> tuple[str, str, str]:
        return (clean(self.claim), clean(self.title), clean(self.extra))

    def words(self) -> list[str]:
        return tokens(self.claim) + tokens(self.title) + tokens(self.extra)


@dataclass(frozen=True)
class Match:
    index: int  # position in the collection
    id: str
    score: float  # calibrated: the fitted probability that query and document state the same claim
    lexical: float  # BM25 / the query's BM25 bound, in [0, 1]
    semantic: float  # the best cosine over the embedded fields (0 when lexical only)


@dataclass(frozen=True)
class Fusion:
    """A logistic model over named features (weights.json holds one per mode: "full" and "lexical")."""

    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float

    @classmethod
    def load(cls, mode: str, path: Path = WEIGHTS_PATH) -> "Fusion":
        data = json.loads(path.read_text())[mode]
        return cls(tuple(data["features"]), tuple(data["coef"]), float(data["intercept"]))

    def as_json(self) -> dict[str, object]:
        return {"features": list(self.features), "coef": list(self.coef), "intercept": self.intercept}

    def score(self, table: dict[str, np.ndarray]) -> np.ndarray:
        z = np.full(len(next(iter(table.values()))), self.intercept, dtype=np.float64)
        for name, weight in zip(self.features, self.coef, strict=True):
            z += weight * table[name]
        return 1.0 / (1.0 + np.exp(-z))


def embed_documents(documents: Sequence[Document], cache_dir: Path | None = None) -> np.ndarray:
    """Vectors of every embedded field, shape ``(len(documents), len(FIELDS), DIMENSIONS)``."""
    columns = [encoder.encode_cached([d.fields()[i] for d in documents], cache_dir) for i in range(len(FIELDS))]
    return np.stack(columns, axis=1) if documents else np.zeros((0, len(FIELDS), encoder.DIMENSIONS), np.float32)


def embed_queries(queries: Sequence[str], cache_dir: Path | None = None) -> np.ndarray:
    return encoder.encode_cached([clean(q) for q in queries], cache_dir)


class Collection:
    """Fact-checks to rank queries against. ``vectors`` (from ``embed_documents`` or the database) switches the
    semantic stage on; without them ranking is lexical only."""

    def __init__(
        self,
        documents: Sequence[Document],
        *,
        vectors: np.ndarray | None = None,
        exact_limit: int = EXACT_LIMIT,
        fusion: Fusion | None = None,
        words: Sequence[Sequence[str]] | None = None,
    ) -> None:
        """``words``: the documents' tokens when the caller has them already (``Document.words()`` otherwise)."""
        self.documents = list(documents)
        self.ids = [d.id for d in self.documents]
        self.bm25 = BM25(words if words is not None else [d.words() for d in self.documents])
        # Day numbers of the documents' dates (NaN: no date).
        self.days = np.array([d.date.toordinal() if d.date else np.nan for d in self.documents], dtype=np.float64)
        # Kept field-major, (field, fact-check, dimension), so that ``vectors[f]`` is one field of every fact-check.
        self.vectors: np.ndarray | None = None
        self.indexes: list[VectorIndex] = []
        if vectors is not None and len(vectors) <= exact_limit:
            # Exact search over each embedded field, in place: each field is one contiguous block (no second copy).
            self.vectors = np.ascontiguousarray(vectors.transpose(1, 0, 2), dtype=np.float32)
            self.indexes = [VectorIndex(field, exact_limit=exact_limit) for field in self.vectors]
        elif vectors is not None:
            # Beyond the exact limit: one IVF index over the claim vectors finds the semantic candidates; the
            # other fields are scored for the candidates only, from half-precision copies (half the memory).
            self.indexes = [VectorIndex(vectors[:, 0, :], exact_limit=exact_limit)]
            self.vectors = vectors.transpose(1, 0, 2).astype(np.float16, copy=False)
        self.fusion = fusion or Fusion.load("full" if self.semantic else "lexical")

    @property
    def semantic(self) -> bool:
        return self.vectors is not None

    def __len__(self) -> int:
        return len(self.documents)

    def neighbours(self, query_vectors: np.ndarray) -> np.ndarray:
        """The top ``CANDIDATES`` of each vector index for each query, shape ``(queries, indexes, k)``, best first.
        A batch of queries shares each pass over the vectors: the exact search is bound by memory bandwidth (it
        reads every vector of a field per pass), not by arithmetic."""
        k = min(CANDIDATES, len(self))
        return np.stack([index.search(query_vectors, k)[0] for index in self.indexes], axis=1)

    def features(
        self,
        query: str,
        query_vector: np.ndarray | None,
        neighbours: np.ndarray | None = None,
        *,
        limit: int | None = None,
        query_date: datetime.date | None = None,
    ) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """Candidate indices for one query (the top ``CANDIDATES`` of BM25 and of each vector index) and their
        feature table (the fusion model's inputs). ``neighbours``: the query's row of ``neighbours()`` when the
        caller searched a batch already. ``limit``: only the first ``limit`` documents are candidates (the claim
        clusters rank a claim against the claims before it, ``claims.matching``). ``query_date``: when the
        query's claim was made (an article's or a post's date); the date features are 0 without it or without
        the document's date."""
        words = tokens(query)
        return self._features(words, self.bm25.scores(words), query_vector, neighbours, limit, query_date)

    def _features(
        self,
        words: Sequence[str],
        bm: np.ndarray,
        query_vector: np.ndarray | None,
        neighbours: np.ndarray | None,
        limit: int | None,
        query_date: datetime.date | None,
    ) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """``features`` of a tokenised query whose BM25 scores ``bm`` (one per document) are computed."""
        if limit is not None:
            bm[limit:] = 0.0
        k = min(CANDIDATES, len(self))
        lexical_top = top_k(bm, k) if k else np.zeros(0, np.int64)
        pools = [lexical_top[bm[lexical_top] > 0]]
        semantic = self.semantic and query_vector is not None
        if query_vector is not None and semantic:
            semantic_rank = np.full(len(self), float(k))
            if neighbours is None:
                neighbours = self.neighbours(query_vector[None, :])[0]
            for found in neighbours:
                if limit is not None:
                    found = found[found < limit]
                pools.append(found)
                valid = found >= 0
                semantic_rank[found[valid]] = np.minimum(semantic_rank[found[valid]], np.arange(len(found))[valid])
        candidates = np.unique(np.concatenate(pools))
        candidates = candidates[candidates >= 0]
        bound = self.bm25.max_score(words)
        lex = bm[candidates] / bound
        top_lex = float(bm[lexical_top[0]]) / bound if k else 0.0
        # Rank in the BM25 order, counted up to k (a candidate found only by the vectors ranks k).
        rank = np.full(len(self), float(k))
        rank[lexical_top] = np.arange(len(lexical_top))
        table = {
            "lex": lex,
            "lex_gap": lex - top_lex,
            "lex_rr": 1.0 / (1.0 + rank[candidates]),
            "qlen": np.full(len(candidates), math.log1p(len(words))),
        }
        apart = self.days[candidates] - (query_date.toordinal() if query_date else np.nan)
        known = ~np.isnan(apart)
        table["date_known"] = known.astype(np.float64)
        table["date_far"] = distances(np.where(known, apart, 0.0))  # 0 where either date is unknown
        if semantic:
            assert self.vectors is not None and query_vector is not None
            cos = np.einsum("fnd,d->nf", self.vectors[:, candidates].astype(np.float32), query_vector)
            best = cos.max(axis=1)
            for f, name in enumerate(FIELDS):
                table[f"cos_{name}"] = cos[:, f]
            table["cos_best"] = best
            table["cos_gap"] = best - (best.max() if len(best) else 0.0)
            table["cos_claim_gap"] = cos[:, 0] - (cos[:, 0].max() if len(best) else 0.0)
            table["cos_rr"] = 1.0 / (1.0 + semantic_rank[candidates])
            table["cos_lex"] = best * lex
        return candidates, table

    def rank(
        self,
        queries: Sequence[str],
        *,
        top: int = 10,
        query_vectors: np.ndarray | None = None,
        limits: Sequence[int | None] | None = None,
        query_dates: Sequence[datetime.date | None] | None = None,
        query_words: Sequence[Sequence[str]] | None = None,
    ) -> list[list[Match]]:
        """The ``top`` matches of each query, best first; ``limits`` and ``query_dates``: each query's ``limit``
        and ``query_date`` (``features``); ``query_words``: the queries' tokens when the caller has them."""
        if self.semantic and query_vectors is None:
            query_vectors = embed_queries(queries)
        neighbours = None
        if self.semantic and query_vectors is not None and len(self):
            neighbours = self.neighbours(query_vectors)
        words = query_words if query_words is not None else [tokens(query) for query in queries]
        # The queries' BM25 scores, a block of queries per sparse product (a block's dense scores stay a few MB).
        block = max(1, LEXICAL_BLOCK_CELLS // max(len(self), 1))
        lexical = np.zeros((0, len(self)), dtype=np.float32)
        out: list[list[Match]] = []
        for i in range(len(queries)):
            if i % block == 0:
                lexical = self.bm25.scores_many(words[i : i + block])
            qv = query_vectors[i] if self.semantic and query_vectors is not None else None
            found = neighbours[i] if neighbours is not None else None
            candidates, table = self._features(
                words[i],
                lexical[i % block],
                qv,
                found,
                limits[i] if limits is not None else None,
                query_dates[i] if query_dates is not None else None,
            )
            if not len(candidates):
                out.append([])
                continue
            probability = self.fusion.score(table)
            order = np.argsort(-probability, kind="stable")[:top]
            semantic = table.get("cos_best", np.zeros(len(candidates)))
            out.append(
                [
                    Match(
                        index=int(candidates[j]),
                        id=self.ids[candidates[j]],
                        score=round(float(probability[j]), 4),
                        lexical=round(float(table["lex"][j]), 4),
                        semantic=round(float(semantic[j]), 4),
                    )
                    for j in order
                ]
            )
        return out
