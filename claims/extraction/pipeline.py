"""Article text -> claims. Sentence-level first cut: one claim per checkable sentence, exact spans."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span

from claims.extraction.nlp import get_nlp


@dataclass
class ExtractedClaim:
    """One claim found in a text. Offsets index the text given to ``extract_claims``."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    text: str
    claim_type: str = "event"
    checkworthy: bool = True
    score: float = 0.5
    score_features: dict[str, Any] = field(default_factory=dict)
    hedge: str = "asserted"
    claimers: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    numbers: list[dict[str, Any]] = field(default_factory=list)
    event_date: date | None = None


_MIN_TOKENS = 4


def _is_heading(sentence: Span) -> bool:
    """A short line without closing punctuation standing as its own paragraph ("Strategic Importance of Kidal")."""
    stripped = sentence.text.strip()
    return bool(stripped) and stripped[-1] not in ".!?\"'”’" and len(sentence) <= 10


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the stripped parts of text[start:end] between paragraph breaks."""
    offset = start
    for block in text[start:end].split("\n\n"):
        stripped = block.strip()
        if stripped:
            piece_start = offset + block.index(stripped)
            yield piece_start, piece_start + len(stripped)
        offset += len(block) + 2


def sentences(doc: Doc) -> Iterator[Span]:
    """Sentences of a document, split at paragraph breaks (spaCy may run a heading into the next sentence),
    with headings dropped."""
    for sent in doc.sents:
        for start, end in _pieces(doc.text, sent.start_char, sent.end_char):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or (_is_heading(span) and doc.text[end : end + 2] == "\n\n"):
                continue
            yield span


def _claim_from_sentence(sent: Span) -> ExtractedClaim | None:
    words = [token for token in sent if not token.is_punct and not token.is_space]
    if len(words) < _MIN_TOKENS:
        return None
    start = sent.start_char
    end = sent.end_char
    text = sent.doc.text[start:end]
    return ExtractedClaim(
        start=start,
        end=end,
        sentence_start=start,
        sentence_end=end,
        text=text,
        entities=[
            {"text": ent.text, "label": ent.label_, "start": ent.start_char, "end": ent.end_char} for ent in sent.ents
        ],
    )


def extract_from_doc(doc: Doc, *, published_on: date | None = None) -> list[ExtractedClaim]:
    claims = []
    for sent in sentences(doc):
        claim = _claim_from_sentence(sent)
        if claim is not None:
            claims.append(claim)
    return claims


def extract_claims(text: str, *, published_on: date | None = None) -> list[ExtractedClaim]:
    """Claims of one article text, in order of appearance."""
    return extract_from_doc(get_nlp()(text), published_on=published_on)


def extract_many(texts: Iterable[str], *, batch_size: int = 64) -> Iterator[list[ExtractedClaim]]:
    """Claims of many texts, streamed through ``nlp.pipe``."""
    for doc in get_nlp().pipe(texts, batch_size=batch_size):
        yield extract_from_doc(doc)
