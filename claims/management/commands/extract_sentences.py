"""python manage.py extract_sentences --input IN.tsv --output OUT.jsonl [--model PATH]"""

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.extraction import training
from claims.extraction.nlp import worker_processes
from claims.extraction.pipeline import article_of, extract_sentences
from claims.extraction.scoring import ModelFileError, get_scorer


class Command(BaseCommand):
    help = (
        "Score and type stand-alone sentences from a TSV (header with id and text) and write one JSON object per "
        "row, in order: id, checkworthy, score, claim_type, hedge, claimers, targets. Needs no database."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--input", required=True, type=Path)
        parser.add_argument("--output", required=True, type=Path)
        parser.add_argument("--model", help="A model from train_checkworthiness (default: the rule scorer).")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            data = training.read_tsv(options["input"], labelled=False)
            scorer = get_scorer(options["model"])
        except (training.DataFileError, ModelFileError) as exc:
            raise CommandError(str(exc)) from exc
        output: Path = options["output"]
        try:
            with output.open("w", encoding="utf-8") as fh:
                for row_id, result in zip(
                    data.ids,
                    extract_sentences(
                        data.texts,
                        articles=[article_of(row_id) for row_id in data.ids],
                        scorer=scorer,
                        n_process=worker_processes(len(data.texts)),
                    ),
                    strict=True,
                ):
                    payload = {
                        "id": row_id,
                        "checkworthy": result.checkworthy,
                        "score": result.score,
                        "claim_type": result.claim_type,
                        "hedge": result.hedge,
                        "claimers": result.claimers,
                        "targets": result.targets,
                    }
                    fh.write(json.dumps(payload, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise CommandError(f"{output}: cannot write ({exc.strerror}).") from exc
        self.stdout.write(f"Wrote {len(data.ids)} rows to {output} (scorer: {scorer.name}).")
