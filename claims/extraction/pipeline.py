"""Article text -> claims: sub-sentence claims, made to stand alone, typed, attributed, dated and scored.

Everything here works on one parsed spaCy ``Doc`` (no second model pass) and returns dataclasses; no ORM.
"""

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon
from claims.extraction.dates import resolve_event_date
from claims.extraction.nlp import get_nlp, map_docs
from claims.extraction.scoring import RuleScorer, Scorer, get_scorer, rule_score, span_vector, token_features


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
    actors: list[str] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    numbers: list[dict[str, Any]] = field(default_factory=list)
    event_date: date | None = None


@dataclass
class SentenceResult:
    """What ``extract_sentences`` reports for one stand-alone sentence."""

    checkworthy: bool
    score: float
    claim_type: str
    hedge: str
    claimers: list[str]
    targets: list[str]
    score_features: dict[str, Any] = field(default_factory=dict)


_MIN_TOKENS = 4
# Claim types that are not checkable facts: never check-worthy in an article.
NOT_CHECKWORTHY_TYPES = frozenset({"prediction", "opinion"})
# Article claims of these types: score = 1 - (1 - score) * (1 - prior).
TYPE_PRIORS = {"casualty": 0.6, "control": 0.6, "accusation": 0.6, "event": 0.4}


# --- sentences ----------------------------------------------------------------------------------------------------


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


class _DocCache(threading.local):
    """The tokens and entities of the doc being analysed, built once per ``extract_from_doc`` /
    ``analyse_sentence_doc`` call: spaCy makes new ``Token`` objects on every iteration of a span and a new tuple of
    entity spans on every ``doc.ents``, and the rules walk each sentence about ten times. Per thread; dropped when
    the call ends (so no doc is kept alive)."""

    doc: Doc | None = None
    tokens: list[Token]
    ents: tuple[Span, ...]
    text: str


_cache = _DocCache()


@contextmanager
def _cached(doc: Doc) -> Iterator[None]:
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


# --- names ----------------------------------------------------------------------------------------------------------

_LEADING_DET = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def clean_name(text: str) -> str:
    """ "the Wagner Group's" -> "Wagner Group"."""
    text = " ".join(text.split()).strip(" ,;:")
    text = _TRAILING_POSSESSIVE.sub("", text).strip()
    return _LEADING_DET.sub("", text)


def _unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.lower()
        if name and key not in seen:
            seen.add(key)
            out.append(name)
    return out


def _party_entities(doc: Doc, start: int, end: int) -> list[Span]:
    """Named parties within tokens [start, end): people, organisations, places; a nationality adjective
    ("Russian mercenary group") is not a party, a nationality noun ("Palestinians") is."""
    out = []
    for ent in doc_ents(doc):
        if ent.start >= start and ent.end <= end and ent.label_ in lexicon.PARTY_LABELS:
            if ent.label_ == "NORP" and ent.root.pos_ == "ADJ":
                continue
            if ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound"):
                continue
            out.append(ent)
    return out


def _names(ents: Iterable[Span]) -> list[str]:
    return _unique(clean_name(e.text) for e in ents)


def _subtree_bounds(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def _np_name(head: Token) -> str:
    """The noun phrase headed by ``head`` without relative clauses, appositions or trailing punctuation."""
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl"):
            break
        right = child.right_edge.i
    return clean_name(head.doc[left : right + 1].text)


def _resolve_pronoun(token: Token, sent: Span, exclude: tuple[int, int]) -> list[str]:
    """ "he"/"she" -> a person named elsewhere in the sentence; "it"/"they"/"the group" -> an organisation."""
    lower = token.lower_
    labels = {"PERSON"} if lower in ("he", "she", "him", "her") else {"ORG", "GPE", "NORP"}
    for ent in _party_entities(sent.doc, sent.start, sent.end):
        if exclude[0] <= ent.start < exclude[1] or ent.label_ not in labels:
            continue
        return [clean_name(ent.text)]
    return []


_LISTING_PREPS = frozenset(["including", "like", "as", "such"])
_DOCUMENT_NOUNS = frozenset(["report", "statement", "study", "survey", "document", "letter", "analysis"])


def _names_the_subject(ent: Span, subject: Token) -> bool:
    """Whether an entity inside a subject names the party itself ("Border Watch and X", "groups, including X",
    "a spokesperson, Tomas Vell") rather than something about it ("police in Lagos", "the report of X")."""
    token = ent.root
    while token.i != subject.i:
        if token.dep_ in ("conj", "appos", "cc"):
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ in _LISTING_PREPS:
            token = token.head.head
        else:
            return False
    return True


def _party_from_subject(subject: Token, sent: Span) -> tuple[list[str], bool]:
    """Names of the party a subject denotes, and whether it was an unresolved reference (pronoun, "the group")."""
    start, end = _subtree_bounds(subject)
    ents = [e for e in _party_entities(sent.doc, start, end) if _names_the_subject(e, subject)]
    if ents:
        return _names(ents), False
    lower = subject.lower_
    if subject.pos_ == "PRON" or lower in lexicon.PRONOUNS:
        if lower in ("i", "we", "you", "me", "us"):
            return [], False
        resolved = _resolve_pronoun(subject, sent, (start, end))
        return resolved, not resolved
    if lower in lexicon.GROUP_ANAPHORS and any(c.lower_ in ("the", "this", "these") for c in subject.lefts):
        resolved = _resolve_pronoun(subject, sent, (start, end))
        return resolved, not resolved
    if subject.pos_ not in ("NOUN", "PROPN"):
        return [], False
    if subject.lemma_.lower() in _DOCUMENT_NOUNS:
        # "The report, published by the World Bank, says ..." -> the World Bank
        for acl in subject.children:
            agent = next((c for c in acl.children if c.dep_ == "agent"), None) if acl.dep_ == "acl" else None
            by_obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if by_obj is not None:
                ents = _party_entities(sent.doc, by_obj.left_edge.i, by_obj.right_edge.i + 1)
                return (_names(ents) if ents else [_np_name(by_obj)]), False
    return [_np_name(subject)], False


@dataclass
class _Attribution:
    claimers: list[str]
    unresolved: bool  # the sentence attributes to a pronoun we could not resolve within the sentence
    verb: Token | None
    subjects: list[tuple[int, int]] = field(default_factory=list)  # token ranges of the claimer phrases


def attribution(sent: Span) -> _Attribution:
    """Who the sentence attributes its statement to: subjects of attribution verbs in the main clause
    ("X said", "X condemned"), and "according to X"."""
    names: list[str] = []
    unresolved = False
    verb: Token | None = None
    subjects: list[tuple[int, int]] = []
    for token in span_tokens(sent):
        lower = token.lower_
        if lower == "according" and token.i + 1 < sent.end and sent.doc[token.i + 1].lower_ == "to":
            to = sent.doc[token.i + 1]
            for obj in to.children:
                if obj.dep_ == "pobj":
                    party, _ = _party_from_subject(obj, sent)
                    names.extend(party)
                    subjects.append(_subtree_bounds(obj))
            continue
        if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
            continue
        if token.dep_ not in ("ROOT", "conj", "parataxis", "ccomp", "advcl") or token.tag_ == "VBG":
            continue
        if token.dep_ in ("conj", "ccomp", "advcl") and token.head.dep_ not in ("ROOT",):
            continue
        for child in token.children:
            if child.dep_ in ("nsubj",):
                party, was_reference = _party_from_subject(child, sent)
                names.extend(party)
                if party:
                    subjects.append(_subtree_bounds(child))
                unresolved = unresolved or was_reference
                if party and verb is None:
                    verb = token
    return _Attribution(claimers=_unique(names), unresolved=unresolved and not names, verb=verb, subjects=subjects)


def accused_parties(doc: Doc, start: int, end: int) -> list[str]:
    """Who an accusation in tokens [start, end) is against: the object of "accuse"/"blame", "against X"."""
    names: list[str] = []
    for token in tokens_of(doc, start, end):
        lemma = token.lemma_.lower()
        heads: list[Token] = []
        if lemma in ("accuse", "blame") and token.pos_ == "VERB":
            heads = [c for c in token.children if c.dep_ == "dobj"]
        elif lemma in ("accuse", "allege") and token.tag_ == "VBN":
            heads = [c for c in token.children if c.dep_ == "nsubjpass"]
        elif token.lower_ == "against" and token.i > start:
            heads = [c for c in token.children if c.dep_ == "pobj"]
        for head in heads:
            if not (start <= head.i < end):
                continue
            ents = _party_entities(doc, head.left_edge.i, head.right_edge.i + 1)
            if ents:
                names.extend(_names(ents))
            elif head.pos_ in ("NOUN", "PROPN") and head.lower_ not in lexicon.PRONOUNS:
                names.append(_np_name(head))
    return _unique(names)


# --- hedge and type ----------------------------------------------------------------------------------------------


def hedge_of(tokens: Sequence[Token], text: str) -> str:
    lower = text.lower()
    if any(p in lower for p in lexicon.UNCONFIRMED_PATTERNS):
        return "unconfirmed"
    lemmas = [t.lemma_.lower() for t in tokens]
    if any(t.lemma_.lower() in lexicon.DENIAL_VERBS and t.pos_ == "VERB" for t in tokens) or "denial" in lemmas:
        return "denied"
    for i, t in enumerate(tokens):
        low = t.lower_
        if t.tag_ == "MD" and low in lexicon.FUTURE_MODALS:
            return "predicted"
        if low == "going" and i + 2 < len(tokens) and tokens[i + 1].lower_ == "to" and tokens[i + 2].tag_ == "VB":
            return "predicted"
        if t.lemma_.lower() in lexicon.PREDICTION_VERBS and t.pos_ == "VERB":
            return "predicted"
        if low in ("likely", "set") and i + 1 < len(tokens) and tokens[i + 1].lower_ == "to":
            return "predicted"
    for t in tokens:
        low = t.lower_
        if low in lexicon.HEDGE_WORDS:
            return "hedged"
        if t.tag_ == "MD" and low in lexicon.HEDGE_MODALS:
            return "hedged"
        if low == "likely" or (t.lemma_ in ("appear", "seem") and t.pos_ == "VERB"):
            return "hedged"
    if re.search(r"\b(?:believed|thought|said|reported|understood) to (?:be|have)\b", lower):
        return "hedged"
    return "asserted"


_CONTROL_PHRASE = re.compile(
    r"\b(?:under (?:the )?(?:full |effective )?control of|in control of|controlled by|held by|in the hands of"
    r"|(?:controls?|holds?) (?:the|most|all|much|parts?))\b",
    re.IGNORECASE,
)


def type_of(tokens: Sequence[Token], text: str, *, hedge: str, has_claimers: bool, features: dict[str, float]) -> str:
    if hedge == "predicted":
        return "prediction"
    lemmas = {t.lemma_.lower() for t in tokens}
    verb_lemmas = {t.lemma_.lower() for t in tokens if t.pos_ == "VERB"}
    if verb_lemmas & lexicon.ACCUSATION_VERBS or lemmas & {"accusation", "allegation", "accused", "alleged"}:
        return "accusation"
    quantity = any(
        (t.like_num or t.tag_ == "CD")
        and t.ent_type_ not in ("DATE", "TIME", "ORDINAL")
        and t.lower_ not in ("one", "1")
        for t in tokens
    )
    if lemmas & lexicon.CASUALTY_WORDS or (quantity and (features["quantity_word"] or features["money_percent"])):
        return "casualty"
    if quantity and not features["date"]:
        return "casualty"
    if _CONTROL_PHRASE.search(text):
        return "control"
    opinion = any(
        (t.lemma_.lower() in lexicon.OPINION_VERBS and t.pos_ == "VERB")
        or (t.lemma_.lower() in lexicon.OPINION_ADJECTIVES and t.pos_ == "ADJ")
        for t in tokens
    )
    if opinion and not features["number"]:
        return "opinion"
    if has_claimers:
        return "attributed_statement"
    if features["event_verb"] or features["date"]:
        return "event"
    return "background"


# --- units: the parts of a sentence that become claims -----------------------------------------------------------


@dataclass
class _Unit:
    start: int  # token index in the doc
    end: int
    kind: str
    text: str | None = None  # rewritten stand-alone text; None -> the span text
    forced_type: str | None = None
    actors: list[str] = field(default_factory=list)
    event_description: str | None = None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading/trailing punctuation, spaces and conjunctions from a token range."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "cc"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        if doc[end - 1].tag_ == "''" and any(t.tag_ == "``" for t in doc[start : end - 1]):
            break  # keep a closing quote whose opening quote is inside
        end -= 1
    return start, end


def _sentence_case(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?":
        text += "."
    return text


def _control_unit(sent: Span) -> tuple[_Unit, int] | None:
    """ "the former MINUSMA base now under control of the CSP" -> a control claim; returns the unit and the index
    of the first token of the control phrase (so an enclosing clause can stop before it)."""
    doc = sent.doc
    for token in span_tokens(sent):
        if token.lower_ != "control" or token.head.lower_ != "under":
            continue
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if holder is None:
            continue
        under = token.head
        attach = under.head
        thing: Token | None = attach
        if attach.pos_ not in ("NOUN", "PROPN"):
            thing = next((c for c in attach.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")), None)
        if thing is None:
            continue
        phrase_start = under.i
        if phrase_start > 0 and doc[phrase_start - 1].lower_ in ("now", "still", "currently"):
            phrase_start -= 1
        start = thing.left_edge.i
        end = holder.right_edge.i + 1
        thing_text = doc[thing.left_edge.i : thing.i + 1].text
        verb = "are" if thing.tag_ in ("NNS", "NNPS") else "is"
        text = _sentence_case(f"{thing_text} {verb} {doc[phrase_start:end].text}")
        return _Unit(start=start, end=end, kind="control", text=text, forced_type="control"), phrase_start
    return None


def _with_absolute_opener(sent: Span) -> tuple[_Unit, int] | None:
    """ "With casualties yet to be confirmed, ..." -> a claim about the casualties; returns the unit and where the
    main clause starts."""
    doc = sent.doc
    first = sent[0]
    if first.lower_ != "with":
        return None
    comma = next((t for t in sent[1:] if t.text == ","), None)
    if comma is None or comma.i - first.i < 3:
        return None
    inner = doc[first.i + 1 : comma.i]
    if not any(t.pos_ in ("VERB", "AUX") for t in inner):
        return None
    subject = next((t for t in inner if t.dep_ in ("nsubj", "nsubjpass") or t.pos_ == "NOUN"), None)
    if subject is None:
        return None
    rest = doc[subject.i + 1 : comma.i].text
    verb = "are" if subject.tag_ in ("NNS", "NNPS") else "is"
    unit = _Unit(start=first.i + 1, end=comma.i, kind="absolute")
    unit.text = f"{doc[first.i + 1 : subject.i + 1].text}\x00{verb} {rest}"  # referent is filled in later
    return unit, comma.i + 1


def _with_trailing(sent: Span) -> tuple[_Unit, int] | None:
    """ "..., with yesterday's drone strikes underscoring X" -> "Yesterday's drone strikes underscore X"."""
    doc = sent.doc
    for token in span_tokens(sent):
        if token.lower_ != "with" or token.i == sent.start or doc[token.i - 1].text != ",":
            continue
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        verb = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)
        if verb is None:
            continue
        start, end = _trim(doc, obj.left_edge.i, token.right_edge.i + 1)
        lemma = verb.lemma_
        finite = (
            lemma
            if obj.tag_ in ("NNS", "NNPS")
            else (lemma + "es" if lemma.endswith(("s", "sh", "ch")) else lemma + "s")
        )
        text = _sentence_case(f"{doc[obj.left_edge.i : obj.i + 1].text} {finite} {doc[verb.i + 1 : end].text}")
        return _Unit(start=start, end=end, kind="with_clause", text=text), token.i - 1
    return None


def _as_clause(sent: Span, stop: int | None) -> tuple[_Unit, int] | None:
    """ "X became the focal point as drones, operated by A, targeted B" -> the event "drones ... targeted B"."""
    doc = sent.doc
    for token in span_tokens(sent):
        if token.lower_ not in ("as", "after", "when", "while") or token.i == sent.start:
            continue
        verb = None
        for candidate in doc[token.i + 1 : sent.end]:
            if candidate.tag_ in ("VBD", "VBZ", "VBP") and candidate.pos_ == "VERB":
                if candidate.dep_ in ("conj", "advcl", "ROOT") or candidate.head == token:
                    verb = candidate
                break
        if verb is None:
            continue
        end = verb.i + 1
        for child in verb.rights:
            if stop is not None and child.i >= stop:
                break
            if child.dep_ in ("punct", "cc", "conj"):
                break
            end = child.right_edge.i + 1
        if stop is not None:
            end = min(end, stop)
        start, end = _trim(doc, token.i + 1, end)
        if end - start < 3:
            continue
        subject_tokens = doc[start : verb.i]
        actors = _names(_party_entities(doc, start, verb.i))
        description = _event_description(verb, subject_tokens, actors)
        return (
            _Unit(start=start, end=end, kind="clause", actors=actors, event_description=description),
            token.i,
        )
    return None


def _event_description(verb: Token, subject_tokens: Span, actors: list[str]) -> str | None:
    """ "drones operated by A and B targeted the base" -> "the drone strike by A and B on the base"."""
    noun = lexicon.VERB_TO_EVENT_NOUN.get(verb.lemma_.lower())
    if noun is None:
        return None
    instrument = next((t.lemma_.lower() for t in subject_tokens if t.lemma_.lower() in lexicon.INSTRUMENT_NOUNS), None)
    phrase = f"the {instrument} {noun}" if instrument else f"the {noun}"
    ents = [e for e in _party_entities(verb.doc, subject_tokens.start, subject_tokens.end)]
    if ents:
        phrase += " by " + " and ".join(e.text for e in ents)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        phrase += " on " + verb.doc[obj.left_edge.i : obj.i + 1].text
    return phrase


def _nominal_event(sent: Span) -> _Unit | None:
    """ "The recent seizure of the base by the CSP has ..." -> "The CSP recently seized the base"."""
    doc = sent.doc
    for token in span_tokens(sent):
        verb = lexicon.NOMINAL_TO_VERB.get(token.lemma_.lower())
        if verb is None or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        by = next((c for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
        thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if thing is None or agent is None:
            continue
        recently = " recently" if any(c.lower_ == "recent" for c in token.children) else ""
        agent_text = doc[agent.left_edge.i : agent.right_edge.i + 1].text
        thing_text = doc[thing.left_edge.i : thing.right_edge.i + 1].text
        start, end = _subtree_bounds(token)
        actors = _names(_party_entities(doc, agent.left_edge.i, agent.right_edge.i + 1))
        return _Unit(
            start=start,
            end=end,
            kind="nominal",
            text=_sentence_case(f"{agent_text}{recently} {verb} {thing_text}"),
            forced_type="event",
            actors=actors,
        )
    return None


def _nominal_accusation(sent: Span) -> _Unit | None:
    """ "... amidst tensions and accusations against X for Y." -> "There are accusations against X for Y"."""
    doc = sent.doc
    for token in span_tokens(sent):
        if token.lemma_.lower() not in ("accusation", "allegation") or token.dep_ == "nsubj":
            continue
        following = sent.doc[token.i + 1] if token.i + 1 < sent.end else None
        if following is None or following.lower_ != "against":
            continue
        start, end = _trim(doc, token.i, sent.end)
        det = "are" if token.tag_ == "NNS" else "is"
        text = _sentence_case(f"there {det} {doc[start:end].text}")
        return _Unit(start=start, end=end, kind="accusation", text=text, forced_type="accusation")
    return None


def sentence_units(sent: Span) -> list[_Unit]:
    """The claims one sentence holds, as token ranges (the whole sentence when it holds one)."""
    doc = sent.doc
    accusation = _nominal_accusation(sent)
    if accusation is not None:
        return [accusation]
    units: list[_Unit] = []
    main_start, main_end = sent.start, sent.end
    opener = _with_absolute_opener(sent)
    if opener is not None:
        units.append(opener[0])
        main_start = opener[1]
    trailing = _with_trailing(sent)
    if trailing is not None:
        units.append(trailing[0])
        main_end = trailing[1]
    control = _control_unit(sent)
    stop = None
    if control is not None:
        units.append(control[0])
        stop = control[1]
    clause = _as_clause(sent, stop)
    if clause is not None and clause[0].start >= main_start:
        units.append(clause[0])
        main_end = min(main_end, clause[1])
    nominal = _nominal_event(sent)
    if nominal is not None:
        units.append(nominal)
    if units:
        start, end = _trim(doc, main_start, main_end)
        if end - start >= _MIN_TOKENS:
            units.append(_Unit(start=start, end=end, kind="main"))
    else:
        units.append(_Unit(start=sent.start, end=sent.end, kind="sentence"))
    return units


# --- references ---------------------------------------------------------------------------------------------------


def _anaphor(tokens: Span) -> Token | None:
    """ "this operation" / "the attack" as a subject: an event noun with only a demonstrative before it."""
    for token in span_tokens(tokens):
        if token.lemma_.lower() in lexicon.EVENT_NOUNS and token.dep_ in ("nsubj", "nsubjpass"):
            lefts = list(token.lefts)
            if len(lefts) == 1 and lefts[0].lower_ in ("this", "that", "the") and not list(token.rights):
                return token
    return None


# --- numbers ------------------------------------------------------------------------------------------------------

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def number_value(text: str) -> float | None:
    lower = text.lower().replace("per cent", "percent")
    match = _DIGITS.search(lower)
    value: float | None = None
    if match:
        value = float(match.group().replace(",", ""))
    else:
        for word in re.findall(r"[a-z]+", lower):
            if word in lexicon.WORD_NUMBERS and word not in lexicon.MULTIPLIERS:
                value = (value or 0) + lexicon.WORD_NUMBERS[word]
    for word, factor in lexicon.MULTIPLIERS.items():
        if re.search(rf"\b{word}s?\b", lower):
            value = (value or 1) * factor
            break
    return value


def _numbers(doc: Doc, start: int, end: int) -> list[dict[str, Any]]:
    out = []
    for ent in doc_ents(doc):
        if ent.start >= start and ent.end <= end and ent.label_ in lexicon.NUMBER_LABELS:
            value = number_value(ent.text)
            if value is not None:
                out.append({"text": ent.text, "value": value, "start": ent.start_char, "end": ent.end_char})
    return out


def _entities(doc: Doc, start: int, end: int) -> list[dict[str, Any]]:
    return [
        {"text": ent.text, "label": ent.label_, "start": ent.start_char, "end": ent.end_char}
        for ent in doc_ents(doc)
        if ent.start >= start and ent.end <= end and ent.label_ in lexicon.NAMED_LABELS
    ]


# --- the pipeline -------------------------------------------------------------------------------------------------


@dataclass
class _Context:
    published_on: date | None
    outlet: str = ""
    last_event: str | None = None
    last_claimers: list[str] = field(default_factory=list)


def _build_claims(doc: Doc, ctx: _Context) -> list[tuple[ExtractedClaim, np.ndarray]]:
    out: list[tuple[ExtractedClaim, np.ndarray]] = []
    for sent in sentences(doc):
        words = [t for t in span_tokens(sent) if not t.is_punct and not t.is_space]
        if len(words) < _MIN_TOKENS:
            continue
        attributed = attribution(sent)
        claimers = attributed.claimers
        if not claimers and attributed.unresolved and ctx.last_claimers:
            claimers = list(ctx.last_claimers)
        units = sentence_units(sent)
        main_subject_referent: str | None = None
        for unit in units:
            if unit.kind in ("main", "sentence"):
                anaphor = _anaphor(doc[unit.start : unit.end])
                if anaphor is not None and ctx.last_event:
                    main_subject_referent = ctx.last_event
        sentence_date_text = " ".join(
            ent.text
            for ent in doc_ents(doc)
            if ent.start >= sent.start and ent.end <= sent.end and ent.label_ in ("DATE", "TIME")
        )
        for unit in sorted(units, key=lambda u: (doc[u.start].idx, u.end)):
            span = doc[unit.start : unit.end]
            tokens = tokens_of(doc, unit.start, unit.end)
            start_char = span.start_char
            end_char = span.end_char
            text = _unit_text(unit, span, ctx, main_subject_referent)
            if unit.kind == "clause" and not any(t.ent_type_ in ("DATE", "TIME") for t in tokens):
                lead = _date_lead(sent)
                if lead:
                    text = f"{lead}, {text[0].lower()}{text[1:]}"
            plain_text = span_text(span)
            hedge = hedge_of(tokens, plain_text)
            features = token_features(tokens)
            claim_type = unit.forced_type or type_of(
                tokens, plain_text, hedge=hedge, has_claimers=bool(claimers), features=features
            )
            if claim_type == "prediction":
                hedge = "predicted"
            own_claimers = list(claimers) or ([ctx.outlet] if ctx.outlet else [])
            targets = _targets(
                doc, unit.start, unit.end, claimers=claimers, actors=unit.actors, skip_spans=attributed.subjects
            )
            event_date = resolve_event_date(text, ctx.published_on, future=hedge == "predicted")
            if event_date is None and unit.kind in ("main", "sentence"):
                event_date = resolve_event_date(sentence_date_text, ctx.published_on, future=hedge == "predicted")
            claim = ExtractedClaim(
                start=start_char,
                end=end_char,
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                text=text,
                claim_type=claim_type,
                hedge=hedge,
                claimers=own_claimers,
                targets=targets,
                actors=list(unit.actors),
                entities=_entities(doc, unit.start, unit.end),
                numbers=_numbers(doc, unit.start, unit.end),
                event_date=event_date if claim_type not in ("opinion", "background") or unit.kind != "main" else None,
                score_features=features,
            )
            if unit.event_description:
                ctx.last_event = unit.event_description
            out.append((claim, span_vector(doc, unit.start, unit.end)))
        if attributed.claimers:
            ctx.last_claimers = attributed.claimers
    return out


def _targets(
    doc: Doc,
    start: int,
    end: int,
    *,
    claimers: list[str],
    actors: list[str],
    skip_spans: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """Who the claim is about: the accused first, then the other named parties (not its claimers or actors, nor
    named inside the claimer's own phrase, as "Israel" in "Israel's military said")."""
    skip = {c.lower() for c in claimers} | {a.lower() for a in actors}
    ents = [e for e in _party_entities(doc, start, end) if not any(s <= e.start and e.end <= t for s, t in skip_spans)]
    names = accused_parties(doc, start, end) + _names(ents)
    return [n for n in _unique(names) if n.lower() not in skip]


def _date_lead(sent: Span) -> str:
    """A time expression opening the sentence ("Last night"), to carry into a claim taken from later in it."""
    first = sent[0]
    if first.ent_type_ in ("DATE", "TIME") or first.lower_ in ("last", "yesterday", "on"):
        comma = next((t for t in sent[:6] if t.text == ","), None)
        if comma is not None:
            return sent.doc[sent.start : comma.i].text
    return ""


def _unit_text(unit: _Unit, span: Span, ctx: _Context, referent: str | None) -> str:
    if unit.kind == "absolute" and unit.text:
        head, _, rest = unit.text.partition("\x00")
        if referent:
            head = f"{head} of {referent}"
        return _sentence_case(f"{head} {rest}")
    if unit.text is not None:
        return unit.text
    text = span_text(span)
    if referent and unit.kind in ("main", "sentence"):
        anaphor = _anaphor(span)
        if anaphor is not None:
            a_start = anaphor.left_edge.idx - span.start_char
            a_end = anaphor.idx + len(anaphor.text) - span.start_char
            text = text[:a_start] + referent + text[a_end:]
    return _sentence_case(text) if unit.kind != "sentence" else text


def _score(claims: list[tuple[ExtractedClaim, np.ndarray]], scorer: Scorer, *, article: bool) -> None:
    if not claims:
        return
    vector_shares: list[float] = []
    if type(scorer) is RuleScorer:  # its score and the token vectors' share of it in one pass
        scored = [rule_score(claim.score_features, vector) for claim, vector in claims]
        scores = [score for score, _ in scored]
        vector_shares = [share for _, share in scored]
    else:
        texts = [c.text for c, _ in claims]
        scores = scorer.score_many(texts, [c.score_features for c, _ in claims], [v for _, v in claims])
    for i, ((claim, vector), score) in enumerate(zip(claims, scores, strict=True)):
        claim.score = round(min(1.0, max(0.0, score)), 4)
        claim.checkworthy = claim.score >= scorer.threshold
        features: dict[str, Any] = {k: round(v, 3) for k, v in claim.score_features.items() if v}
        features["scorer"] = scorer.name
        if vector_shares:
            features["token_vectors"] = round(vector_shares[i], 3)
        elif isinstance(scorer, RuleScorer):
            features["token_vectors"] = round(rule_score(claim.score_features, vector)[1], 3)
        if article and claim.claim_type in NOT_CHECKWORTHY_TYPES:
            claim.checkworthy = False
            features["not_checkworthy_type"] = claim.claim_type
        elif article and claim.claim_type in TYPE_PRIORS:
            # In an article the claim's type is evidence too: casualty figures, control of places, accusations and
            # events are what fact-checkers verify, whatever the sentence-level scorer says.
            prior = TYPE_PRIORS[claim.claim_type]
            claim.score = round(1.0 - (1.0 - claim.score) * (1.0 - prior), 4)
            claim.checkworthy = claim.score >= scorer.threshold
            features["type_prior"] = prior
        claim.score_features = features


def extract_from_doc(
    doc: Doc, *, published_on: date | None = None, outlet: str = "", scorer: Scorer | None = None
) -> list[ExtractedClaim]:
    ctx = _Context(published_on=published_on, outlet=outlet)
    with _cached(doc):
        built = _build_claims(doc, ctx)
    _score(built, scorer or get_scorer(), article=True)
    claims: list[ExtractedClaim] = []
    seen: set[tuple[int, int]] = set()
    for claim, _ in built:
        if (claim.start, claim.end) in seen or claim.start >= claim.end:
            continue
        seen.add((claim.start, claim.end))
        claims.append(claim)
    return claims


def extract_claims(
    text: str, *, published_on: date | None = None, outlet: str = "", scorer: Scorer | None = None
) -> list[ExtractedClaim]:
    """Claims of one article text, in order of appearance. ``outlet`` is the claimer when the text names none."""
    return extract_from_doc(get_nlp()(text), published_on=published_on, outlet=outlet, scorer=scorer)


def extract_many(texts: Iterable[str], *, batch_size: int = 64) -> Iterator[list[ExtractedClaim]]:
    """Claims of many texts, streamed through ``nlp.pipe``."""
    scorer = get_scorer()
    for doc in get_nlp().pipe(texts, batch_size=batch_size):
        yield extract_from_doc(doc, scorer=scorer)


def analyse_sentence_doc(doc: Doc) -> tuple[SentenceResult, str, dict[str, float], np.ndarray]:
    """One stand-alone sentence (the whole doc): type, hedge, the parties it names as claimers, targets."""
    with _cached(doc):
        return _analyse_sentence_doc(doc)


def _analyse_sentence_doc(doc: Doc) -> tuple[SentenceResult, str, dict[str, float], np.ndarray]:
    span = doc[:]
    tokens = span_tokens(span)
    text = doc_text(doc)  # the cached join, not a second one
    attributed = attribution(span)
    features = token_features(tokens)
    hedge = hedge_of(tokens, text)
    claim_type = type_of(tokens, text, hedge=hedge, has_claimers=bool(attributed.claimers), features=features)
    if claim_type == "prediction":
        hedge = "predicted"
    targets = _targets(doc, 0, len(doc), claimers=attributed.claimers, actors=[], skip_spans=attributed.subjects)
    result = SentenceResult(
        checkworthy=False,
        score=0.0,
        claim_type=claim_type,
        hedge=hedge,
        claimers=attributed.claimers,
        targets=targets,
    )
    return result, text, features, span_vector(doc, 0, len(doc))


def extract_sentences(
    texts: Iterable[str], *, scorer: Scorer | None = None, batch_size: int = 256, n_process: int = 1
) -> Iterator[SentenceResult]:
    """Score and type stand-alone sentences (the ``extract_sentences`` command and ``make eval``), in order.
    With ``n_process`` > 1, parsing, rules and scoring all run in forked workers (``nlp.map_docs``)."""
    chosen = scorer or get_scorer()

    def analyse(docs: list[Doc]) -> list[SentenceResult]:
        return list(_score_sentences([analyse_sentence_doc(doc) for doc in docs], chosen))

    yield from map_docs(list(texts), analyse, n_process=n_process, chunk_size=batch_size)


def _score_sentences(
    pending: list[tuple[SentenceResult, str, dict[str, float], np.ndarray]], scorer: Scorer
) -> Iterator[SentenceResult]:
    scores = scorer.score_many([p[1] for p in pending], [p[2] for p in pending], [p[3] for p in pending])
    for (result, _, features, _), score in zip(pending, scores, strict=True):
        result.score = round(min(1.0, max(0.0, score)), 4)
        result.checkworthy = result.score >= scorer.threshold
        result.score_features = {k: v for k, v in features.items() if v}
        yield result
