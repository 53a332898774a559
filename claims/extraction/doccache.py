"""The tokens, entities and text of the doc being analysed, kept for the length of one analysis call.

spaCy makes new ``Token`` objects on every iteration of a span, a new tuple of entity spans on every ``doc.ents``
and joins the tokens again on every ``doc.text``, and the rules walk each sentence about ten times. The helpers
here give what spaCy gives, from the cache while ``cached(doc)`` is open for that doc, else from spaCy.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # no spaCy import at run time: ``claim_types`` and ``hedging`` read the cache
    from spacy.tokens import Doc, Span, Token


class TokenAttrs(NamedTuple):
    """The string attributes of a token the rules read most, looked up once (each spaCy attribute access goes
    through the string store)."""

    lower: str
    lemma: str  # lower-cased
    tag: str
    pos: str
    dep: str
    ent_type: str
    ent_iob: str
    like_num: bool
    word: bool  # neither punctuation nor space
    head: int  # the index of the token's head in the doc (its own for a root)


def _attrs(token: Token) -> TokenAttrs:
    return TokenAttrs(
        token.lower_,
        token.lemma_.lower(),
        token.tag_,
        token.pos_,
        token.dep_,
        token.ent_type_,
        token.ent_iob_,
        token.like_num,
        not (token.is_punct or token.is_space),
        token.head.i,
    )


class _DocState:
    """What ``cached`` keeps of one doc. Built once per ``pipeline.extract_from_doc`` /
    ``pipeline.analyse_sentence_doc`` call and dropped when the call ends (so no doc is kept alive)."""

    __slots__ = ("attrs", "children", "doc", "ent_starts", "ents", "text", "tokens")

    def __init__(self, doc: Doc | None) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(doc) if doc is not None else []
        self.attrs = [_attrs(t) for t in self.tokens]
        # a token's children are the tokens whose head it is, in order (as ``Token.children`` gives them)
        self.children: list[list[Token]] = [[] for _ in self.tokens]
        for token, attrs in zip(self.tokens, self.attrs, strict=True):
            if attrs.head != token.i:
                self.children[attrs.head].append(token)
        self.ents: tuple[Span, ...] = tuple(doc.ents) if doc is not None else ()
        self.ent_starts = [ent.start for ent in self.ents]  # in order: entities do not overlap
        self.text = "".join([t.text_with_ws for t in self.tokens])  # = doc.text, without making the tokens again


# The state of no doc, shared by every context and never changed: ``cached`` sets a new state for each doc.
_NO_DOC = _DocState(None)
# The doc being analysed in this thread or task (a context variable reads faster than a thread-local attribute, and
# the helpers below read it millions of times an article batch).
_state: ContextVar[_DocState] = ContextVar("doccache_state", default=_NO_DOC)


@contextmanager
def cached(doc: Doc) -> Iterator[None]:
    """Keep ``doc``'s tokens, their attributes, entities and text while the block runs (nested calls restore the
    outer doc)."""
    token = _state.set(_DocState(doc))
    try:
        yield
    finally:
        _state.reset(token)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents`` (from the cache while ``doc`` is being analysed)."""
    state = _state.get()
    return state.ents if state.doc is doc else tuple(doc.ents)


def entity_of(token: Token) -> Span | None:
    """The doc's entity that holds ``token``, if any (from the cache while its doc is being analysed)."""
    return next((ent for ent in doc_ents(token.doc) if ent.start <= token.i < ent.end), None)


def ents_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The doc's entities within tokens [start, end), in order (from the cache, without reading the others, while
    ``doc`` is being analysed)."""
    state = _state.get()
    if state.doc is not doc:
        return [ent for ent in doc.ents if ent.start >= start and ent.end <= end]
    first = bisect_left(state.ent_starts, start)
    return [ent for ent in state.ents[first : bisect_left(state.ent_starts, end, first)] if ent.end <= end]


def tokens_of(doc: Doc, start: int, end: int) -> list[Token]:
    """``list(doc[start:end])`` (from the cache while ``doc`` is being analysed)."""
    state = _state.get()
    return state.tokens[start:end] if state.doc is doc else list(doc[start:end])


def token_attrs(token: Token) -> TokenAttrs:
    """The token's ``TokenAttrs`` (from the cache while its doc is being analysed)."""
    state = _state.get()
    return state.attrs[token.i] if state.doc is token.doc else _attrs(token)


def head_of(token: Token) -> Token:
    """``token.head`` (from the cache while its doc is being analysed)."""
    state = _state.get()
    return state.tokens[state.attrs[token.i].head] if state.doc is token.doc else token.head


def children_of(token: Token) -> list[Token]:
    """``list(token.children)`` (from the cache while its doc is being analysed; do not change the list)."""
    state = _state.get()
    return state.children[token.i] if state.doc is token.doc else list(token.children)


def span_tokens(span: Span) -> list[Token]:
    return tokens_of(span.doc, span.start, span.end)


def doc_text(doc: Doc) -> str:
    state = _state.get()
    return state.text if state.doc is doc else doc.text


def text_of(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (from the cache, without making the span, while ``doc`` is being analysed)."""
    state = _state.get()
    if state.doc is not doc:
        return doc[start:end].text
    length = len(state.tokens)  # (bounds as spaCy takes a slice's)
    start = min(length, max(0, start + length if start < 0 else start))
    end = min(length, max(start, end + length if end < 0 else end))
    if start == end:
        return ""
    last = state.tokens[end - 1]
    return state.text[state.tokens[start].idx : last.idx + len(last)]


def span_text(span: Span) -> str:
    """``span.text``: the doc's text from the span's first character to its last (no trailing whitespace)."""
    state = _state.get()
    return state.text[span.start_char : span.end_char] if state.doc is span.doc else span.text
