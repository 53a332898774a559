"""Stand-alone text: a unit's text made to read on its own. Rewrites are sentence-cased, "this operation" /
"the attack" subjects are replaced by the event they refer to in the preceding sentences, and a time phrase that
opens the sentence is carried into a clause taken from later in it."""

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon
from claims.extraction.doccache import span_text, span_tokens
from claims.extraction.units import MAIN_KINDS, Unit, UnitKind


def sentence_case(text: str) -> str:
    """Stripped, with a capital first letter and closing punctuation."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?":
        text += "."
    return text


def _anaphor(tokens: Span) -> Token | None:
    """ "this operation" / "the attack" as a subject: an event noun with only a demonstrative before it."""
    for token in span_tokens(tokens):
        if token.lemma_.lower() in lexicon.EVENT_NOUNS and token.dep_ in ("nsubj", "nsubjpass"):
            lefts = list(token.lefts)
            if len(lefts) == 1 and lefts[0].lower_ in ("this", "that", "the") and not list(token.rights):
                return token
    return None


def event_referent(doc: Doc, units: Sequence[Unit], last_event: str | None) -> str | None:
    """``last_event`` (the event described last in the preceding sentences) when the subject of the sentence's
    main clause refers back to an event ("this operation"), else None."""
    found: str | None = None
    for unit in units:
        if unit.kind in MAIN_KINDS:
            anaphor = _anaphor(doc[unit.start : unit.end])
            if anaphor is not None and last_event:
                found = last_event
    return found


def _date_lead(sent: Span) -> str:
    """A time expression opening the sentence ("Last night"), to carry into a claim taken from later in it."""
    first = sent[0]
    if first.ent_type_ in ("DATE", "TIME") or first.lower_ in ("last", "yesterday", "on"):
        comma = next((t for t in sent[:6] if t.text == ","), None)
        if comma is not None:
            return sent.doc[sent.start : comma.i].text
    return ""


def _unit_text(unit: Unit, span: Span, referent: str | None) -> str:
    if unit.kind == UnitKind.ABSOLUTE and unit.text:
        head, _, rest = unit.text.partition("\x00")
        if referent:
            head = f"{head} of {referent}"
        return sentence_case(f"{head} {rest}")
    if unit.text is not None:
        return sentence_case(unit.text)
    text = span_text(span)
    if referent and unit.kind in MAIN_KINDS:
        anaphor = _anaphor(span)
        if anaphor is not None:
            a_start = anaphor.left_edge.idx - span.start_char
            a_end = anaphor.idx + len(anaphor.text) - span.start_char
            text = text[:a_start] + referent + text[a_end:]
    return sentence_case(text) if unit.kind != UnitKind.SENTENCE else text


def standalone_text(unit: Unit, span: Span, sent: Span, referent: str | None) -> str:
    """The text of ``unit`` (tokens ``span`` of sentence ``sent``) made to stand alone; ``referent`` from
    ``event_referent()``. A sentence that holds one claim keeps its own text unless it refers back to an event."""
    text = _unit_text(unit, span, referent)
    if unit.kind == UnitKind.CLAUSE and not any(t.ent_type_ in ("DATE", "TIME") for t in span_tokens(span)):
        lead = _date_lead(sent)
        if lead:
            text = f"{lead}, {text[0].lower()}{text[1:]}"
    return text
