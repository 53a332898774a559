"""python manage.py eval_articles [--split dev|heldout|all] [--data DIR] [--model PATH] [--details]"""

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.evaluation.articles import detail_lines, evaluate, report
from claims.evaluation.gold import SPLITS, GoldDataError, load_split
from claims.extraction.scoring import ModelFileError, get_scorer


class Command(BaseCommand):
    help = (
        "Run the extraction pipeline over the labelled articles (evals/articles/) and print claim recall, claimer, "
        "type and hedge accuracy, stand-alone rate, garble rate and non-claims flagged check-worthy. The heldout "
        "split is for final measurements only. Needs no database."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--split", default="dev", help=f"One of {', '.join((*SPLITS, 'all'))} (default dev).")
        parser.add_argument(
            "--data", type=Path, default=Path(settings.BASE_DIR) / "evals" / "articles", help="The set's directory."
        )
        parser.add_argument(
            "--model", help="A model from train_checkworthiness (default: CLAIMS_CHECKWORTHINESS_MODEL, else rules)."
        )
        parser.add_argument("--details", action="store_true", help="List each article's misses and errors.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            articles = load_split(options["data"], options["split"])
            scorer = get_scorer(options["model"])
        except (GoldDataError, ModelFileError) as exc:
            raise CommandError(str(exc)) from exc
        results = evaluate(articles, scorer=scorer)
        if options["details"]:
            for result in results:
                self.stdout.write(f"{result.article.split}/{result.article.name}")
                for line in detail_lines(result):
                    self.stdout.write(line)
        claims = sum(len(a.claims) for a in articles)
        non_claims = sum(len(a.non_claims) for a in articles)
        extracted = sum(len(r.extracted) for r in results)
        self.stdout.write(
            f"split {options['split']} (scorer {scorer.name}): {len(articles)} articles, {claims} gold claims, "
            f"{non_claims} non-claims, {extracted} extracted claims"
        )
        for line in report(results).lines():
            self.stdout.write(line)
