"""python manage.py eval_checkworthiness --input DATA.tsv [--model PATH]: P, R and F1 of the positive class."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.extraction import training
from claims.extraction.nlp import worker_processes
from claims.extraction.pipeline import extract_sentences
from claims.extraction.scoring import ModelFileError, get_scorer


class Command(BaseCommand):
    help = "Evaluate check-worthiness on a labelled TSV (id, text, label) with the extract_sentences code path."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--input", required=True, type=Path)
        parser.add_argument("--model", help="A model from train_checkworthiness (default: the rule scorer).")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            data = training.read_tsv(options["input"], labelled=True)
            scorer = get_scorer(options["model"])
        except (training.DataFileError, ModelFileError) as exc:
            raise CommandError(str(exc)) from exc
        predicted = [
            result.checkworthy
            for result in extract_sentences(data.texts, scorer=scorer, n_process=worker_processes(len(data.texts)))
        ]
        precision, recall, f1 = training.prf(data.labels, predicted)
        self.stdout.write(f"scorer {scorer.name} on {options['input']} ({len(data.labels)} rows)")
        self.stdout.write(f"precision {precision:.4f}")
        self.stdout.write(f"recall {recall:.4f}")
        self.stdout.write(f"f1 {f1:.4f}")
