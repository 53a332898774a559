"""python manage.py ingest PATH|DIR|FILE.jsonl|URL [...] [--format table|json | --json]: ingest articles in bulk.

Inputs: article files (plain text, or HTML by ``.html``/``.htm`` or content), folders (every ``.txt``/``.html``/
``.htm`` file under them, recursively), JSON lines files (``.jsonl``/``.ndjson``: one article a line, ``text`` or
``html`` plus optional ``title``, ``outlet``, ``author``, ``url``, ``published_at``) and http(s) URLs (fetched through
the guarded client).

Every input is read and checked first: one refused input stores nothing. Then the articles are stored in chunks
through the bulk path (``verifier.intake.articles_intake``, batches of articles per extraction job); texts already
stored (same content hash) are skipped and counted. The command waits until every article is done or failed,
showing progress on stderr (a bar on a terminal; otherwise a plain line every 10 s once a run lasts that long), then
prints the claims (a table per article, or JSON with ``--json``) and, on stderr, a summary (unless the run was one
new article); it exits non-zero at the end when any article failed
or did not finish. The terminal shows the INFO logs only with ``-v 2`` or ``LOG_LEVEL`` set.
"""

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.dateparse import parse_datetime

from claims.models import Article, IngestStatus
from claims.selectors import articles_ingest_progress, articles_with_claims
from claims.services import PreparedArticle
from config.errors import ApplicationError
from config.logs import command_logs
from verifier.actors import Actor
from verifier.intake import article_input, articles_intake
from verifier.management.output import IngestProgress, article_table, ingest_outcome, terminal_width

POLL_SECONDS = 0.2
HTML_SUFFIXES = (".html", ".htm")
FOLDER_SUFFIXES = (".txt", *HTML_SUFFIXES)
JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")
URL_SCHEMES = ("http://", "https://")
JSON_LINE_FIELDS = frozenset({"text", "html", "title", "outlet", "author", "url", "published_at"})
# Articles stored per transaction (one bulk INSERT and its extraction jobs); on the embedded default each chunk is
# extracted right after its commit, so the progress moves chunk by chunk.
SUBMIT_CHUNK = 100
# Above this many articles the table output prints the failed articles and the summary only (--json has all).
TABLE_MAX_ARTICLES = 50


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


def _json_line(name: str, line: str) -> dict[str, Any]:
    """One JSON lines row as ``article_input`` arguments; ``CommandError`` naming ``name`` when malformed."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CommandError(f"{name}: not a JSON object ({exc.msg}).") from exc
    if not isinstance(row, dict):
        raise CommandError(f"{name}: not a JSON object.")
    unknown = sorted(set(row) - JSON_LINE_FIELDS)
    if unknown:
        allowed = ", ".join(sorted(JSON_LINE_FIELDS))
        raise CommandError(f"{name}: unknown field(s) {', '.join(unknown)}; allowed: {allowed}.")
    if sum(key in row for key in ("text", "html")) != 1:
        raise CommandError(f"{name}: give exactly one of text or html.")
    if any(not isinstance(value, str) for key, value in row.items() if value is not None):
        raise CommandError(f"{name}: every field must be a string.")
    given = {key: value for key, value in row.items() if value is not None}
    if "published_at" in given:
        published = parse_datetime(given["published_at"])
        if published is None:
            raise CommandError(f"{name}: published_at is not an ISO 8601 date-time.")
        given["published_at"] = published
    return given


def _inputs(raw_paths: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(name, ``article_input`` arguments) for every article the command line names, in order."""
    for raw_path in raw_paths:
        if raw_path.startswith(URL_SCHEMES):
            yield raw_path, {"fetch_url": raw_path}
            continue
        path = Path(raw_path)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES and not p.name.startswith(".")
            )
        else:
            files = [path]
        for file in files:
            try:
                raw = file.read_bytes()
            except OSError as exc:
                raise CommandError(f"{file}: cannot read ({exc.strerror}).") from exc
            if file.suffix.lower() in JSON_LINES_SUFFIXES:
                for number, line in enumerate(raw.decode("utf-8", errors="replace").splitlines(), 1):
                    if line.strip():
                        yield f"{file}:{number}", _json_line(f"{file}:{number}", line)
                continue
            content_type = "text/html" if file.suffix.lower() in HTML_SUFFIXES else ""
            yield str(file), {"content": raw, "content_type": content_type}


class Command(BaseCommand):
    help = (
        "Ingest articles in bulk: files (plain text with optional leading `date YYYY-MM-DD` / `title ...` lines, or "
        "HTML by .html/.htm extension or content), folders (.txt/.html recursively), JSON lines files (.jsonl) or "
        "http(s) URLs; shows progress, skips texts already stored, and prints the claims."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH|DIR|FILE.jsonl|URL")
        parser.add_argument("--format", choices=["table", "json"], default="table")
        parser.add_argument("--json", action="store_const", const="json", dest="format", help="Same as --format json.")
        parser.add_argument(
            "--timeout",
            type=float,
            default=120.0,
            help="Give up after this many seconds in which no article finished (default 120).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        with command_logs(verbosity=options["verbosity"]):
            self._ingest(options)

    def _ingest(self, options: dict[str, Any]) -> None:
        # Read and check everything first: one refused input stores nothing.
        checked: list[PreparedArticle] = []
        for name, given in _inputs(options["paths"]):
            try:
                checked.append(article_input(**given))
            except ApplicationError as exc:
                raise CommandError(f"{name}: {exc.message}") from exc
        if not checked:
            raise CommandError("No articles found in the given paths.")

        actor = Actor.job("cli:ingest")
        started = time.monotonic()
        progress = IngestProgress(
            stream=self.stderr, total=len(checked), tty=self.stderr.isatty(), clock=time.monotonic
        )
        article_ids: list[int] = []
        seen: set[int] = set()
        skipped = 0
        for start in range(0, len(checked), SUBMIT_CHUNK):
            for result in articles_intake(articles=checked[start : start + SUBMIT_CHUNK], actor=actor):
                if result.article.pk in seen:
                    continue  # the same text twice in the input
                seen.add(result.article.pk)
                article_ids.append(result.article.pk)
                skipped += not result.created
            self._show(progress, article_ids, total=len(checked))
        self._wait(progress, article_ids, timeout=options["timeout"])
        seconds = time.monotonic() - started

        articles = articles_with_claims(article_ids=article_ids)
        payloads = [article_payload(article) for article in articles]
        unfinished = [p["article"] for p in payloads if p["article"]["ingest_status"] != IngestStatus.DONE]
        claims = sum(len(p["claims"]) for p in payloads)
        summary = (
            f"{len(payloads)} article(s): {len(payloads) - len(unfinished)} done, {len(unfinished)} not; "
            f"{skipped} already stored (skipped); {claims} claims; {seconds:.1f}s"
        )
        if options["format"] == "json":
            self.stdout.write(json.dumps(payloads, indent=2, ensure_ascii=False))
        else:
            width = terminal_width()
            shown = payloads if len(payloads) <= TABLE_MAX_ARTICLES else [
                p for p in payloads if p["article"]["ingest_status"] != IngestStatus.DONE
            ]  # fmt: skip
            for payload in shown:
                for line in article_table(payload, width=width, heading=self.style.MIGRATE_HEADING):
                    self.stdout.write(line)
            if len(payloads) > TABLE_MAX_ARTICLES:
                self.stdout.write(f"(claims of {len(payloads)} articles not printed: use --json for all of them)")
        # Beside the progress (stderr): a run of one new article prints its claims and nothing else.
        if len(payloads) > 1 or skipped:
            self.stderr.write(summary)
        if unfinished:
            reasons = "; ".join(f"article {a['id']}: {ingest_outcome(a)}" for a in unfinished)
            raise CommandError(f"{len(unfinished)} of {len(payloads)} article(s) not extracted ({reasons}).")

    def _show(self, progress: IngestProgress, article_ids: list[int], *, total: int, final: bool = False) -> int:
        """Update the progress display; returns the articles finished."""
        state = articles_ingest_progress(article_ids=article_ids)
        progress.total = total
        progress.update(finished=state.finished, failed=state.failed, claims=state.claims, final=final)
        return state.finished

    def _wait(self, progress: IngestProgress, article_ids: list[int], *, timeout: float) -> None:
        """Until every article is done or failed, or ``timeout`` seconds pass without one finishing."""
        last_finished, last_change = -1, time.monotonic()
        while True:
            finished = self._show(progress, article_ids, total=len(article_ids))
            if finished != last_finished:
                last_finished, last_change = finished, time.monotonic()
            if finished >= len(article_ids) or time.monotonic() - last_change > timeout:
                self._show(progress, article_ids, total=len(article_ids), final=True)
                return
            time.sleep(POLL_SECONDS)
