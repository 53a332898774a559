"""python manage.py fit_rule_weights --input TRAIN.tsv --output PATH [--folds K] [--c C] [--threshold T]"""

import json
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.extraction import training


class Command(BaseCommand):
    help = (
        "Fit the default rule scorer's weights (the format of claims/extraction/rule_weights.json) from a TSV with "
        "id, text, label columns. The shipped file was made with the defaults on CT24 train."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--input", required=True, type=Path, help="Training TSV: header with id, text, label.")
        parser.add_argument("--output", required=True, type=Path, help="Where to write the weights (JSON).")
        parser.add_argument("--folds", type=int, default=0, help="Report K-fold cross-validated F1 (0 = off).")
        parser.add_argument("--c", type=float, default=training.RULE_C, help="Inverse L2 strength.")
        parser.add_argument("--threshold", type=float, default=training.RULE_THRESHOLD, help="Check-worthy at >=.")

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.monotonic()
        try:
            train = training.read_tsv(options["input"], labelled=True)
        except training.DataFileError as exc:
            raise CommandError(str(exc)) from exc
        if len(set(train.labels)) < 2:
            raise CommandError(f"{options['input']}: needs both labels 0 and 1 to fit.")
        if options["folds"] and options["folds"] < 2:
            raise CommandError("--folds must be 0 (off) or at least 2.")
        features, vectors = training.rule_inputs(train.texts)
        weights, cv_f1 = training.fit_rule_weights(
            features,
            vectors,
            train.labels,
            c=options["c"],
            threshold=options["threshold"],
            folds=options["folds"],
        )
        if cv_f1 is not None:
            self.stdout.write(
                f"{options['folds']}-fold CV on train: F1 {cv_f1:.4f} at threshold {options['threshold']}"
            )
        try:
            options["output"].write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"{options['output']}: cannot write ({exc.strerror}).") from exc
        self.stdout.write(
            f"Wrote {options['output']} ({len(weights['features'])} features + {len(weights['vector'])} vector "
            f"weights, {len(train.texts)} rows) in {time.monotonic() - started:.0f}s"
        )
