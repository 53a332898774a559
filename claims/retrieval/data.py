"""The CheckThat! claim-retrieval JSON lines: a collection of fact-checks and queries with gold ids."""

import datetime
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claims.retrieval.collection import Document
from claims.retrieval.dates import parse_date
from claims.retrieval.text import byline

# CheckThat! 2B query ids start with the date of the debate or speech: "20170822_Trump_phoenix_0204".
_DATED_ID = re.compile(r"^(\d{4})(\d{2})(\d{2})_")


@dataclass(frozen=True)
class Query:
    id: str
    text: str
    gold: tuple[str, ...] = ()
    date: datetime.date | None = None


def _lines(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            if not isinstance(row, dict) or "id" not in row or not isinstance(row.get("text"), str):
                raise ValueError(f"{path}:{number}: a JSON object with 'id' and 'text' is expected")
            yield row


def document_of(row: dict) -> Document:
    """A collection line as a ``Document``: ``text`` is the claim; ``subtitle`` (2A) is the extra summary; the
    first date written in ``date`` is its date ("26 May 2015" in 2A, "stated on October 22, 2019 in ..." in 2B)."""
    return Document(
        id=str(row["id"]),
        claim=row["text"],
        title=row.get("title") or "",
        extra=row.get("subtitle") or "",
        date=parse_date(str(row.get("date") or "")),
    )


def query_date(row: dict) -> datetime.date | None:
    """When a query's claim was made: its ``date`` field, else the date of a tweet's byline (2A), else the date
    its id starts with (2B: the debate's or speech's)."""
    found = parse_date(str(row.get("date") or "")) or parse_date(byline(row["text"]))
    if found is None and (dated := _DATED_ID.match(str(row["id"]))):
        try:
            found = datetime.date(int(dated[1]), int(dated[2]), int(dated[3]))
        except ValueError:
            return None
    return found


def read_collection(path: Path) -> list[Document]:
    return [document_of(row) for row in _lines(path)]


def read_queries(path: Path) -> list[Query]:
    return [
        Query(str(r["id"]), r["text"], tuple(str(g) for g in r.get("gold") or ()), query_date(r)) for r in _lines(path)
    ]
