"""The tokens, entities and text of the doc being analysed, kept for the length of one analysis call.

spaCy makes new ``Token`` objects on every iteration of a span, a new tuple of entity spans on every ``doc.ents``
and joins the tokens again on every ``doc.text``, and the rules walk each sentence about ten times. The helpers
here give what spaCy gives, from the cache while ``cached(doc)`` is open for that doc, else from spaCy.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Span, Token


class _DocCache(threading.local):
    """Built once per ``pipeline.extract_from_doc`` / ``pipeline.analyse_sentence_doc`` call. Per thread; dropped
    when the call ends (so no doc is kept alive)."""

    doc: Doc | None = None
    tokens: list[Token]
    ents: tuple[Span, ...]
    text: str


_cache = _DocCache()


@contextmanager
def cached(doc: Doc) -> Iterator[None]:
    """Keep ``doc``'s tokens, entities and text while the block runs (nested calls restore the outer doc)."""
    previous = (_cache.doc, getattr(_cache, "tokens", []), getattr(_cache, "ents", ()), getattr(_cache, "text", ""))
    tokens = list(doc)
    _cache.doc, _cache.tokens, _cache.ents = doc, tokens, tuple(doc.ents)
    _cache.text = "".join([t.text_with_ws for t in tokens])  # = doc.text, without making the tokens again
    try:
        yield
    finally:
        _cache.doc, _cache.tokens, _cache.ents, _cache.text = previous


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents`` (from the cache while ``doc`` is being analysed)."""
    return _cache.ents if _cache.doc is doc else tuple(doc.ents)


def tokens_of(doc: Doc, start: int, end: int) -> list[Token]:
    """``list(doc[start:end])`` (from the cache while ``doc`` is being analysed)."""
    return _cache.tokens[start:end] if _cache.doc is doc else list(doc[start:end])


def span_tokens(span: Span) -> list[Token]:
    return tokens_of(span.doc, span.start, span.end)


def doc_text(doc: Doc) -> str:
    return _cache.text if _cache.doc is doc else doc.text


def span_text(span: Span) -> str:
    """``span.text``: the doc's text from the span's first character to its last (no trailing whitespace)."""
    return _cache.text[span.start_char : span.end_char] if _cache.doc is span.doc else span.text
