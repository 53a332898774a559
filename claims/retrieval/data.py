"""The CheckThat! claim-retrieval JSON lines: a collection of fact-checks and queries with gold ids."""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claims.retrieval.collection import Document


@dataclass(frozen=True)
class Query:
    id: str
    text: str
    gold: tuple[str, ...] = ()


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
    """A collection line as a ``Document``: ``text`` is the claim; ``subtitle`` (2A) is the extra summary."""
    return Document(id=str(row["id"]), claim=row["text"], title=row.get("title") or "", extra=row.get("subtitle") or "")


def read_collection(path: Path) -> list[Document]:
    return [document_of(row) for row in _lines(path)]


def read_queries(path: Path) -> list[Query]:
    return [Query(str(r["id"]), r["text"], tuple(str(g) for g in r.get("gold") or ())) for r in _lines(path)]
