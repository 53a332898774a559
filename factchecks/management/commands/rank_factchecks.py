"""python manage.py rank_factchecks --collection C.jsonl --queries Q.jsonl --output OUT.jsonl [--top 10]"""

import json
import logging
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.retrieval import encoder
from claims.retrieval.collection import Collection, Match, embed_documents, embed_queries
from claims.retrieval.data import Query, read_collection, read_queries

# Score bands of the calibration report (lower bounds).
BANDS = (0.8, 0.5, 0.2, 0.0)


def calibration(queries: list[Query], ranked: list[list[Match]]) -> str:
    """How often the top match is a gold fact-check, per score band: what a threshold on the score means."""
    parts = []
    for i, low in enumerate(BANDS):
        high = BANDS[i - 1] if i else 1.01
        hits = [m[0].id in q.gold for q, m in zip(queries, ranked, strict=True) if m and low <= m[0].score < high]
        share = f"{sum(hits) / len(hits):.2f}" if hits else "-"
        parts.append(f"[{low:.1f}, {min(high, 1.0):.1f}{']' if not i else ')'} {share} of {len(hits)}")
    return "; ".join(parts)


class Command(BaseCommand):
    help = (
        "Rank a collection of fact-checks (JSON lines: id, text, title, subtitle, date) for each query (JSON lines: "
        'id, text, optional date) and write one line per query: {"id", "ranked": [collection ids, best first]}. '
        "Needs no database. "
        "Lexical only (BM25) when the sentence encoder is not installed or with --lexical."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--collection", required=True, type=Path)
        parser.add_argument("--queries", required=True, type=Path)
        parser.add_argument("--output", required=True, type=Path)
        parser.add_argument("--top", type=int, default=10)
        parser.add_argument("--lexical", action="store_true", help="BM25 only, even with the encoder installed.")
        parser.add_argument("--cache", type=Path, help="Directory caching the embeddings between runs.")
        parser.add_argument("--scores", action="store_true", help="Also write the calibrated scores.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["top"] < 1:
            raise CommandError("--top must be at least 1.")
        try:
            documents = read_collection(options["collection"])
            queries = read_queries(options["queries"])
        except (OSError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        logging.getLogger("claims.retrieval").setLevel(logging.ERROR)
        semantic = not options["lexical"] and encoder.available()
        if not options["lexical"] and not semantic:
            self.stderr.write("sentence encoder not installed: ranking is lexical only (BM25)")
        cache = options["cache"]
        vectors = embed_documents(documents, cache) if semantic else None
        collection = Collection(documents, vectors=vectors)
        query_vectors = embed_queries([q.text for q in queries], cache) if semantic else None
        ranked = collection.rank(
            [q.text for q in queries],
            top=options["top"],
            query_vectors=query_vectors,
            query_dates=[q.date for q in queries],
        )
        try:
            with options["output"].open("w", encoding="utf-8") as out:
                for query, matches in zip(queries, ranked, strict=True):
                    line: dict[str, Any] = {"id": query.id, "ranked": [m.id for m in matches]}
                    if options["scores"]:
                        line["scores"] = [m.score for m in matches]
                    out.write(json.dumps(line, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise CommandError(f"{options['output']}: cannot write ({exc.strerror}).") from exc
        mode = "BM25 + MiniLM" if semantic else "BM25"
        self.stderr.write(f"{len(queries)} queries ranked against {len(documents)} fact-checks ({mode})")
        if all(q.gold for q in queries):
            self.stderr.write("calibration, top match by score: " + calibration(queries, ranked))
