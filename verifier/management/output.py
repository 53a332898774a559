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
