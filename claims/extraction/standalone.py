"""Stand-alone text: a unit's text made to read on its own. Rewrites are sentence-cased; "this operation" /
"the attack" subjects are replaced by the event they refer to in the preceding sentences; "he", "his", "its",
"the institute" by the person or body the article named before (``Antecedents``); relative times by dates
(``dates.relative_time_edits``); and a time phrase that opens the sentence is carried into a clause taken from later
in it. The claim's span (its own words in the article) is never changed: only its ``text``."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon
from claims.extraction.dates import relative_time_edits
from claims.extraction.doccache import doc_ents, span_text, span_tokens
from claims.extraction.mentions import clean_name
from claims.extraction.units import MAIN_KINDS, Unit, UnitKind

# Heads of definite descriptions that stand for a body the article named before ("the institute" -> "the National
# Institute of Public Health"), matched to an earlier name holding a word with the same first five letters.
BODY_HEADS = frozenset(
    [
        *("institute", "institution", "ministry", "agency", "company", "firm", "group", "organisation", "organization"),
        *("authority", "directorate", "association", "office", "bank", "court", "council", "union", "party"),
        *("university", "commission", "committee", "department", "government", "army", "military", "alliance"),
        *("coalition", "charity", "regulator", "watchdog", "board", "network", "service", "foundation", "centre"),
        *("center", "bureau", "tribunal", "assembly", "parliament", "newspaper", "agency", "fund"),
    ]
)
# Heads that stand for any organisation named last when no name shares their word ("the group" -> "Clear Rivers").
ANY_BODY_HEADS = frozenset(["group", "organisation", "organization", "company", "firm"])
_PERSON_PRONOUNS = frozenset(["he", "she", "him", "her"])
_DETERMINERS = frozenset(
    ["a", "an", "the", "this", "that", "these", "those", "my", "our", "your", "their", "its", "his", "her"]
)
_POSSESSIVE_PERSON = frozenset(["his", "her"])
_BODY_LABELS = frozenset(["ORG", "NORP", "GPE"])

# (start, end, replacement): a character edit of a unit's text, offsets relative to the unit's first character.
Edit = tuple[int, int, str]


@dataclass
class Antecedents:
    """What an article has named so far, newest last: people by full name, and bodies (organisations, places,
    groups, and the claimers attribution found) as they would be written ("the Bank of Auren", "the regional
    health directorate"). ``last_event_date`` is the date of the event reported last."""

    published_on: date | None = None
    people: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    # noun lemma -> its last mention that names something ("migrant camp near the town of Kessel")
    phrases: dict[str, str] = field(default_factory=dict)
    last_event_date: date | None = None
    # the previous sentence's subject when it is one thing, not a person ("the Tarsun earthquake"), for "It ..."
    last_thing: str | None = None

    def remember(self, sent: Span, claimers: Sequence[str]) -> None:
        """Note the people and bodies ``sent`` names (after its claims were made)."""
        for kind, name in _names_in(sent.doc, sent.start, sent.end):
            self._note(kind, name)
        for token in span_tokens(sent):
            if token.tag_ not in ("NN", "NNS"):
                continue
            phrase = _naming_phrase(token, sent)
            if phrase is not None:
                self.phrases[token.lemma_.lower()] = phrase
            elif token.lower_ in BODY_HEADS:  # "the national statistics office"
                lefts = [c for c in token.lefts if c.dep_ in ("compound", "amod")]
                if lefts:
                    self._note("body", f"the {sent.doc[min(c.left_edge.i for c in lefts) : token.i + 1].text}")
        self.last_thing = _thing_subject(sent)
        for claimer in claimers:
            # "regional health directorate", "defence ministry of Varkesh"; named claimers come from the entities
            first = claimer.split()[0]
            if claimer[:1].islower() and " " in claimer and first not in lexicon.PRONOUNS | _DETERMINERS:
                self._note("body", f"the {claimer}")

    def _note(self, kind: str, name: str) -> None:
        names = self.people if kind == "person" else self.bodies
        if kind == "person":
            name = next((full for full in reversed(names) if _surname_of(full, name)), name)
        elif f"the {name}" in names:  # "Brookings Institution" as a claimer is "the Brookings Institution"
            name = f"the {name}"
        if name in names:
            names.remove(name)
        names.append(name)


_MODIFIER_DEPS = frozenset(["compound", "amod", "nmod", "poss"])
_NAMED = frozenset(["PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "WORK_OF_ART"])
# The longest mention kept as an antecedent, in tokens.
MAX_PHRASE_TOKENS = 10


def _naming_phrase(noun: Token, sent: Span) -> str | None:
    """A mention of ``noun`` that names what it is ("the Kessel migrant camp", "a migrant camp near the town of
    Kessel"), without its determiner; None when nothing in it is a name."""
    doc = sent.doc
    lefts = [c for c in noun.lefts if c.dep_ in _MODIFIER_DEPS and c.tag_ != "PRP$"]  # not "its plant"
    start = min((c.left_edge.i for c in lefts), default=noun.i)
    end = noun.i + 1
    for child in noun.rights:
        if child.dep_ != "prep" or not any(t.ent_type_ in _NAMED for t in child.subtree):
            break
        end = child.right_edge.i + 1
    tokens = doc[start:end]
    if start < sent.start or end > sent.end or len(tokens) > MAX_PHRASE_TOKENS or len(tokens) < 2:
        return None
    year = any(t.ent_type_ == "DATE" and t.like_num and t.dep_ in _MODIFIER_DEPS | {"nummod"} for t in tokens)
    if not (year or any(t.ent_type_ in _NAMED for t in tokens)) or any(t.is_punct for t in tokens):
        return None  # nothing in it says which ("the 2023 law", "the Kessel camp" do)
    return tokens.text


# Nouns for people: a subject headed by one is no antecedent of "it".
PERSON_NOUNS = frozenset(
    [
        *("spokesman", "spokeswoman", "spokesperson", "official", "minister", "president", "mayor", "governor"),
        *("man", "woman", "officer", "chief", "director", "leader", "head", "resident", "witness", "lawyer"),
        *("judge", "prosecutor", "doctor", "teacher", "driver", "source", "executive", "chairman", "secretary"),
    ]
)


def _thing_subject(sent: Span) -> str | None:
    """The subject of ``sent``'s main verb when it is a single thing that is not a person, as written with "the"
    ("A report by engineers Brackley & Shaw found ..." -> "the report by engineers Brackley & Shaw")."""
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ not in ("NN", "NNP") or subject.lower_ in PERSON_NOUNS:
        return None
    if subject.ent_type_ == "PERSON" or subject.lemma_.lower() in PERSON_NOUNS:
        return None
    named = _names_in(sent.doc, subject.left_edge.i, subject.right_edge.i + 1)
    if named and named[0][0] == "body" and subject.ent_type_:
        return named[0][1]
    phrase = _naming_phrase(subject, sent)
    return f"the {phrase}" if phrase else None


def _surname_of(full: str, name: str) -> bool:
    """ "Halloran" is a later mention of "Petra Halloran"."""
    return full != name and full.split()[-1] == name.split()[-1] and len(name.split()) < len(full.split())


def _names_in(doc: Doc, start: int, end: int, before: int | None = None) -> list[tuple[str, str]]:
    """("person" | "body", written name) of the entities in tokens [start, end) (ending before ``before``)."""
    found = []
    for ent in doc_ents(doc):
        if ent.start < start or ent.end > end or (before is not None and ent.end > before):
            continue
        if ent.label_ == "PERSON":
            found.append(("person", clean_name(ent.text)))
        elif ent.label_ in _BODY_LABELS and not (ent.label_ == "NORP" and ent.root.pos_ == "ADJ"):
            name = clean_name(ent.text)
            with_the = (ent.start > 0 and doc[ent.start - 1].lower_ == "the") or ent.text.lower().startswith("the ")
            found.append(("body", f"the {name}" if with_the and ent.label_ == "ORG" else name))
    return found


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


def _earlier(antecedents: Antecedents, sent: Span, token: Token, kind: str) -> list[str]:
    """Candidate antecedents of ``token``, nearest last: the article's earlier names, then the sentence's own
    before the token."""
    known = list(antecedents.people if kind == "person" else antecedents.bodies)
    for found_kind, name in _names_in(sent.doc, sent.start, sent.end, before=token.i):
        if found_kind == kind:
            if kind == "person":
                name = next((full for full in reversed(known) if _surname_of(full, name)), name)
            known.append(name)
    return known


def _body_for(head: Token, candidates: list[str]) -> str | None:
    """The nearest earlier body a description "the <head>" stands for."""
    stem = head.lower_[:5]
    for name in reversed(candidates):
        words = name.removeprefix("the ").lower().split()
        # the name's own head: the last word before "of"/"for"/"at"/"in" ("defence ministry of Varkesh")
        own = next((i for i, w in enumerate(words) if w in ("of", "for", "at", "in")), len(words))
        if words != [head.lower_] and own and words[own - 1][:5] == stem:
            return name
    if head.lower_ in ANY_BODY_HEADS:  # the organisation named last
        return next((name for name in reversed(candidates) if name.removeprefix("the ")[:1].isupper()), None)
    return None


def _mention_edits(span: Span, sent: Span, antecedents: Antecedents) -> list[Edit]:
    """Pronouns and definite descriptions in ``span`` replaced by their antecedents, when the article named one and
    the span does not already name it before them."""
    base = span.start_char
    text = span_text(span)
    edits: list[Edit] = []
    introduced = ""  # the names earlier edits wrote in
    resolved: dict[int, str] = {}  # token index -> the name written for it
    for token in span_tokens(span):
        low = token.lower_
        before = text[: token.idx - base] + introduced
        replacement: str | None = None
        start = token.idx - base
        if (low in _PERSON_PRONOUNS and token.tag_ == "PRP") or (low in _POSSESSIVE_PERSON and token.tag_ == "PRP$"):
            people = _earlier(antecedents, sent, token, "person")
            person = people[-1] if people else None
            if person and person.split()[-1] not in before:
                replacement = f"{person}'s" if token.tag_ == "PRP$" else person
        elif low == "it" and token.i == sent.start and _refers_back(token) and antecedents.last_thing:
            replacement = antecedents.last_thing  # "It was followed by 30 aftershocks." after "The quake struck ..."
        elif low == "its" or (low == "it" and token.dep_ in ("nsubj", "nsubjpass")):
            body = _parallel_subject(token) if low == "it" else None
            if low == "it" and body is None and token.head.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
                continue
            bodies = [b for b in _earlier(antecedents, sent, token, "body") if b[:1].isupper() or b[:4] == "the "]
            speaker = _speaking_body(token, resolved) if low == "its" else None
            body = body or speaker or (bodies[-1] if bodies else None)
            if body and (body == speaker or body.removeprefix("the ") not in before):
                replacement = f"{body}'s" if low == "its" else body
        elif _bare_description(token, span):
            # a body named before ("the institute"), else the last mention that said which ("the camp")
            body = _body_for(token, _earlier(antecedents, sent, token, "body")) if low in BODY_HEADS else None
            phrase = antecedents.phrases.get(token.lemma_.lower())
            if body and body.removeprefix("the ") not in before:
                replacement = body
            elif phrase and phrase not in before:
                replacement = f"the {phrase}"
            start = token.doc[token.i - 1].idx - base
        if replacement is None:
            continue
        resolved[token.i] = replacement
        if start == 0 or text[start].isupper():
            replacement = replacement[0].upper() + replacement[1:]
        edits.append((start, token.idx - base + len(token.text), replacement))
        introduced += f" {replacement}"
    return edits


def _speaking_body(token: Token, resolved: dict[int, str]) -> str | None:
    """The body named in the subject of the attribution verb whose statement (a clause it governs) holds
    ``token`` ("Korvia said its mills ..." -> "Korvia"): in its own statement "its" is that body's."""
    verb, clause = token.head, token
    while verb.head.i != verb.i and not (verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.ATTRIBUTION_VERBS):
        verb, clause = verb.head, verb
    if verb.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS or clause.dep_ not in ("ccomp", "xcomp", "advcl"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.i in resolved:  # "It said its members ..." with "It" resolved already
        return resolved[subject.i]
    found = [
        name for kind, name in _names_in(token.doc, subject.left_edge.i, subject.right_edge.i + 1) if kind == "body"
    ]
    return found[0] if found else None


def _refers_back(it: Token) -> bool:
    """ "It" as the subject of its verb, not the placeholder of "it is unclear whether ..." / "it emerged that"."""
    verb = it.head
    if it.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in verb.children):
        return False
    return not (verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children))


def _bare_description(token: Token, span: Span) -> bool:
    """ "the camp", "this study": a common noun with only a definite determiner before it and no "of"/"in" phrase
    after it that would say which."""
    if token.tag_ not in ("NN", "NNS") or token.i <= span.start:
        return False
    if token.doc[token.i - 1].lower_ not in ("the", "this", "that") or len(list(token.lefts)) != 1:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.lower_ not in ("of", "in")


def _parallel_subject(it: Token) -> str | None:
    """ "The institute questioned 1,850 adults, and it gave a margin of error" -> the subject of the clause that
    "it"'s clause is joined to, when that subject names a body."""
    verb = it.head
    if verb.dep_ != "conj":
        return None
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    found = _names_in(it.doc, subject.left_edge.i, subject.right_edge.i + 1)
    return found[0][1] if found and found[0][0] == "body" else None


def _apply(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with non-overlapping ``edits`` applied (an edit overlapping an earlier one is skipped)."""
    out, position = [], 0
    for start, end, replacement in sorted(edits):
        if start < position:
            continue
        out.append(text[position:start])
        out.append(replacement)
        position = end
    out.append(text[position:])
    return "".join(out)


def _is_future(tokens: Sequence[Token], predicted: bool) -> bool:
    """Whether the claim's dates lie ahead: a predicted claim, or one with no verb in a past tense ("the campaign
    begins on February 2")."""
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    past = any(
        t.tag_ == "VBD" or (t.tag_ == "VBN" and any(c.lemma_ == "have" for c in t.children)) for t in verbs
    )  # "was", "fell", "has risen"; not the passive "is set for"
    return predicted or (bool(verbs) and not past)


def _time_edits(text: str, span: Span, antecedents: Antecedents, future: bool) -> list[Edit]:
    """Relative times of ``text`` (the unit's words) written out, each read forwards or backwards by the tense of
    the verb it belongs to ("expects growth in 2026, down from the forecast it made in November" -> the past
    November), else by the claim's (``future``)."""
    args = (antecedents.published_on,)
    reference = antecedents.last_event_date
    backwards = relative_time_edits(text, *args, future=False, reference=reference)
    forwards = {
        (start, end): edit for start, end, edit in relative_time_edits(text, *args, future=True, reference=reference)
    }
    tokens = span_tokens(span)
    chosen = []
    for start, end, edit in backwards:
        token = next((t for t in tokens if t.idx - span.start_char >= start), None)
        tense = _tense_of(token) if token is not None else None
        ahead = future if tense is None else tense == "future"
        chosen.append((start, end, forwards.get((start, end), edit) if ahead else edit))
    return chosen


def _tense_of(token: Token) -> str | None:
    """ "past", "future" or None (present, or no verb): the tense of the verb ``token`` belongs to."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" and a.lower_ in ("will", "shall", "'ll") for a in auxes):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return "past"
    return None


_QUOTES = ('"', "“", "”")


def _names_a_speaker(verb: Token) -> bool:
    """An attribution verb whose subject is not the quoted speaker's "I"/"we" ("We expect ...")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
        return False
    return not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we", "you") for c in verb.children)


def _with_speaker(text: str, span: Span, claimers: Sequence[str]) -> str:
    """A quotation whose speaker the sentence does not name (a quote running on from an earlier sentence) with its
    speaker written after it: '"Prices are still rising.' -> '"Prices are still rising," Eliska Varga said.'"""
    speakers = [name for name in claimers if name[:1].isupper() or " " in name]  # not a stray "result"
    if not speakers or not any(q in text for q in _QUOTES) or any(n.split()[-1] in text for n in speakers):
        return text
    if any(_names_a_speaker(t) for t in span_tokens(span)):
        return text
    body = text.rstrip()
    closing = body[-1] if body[-1] in _QUOTES else ""
    body = body.rstrip("".join(_QUOTES))
    mark = body[-1] if body[-1] in "?!" else ","
    body = body.rstrip(".?!,")
    quote = closing or ("”" if "“" in text else '"')
    return f"{body}{mark}{quote} {' and '.join(speakers)} said."


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


def standalone_text(
    unit: Unit,
    span: Span,
    sent: Span,
    referent: str | None,
    *,
    antecedents: Antecedents | None = None,
    predicted: bool = False,
    claimers: Sequence[str] = (),
) -> str:
    """The text of ``unit`` (tokens ``span`` of sentence ``sent``) made to stand alone; ``referent`` from
    ``event_referent()``, ``antecedents`` what the article named before (none: only the rewrites and the event
    referent apply). A sentence that holds one claim keeps its own words except the references resolved here."""
    text = _unit_text(unit, span, referent)
    if antecedents is not None and unit.text is None and not (referent and unit.kind in MAIN_KINDS):
        edits = _mention_edits(span, sent, antecedents)
        edits += _time_edits(text, span, antecedents, _is_future(span_tokens(span), predicted))
        text = _apply(text, edits)
        if unit.kind != UnitKind.SENTENCE:
            text = sentence_case(text)
        elif claimers:
            text = _with_speaker(text, span, claimers)
    if unit.kind == UnitKind.CLAUSE and not any(t.ent_type_ in ("DATE", "TIME") for t in span_tokens(span)):
        lead = _date_lead(sent)
        if lead:
            text = f"{lead}, {text[0].lower()}{text[1:]}"
    return text
