"""Extraction of a batch of articles in one process against two halves, one in a forked worker
(``claims.extraction.nlp.map_doc_tuples``, as the embedded default's extraction jobs use it from
``PARALLEL_MIN_CHARS`` characters on).

Run: .venv/bin/python bench/halves.py [--articles 96] [--batches 16,8,4] [--runs 2]   (also run by `make bench`)
The articles are ``bench/ingest.py``'s generated corpus (about 2,650 characters each). For each batch size, the
articles are extracted batch by batch, alternately in one process and in two halves, ``--runs`` times each; prints
the seconds, the CPU seconds (this process and the workers it waited for) and the speed-up of each pair of runs.
"""

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from _proc import cpu_seconds  # bench/_proc.py, beside this script
from ingest import article

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")

import django  # noqa: E402

django.setup()

from spacy.tokens import Doc  # noqa: E402

from claims.extraction.nlp import get_nlp, map_doc_tuples  # noqa: E402
from claims.extraction.pipeline import extract_from_doc  # noqa: E402
from claims.extraction.scoring import get_scorer  # noqa: E402


def timed(texts: list[str], batch: int, n_process: int, fn: Callable[[list[tuple[Doc, None]]], list[int]]) -> tuple:
    """Seconds, CPU seconds and claims of extracting ``texts`` in batches of ``batch`` over ``n_process`` processes."""
    start, cpu = time.perf_counter(), cpu_seconds(os.getpid())
    claims = 0
    for first in range(0, len(texts), batch):
        items = [(text, None) for text in texts[first : first + batch]]
        chunk = -(-len(items) // n_process)
        claims += sum(map_doc_tuples(items, fn, n_process=n_process, chunk_size=chunk))
    return time.perf_counter() - start, cpu_seconds(os.getpid()) - cpu, claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=96)
    parser.add_argument("--batches", default="16,8,4", help="batch sizes in articles (default 16,8,4)")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    texts = [article(index)["text"] for index in range(args.articles)]
    scorer = get_scorer()

    def count_claims(pairs: list[tuple[Doc, None]]) -> list[int]:
        return [len(extract_from_doc(doc, scorer=scorer)) for doc, _ in pairs]

    count_claims([(doc, None) for doc in get_nlp().pipe(texts[:8])])  # warm: model loaded, caches filled
    print(f"{len(texts)} articles, {sum(map(len, texts)):,} characters")
    for batch in (int(size) for size in args.batches.split(",")):
        characters = sum(map(len, texts[:batch]))
        for _ in range(args.runs):
            one, one_cpu, one_claims = timed(texts, batch, 1, count_claims)
            two, two_cpu, two_claims = timed(texts, batch, 2, count_claims)
            assert one_claims == two_claims, (one_claims, two_claims)
            print(
                f"batch {batch:>3} (~{characters:,} characters): one process {one:.2f} s (CPU {one_cpu:.2f} s), "
                f"two halves {two:.2f} s (CPU {two_cpu:.2f} s): {one / two:.2f}x faster"
            )


if __name__ == "__main__":
    main()
