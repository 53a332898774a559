"""Units: the parts of a sentence that become claims (sub-sentence clauses, or the whole sentence), as token
ranges with the words of any rewrite ("the recent seizure of X by Y" -> "Y recently seized X"). ``standalone``
makes their text stand alone."""

import enum
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon
from claims.extraction.claim_types import ClaimType
from claims.extraction.doccache import children_of, span_tokens, text_of, token_attrs, tokens_of
from claims.extraction.mentions import names, party_entities, subtree_bounds

# The fewest tokens a claim has: shorter sentences and shorter main clauses left after the units hold none.
MIN_TOKENS = 4
# ... except a sentence of a subject, a finite verb and what it says of it: "Tomas was unarmed.", "Nobody was hurt."
MIN_CLAUSE_TOKENS = 3


def long_enough(sent: Span) -> bool:
    """Whether a sentence has words enough to hold a claim: ``MIN_TOKENS``, or ``MIN_CLAUSE_TOKENS`` when they make a
    clause of their own (a byline's "By Ilse Marten" does not)."""
    words = sum(token_attrs(t).word for t in span_tokens(sent))
    if words >= MIN_TOKENS:
        return True
    root = sent.root
    return (
        words >= MIN_CLAUSE_TOKENS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(root))
        and any(token_attrs(t).tag in ("VBD", "VBZ", "VBP", "MD") for t in span_tokens(sent))
        and not any(token_attrs(t).lower == "?" for t in span_tokens(sent))  # ("Who will pay?")
        # (not a speech tag the splitter cut from its quotation: '"Who will pay?" | a shopkeeper asked.')
        and (token_attrs(root).lemma not in lexicon.CLAIMER_VERBS or any(c.dep_ == "dobj" for c in children_of(root)))
    )


class UnitKind(enum.Enum):
    SENTENCE = enum.auto()  # the whole sentence: it holds one claim
    MAIN = enum.auto()  # the main clause, left when the units below are taken out
    CLAUSE = enum.auto()  # "as/after/when/while X did Y", an event or a statement of its own
    ABSOLUTE = enum.auto()  # "With X yet to be confirmed, ..."
    WITH_CLAUSE = enum.auto()  # "..., with X doing Y"
    CONTROL = enum.auto()  # "X now under control of Y"
    NOMINAL = enum.auto()  # "the recent seizure of X by Y"
    ACCUSATION = enum.auto()  # "accusations against X for Y"


# Kinds that hold the sentence's own statement (its subject, its date).
MAIN_KINDS = frozenset({UnitKind.MAIN, UnitKind.SENTENCE})


@dataclass
class Unit:
    start: int  # token index in the doc
    end: int
    kind: UnitKind
    text: str | None = None  # rewritten text (``standalone`` sentence-cases it); None -> the span text
    forced_type: ClaimType | None = None
    actors: list[str] = field(default_factory=list)
    event_description: str | None = None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading/trailing punctuation, spaces and conjunctions from a token range."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "cc"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        if doc[end - 1].tag_ == "''" and any(t.tag_ == "``" for t in tokens_of(doc, start, end - 1)):
            break  # keep a closing quote whose opening quote is inside
        end -= 1
    return start, end


def _control_unit(sent: Span) -> tuple[Unit, int] | None:
    """ "the former MINUSMA base now under control of the CSP" -> a control claim; returns the unit and the index
    of the first token of the control phrase (so an enclosing clause can stop before it)."""
    doc = sent.doc
    for token in span_tokens(sent):
        if token_attrs(token).lower != "control" or token.head.lower_ != "under":
            continue
        of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        if holder is None:
            continue
        under = token.head
        attach = under.head
        thing: Token | None = attach
        if attach.pos_ not in ("NOUN", "PROPN"):
            thing = next((c for c in children_of(attach) if c.dep_ in ("dobj", "nsubjpass", "nsubj")), None)
        if thing is None:
            continue
        phrase_start = under.i
        if phrase_start > 0 and doc[phrase_start - 1].lower_ in ("now", "still", "currently"):
            phrase_start -= 1
        start = thing.left_edge.i
        end = holder.right_edge.i + 1
        thing_text = text_of(doc, thing.left_edge.i, thing.i + 1)
        verb = "are" if thing.tag_ in ("NNS", "NNPS") else "is"
        text = f"{thing_text} {verb} {text_of(doc, phrase_start, end)}"
        return Unit(start=start, end=end, kind=UnitKind.CONTROL, text=text, forced_type=ClaimType.CONTROL), phrase_start
    return None


def _with_absolute_opener(sent: Span) -> tuple[Unit, int] | None:
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
    rest = text_of(doc, subject.i + 1, comma.i)
    verb = "are" if subject.tag_ in ("NNS", "NNPS") else "is"
    unit = Unit(start=first.i + 1, end=comma.i, kind=UnitKind.ABSOLUTE)
    unit.text = f"{text_of(doc, first.i + 1, subject.i + 1)}\x00{verb} {rest}"  # standalone adds the referent at \x00
    return unit, comma.i + 1


def _with_trailing(sent: Span) -> tuple[Unit, int] | None:
    """ "..., with yesterday's drone strikes underscoring X" -> "Yesterday's drone strikes underscore X"."""
    doc = sent.doc
    for token in span_tokens(sent):
        if token_attrs(token).lower != "with" or token.i == sent.start or doc[token.i - 1].text != ",":
            continue
        obj = next((c for c in children_of(token) if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        verb = next((c for c in children_of(obj) if c.dep_ == "acl" and c.tag_ == "VBG"), None)
        if verb is None:
            continue
        start, end = _trim(doc, obj.left_edge.i, token.right_edge.i + 1)
        lemma = verb.lemma_
        finite = (
            lemma
            if obj.tag_ in ("NNS", "NNPS")
            else (lemma + "es" if lemma.endswith(("s", "sh", "ch")) else lemma + "s")
        )
        text = f"{text_of(doc, obj.left_edge.i, obj.i + 1)} {finite} {text_of(doc, verb.i + 1, end)}"
        return Unit(start=start, end=end, kind=UnitKind.WITH_CLAUSE, text=text), token.i - 1
    return None


def _as_clause(sent: Span, stop: int | None) -> tuple[Unit, int] | None:
    """ "X became the focal point as drones, operated by A, targeted B" -> the event "drones ... targeted B". Only
    a clause that holds a claim of its own is taken out: an event with an event noun (a strike, an attack, a
    seizure) or a speaker of its own ("..., the ministry said, as aid groups warned that ..."). Any other clause is
    the circumstance of the main claim and stays with it: "closed three wards after 14 patients were infected",
    "fell 4.2 percent, while energy costs fell for a third month" are one claim each, and neither half reads on its
    own."""
    doc = sent.doc
    for token in span_tokens(sent):
        if token_attrs(token).lower not in ("as", "after", "when", "while") or token.i == sent.start:
            continue
        if token.lower_ == "as" and token.dep_ in ("advmod", "quantmod"):
            continue  # a degree, not a clause: "twice as likely to report ...", "as many as 40 people"
        if doc[token.i - 1].lower_ == "only":
            continue  # "learned of the search only when a detective quoted ...": the main clause needs the other
        gerund = token.i + 1 < sent.end and doc[token.i + 1].tag_ == "VBG"
        if gerund or any(c.dep_ == "pcomp" for c in children_of(token)):
            continue  # "voted to strike after rejecting a pay offer, their union said": no clause of its own
        # The finite verb the conjunction introduces; the parser sometimes reads "as" as a preposition ("as drones,
        # operated by A, targeted B"), so else the next finite verb. A split that cuts a quotation or an aside ("used
        # as a weapon of war," X said) is undone by ``_split_is_sound``. A first verb right after "and" ("accused
        # them of using civilians as human shields and said ...") is coordinated with the main clause: this "as"
        # is a preposition with no clause of its own.
        verb = None
        for candidate in tokens_of(doc, token.i + 1, sent.end):
            if candidate.tag_ in ("VBD", "VBZ", "VBP") and candidate.pos_ == "VERB":
                # "... after rejecting ... and said", or a clause joined to a verb by "but" after the conjunction's
                # own object ("captured the base after three days of fighting, but the army denied ...")
                coordinated = doc[candidate.i - 1].tag_ == "CC" or any(
                    t.dep_ == "cc" and t.head.pos_ in ("VERB", "AUX") for t in tokens_of(doc, token.i + 1, candidate.i)
                )
                # "... after a spring drought, the union said": the sentence's own speech tag is no verb of the
                # conjunction's, whose object the parser found
                tag = candidate.dep_ == "ROOT" and _speech_tag_after(token, candidate)
                if (
                    not coordinated
                    and not tag
                    and (candidate.dep_ in ("conj", "advcl", "ROOT") or candidate.head == token)
                ):
                    verb = candidate
                break
        if verb is None:
            continue
        if any(t.dep_ == "mark" for t in tokens_of(doc, token.i + 1, verb.i)):
            continue  # "arrested two days after the killing, after officers traced ...": the verb is the later one's
        if verb.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "only" for c in children_of(verb.head)):
            continue  # "clubs would only act when they faced points deductions": the main clause needs the other
        if token.lower_ == "as" and _elided_object(verb):
            continue  # "failed to consult residents as the law requires": a manner, no claim of its own
        end = verb.i + 1
        for child in verb.rights:
            if stop is not None and child.i >= stop:
                break
            if child.dep_ in ("punct", "cc", "conj"):
                break
            end = child.right_edge.i + 1
        if end < sent.end and doc[end].lower_ in ("a.m.", "p.m.") and (stop is None or end < stop):
            end += 1  # "began at 5.20 a.m.": the parser hangs the abbreviation, full stop and all, on the root
        if stop is not None:
            end = min(end, stop)
        start, end = _trim(doc, token.i + 1, end)
        if end - start < 3:
            continue
        subject_tokens = doc[start : verb.i]
        actors = names(party_entities(doc, start, verb.i))
        description = _event_description(verb, subject_tokens, actors)
        if description is None and not _has_a_speaker_of_its_own(doc, start, end):
            continue  # the circumstance of the main claim ("closed three wards after 14 patients were infected")
        # the main clause ends before what measures the conjunction too: "even as", "shortly after", "two days
        # after" ("... to justify a cut even" had been left behind)
        cut = token.i
        while cut - 1 > sent.start and (
            doc[cut - 1].lower_ in _CONJUNCTION_MODIFIERS
            or (
                doc[cut - 1].lemma_.lower() in _SPANS_OF_TIME
                and (doc[cut - 2].like_num or doc[cut - 2].lower_ in ("a", "an", "several", "few"))
                and (cut - 3 < sent.start or doc[cut - 3].pos_ != "ADP")  # "closed for six hours while ..."
            )
        ):
            # ("a week after", "two days after", "a few days after")
            cut -= 2 if doc[cut - 1].lemma_.lower() in _SPANS_OF_TIME else 1
            if doc[cut - 1].lower_ == "a" and doc[cut].lower_ == "few":
                cut -= 1
        return (
            Unit(start=start, end=end, kind=UnitKind.CLAUSE, actors=actors, event_description=description),
            cut,
        )
    return None


def _second_speaker(sent: Span, stop: int | None) -> tuple[Unit, int] | None:
    """ "The rebels said they had taken the base, but the army denied that it had fallen": a second party's
    statement joined to the first's is a claim of its own, with its own claimer and hedge; returns it and where
    the first ends. Not one whose speaker is a pronoun ("and it warned"), which only the first clause resolves."""
    root = sent.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
        return None
    if not any(c.dep_ == "nsubj" and c.i < root.i for c in children_of(root)):
        return None  # (a party that speaks: not "More rain is forecast for Thursday, and the agency has told ...")
    for conj in (c for c in children_of(root) if c.dep_ == "conj" and c.pos_ == "VERB"):
        if conj.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS or (stop is not None and conj.i >= stop):
            continue
        subject = next((c for c in children_of(conj) if c.dep_ == "nsubj" and c.i < conj.i), None)
        if subject is not None and subject.pos_ == "PRON":
            continue  # "..., and it warned that ...": the same speaker, whose pronoun needs the first clause
        says = any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in children_of(conj))
        cc = next((c for c in children_of(root) if c.dep_ == "cc" and root.i < c.i < conj.i), None)
        if subject is None or not says or cc is None or subject.i < cc.i:
            continue
        start, end = _trim(sent.doc, cc.i + 1, sent.end)
        if end - start < MIN_TOKENS:
            return None
        return Unit(start=start, end=end, kind=UnitKind.CLAUSE), cc.i
    return None


def _has_a_speaker_of_its_own(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) hold a speech verb with its own subject and reported clause ("as aid groups
    warned that ..."), not the sentence's closing tag ("..., the coastguard said")."""
    return any(
        token.dep_ != "ROOT"
        and token_attrs(token).lemma in lexicon.ATTRIBUTION_VERBS
        and any(c.dep_ in _SUBJECT_DEPS for c in children_of(token))
        and any(c.dep_ == "ccomp" for c in children_of(token))
        for token in tokens_of(doc, start, end)
    )


def _speech_tag_after(conjunction: Token, root: Token) -> bool:
    """Whether ``root`` is the speech verb of a tag closing the sentence after a comma, and ``conjunction`` a
    preposition with an object of its own ("expect their worst harvest after a spring drought, the union said", "as
    normal")."""
    # (or a word of its own the parser hung on it: "continued as normal, a hospital spokesman said")
    has_object = any(c.dep_ in ("pobj", "amod", "acomp", "advmod") for c in children_of(conjunction))
    after_comma = any(t.text == "," for t in tokens_of(root.doc, conjunction.i, root.i))
    return has_object and after_comma and root.lemma_.lower() in lexicon.ATTRIBUTION_VERBS


def _elided_object(verb: Token) -> bool:
    """ "as the law requires", "as expected", "as the minister had promised": a verb that takes what it requires,
    expects or says, with that left to the main clause."""
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.CLAIMER_VERBS and lemma not in _EXPECTING_VERBS:
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "prep") for c in children_of(verb))


# Verbs of wanting and planning that an "as" clause uses without their object ("as planned", "as the law requires").
_EXPECTING_VERBS = frozenset(
    [
        *("require", "demand", "expect", "promise", "plan", "intend", "request", "allow", "permit", "want", "hope"),
        *("anticipate", "propose", "recommend", "order", "direct", "stipulate", "schedule", "agree", "predict"),
    ]
)
_CONJUNCTION_MODIFIERS = frozenset(["even", "just", "shortly", "soon", "long", "right"])
_SPANS_OF_TIME = frozenset(["minute", "hour", "day", "week", "month", "year"])


def _event_description(verb: Token, subject_tokens: Span, actors: list[str]) -> str | None:
    """ "drones operated by A and B targeted the base" -> "the drone strike by A and B on the base"."""
    noun = lexicon.VERB_TO_EVENT_NOUN.get(verb.lemma_.lower())
    if noun is None:
        return None
    instrument = next((t.lemma_.lower() for t in subject_tokens if t.lemma_.lower() in lexicon.INSTRUMENT_NOUNS), None)
    phrase = f"the {instrument} {noun}" if instrument else f"the {noun}"
    ents = [e for e in party_entities(verb.doc, subject_tokens.start, subject_tokens.end)]
    if ents:
        phrase += " by " + " and ".join(e.text for e in ents)
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if obj is not None:
        phrase += " on " + text_of(verb.doc, obj.left_edge.i, obj.i + 1)
    return phrase


def _nominal_event(sent: Span) -> Unit | None:
    """ "The recent seizure of the base by the CSP has ..." -> "The CSP recently seized the base"."""
    doc = sent.doc
    for token in span_tokens(sent):
        a = token_attrs(token)
        verb = lexicon.NOMINAL_TO_VERB.get(a.lemma)
        if verb is None or a.dep not in ("nsubj", "nsubjpass"):
            continue
        of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
        by = next((c for c in children_of(token) if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
        thing = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        agent = next((c for c in children_of(by) if c.dep_ == "pobj"), None) if by is not None else None
        if thing is None or agent is None:
            continue
        recently = " recently" if any(c.lower_ == "recent" for c in children_of(token)) else ""
        agent_text = text_of(doc, agent.left_edge.i, agent.right_edge.i + 1)
        thing_text = text_of(doc, thing.left_edge.i, thing.right_edge.i + 1)
        start, end = subtree_bounds(token)
        actors = names(party_entities(doc, agent.left_edge.i, agent.right_edge.i + 1))
        return Unit(
            start=start,
            end=end,
            kind=UnitKind.NOMINAL,
            text=f"{agent_text}{recently} {verb} {thing_text}",
            forced_type=ClaimType.EVENT,
            actors=actors,
        )
    return None


def _nominal_accusation(sent: Span) -> Unit | None:
    """ "... amidst tensions and accusations against X for Y." -> "There are accusations against X for Y"."""
    doc = sent.doc
    for token in span_tokens(sent):
        a = token_attrs(token)
        if a.lemma not in ("accusation", "allegation") or a.dep == "nsubj":
            continue
        following = sent.doc[token.i + 1] if token.i + 1 < sent.end else None
        if following is None or following.lower_ != "against":
            continue
        start, end = _trim(doc, token.i, sent.end)
        det = "are" if token.tag_ == "NNS" else "is"
        text = f"there {det} {text_of(doc, start, end)}"
        return Unit(start=start, end=end, kind=UnitKind.ACCUSATION, text=text, forced_type=ClaimType.ACCUSATION)
    return None


def sentence_units(sent: Span) -> list[Unit]:
    """The claims one sentence holds, as token ranges (the whole sentence when it holds one)."""
    doc = sent.doc
    accusation = _nominal_accusation(sent)
    if accusation is not None:
        return [accusation]
    units: list[Unit] = []
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
    clause = _as_clause(sent, stop) or _second_speaker(sent, stop)
    if clause is not None and clause[0].start >= main_start:
        units.append(clause[0])
        main_end = min(main_end, clause[1])
    nominal = _nominal_event(sent)
    if nominal is not None:
        units.append(nominal)
    if units:
        start, end = _trim(doc, main_start, main_end)
        if end - start >= MIN_TOKENS:
            units.append(Unit(start=start, end=end, kind=UnitKind.MAIN))
    units = _within_sentence(sent, units)
    if not units or not _split_is_sound(sent, units):
        return [Unit(start=sent.start, end=sent.end, kind=UnitKind.SENTENCE)]
    return units


# --- when a split is sound ----------------------------------------------------------------------------------------

# Tags of finite verbs and modals; dependency labels of subjects.
_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD"])
_SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass", "csubj", "csubjpass", "expl"])
_DASHES = frozenset(["-", "–", "—", "--"])
_PAIRS = {"(": ")", "[": "]", "“": "”", "«": "»"}


def _enclosed_regions(sent: Span) -> list[tuple[int, int]]:
    """Token ranges [open, close] a split must not cut into: quotations, parentheses and dash asides
    ("In May - four months after X - the office said"). An opening mark without its closing one encloses the rest
    of the sentence (a quote running on into the next), a closing one without its opening one all before it."""
    regions: list[tuple[int, int]] = []
    tokens = span_tokens(sent)
    first, last = sent.start, sent.end - 1
    straight: int | None = None
    dash: int | None = None
    opened: list[tuple[str, int]] = []
    for token in tokens:
        text = token.text
        if text == '"':
            if straight is None:
                straight = token.i
            else:
                regions.append((straight, token.i))
                straight = None
            continue
        if text in _PAIRS:
            opened.append((_PAIRS[text], token.i))
        elif text in _PAIRS.values():
            match = next((k for k in range(len(opened) - 1, -1, -1) if opened[k][0] == text), None)
            if match is None:
                regions.append((first, token.i))
            else:
                regions.append((opened[match][1], token.i))
                del opened[match:]
        elif text in _DASHES and token.i > first and (text != "-" or _spaced(token)):
            if dash is None:
                dash = token.i
            else:
                regions.append((dash, token.i))
                dash = None
    regions.extend((i, last) for _, i in opened)
    if straight is not None:
        # A lone straight quote: a quote opening at the start of the sentence or running in from the last one.
        regions.append((straight, last) if straight == first else (first, straight))
    if dash is not None:
        regions.append((dash, last))
    return regions


def _spaced(token: Token) -> bool:
    """A dash with space on both sides (" - "), not the hyphen of "ex-MINUSMA"."""
    return bool(token.whitespace_) and bool(token.doc[token.i - 1].whitespace_)


def _has_subject_and_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) hold a finite verb and a subject: a subject of a verb inside them, or (the
    parser misreads some: "as drones, operated by A, targeted B") a noun or pronoun before the first finite verb."""
    tokens = doc[start:end]
    verb = next((t for t in tokens if t.tag_ in _FINITE_TAGS), None)
    if verb is None:
        return False
    if any(t.dep_ in _SUBJECT_DEPS and start <= t.head.i < end for t in tokens):
        return True
    return any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in tokens_of(doc, start, verb.i))


def _is_quantity(token: Token) -> bool:
    """A checkable number: not a date, a time, an ordinal or "one"."""
    return (
        (token.like_num or token.tag_ == "CD")
        and token.ent_type_ not in ("DATE", "TIME", "ORDINAL")
        and token.lower_ not in ("one", "1")
    )


def _split_is_sound(sent: Span, units: list[Unit]) -> bool:
    """A sentence split into several claims keeps its meaning: no claim taken from the sentence's own words is a
    fragment without a subject and a finite verb, none starts or ends inside a quotation, parenthesis or dash
    aside, and every quantity and every stating verb of the sentence lands in a claim. Otherwise the sentence stays
    whole."""
    doc = sent.doc
    if len(units) == 1 and units[0].kind == UnitKind.SENTENCE:
        return True
    regions = _enclosed_regions(sent)
    for unit in units:
        if unit.text is None and not _has_subject_and_verb(doc, unit.start, unit.end):
            return False
        if unit.kind == UnitKind.CLAUSE and unit.text is None and not _clause_has_its_own_verb(doc, unit):
            return False
        for open_i, close_i in regions:
            contains = unit.start <= open_i and close_i <= unit.end - 1
            disjoint = unit.end - 1 < open_i or close_i < unit.start
            if not (contains or disjoint):
                return False
    covered: set[int] = set()
    for unit in units:
        covered.update(range(unit.start, unit.end))
    return all(t.i in covered for t in span_tokens(sent) if _is_quantity(t) or _is_statement_verb(t))


def _clause_has_its_own_verb(doc: Doc, unit: Unit) -> bool:
    """Whether a clause taken out of its sentence has a finite verb or a subject of its own: "while helping to draft
    the law" has neither, whatever speech tag of the sentence its span runs on into ("..., the Herald reported")."""
    roots = [
        t for t in tokens_of(doc, unit.start, unit.end) if t.dep_ == "advcl" and not unit.start <= t.head.i < unit.end
    ]
    return not roots or any(
        root.tag_ in _FINITE_TAGS or any(c.dep_ in _SUBJECT_DEPS for c in children_of(root)) for root in roots
    )


def _is_statement_verb(token: Token) -> bool:
    """A verb with a subject of its own that states something ("and spending will rise", "power was restored"): a
    claim must keep it. Attribution verbs ("aid workers said") are exempt: the claimer is a field of its own."""
    return (
        token.pos_ == "VERB"
        and token.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS
        and any(c.dep_ in _SUBJECT_DEPS for c in children_of(token))
    )


def _within_sentence(sent: Span, units: list[Unit]) -> list[Unit]:
    """The units cut to the sentence's tokens, empty ones dropped: every claim span lies inside its sentence.

    The rules follow the parse tree, and a subtree can reach past the sentence (spaCy parses a sentence that
    ``sentences`` splits again at a paragraph break as one). A cut unit is trimmed again and loses its rewrite,
    which was built from words outside the sentence; it keeps its kind and type.
    """
    doc = sent.doc
    kept: list[Unit] = []
    for unit in units:
        start, end = max(unit.start, sent.start), min(unit.end, sent.end)
        if (start, end) != (unit.start, unit.end):
            start, end = _trim(doc, start, end)
            unit.text = None
        if start >= end:
            continue
        unit.start, unit.end = start, end
        kept.append(unit)
    return kept
