"""python manage.py fit_matching_weights --collection C.jsonl --queries Q.jsonl [...] [--feedback] --output PATH"""

import json
from pathlib import Path
from typing import Any

import numpy as np
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.retrieval import encoder, training
from claims.retrieval.collection import Collection, Fusion, embed_documents, embed_queries
from claims.retrieval.data import read_collection, read_queries
from factchecks.services import feedback_examples


class Command(BaseCommand):
    help = (
        "Fit the fusion weights of the fact-check matcher (weights.json: a lexical-only and, with the encoder, a "
        "full model) on labelled queries, one --queries file per --collection, and optionally on the "
        "fact-checkers' decisions on stored matches (--feedback, needs the database)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--collection", action="append", default=[], type=Path)
        parser.add_argument("--queries", action="append", default=[], type=Path)
        parser.add_argument("--feedback", action="store_true", help="Add the decided matches of the database.")
        parser.add_argument("--output", required=True, type=Path)
        parser.add_argument("--cache", type=Path, help="Directory caching the embeddings between runs.")
        parser.add_argument("--c", type=float, default=1.0, help="Inverse regularisation strength.")

    def handle(self, *args: Any, **options: Any) -> None:
        if len(options["collection"]) != len(options["queries"]):
            raise CommandError("Give one --queries file per --collection.")
        if not options["collection"] and not options["feedback"]:
            raise CommandError("Nothing to fit on: give --collection/--queries or --feedback.")
        modes: dict[str, tuple[str, ...]] = {"lexical": training.LEXICAL_FEATURES}
        if encoder.available():
            modes["full"] = training.FULL_FEATURES
        fitted: dict[str, Any] = {}
        for mode, features in modes.items():
            xs, ys = [], []
            for collection_path, queries_path in zip(options["collection"], options["queries"], strict=True):
                try:
                    documents, queries = read_collection(collection_path), read_queries(queries_path)
                except (OSError, ValueError) as exc:
                    raise CommandError(str(exc)) from exc
                vectors = embed_documents(documents, options["cache"]) if mode == "full" else None
                collection = Collection(documents, vectors=vectors, fusion=Fusion(("lex",), (1.0,), 0.0))
                query_vectors = embed_queries([q.text for q in queries], options["cache"]) if mode == "full" else None
                x, y = training.examples(collection, queries, query_vectors, features)
                xs.append(x)
                ys.append(y)
            if options["feedback"]:
                x, y = feedback_examples(features=features, semantic=mode == "full")
                xs.append(x)
                ys.append(y)
            x_all, y_all = np.vstack(xs), np.concatenate(ys)
            if len(set(y_all.tolist())) < 2:
                raise CommandError("The examples need both matching and non-matching pairs.")
            # Each source (a collection's queries, the feedback) weighs the same in all, whatever its size.
            sizes = [len(y) for y in ys if len(y)]
            weights = np.concatenate([np.full(len(y), len(y_all) / (len(sizes) * len(y))) for y in ys if len(y)])
            fusion = training.fit(x_all, y_all, features, c=options["c"], weights=weights)
            fitted[mode] = fusion.as_json()
            self.stdout.write(f"{mode}: {len(y_all)} pairs, {int(y_all.sum())} matching")
        if "full" not in fitted and options["output"].exists():
            fitted["full"] = json.loads(options["output"].read_text()).get("full")  # keep what this run cannot fit
        options["output"].write_text(json.dumps(fitted, indent=1) + "\n")
