"""The labelled article set: one ``NAME.txt`` (the article as ``manage.py ingest`` reads it: ``title``, ``outlet``
and ``date`` lines, then the body) beside one ``NAME.json`` (its gold labels) in ``<data dir>/<split>/``.

``NAME.json``::

    {"claims": [{"text": "...", "claimers": ["..."], "type": "casualty", "hedge": "asserted",
                 "standalone": "..."}, ...],
     "non_claims": ["...", ...]}

``text`` (claims and non-claims) is an exact, unique substring of the article body: the sentence, or the clause of
a sentence that holds more than one claim. ``claimers`` are who asserts the claim, innermost source first
(``[]`` = the outlet's own voice); a party is a name or a list of its names in the article (``["Petra Halloran",
"regional governor"]``). ``type`` and ``hedge`` are one value or a list of acceptable values (first
preferred) from ``GOLD_TYPES`` and ``Hedge``. ``standalone`` is the text a reader understands without the article
(pronouns, definite descriptions and relative times replaced; words a good text may leave out in brackets); omitted
when it is ``text`` itself. Loading checks
all of this and raises ``GoldDataError`` naming the file and the problem.
"""

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from claims.extraction.claim_types import ClaimType
from claims.extraction.hedging import Hedge
from claims.extraction.text import InvalidArticle, normalise, parse_plain_text

SPLITS = ("dev", "heldout")
# The project's claim types plus ``statistic`` (non-casualty numbers), which the set labels whether or not the
# pipeline has it yet: a pipeline without it gets those claims' types wrong, as it should.
GOLD_TYPES = frozenset([*ClaimType.values, "statistic"])
GOLD_HEDGES = frozenset(Hedge.values)


class GoldDataError(ValueError):
    """A file of the labelled set is missing or does not follow the format."""


@dataclass(frozen=True)
class GoldClaim:
    text: str
    start: int
    end: int
    claimers: tuple[tuple[str, ...], ...]  # one tuple of names (aliases) per party
    types: tuple[str, ...]
    hedges: tuple[str, ...]
    standalone: str


@dataclass(frozen=True)
class GoldSpan:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class GoldArticle:
    name: str
    split: str
    text: str
    title: str
    outlet: str
    published_on: date
    claims: tuple[GoldClaim, ...]
    non_claims: tuple[GoldSpan, ...]


def load_split(data_dir: Path, split: str) -> list[GoldArticle]:
    """The articles of one split (``dev``, ``heldout``) or of both (``all``), sorted by split and name."""
    if split == "all":
        return [article for name in SPLITS for article in load_split(data_dir, name)]
    if split not in SPLITS:
        raise GoldDataError(f"Unknown split {split!r}: use one of {', '.join((*SPLITS, 'all'))}.")
    folder = data_dir / split
    if not folder.is_dir():
        raise GoldDataError(f"{folder}: no such directory.")
    articles = [load_article(path, split=split) for path in sorted(folder.glob("*.txt"))]
    if not articles:
        raise GoldDataError(f"{folder}: no articles (*.txt).")
    return articles


def load_article(path: Path, *, split: str) -> GoldArticle:
    labels_path = path.with_suffix(".json")
    try:
        parsed = parse_plain_text(path.read_text(encoding="utf-8"))
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, InvalidArticle) as exc:
        raise GoldDataError(f"{path.stem}: {exc}") from exc
    if parsed.published_on is None:
        raise GoldDataError(f"{path}: no 'date YYYY-MM-DD' line.")
    if not isinstance(labels, dict) or set(labels) - {"claims", "non_claims"}:
        raise GoldDataError(f"{labels_path}: expected an object with 'claims' and 'non_claims'.")
    taken: list[tuple[int, int, str]] = []
    claims = tuple(_claim(path.stem, parsed.text, item, taken) for item in labels.get("claims", []))
    non_claims = tuple(_span(path.stem, parsed.text, item, taken) for item in labels.get("non_claims", []))
    return GoldArticle(
        name=path.stem,
        split=split,
        text=parsed.text,
        title=parsed.title,
        outlet=parsed.outlet,
        published_on=parsed.published_on,
        claims=claims,
        non_claims=non_claims,
    )


def _span(name: str, text: str, item: Any, taken: list[tuple[int, int, str]]) -> GoldSpan:
    if not isinstance(item, str) or not item.strip():
        raise GoldDataError(f"{name}: a labelled text must be a non-empty string, not {item!r}.")
    wanted = normalise(item)
    start = text.find(wanted)
    if start < 0:
        raise GoldDataError(f"{name}: not in the article: {wanted!r}.")
    if text.find(wanted, start + 1) >= 0:
        raise GoldDataError(f"{name}: found more than once (quote more of it): {wanted!r}.")
    end = start + len(wanted)
    for other_start, other_end, other in taken:
        if start < other_end and other_start < end:
            raise GoldDataError(f"{name}: {wanted!r} overlaps {other!r}.")
    taken.append((start, end, wanted))
    return GoldSpan(text=wanted, start=start, end=end)


def _values(name: str, value: Any, allowed: frozenset[str], field: str) -> tuple[str, ...]:
    values = (value,) if isinstance(value, str) else tuple(value) if isinstance(value, list) else ()
    if not values or any(v not in allowed for v in values):
        raise GoldDataError(f"{name}: {field} {value!r} is not one of {', '.join(sorted(allowed))}.")
    return values


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"[": 1, "]": -1}.get(ch, 0)
        if depth not in (0, 1):
            return False
    return depth == 0


def _parties(name: str, value: Any) -> tuple[tuple[str, ...], ...]:
    parties = [[p] if isinstance(p, str) else p for p in value] if isinstance(value, list) else None
    if parties is None or not all(
        isinstance(p, list) and p and all(isinstance(n, str) and n.strip() for n in p) for p in parties
    ):
        raise GoldDataError(f"{name}: claimers must be a list of names or of lists of aliases: {value!r}.")
    return tuple(tuple(p) for p in parties)


def _claim(name: str, text: str, item: Any, taken: list[tuple[int, int, str]]) -> GoldClaim:
    if not isinstance(item, dict) or not {"text", "claimers", "type", "hedge"} <= set(item):
        raise GoldDataError(f"{name}: a claim needs text, claimers, type and hedge: {item!r}.")
    span = _span(name, text, item["text"], taken)
    claimers = _parties(name, item["claimers"])
    standalone = item.get("standalone", span.text)
    if not isinstance(standalone, str) or not standalone.strip() or not _balanced(standalone):
        raise GoldDataError(f"{name}: standalone must be a non-empty string, brackets unnested: {standalone!r}.")
    return GoldClaim(
        text=span.text,
        start=span.start,
        end=span.end,
        claimers=claimers,
        types=_values(name, item["type"], GOLD_TYPES, "type"),
        hedges=_values(name, item["hedge"], GOLD_HEDGES, "hedge"),
        standalone=normalise(standalone),
    )
