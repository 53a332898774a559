"""python manage.py eval_clusters --collection C.jsonl --queries Q.jsonl [...] [--choose-precision P]"""

import logging
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.evaluation.clusters import Outcome, article_link_scores, evaluate, figures, lowest_threshold
from claims.evaluation.gold import GoldDataError, load_split
from claims.matching import CLUSTER_THRESHOLD
from claims.retrieval.data import read_collection, read_queries
from claims.services import MATCH_CANDIDATES

# Thresholds the table shows besides the current one.
TABLE = (0.3, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


class Command(BaseCommand):
    help = (
        "Precision and recall of the claim-cluster links (claims.matching) at thresholds, on CheckThat! JSON lines "
        "(collection: id, text; queries: id, text, gold): each query is linked to the best of --pool earlier "
        "claims, half of them without their gold claim (claims.evaluation.clusters). Pairs of --collection and "
        "--queries are pooled. Needs no database."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--collection", required=True, type=Path, action="append")
        parser.add_argument("--queries", required=True, type=Path, action="append")
        parser.add_argument(
            "--articles",
            type=Path,
            help="Labelled articles (evals/articles): count the false merges among each article's gold claims.",
        )
        parser.add_argument("--split", default="dev", help="Split of --articles (dev, heldout).")
        parser.add_argument("--pool", type=int, default=MATCH_CANDIDATES, help="Earlier claims per query.")
        parser.add_argument(
            "--choose-precision", type=float, help="Also print the lowest threshold with at least this precision."
        )
        parser.add_argument(
            "--max-merges",
            type=float,
            help="With --choose-precision and --articles: and at most this many false merges per 100 gold claims.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if len(options["collection"]) != len(options["queries"]):
            raise CommandError("Give one --queries per --collection.")
        logging.getLogger("claims.retrieval").setLevel(logging.ERROR)
        outcomes: list[Outcome] = []
        for collection_path, queries_path in zip(options["collection"], options["queries"], strict=True):
            try:
                documents, queries = read_collection(collection_path), read_queries(queries_path)
            except (OSError, ValueError) as exc:
                raise CommandError(str(exc)) from exc
            outcomes += evaluate(documents, queries, pool_size=options["pool"])
        current = CLUSTER_THRESHOLD
        self.stdout.write(f"{len(outcomes)} queries (current threshold {current})")
        self.stdout.write("threshold  links  precision  recall  false-link rate")
        for threshold in sorted({*TABLE, current}):
            f = figures(outcomes, threshold)
            mark = " <- current" if threshold == current else ""
            row = f"{f.threshold:9.2f}  {f.links:5d}  {f.precision:9.3f}  {f.recall:6.3f}  {f.false_link_rate:15.3f}"
            self.stdout.write(row + mark)
        scores: list[float] = []
        claims = 0
        if options["articles"] is not None:
            try:
                articles = load_split(options["articles"], options["split"])
            except (OSError, GoldDataError) as exc:
                raise CommandError(str(exc)) from exc
            claims, scores = article_link_scores(articles)
            self.stdout.write(f"{claims} gold claims of {len(articles)} labelled articles: false merges by threshold")
            for threshold in sorted({*TABLE, current}):
                merges = sum(score >= threshold for score in scores)
                mark = " <- current" if threshold == current else ""
                per_100 = 100 * merges / max(claims, 1)
                self.stdout.write(f"{threshold:9.2f}  {merges:5d}  ({per_100:.1f} per 100 claims){mark}")
        if options["choose_precision"] is not None:
            most = options["max_merges"]
            floor = lowest_threshold(outcomes, precision=options["choose_precision"])
            chosen = (
                None
                if floor is None
                else next(
                    (
                        t / 100
                        for t in range(round(floor * 100), 101)
                        if most is None or 100 * sum(score >= t / 100 for score in scores) / max(claims, 1) <= most
                    ),
                    None,
                )
            )
            self.stdout.write(
                f"lowest threshold with precision >= {options['choose_precision']}"
                + (f" and <= {most} false merges per 100 claims" if most is not None else "")
                + f": {chosen}"
            )
