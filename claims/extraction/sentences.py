"""Sentence segmentation: spaCy's sentences, split again at paragraph breaks, with headings dropped."""

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from claims.extraction.doccache import doc_text, span_text


def _is_heading(sentence: Span) -> bool:
    """A short line without closing punctuation standing as its own paragraph ("Strategic Importance of Kidal")."""
    stripped = span_text(sentence).strip()
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
    text = doc_text(doc)  # spaCy joins the tokens again on every doc.text
    for sent in doc.sents:
        for start, end in _pieces(text, sent.start_char, sent.end_char):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or (_is_heading(span) and text[end : end + 2] == "\n\n"):
                continue
            yield span
