"""What the ingest command prints on a terminal: one table per article, each claim's whole text wrapped."""

import shutil
import textwrap
from collections.abc import Callable
from typing import Any

from claims.models import IngestStatus

# Terminal width when it cannot be read (output piped to a file) and COLUMNS is unset.
DEFAULT_WIDTH = 100
# Below this many columns for the text beside a row, each claim's text goes on its own lines under the row.
MIN_TEXT_COLUMN = 30
TEXT_BELOW_INDENT = 8
HEADER = f"{'id':>6}  {'span':>11}  {'type':<20} {'hedge':<11} {'score':>5}  {'status':<15} "


def terminal_width() -> int:
    """Columns of the terminal (``COLUMNS`` first, as ``shutil.get_terminal_size`` reads it)."""
    return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns


def ingest_outcome(article: dict[str, Any]) -> str:
    """One line: done, failed with the recorded reason, or not finished with the status."""
    if article["ingest_status"] == IngestStatus.FAILED:
        return f"failed: {article['ingest_error'] or 'no reason recorded'}"
    if article["ingest_status"] == IngestStatus.DONE:
        return "done"
    return f"not finished ({article['ingest_status']})"


def article_table(payload: dict[str, Any], *, width: int, heading: Callable[[str], str] = str) -> list[str]:
    """The lines printed for one article of ``article_payload``: a heading, then its outcome or its claims, each
    claim's whole text wrapped to ``width`` (beside its row, or under it when the terminal is narrow)."""
    article = payload["article"]
    lines = [heading(f"Article {article['id']}: {article['title'] or '(untitled)'}")]
    if article["ingest_status"] != IngestStatus.DONE:
        return [*lines, ingest_outcome(article), ""]
    lines.append(f"published {article['published_at'] or '-'} · {len(payload['claims'])} claims")
    beside = width - len(HEADER)
    # Text beside the rows, or on the lines under each row (then the header has no text column).
    lines.append(HEADER + "text" if beside >= MIN_TEXT_COLUMN else HEADER.rstrip())
    for claim in payload["claims"]:
        span = f"{claim['start']}-{claim['end']}"
        row = (
            f"{claim['id']:>6}  {span:>11}  {claim['claim_type']:<20} {claim['hedge']:<11} "
            f"{claim['score']:>5.2f}  {claim['status']:<15} "
        )
        if beside >= MIN_TEXT_COLUMN:
            text_lines = _wrap(claim["text"], beside)
            lines.append(row + text_lines[0])
            lines.extend(" " * len(HEADER) + line for line in text_lines[1:])
        else:
            lines.append(row.rstrip())
            indent = " " * TEXT_BELOW_INDENT
            lines.extend(indent + line for line in _wrap(claim["text"], max(width - TEXT_BELOW_INDENT, 20)))
    lines.append("")
    return lines


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, break_on_hyphens=False) or [""]


# Seconds between two progress lines when the output is not a terminal (a log file, CI).
PLAIN_PROGRESS_SECONDS = 10.0
# Seconds between two redraws of the terminal's progress bar.
BAR_REDRAW_SECONDS = 0.2
BAR_WIDTH = 24


def _duration(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}m{whole % 60:02d}s" if whole >= 60 else f"{whole}s"


class IngestProgress:
    """Progress of an ingest on ``stream``: on a terminal one bar redrawn in place (articles, claims, rate, ETA);
    otherwise, for more than one article, a plain line every ``PLAIN_PROGRESS_SECONDS`` once a run lasts that
    long, and a last line when it ends (a short run prints none). ``clock`` is ``time.monotonic``."""

    def __init__(self, *, stream: Any, total: int, tty: bool, clock: Callable[[], float]) -> None:
        self.stream = stream
        self.total = total
        self.tty = tty
        self.clock = clock
        self.started = clock()
        self.shown_at: float | None = None

    def line(self, *, finished: int, failed: int, claims: int) -> str:
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = finished / elapsed
        left = self.total - finished
        eta = _duration(left / rate) if rate > 0 else "?"
        counts = f"{finished}/{self.total} articles ({failed} failed) · {claims:,} claims · {rate:.1f} articles/s"
        if self.tty:
            filled = BAR_WIDTH * finished // max(self.total, 1)
            return f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {counts} · ETA {eta}"
        return f"ingest: {counts}, {_duration(elapsed)} elapsed, ETA {eta}"

    def update(self, *, finished: int, failed: int, claims: int, final: bool = False) -> None:
        now = self.clock()
        if self.tty:
            due = final or self.shown_at is None or now - self.shown_at >= BAR_REDRAW_SECONDS
        else:
            # One article: its claims follow at once; progress lines would only be noise.
            last = self.shown_at if self.shown_at is not None else self.started
            due = self.total > 1 and ((final and self.shown_at is not None) or now - last >= PLAIN_PROGRESS_SECONDS)
        if not due:
            return
        self.shown_at = now
        text = self.line(finished=finished, failed=failed, claims=claims)
        if self.tty:
            self.stream.write("\r\x1b[2K" + text + ("\n" if final else ""), ending="")
            self.stream.flush()
        else:
            self.stream.write(text)
