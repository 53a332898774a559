"""python manage.py ingest PATH|URL [...] [--format table|json]: ingest article files or URLs and print their claims.

Every input is stored (all or none: one refused input stores nothing) and every article is reported, done with its
claims or failed with the reason; the command exits non-zero at the end when any article failed or did not finish.
The terminal shows the claims and any warnings; the INFO logs only with ``-v 2`` or ``LOG_LEVEL`` set.
"""

import json
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from claims.models import Article, IngestStatus
from claims.selectors import article_get_with_claims
from config.errors import ApplicationError
from config.logs import command_logs
from verifier.actors import Actor
from verifier.intake import article_intake
from verifier.management.output import article_table, ingest_outcome, terminal_width

POLL_SECONDS = 0.2
HTML_SUFFIXES = (".html", ".htm")
URL_SCHEMES = ("http://", "https://")


def article_payload(article: Article) -> dict[str, Any]:
    return {
        "article": {
            "id": article.pk,
            "title": article.title,
            "outlet": article.outlet,
            "url": article.url,
            "published_at": article.published_at.isoformat() if article.published_at else None,
            "ingest_status": article.ingest_status,
            "ingest_error": article.ingest_error,
        },
        "claims": [
            {
                "id": claim.pk,
                "start": claim.start,
                "end": claim.end,
                "text": claim.text,
                "claim_type": claim.claim_type,
                "hedge": claim.hedge,
                "checkworthy": claim.checkworthy,
                "score": round(claim.score, 3),
                "claimers": claim.claimers,
                "event_date": claim.event_date.isoformat() if claim.event_date else None,
                "status": claim.status,
            }
            for claim in article.claims.all()
        ],
    }


class Command(BaseCommand):
    help = (
        "Ingest article files (plain text with optional leading `date YYYY-MM-DD` / `title ...` lines, or HTML "
        "by .html/.htm extension or content) or http(s) URLs (fetched through the guarded client) and print claims."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH|URL")
        parser.add_argument("--format", choices=["table", "json"], default="table")
        parser.add_argument(
            "--timeout", type=float, default=120.0, help="Seconds to wait for a worker to extract all the articles."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        with command_logs(verbosity=options["verbosity"]):
            self._ingest(options)

    def _ingest(self, options: dict[str, Any]) -> None:
        inputs: list[tuple[str, dict[str, Any]]] = []
        for raw_path in options["paths"]:
            if raw_path.startswith(URL_SCHEMES):
                inputs.append((raw_path, {"fetch_url": raw_path}))
                continue
            path = Path(raw_path)
            try:
                raw = path.read_bytes()
            except OSError as exc:
                raise CommandError(f"{path}: cannot read ({exc.strerror}).") from exc
            content_type = "text/html" if path.suffix.lower() in HTML_SUFFIXES else ""
            inputs.append((str(path), {"content": raw, "content_type": content_type}))

        # All or nothing: one bad input rolls back the articles stored before it (and their extraction jobs).
        actor = Actor.job("cli:ingest")
        article_ids = []
        with transaction.atomic():
            for name, given in inputs:
                try:
                    article_ids.append(article_intake(actor=actor, **given).article.pk)
                except ApplicationError as exc:
                    raise CommandError(f"{name}: {exc.message}") from exc

        # One deadline for all the articles: a worker extracts them concurrently.
        deadline = time.monotonic() + options["timeout"]
        payloads = [article_payload(self._wait(article_id, deadline)) for article_id in article_ids]
        if options["format"] == "json":
            self.stdout.write(json.dumps(payloads, indent=2, ensure_ascii=False))
        else:
            width = terminal_width()
            for payload in payloads:
                for line in article_table(payload, width=width, heading=self.style.MIGRATE_HEADING):
                    self.stdout.write(line)
        unfinished = [p["article"] for p in payloads if p["article"]["ingest_status"] != IngestStatus.DONE]
        if unfinished:
            reasons = "; ".join(f"article {a['id']}: {ingest_outcome(a)}" for a in unfinished)
            raise CommandError(f"{len(unfinished)} of {len(payloads)} article(s) not extracted ({reasons}).")

    def _wait(self, article_id: int, deadline: float) -> Article:
        """The article once done or failed, or as it is at the deadline."""
        while True:
            article = article_get_with_claims(article_id=article_id)
            if article.ingest_status in (IngestStatus.DONE, IngestStatus.FAILED) or time.monotonic() > deadline:
                return article
            time.sleep(POLL_SECONDS)
