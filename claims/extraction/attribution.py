"""Attribution: who a sentence attributes its statement to ("X said", "X condemned ...", "according to X"), with
the parties a subject names, pronouns and "the group" resolved within the sentence."""

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from claims.extraction import lexicon
from claims.extraction.doccache import span_tokens
from claims.extraction.mentions import clean_name, names, np_name, party_entities, subtree_bounds, unique

_LISTING_PREPS = frozenset(["including", "like", "as", "such"])
_DOCUMENT_NOUNS = frozenset(["report", "statement", "study", "survey", "document", "letter", "analysis"])


@dataclass
class Attribution:
    claimers: list[str]
    unresolved: bool  # the sentence attributes to a pronoun we could not resolve within the sentence
    verb: Token | None
    subjects: list[tuple[int, int]] = field(default_factory=list)  # token ranges of the claimer phrases


def _resolve_pronoun(token: Token, sent: Span, exclude: tuple[int, int]) -> list[str]:
    """ "he"/"she" -> a person named elsewhere in the sentence; "it"/"they"/"the group" -> an organisation."""
    lower = token.lower_
    labels = {"PERSON"} if lower in ("he", "she", "him", "her") else {"ORG", "GPE", "NORP"}
    for ent in party_entities(sent.doc, sent.start, sent.end):
        if exclude[0] <= ent.start < exclude[1] or ent.label_ not in labels:
            continue
        return [clean_name(ent.text)]
    return []


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
    start, end = subtree_bounds(subject)
    ents = [e for e in party_entities(sent.doc, start, end) if _names_the_subject(e, subject)]
    if ents:
        return names(ents), False
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
                ents = party_entities(sent.doc, by_obj.left_edge.i, by_obj.right_edge.i + 1)
                return (names(ents) if ents else [np_name(by_obj)]), False
    return [np_name(subject)], False


def attribution(sent: Span) -> Attribution:
    """Who the sentence attributes its statement to: subjects of attribution verbs in the main clause
    ("X said", "X condemned"), and "according to X"."""
    found: list[str] = []
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
                    found.extend(party)
                    subjects.append(subtree_bounds(obj))
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
                found.extend(party)
                if party:
                    subjects.append(subtree_bounds(child))
                unresolved = unresolved or was_reference
                if party and verb is None:
                    verb = token
    return Attribution(claimers=unique(found), unresolved=unresolved and not found, verb=verb, subjects=subjects)
