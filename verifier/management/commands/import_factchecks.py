"""python manage.py import_factchecks PATH|URL [...]: store fact-checks (ClaimReview JSON-LD, CSV, JSON lines)."""

from dataclasses import replace
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.retrieval import encoder
from config.errors import ApplicationError
from factchecks.parsing import FactCheckRecord
from factchecks.progress import ProgressBar
from factchecks.services import (
    factchecks_embed_pending,
    factchecks_embedding_pending,
    factchecks_import,
    factchecks_parse,
)
from verifier.factcheck_matches import factchecks_fetch

URL_SCHEMES = ("http://", "https://")


class Command(BaseCommand):
    help = (
        "Import published fact-checks from files or http(s) URLs (fetched through the guarded client): ClaimReview "
        "JSON-LD (an HTML page, a JSON document or DataFeed, one per line), CSV, or the CheckThat! JSON lines. "
        "Known fact-checks (same URL, or same publisher and claim) are updated in place. All inputs are read "
        "before anything is stored; a bad one stores nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH|URL")
        parser.add_argument("--publisher", default="", help="Publisher of records that name none.")
        parser.add_argument("--no-embed", action="store_true", help="Leave the vectors to the first matching run.")

    def handle(self, *args: Any, **options: Any) -> None:
        records: list[FactCheckRecord] = []
        for raw in options["paths"]:
            try:
                if raw.startswith(URL_SCHEMES):
                    found = factchecks_fetch(url=raw)
                else:
                    try:
                        content = Path(raw).read_bytes()
                    except OSError as exc:
                        raise CommandError(f"{raw}: cannot read ({exc.strerror}).") from exc
                    found = factchecks_parse(content=content, name=raw)
            except ApplicationError as exc:
                raise CommandError(f"{raw}: {exc.message}") from exc
            if options["publisher"]:
                found = [r if r.publisher else replace(r, publisher=options["publisher"]) for r in found]
            records.extend(found)
        if not records:
            raise CommandError("The inputs hold no fact-checks (no ClaimReview, row or line).")
        result = factchecks_import(records=records, progress=ProgressBar(len(records), "import", self.stderr))
        self.stdout.write(f"{result.created} created, {result.updated} updated, {result.unchanged} unchanged")
        if options["no_embed"]:
            return
        if not encoder.available():
            self.stdout.write("sentence encoder not installed: matching is lexical only (make venv-encoder)")
            return
        embedded = factchecks_embed_pending(progress=ProgressBar(factchecks_embedding_pending(), "embed", self.stderr))
        self.stdout.write(f"{embedded} embedded")
