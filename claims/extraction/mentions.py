"""What a claim mentions: the parties it names (people, organisations, places, groups), the accused, its targets,
its entities and its numbers. Token ranges index one parsed ``Doc``; entity offsets are characters in its text."""

import re
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon
from claims.extraction.doccache import children_of, ents_within, text_of, token_attrs, tokens_of

# --- names --------------------------------------------------------------------------------------------------------

_LEADING_DET = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def clean_name(text: str) -> str:
    """ "the Wagner Group's" -> "Wagner Group"."""
    text = " ".join(text.split()).strip(" ,;:\"'<>“”‘")
    text = _TRAILING_POSSESSIVE.sub("", text).strip()
    return _LEADING_DET.sub("", text)


def unique(names: Iterable[str]) -> list[str]:
    """Names in order without repeats (case-insensitive) or empty names."""
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.lower()
        if name and key not in seen:
            seen.add(key)
            out.append(name)
    return out


def party_entities(doc: Doc, start: int, end: int) -> list[Span]:
    """Named parties within tokens [start, end): people, organisations, places; a nationality adjective
    ("Russian mercenary group") is not a party, a nationality noun ("Palestinians") is."""
    out = []
    for ent in ents_within(doc, start, end):
        if ent.label_ in lexicon.PARTY_LABELS:
            if ent.label_ == "NORP" and ent.root.pos_ == "ADJ":
                continue
            if ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound"):
                continue
            out.append(ent)
    return out


# Words for a kind of business that open a sentence before its name ("Carmaker Strand Motors"); not those that
# open names too ("Giant Eagle", "Group Lotus", "Maker Studios").
_DESCRIPTORS = lexicon.TOPIC_HEADS - {"giant", "group", "maker", "club", "business"}


def _descriptor(token: Token) -> bool:
    """Whether a word says what kind of business a name after it is ("carmaker", "toymaker", "airline")."""
    return token.lower_ in _DESCRIPTORS or (token.lower_.endswith("maker") and token.lower_ != "maker")


def leading_title(ent: Span) -> bool:
    """A person's title the tagger ran into a name of two or three words: "Mayor Lenka Horakova" (typed as one
    organisation after "Deputy")."""
    return (
        3 <= len(ent) <= 4
        and ent[0].is_title
        and ent[0].lower_ in lexicon.PERSON_NOUNS
        and all(t.is_title and t.tag_ in ("NNP", "NNPS") for t in ent[1:])
    )


def entity_name(ent: Span) -> str:
    """An entity's name without a descriptor the tagger ran into it: "Dutch chipmaker Veldhoven Semiconductors" ->
    "Veldhoven Semiconductors", "low-cost airline SkyHop" -> "SkyHop" (common nouns, then only proper ones), "Mayor
    Lenka Horakova" -> "Lenka Horakova"; with the capital letters before it that the tagger left out ("CD
    Valdera")."""
    tokens = list(ent)
    if leading_title(ent):
        return clean_name(text_of(ent.doc, ent.start + 1, ent.end))
    before = tokens_of(ent.doc, ent.start - 1, ent.start)[0] if ent.start > 0 else None
    if (
        before is not None
        and (a := token_attrs(before)).tag == "NNP"
        and a.dep == "compound"
        and 2 <= len(before.text) <= 4
        and before.text.isupper()
        and a.head == ent.root.i
    ):
        return clean_name(text_of(ent.doc, before.i, ent.end))  # "CD Valdera": a club's letters the tagger left out
    if len(tokens) > 1 and tokens[0].is_sent_start and _descriptor(tokens[0]):
        # "Carmaker Strand Motors will cut ...": the capital is the sentence's, the word a descriptor
        return clean_name(text_of(ent.doc, ent.start + 1, ent.end))
    common = [i for i, t in enumerate(tokens) if t.tag_ in ("NN", "NNS") and t.is_lower]
    if common and common[-1] < len(tokens) - 1:
        tail = tokens[common[-1] + 1 :]
        if all(t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() for t in tail):
            return clean_name(text_of(ent.doc, tail[0].i, ent.end))
    return clean_name(ent.text)


def names(ents: Iterable[Span]) -> list[str]:
    """The names of ``ents``, each once; a body's initials in brackets right after its name ("the Valdorian
    Anti-Doping Agency (VADA)") are the same party, named once."""
    listed = list(ents)
    return unique(entity_name(e) for i, e in enumerate(listed) if not (i and _initials_after(listed[i - 1], e)))


def _initials_after(name: Span, ent: Span) -> bool:
    """Whether ``ent`` is the initials of ``name`` in brackets right after it ("Valdorian Anti-Doping Agency (VADA)";
    not "WASHINGTON (AP)")."""
    if not (ent.start == name.end + 1 and name.doc[name.end].text == "(" and len(ent) == 1 and ent.text.isupper()):
        return False
    return ent.text == "".join(t.text[0] for t in name if t.text[:1].isupper())


def subtree_bounds(token: Token) -> tuple[int, int]:
    """The token range of ``token``'s subtree, not reaching back over a line break (the parser may hang a byline's
    last words on the next paragraph's subject: "Political Correspondent \n\n Lawmakers in Marren")."""
    return _line_start(token), token.right_edge.i + 1


def _line_start(token: Token) -> int:
    """The first token of ``token``'s subtree on ``token``'s own line."""
    left = token.left_edge.i
    for i in range(token.i - 1, left - 1, -1):
        if "\n" in token.doc[i].text:
            return i + 1
    return left


def _sets_off(token: Token) -> bool:
    """Whether the word after a comma opens a relative clause or an apposition ("in Velmar, who asked ...", "of
    Arthur Penhale, an 81-year-old retired postman"), not the next item of a list ("a high fever, joint pain or a
    rash")."""
    while True:
        if token.dep_ in ("relcl", "appos", "acl"):
            return True
        if token.dep_ == "conj" or token.head.i == token.i or token.head.i < token.i - 30:
            return False
        if token.head.i < token.i and token.head.text == ",":
            return False
        parent = token.head
        if parent.i < token.i and parent.dep_ not in ("relcl", "appos", "acl"):
            return False  # the word hangs on something before the comma other than a clause or apposition
        token = parent


def np_name(head: Token) -> str:
    """The noun phrase headed by ``head`` without relative clauses, appositions or trailing punctuation."""
    left = _line_start(head)
    right = head.i
    for child in head.rights:
        if (child.dep_ == "cc" and child.text == "&") or (child.dep_ == "conj" and head.doc[child.i - 1].text == "&"):
            right = child.right_edge.i  # "Pippin & Hale": one name
            continue
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl"):
            break
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in children_of(child)
        ):
            break  # "The national medicines regulator on Monday approved ...": the day is the verb's
        comma = next(
            (
                t.i
                for t in tokens_of(head.doc, child.i, child.right_edge.i)
                if t.text == "," and _sets_off(head.doc[t.i + 1])
            ),
            None,
        )
        if comma is not None:
            # "A 45-year-old teacher in Velmar, who asked not to be named": the clause the parser hung on the place
            right = comma - 1
            break
        right = child.right_edge.i
    first = head.doc[left]
    if left < head.i and first.is_title and _descriptor(first):
        left += 1  # "Toymaker Pippin & Hale", opening its sentence: the business's kind, capitalised, is no name
    return clean_name(text_of(head.doc, left, right + 1))


# --- who a claim is about -----------------------------------------------------------------------------------------


def accused_parties(doc: Doc, start: int, end: int) -> list[str]:
    """Who an accusation in tokens [start, end) is against: the object of "accuse"/"blame", "against X"."""
    found: list[str] = []
    for token in tokens_of(doc, start, end):
        a = token_attrs(token)
        lemma = a.lemma
        heads: list[Token] = []
        if lemma in ("accuse", "blame") and a.pos == "VERB":
            heads = [c for c in children_of(token) if c.dep_ == "dobj"]
        elif lemma in ("accuse", "allege") and a.tag == "VBN":
            heads = [c for c in children_of(token) if c.dep_ == "nsubjpass"]
        elif a.lower == "against" and token.i > start:
            heads = [c for c in children_of(token) if c.dep_ == "pobj"]
        for head in heads:
            if not (start <= head.i < end):
                continue
            ents = party_entities(doc, head.left_edge.i, head.right_edge.i + 1)
            if ents:
                found.extend(names(ents))
            elif head.pos_ in ("NOUN", "PROPN") and head.lower_ not in lexicon.PRONOUNS:
                found.append(np_name(head))
    return unique(found)


def targets(
    doc: Doc,
    start: int,
    end: int,
    *,
    claimers: list[str],
    actors: list[str],
    skip_spans: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """Who the claim in tokens [start, end) is about: the accused first, then the other named parties (not its
    claimers or actors, nor named inside the claimer's own phrase, as "Israel" in "Israel's military said")."""
    skip = {c.lower() for c in claimers} | {a.lower() for a in actors}
    ents = [e for e in party_entities(doc, start, end) if not any(s <= e.start and e.end <= t for s, t in skip_spans)]
    found = accused_parties(doc, start, end) + names(ents)
    return [n for n in unique(found) if n.lower() not in skip]


# --- entities and numbers -----------------------------------------------------------------------------------------

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def number_value(text: str) -> float | None:
    """ "more than 2,000" -> 2000.0, "three" -> 3, "1.5 million" -> 1500000.0; None when no number is found."""
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


def numbers(doc: Doc, start: int, end: int) -> list[dict[str, Any]]:
    """Quantities within tokens [start, end): ``{text, value, start, end}`` (character offsets)."""
    out = []
    for ent in ents_within(doc, start, end):
        if ent.label_ in lexicon.NUMBER_LABELS:
            value = number_value(ent.text)
            if value is not None:
                out.append({"text": ent.text, "value": value, "start": ent.start_char, "end": ent.end_char})
    return out


def entities(doc: Doc, start: int, end: int) -> list[dict[str, Any]]:
    """Named entities within tokens [start, end): ``{text, label, start, end}`` (character offsets)."""
    return [
        {"text": ent.text, "label": ent.label_, "start": ent.start_char, "end": ent.end_char}
        for ent in ents_within(doc, start, end)
        if ent.label_ in lexicon.NAMED_LABELS
    ]
