"""Attribution: who a sentence attributes its statement to.

Sentence level (``attribution``): the sources of every attribution form news uses, read off spaCy's parse:
- verbs of saying, believing, finding and demanding (``lexicon.CLAIMER_VERBS``) and their subject ("X said",
  "X found", "X called on Y"); a passive's agent ("was told by X"); a participle or a conjoined verb takes the
  subject of the verb it hangs on ("X attacked Y, saying ..."); a relative clause its antecedent ("X, who said");
- "according to X" (and "according to X's report", "according to a report by X");
- nominal cues: "X's statement that ...", "a report by X", "in a statement, X ...";
- colon quotes ("Said X: ...", "X wrote: ...") and a quote followed by the speaker's bare name;
- named parties inside the subject ("groups, including HRW and Amnesty"), appositions ("a spokesperson, Tomas
  Vell"), and pronouns resolved to a compatible named person earlier in the sentence.
Datelines ("LONDON (Reuters) -") and bylines are never sources.

Article level (``resolve_claimers``, over each sentence's ``SentenceContext``, so that an article's sentences and the
rows of one article in ``extract_sentences`` are read the same way): quotations that run over several sentences keep
their speaker (named in them, in a speech tag or signature right after, before their colon, or in the quotation
just before); pronoun speakers resolve to the nearest compatible party named before; a sentence the splitter cut
before its verb of saying takes the name the sentence before ends with; a headline's "Name: ..." names its speaker
when the article names that party.
"""

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon
from claims.extraction.dates import MONTHS, WEEKDAYS
from claims.extraction.doccache import (
    children_of,
    doc_ents,
    doc_text,
    ents_within,
    span_text,
    span_tokens,
    text_of,
    token_attrs,
    tokens_of,
)
from claims.extraction.mentions import (
    accused_parties,
    clean_name,
    entity_name,
    leading_title,
    names,
    np_name,
    party_entities,
    subtree_bounds,
    unique,
)
from claims.extraction.sentences import sentences
from claims.extraction.text import DATELINE

_LISTING_PREPS = frozenset(["including", "like", "as", "such"])
_DOCUMENT_NOUNS = frozenset(["report", "study", "survey", "poll", "analysis", "assessment"])
_RELATIVE_PRONOUNS = frozenset(["who", "which", "that", "whom"])
# Subjects that are never a source: first and second person, expletives, demonstratives, quantifiers.
_NON_SOURCES = frozenset(
    ["i", "me", "we", "us", "you", "this", "that", "these", "those", "one", "there", "each", "all", "both"]
)
# Pronouns resolved to a named party: number and gender each needs.
PERSON_PRONOUNS = {"he": "male", "him": "male", "she": "female", "her": "female"}
PARTY_PRONOUNS = frozenset(["it", "they", "them"])
# What "the group" or "the organisation" as a subject leaves open: one body named before ("the groups": bodies),
# never people or a thing.
_BODY_ANAPHORS = frozenset(["the group", "the groups"])
# A byline names someone: two capitalised words or an agency's initials ("By Priya Castellan", "Editing by Paul
# Wren", "By AFP"); "By midday, the queue ..." and "By Tuesday, police said ..." are no bylines.
_BYLINE = re.compile(
    r"^\s*\(?\s*(?i:by|(?:additional )?reporting by|writing by|editing by|compiled by)\s+"
    r"(?:[A-Z][\w.'’-]*\s+[A-Z]|[A-Z]{2,}\b)"
    r"|(?i:\bcontributed (?:reporting|research|to this (?:report|article))\b)"
    r"|(?i:^[^.;]{0,60}\breported from\b)",
)
# "― Ana Ruiz" (or "― Ana Ruiz, a nurse") on a line of its own or before the next quotation: who said the one before
_SIGNATURE = re.compile(
    r"^\s*[―—–][\s\u00a0]*([A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*){0,5})(?:,[^\n“\"]{1,60})?\.?\s*(?:\n|$|(?=[“\"]))"
)
_CONTINUATION = re.compile(r"[\s\u00a0]*[a-z,;]")
_CUE_POS = frozenset(["VERB", "AUX", "NOUN", "PROPN", "PUNCT"])
_ANY_QUOTE = re.compile(r"[\"“”‘«»]|''|``")
_QUOTE_OR_BREAK = re.compile(r"[\"“”«»\n]|''|``")
_OPEN_QUOTES = frozenset(["“", "‘", "«"])
_CLOSE_QUOTES = frozenset(["”", "’", "»"])


@dataclass
class Attribution:
    claimers: list[str]
    unresolved: bool  # the sentence attributes to a pronoun we could not resolve within the sentence
    verb: Token | None
    subjects: list[tuple[int, int]] = field(default_factory=list)  # token ranges of the claimer phrases
    pronoun: str = ""  # that pronoun, lower-case ("he", "they"), for resolution against the article
    sources: list[str] = field(default_factory=list)  # the claimers and the sources of embedded clauses
    source_subjects: list[tuple[int, int]] = field(default_factory=list)  # token ranges of the embedded ones
    body_start: int = 0  # the sentence's first token after any dateline or byline
    quoted: set[int] = field(default_factory=set)  # its tokens inside quotation marks
    # every word of the sentence lies inside one quotation, which may run over several sentences (its tokens are
    # then all in ``quoted``; set by ``article_claimers``, which reads the quote marks of the whole article)
    in_quotation: bool = False


def inside_quotation(attributed: Attribution | None, token_index: int) -> bool:
    """Whether token ``token_index`` of the sentence ``attributed`` describes lies inside a quotation: between its
    own quote marks, before a closing mark that has no opening one, or anywhere in a sentence wholly inside a
    quotation that runs over several sentences (known once ``article_claimers`` has read the article)."""
    return attributed is not None and (attributed.in_quotation or token_index in attributed.quoted)


def dateline_end(sent: Span) -> int:
    """Token index where a dateline or byline opening ``sent`` ends ("LONDON (Reuters) -", "London (The Muslim
    News):", "By Jane Roe"), else ``sent.start``. Nothing in it is ever a source."""
    text = span_text(sent)
    signature = _SIGNATURE.match(text)
    if signature is not None:  # "― Name" closing the quotation before this sentence
        span = sent.doc.char_span(sent.start_char, sent.start_char + signature.end(), alignment_mode="expand")
        return span.end if span is not None else sent.start
    match = DATELINE.match(text)
    if match is None:
        if _BYLINE.search(text) and len(sent) <= 25:
            return sent.end
        return sent.start
    span = sent.doc.char_span(sent.start_char, sent.start_char + match.end(), alignment_mode="expand")
    return span.end if span is not None else sent.start


def _earlier_person(token: Token, sent: Span, lower: str, exclude: tuple[int, int], quoted: set[int]) -> list[str]:
    """ "he"/"she" -> the nearest person named before it in the sentence, outside quotes and outside its own
    phrase; "it"/"they"/"the group" -> the nearest organisation, place or group named before it."""
    labels = {"PERSON"} if lower in PERSON_PRONOUNS else {"ORG", "GPE", "NORP"}
    found = ""
    for ent in party_entities(sent.doc, sent.start, token.i):
        if exclude[0] <= ent.start < exclude[1] or ent.start in quoted:
            continue
        full = _person_named_before(ent) if lower in PERSON_PRONOUNS and ent.label_ not in labels else None
        if ent.label_ not in labels and full is None:
            continue
        if lower in PERSON_PRONOUNS and not gender_fits(ent, PERSON_PRONOUNS[lower]):
            continue
        if not _in_subject(ent.root):
            continue
        found = full or clean_name(ent.text)
    return [found] if found else []


def _person_named_before(ent: Span) -> str | None:
    """The person named earlier in the article whose surname a one-word name the tagger typed otherwise is ("Oskar
    Brandt" ... "Brandt's office said he ..."), in full."""
    if len(ent) != 1 or ent.label_ == "PERSON":
        return None
    named = _person_with_surname(ent.doc, ent.text, ent.start)
    return clean_name(named.text) if named is not None else None


def _person_with_surname(doc: Doc, surname: str, before: int) -> Span | None:
    """The person named in full before token ``before`` whose surname is ``surname``; of two who share it, the one
    named first (a story gives the one it is about the surname, and calls a relative by the given name)."""
    named = [
        other
        for other in ents_within(doc, 0, before)
        if other.label_ == "PERSON" and len(other) > 1 and other[-1].text == surname
    ]
    if len({clean_name(n.text) for n in named}) > 1:
        return named[0]
    return named[-1] if named else None


def _in_subject(token: Token) -> bool:
    """Whether a token is, or is named inside, the subject of a clause (the antecedents a pronoun prefers), or the
    agent of a passive one, who did what it says ("The case was brought by journalist Teodor Lanz")."""
    for _ in range(4):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        if token.dep_ == "pobj" and token.head.dep_ == "agent":
            return True
        if token.dep_ not in ("compound", "appos", "conj", "poss") or token.head.i == token.i:
            return False
        token = token.head
    return False


def gender_fits(ent: Span, gender: str) -> bool:
    """Whether a person entity can be "he" (male) or "she" (female): its title ("Mr", "Ms", "Sen."), else its
    first name, when either says; unknown names fit both."""
    doc = ent.doc
    words = [t.lower_.rstrip(".") for t in tokens_of(doc, max(0, ent.start - 1), ent.end)]
    for word in words:
        if word in lexicon.MALE_TITLES:
            return gender == "male"
        if word in lexicon.FEMALE_TITLES:
            return gender == "female"
    first = doc[ent.start].lower_
    # (a one-word name may be a surname, which no ending tells: "Costa", "Sharma")
    listed = first in lexicon.MALE_NAMES or first in lexicon.FEMALE_NAMES
    said = lexicon.given_name_gender(first) if len(ent) > 1 or listed else ""
    return not said or said == gender


def _misattached_appos(ent: Span) -> bool:
    """A name the parser set beside the object of a person noun's "for"/"of" rather than beside the person noun
    ("A spokesman for the movement, Jean-Baptiste Nkosi"): a name, set off by commas, for the person."""
    root = ent.root
    if root.dep_ != "appos" or root.head.dep_ != "pobj" or root.head.head.lower_ not in ("for", "of"):
        return False
    person = root.head.head.head
    comma_before = ent.start > 0 and ent.doc[ent.start - 1].text == ","
    return comma_before and person.lemma_.lower() in lexicon.PERSON_NOUNS and person.tag_ == "NN"


def _names_the_subject(ent: Span, subject: Token) -> bool:
    """Whether an entity inside a subject names the party itself ("Border Watch and X", "groups, including X",
    "a spokesperson, Tomas Vell") rather than something about it ("police in Lagos", "the report of X")."""
    token = ent.root
    if _misattached_appos(ent) and token.head.head.head.i == subject.i:
        return True  # "A spokesman for the movement, Jean-Baptiste Nkosi": the name is the spokesman's
    while token.i != subject.i:
        if any(c.lower_ == "whose" for c in children_of(token)):
            return False  # "Sandra Holt, whose daughter Emma ...": someone else
        if token.dep_ in ("conj", "appos", "cc"):
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ in _LISTING_PREPS:
            token = token.head.head
        else:
            return False
    return True


def _party_from_subject(subject: Token, sent: Span, quoted: set[int]) -> tuple[list[str], str]:
    """Names of the party a subject denotes, and the pronoun it was when it could not be resolved in the
    sentence ("he", "they", "the group" as "they")."""
    start, end = subtree_bounds(subject)
    ents = [e for e in party_entities(sent.doc, start, end) if _names_the_subject(e, subject)]
    if ents:
        return names(ents), ""
    beside = _name_set_beside(subject, sent)
    if beside is not None:
        return [clean_name(beside.text)], ""
    untagged = _untagged_name_beside(subject) or _body_named_after_kind(subject) or name_it_goes_by(subject)
    if untagged is not None:
        return [untagged], ""
    lower = subject.lower_
    if any(c.dep_ in ("prep", "amod", "acl", "relcl") and c.i > subject.i for c in children_of(subject)) and (
        lower in _NON_SOURCES or subject.pos_ in ("NUM", "PRON", "ADJ", "DET")
    ):
        return [np_name(subject)], ""  # "many of his supporters", "those close to him", "one of the doctors"
    if lower in _NON_SOURCES:
        return [], ""
    if lower in lexicon.INDEFINITE_SOURCES:
        return [subject.text], ""  # "someone asked", "some note that", "others disagree"
    if lower == "it" and (body := body_it_reports(subject)) is not None:
        return _party_from_subject(body, sent, quoted)  # "The watchdog has fined Quanta ..., it said"
    if lower in PERSON_PRONOUNS or lower in PARTY_PRONOUNS:
        resolved = _earlier_person(subject, sent, lower, (start, end), quoted)
        return resolved, "" if resolved else ("they" if lower == "them" else lower)
    if subject.pos_ == "PRON" or lower in lexicon.PRONOUNS:
        return [], ""
    if (
        lower in lexicon.GROUP_ANAPHORS
        and any(c.lower_ in ("the", "this", "these") for c in subject.lefts)
        # (not one its own words name: "The Green Alliance group on the council said", "the campaign group")
        and not any(c.dep_ in ("compound", "amod", "nmod") for c in subject.lefts)
    ):
        resolved = _earlier_person(subject, sent, "they", (start, end), quoted)
        return resolved, "" if resolved else ("the groups" if lower.endswith("s") else "the group")
    if subject.pos_ not in ("NOUN", "PROPN"):
        return [], ""
    if subject.lemma_.lower() in lexicon.STATEMENT_NOUNS:
        source = _nominal_source(subject)
        if source is None and subject.dep_ == "dobj":
            source = _verb_source(subject.head)  # "X issued a statement calling ..." -> X
        if source is not None and source.i != subject.i:
            return _party_from_subject(source, sent, quoted)
    publisher = _publisher(subject, _PUBLISHING) if not _may_speak(subject) else None
    if publisher is not None:
        return _party_from_subject(publisher, sent, quoted)  # "Test results published by the agency showed ..."
    return [np_name(subject)], ""


def body_it_reports(it: Token) -> Token | None:
    """ "The consumer watchdog has fined Quanta ..., it said": a trailing "it" speaker is the body the clause it
    reports is about, when that clause's subject is an organisation's word or name."""
    verb = it.head
    if it.dep_ != "nsubj" or verb.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
        return None
    reported = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < it.i), None)
    subject = next((c for c in children_of(reported) if c.dep_ == "nsubj"), None) if reported is not None else None
    if subject is None or subject.pos_ == "PRON":
        return None
    body_word = subject.lemma_.lower() in lexicon.BODY_HEADS | lexicon.TOPIC_HEADS | lexicon.BODY_NOUNS
    return subject if body_word or subject.ent_type_ == "ORG" else None


def _name_set_beside(noun: Token, sent: Span) -> Span | None:
    """A person's name set off by a comma right after a person noun that the parser hung elsewhere ("according to
    the town's mayor, Rosa Quispe."): the person the noun describes."""
    if noun.lemma_.lower() not in lexicon.PERSON_NOUNS:
        return None
    comma = noun.right_edge.i + 1
    if comma + 1 >= sent.end or sent.doc[comma].text != ",":
        return None
    ent = next((e for e in ents_within(sent.doc, comma + 1, sent.end) if e.start == comma + 1), None)
    if ent is None or ent.label_ != "PERSON" or names_a_body(ent):
        return None
    after = sent.doc[ent.end] if ent.end < sent.end else None
    return ent if after is None or after.is_punct else None


def _untagged_name_beside(noun: Token) -> str | None:
    """ "Veltro's chief executive, Ana Rios, said": two or three capitalised words set beside a word for a person
    or what a person does, that the tagger gave no type; the person's name."""
    word = noun.lemma_.lower()
    if word not in lexicon.PERSON_NOUNS and word not in lexicon.OCCUPATIONS:
        return None
    appos = next((c for c in children_of(noun) if c.dep_ == "appos" and c.i > noun.i and c.tag_ == "NNP"), None)
    if appos is None or not _untyped_name_word(appos):
        return None
    words = noun.doc[appos.left_edge.i : appos.i + 1]
    if not 2 <= len(words) <= 3 or not all(
        t.is_title and t.tag_ in ("NNP", "NNPS") and _untyped_name_word(t) for t in words
    ):
        return None
    return words.text


# Types the tagger gives a person's name beside a title that no such name has ("Ines Barrow", a PRODUCT; "Ines
# Marrow", a LOC: no lawyer is a region).
_MISREAD_NAME_TYPES = frozenset(["PRODUCT", "WORK_OF_ART", "LOC"])


def _untyped_name_word(token: Token) -> bool:
    """A word of a name the tagger gave no type, or took for a date though it names no month or day ("Rosalind
    Tarrow"), or for a product or a work ("Ines Barrow")."""
    return (
        not token.ent_type_
        or token.ent_type_ in _MISREAD_NAME_TYPES
        or (token.ent_type_ == "DATE" and token.lower_ not in MONTHS and token.lower_ not in WEEKDAYS)
    )


def name_it_goes_by(noun: Token) -> str | None:
    """ "A group calling itself Black Lantern", "a militia known as the Sons of Dawn": the name a participle gives
    the noun."""
    for acl in (c for c in children_of(noun) if c.dep_ == "acl"):
        lemma = acl.lemma_.lower()
        if lemma == "call" and any(c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in children_of(acl)):
            name = next((c for c in children_of(acl) if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")), None)
        elif lemma in ("know", "call", "name") and acl.tag_ == "VBN":
            prep = next((c for c in children_of(acl) if c.dep_ == "prep" and c.lower_ == "as"), None)
            name = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
            name = name or next((c for c in children_of(acl) if c.dep_ in ("oprd", "xcomp", "attr")), None)
        else:
            continue
        if name is None or name.tag_ not in ("NNP", "NNPS"):
            continue
        words = noun.doc[name.left_edge.i : name.right_edge.i + 1]
        if words[0].lower_ == "the":
            words = words[1:]
        if words and all(t.is_title or t.lower_ in ("of", "and", "for") for t in words):
            return words.text
    return None


def _body_named_after_kind(noun: Token) -> str | None:
    """ "The environmental group Green Coast said": the name right after a word for a kind of body, whatever the
    tagger typed it (a place, here) or the parser hung it on (an apposition)."""
    low = noun.lower_
    if low not in lexicon.BODY_NOUNS and low not in lexicon.BODY_HEADS and low not in lexicon.OUTLET_KINDS:
        return None
    appos = next((c for c in children_of(noun) if c.dep_ == "appos" and c.left_edge.i == noun.i + 1), None)
    if appos is None or appos.tag_ not in ("NNP", "NNPS"):
        return None
    words = noun.doc[appos.left_edge.i : appos.i + 1]
    if not all(t.is_title and t.tag_ in ("NNP", "NNPS") and t.ent_type_ not in ("PERSON", "DATE") for t in words):
        return None
    return words.text


def _nominal_source(noun: Token) -> Token | None:
    """Who made a statement noun: "X's statement", "a report by/from X", "a report published by X", "a speech X
    gave"."""
    for child in children_of(noun):
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her", "my", "our", "your"):
            return child
        if child.dep_ == "poss" and child.lower_ in ("its", "their") and (owner := _reporter_of_own(noun)) is not None:
            return owner
    for ent in party_entities(noun.doc, noun.left_edge.i, noun.i):
        if ent.root.head.i == noun.i and ent.root.dep_ == "compound":  # "a New York Times report"
            return ent.root
    for child in children_of(noun):
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            obj = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if child.dep_ in ("acl", "relcl"):
            publisher = _publisher(noun)
            if publisher is not None:
                return publisher
            for grand in children_of(child):
                if child.dep_ == "relcl" and grand.dep_ == "nsubj" and _has_gap(child):
                    if child.lemma_.lower() in lexicon.COUNTER_VERBS:
                        break  # "a claim the ministry rejected": the ministry did not make it
                    return grand
    return None


def _reporter_of_own(noun: Token) -> Token | None:
    """For "its"/"their" <statement> closing what it says ("The coastguard recorded 31 discharges, its annual report
    said"): the subject of what it says, a body or a group by a noun, whose statement it is."""
    if noun.dep_ != "nsubj":
        return None
    content = next((c for c in children_of(noun.head) if c.dep_ == "ccomp" and c.i < noun.i), None)
    subject = next((c for c in children_of(content) if c.dep_ == "nsubj"), None) if content is not None else None
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not _may_speak(subject):
        return None
    plural = subject.tag_ in ("NNS", "NNPS")
    return subject if plural == (noun.doc[noun.left_edge.i].lower_ == "their") else None


def _states_content(noun: Token) -> bool:
    """Whether the sentence gives what a statement noun says: it is the subject ("A report by X said ...", "The
    survey by X put the party on 34 percent") or a clause tells its content ("X's statement that ...", "a report by
    X showing ..."); not a statement only mentioned ("replied to a letter the union sent", "rejected a report by
    X"), nor one acted on ("The report's findings will be published next week")."""
    content = any(
        t.dep_ == "ccomp"
        or (t.dep_ == "acl" and t.tag_ == "VBG")
        or (t.dep_ in ("acl", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in children_of(t)))
        for t in noun.subtree
        if t.i > noun.i
    )
    described = noun.dep_ == "nsubj" and noun.head.lemma_ == "be"
    if described and not content and not any(c.dep_ == "ccomp" for c in children_of(noun.head)):
        return False  # "the findings were shocking", "the report is due next week": said of it, not by it
    if noun.dep_ in ("nsubj", "ROOT", "appos"):
        return True
    if noun.dep_ == "nsubjpass" and any(
        c.dep_ == "ccomp" or (c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG") for c in children_of(noun.head)
    ):
        return True  # "A report by X was published on Monday, showing that ..."
    # a content clause on the noun or on its "by" phrase (the parser hangs "showing ..." on either)
    return content


def _publisher(noun: Token, verbs: frozenset[str] | None = None) -> Token | None:
    """X in "<noun> published/released/compiled by X" (by one of ``verbs`` only, when given)."""
    for child in children_of(noun):
        if child.dep_ in ("acl", "relcl") and (verbs is None or child.lemma_.lower() in verbs):
            for grand in children_of(child):
                if grand.dep_ == "agent":
                    return next((c for c in children_of(grand) if c.dep_ == "pobj"), None)
    return None


def _has_gap(relcl: Token) -> bool:
    """Whether a relative clause lacks its object, so the noun it hangs on is that object ("a speech [that] X
    delivered"), rather than being a content clause ("a report that X had lost money")."""
    return not any(c.dep_ in ("dobj", "mark", "ccomp") or c.lower_ in _RELATIVE_PRONOUNS for c in children_of(relcl))


def _cue_lemma(token: Token) -> str:
    """The verb lemma of a token that can be a cue: a verb's lemma; for a noun heading its own clause (a tagger's
    slip: "Trump claims that ...", a headline's "Says") the verb it is a form of."""
    a = token_attrs(token)
    if a.pos in ("VERB", "AUX"):
        return a.lemma
    if a.pos in ("NOUN", "PROPN"):
        lower = a.lower
        if lower.endswith("s") and lower[:-1] in lexicon.CLAIMER_VERBS:
            return lower[:-1] if any(c.dep_ == "nsubj" for c in children_of(token)) else ""
    return ""


def _is_cue_verb(token: Token) -> bool:
    lemma = _cue_lemma(token)
    a = token_attrs(token)
    if lemma not in lexicon.CLAIMER_VERBS:
        return a.pos == "VERB" and lemma in lexicon.PARTICLE_CUES and _has_particle(token)
    if a.dep in ("amod", "pobj", "compound", "nsubj", "dobj"):
        return False
    if a.tag == "VBN" and a.dep == "acl" and not _closing_tag(token, token.head):
        return False  # "the plan announced on Wednesday will ...": a participle, no speech
    children = children_of(token)
    if a.tag == "VBZ" and any(
        c.dep_ == "nsubj" and c.tag_ == "NNS" and c.text.islower() and c.text.endswith("s") for c in children
    ):
        # "reported cracks in the roof supports since March": a plural's verb takes no "-s", so a noun (but a name
        # the tagger made a plural, "Wines believes", is one person)
        return False
    if lemma == "add" and any(
        (c.dep_ == "prep" and c.lower_ == "to") or (c.dep_ == "dobj" and any(g.like_num for g in c.subtree))
        for c in children
    ):
        # "the figures add to pressure on the bank", "the levy adds 12 percent to the price": more of something
        return False
    if lemma == "blame" and a.dep == "xcomp" and token.head.lemma_.lower() == "be":
        return False  # "poor maintenance was to blame": what is responsible, no one blaming
    if lemma in ("decline", "refuse") and any(c.dep_ == "xcomp" and c.lemma_.lower() in _NO_COMMENT for c in children):
        return False  # "The ministry declined to comment on the report": no statement (but "declined to say when")
    if a.dep == "xcomp" and lemma in _NO_COMMENT and token.head.lemma_.lower() in ("decline", "refuse"):
        return False  # (nor the "comment" it declined)
    if (
        a.dep == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in children)
    ):
        return False  # "teachers marching on parliament to demand higher pay": a purpose, no statement
    if lemma in lexicon.CLAUSE_CUES and not any(c.dep_ == "ccomp" for c in children):
        return False  # "questioned 1,850 adults" is no statement; "questioned whether ..." is
    if lemma == "call" and any(
        (c.dep_ in ("dobj", "oprd") and (c.lemma_.lower() in _TELEPHONED or c.like_num))
        or (
            c.dep_ == "dobj"
            and c.lemma_.lower() in _CONVENED
            and not any(g.dep_ == "appos" for g in children_of(c))
            and not any(g.dep_ in ("oprd", "ccomp", "xcomp", "attr") for g in children)
        )
        for c in children
    ):
        # "Patients can call the helpline", "told to call 112": a telephone; "The union has called a strike",
        # "called a snap election": something set to happen; no statement
        return False
    if (
        a.dep == "xcomp"
        and token.head.lemma_.lower() in ("have", "need")
        and lemma not in lexicon.ATTRIBUTION_VERBS
        and any(c.lower_ == "to" for c in children)
    ):
        return False  # "the city still had to find savings": something to do, no finding (but "had to admit that")
    if lemma == "agree" and not any(c.dep_ == "ccomp" for c in children):
        # "agreed to a 60-day ceasefire", "have agreed to repay the money": an act or an undertaking, no statement
        # (but "agreed that ...")
        return False
    if lemma == "challenge" and any(
        c.dep_ == "prep" and c.lower_ in ("in", "before") and any(g.lemma_.lower() in _COURTS for g in children_of(c))
        for c in children
    ):
        return False  # "may challenge the law in court": a lawsuit, no statement
    if lemma == "attack" and not _attacks_in_words(token):
        return False  # "Gunmen attacked a police post": an assault, no statement
    if (
        lemma == "argue"
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in children)
        and any(c.dep_ == "prep" and c.lower_ in ("over", "about", "with") for c in children)
    ):
        return False  # "The two neighbours have argued over the border": a quarrel, no argument put
    if lemma == "show" and not any(c.dep_ in ("ccomp", "xcomp") for c in children):
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        if subject is not None and (
            (subject.ent_type_ == "PERSON" and subject.tag_ == "NNP")
            or subject.lemma_.lower() in lexicon.PERSON_NOUNS
            or subject.lemma_.lower() in ("defendant", "suspect", "accused", "prisoner", "detainee")
            or subject.lower_ in ("he", "she")
        ):
            return False  # "the defendant had shown no remorse": a person's conduct, no statement
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _SHOWN_CONDITIONS for c in children):
            return False  # "the dam had shown cracks for months": a thing's state, no finding
    if lemma == "declare" and any(
        c.dep_ in ("dobj", "oprd", "npadvmod") and c.lemma_.lower() in _DECLARED_STATES for c in children
    ):
        # "declared a state of emergency", "declared three days of mourning", "declared Friday a day of mourning": an
        # act, no statement
        return False
    if lemma == "approve" and not any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "of") for c in children):
        return False  # "parliament approved a law", "approved plans to ...": an act (but "approve of" is a view)
    if lemma == "claim" and any(
        c.dep_ == "dobj"
        and (c.ent_type_ == "MONEY" or any(t.like_num or t.lemma_.lower() in _CLAIMED_THINGS for t in c.subtree))
        and not any(g.dep_ == "ccomp" for g in children)
        for c in children
    ):
        return False  # "had claimed 38,000 florins in expenses", "The floods claimed 12 lives": money or lives
    if lemma == "admit" and any(
        c.dep_ == "dobj" and (c.like_num or any(g.like_num for g in children_of(c)) or c.lemma_.lower() in _ADMITTED)
        for c in children
    ):
        return False  # "The medical school admits about 180 students a year": let in, no confession
    if (
        lemma in _PUTTING_OUT
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _PICTURES for c in children)
        and not any(c.dep_ == "ccomp" for c in children)
    ):
        return False  # "The group posted photographs that appeared to show ...": pictures, no words of its own
    if any(c.dep_ == "nsubj" and _nobody(c) for c in children):
        return False  # "No group has claimed the attack": no one to attribute it to
    if any(c.dep_ == "aux" and c.tag_ == "MD" and token.i - 3 <= c.i < token.i for c in children) and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj") for c in children
    ):
        return False  # "the inquiry would report in March": a statement to come, with nothing yet to attribute
    # "did not respond", "wouldn't say": no statement (but "did not deny" is one)
    return lemma not in lexicon.SILENCE_IF_NEGATED or not any(
        c.dep_ == "neg" and token.i - 3 <= c.i < token.i for c in children
    )


# Those a place lets in ("admits 180 students", "admitted patients"): "admit" of people is no confession.
_ADMITTED = frozenset(["student", "patient", "pupil", "member", "visitor", "refugee", "applicant", "child"])
# What is claimed when "claim" asks for or takes something rather than says it ("claimed expenses", "claimed lives").
_CLAIMED_THINGS = frozenset(
    ["expense", "allowance", "benefit", "compensation", "asylum", "refund", "damage", "life", "payment", "subsidy"]
)
# Where a party challenges something by suing, not by saying it is wrong ("challenge the ban in court").
_COURTS = frozenset(["court", "tribunal", "judge", "judges"])
# What a party declines to do when it says nothing ("declined to comment").
_NO_COMMENT = frozenset(["comment", "respond", "reply", "elaborate"])

# Recordings and pictures, which show things without saying them, as posted or published ("posted photographs",
# "released a video") or as a source ("video footage showed ...") (lemmas).
_PICTURES = frozenset(
    ["video", "footage", "image", "photograph", "photo", "picture", "post", "clip", "recording", "imagery", "map"]
)
# What a laboratory tests, which bears a finding out without saying it ("a second sample confirmed the result").
_SPECIMENS = frozenset(["sample", "specimen", "swab", "scan", "biopsy", "x-ray"])
_PUTTING_OUT = frozenset(["post", "publish", "share", "release", "upload", "broadcast", "tweet"])
# Verbs by which a body makes findings public or has them made: "results published by the agency showed ..." are its.
_PUBLISHING = frozenset(["publish", "release", "issue", "compile", "conduct", "produce", "prepare"])

# Words for where something written is posted ("a social media post", "a blog post").
_MEDIA_WORDS = frozenset(["media", "blog", "online", "internet", "web", "website", "campaign", "instagram", "facebook"])


def _attacks_in_words(verb: Token) -> bool:
    """ "attacked the plan as reckless", "attacked the minister for ...": an attack on a person, a body or what
    they do, in words; not one on a place, a building or a convoy."""
    children = children_of(verb)
    if any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ in ("as", "for", "over")) for c in children):
        return True
    target = next((c for c in children if c.dep_ == "dobj"), None)
    return target is not None and (
        target.ent_type_ in ("PERSON", "ORG", "NORP")
        or target.lemma_.lower() in lexicon.PERSON_NOUNS
        or target.lemma_.lower() in lexicon.POLICY_WORDS
        or target.tag_ == "PRP"
    )


def _post_of_words(post: Token) -> bool:
    """ "a post on X", "a Facebook post", "a social media post", "his post": something written; not "a police
    post" or "a border post"."""
    lefts = [c for c in children_of(post) if c.i < post.i and c.dep_ in ("compound", "amod", "poss", "nmod")]
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in children_of(post)):
        return True
    return any(c.dep_ == "poss" or c.tag_ in ("NNP", "NNPS") or c.lower_ in _MEDIA_WORDS for c in lefts)


def _nobody(subject: Token) -> bool:
    """ "No group", "nobody", "no one", "none of the parties": a subject that names no one."""
    return (
        subject.lower_ in ("nobody", "none", "noone")
        or any(c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in children_of(subject))
        or (subject.lower_ == "one" and subject.i > 0 and subject.doc[subject.i - 1].lower_ == "no")
    )


def _has_particle(token: Token) -> bool:
    wanted = lexicon.PARTICLE_CUES[token.lemma_.lower()]
    return any(c.dep_ in ("prt", "prep") and c.lower_ in wanted for c in children_of(token))


def _verb_source(verb: Token, depth: int = 0) -> Token | None:
    """The token naming who a cue verb's statement comes from: its subject, a passive's agent, the subject of the
    verb a participle or conjunct hangs on, a relative clause's antecedent."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb))

    # The subject before the verb, then after it ("said X"), nearest first; one a quote mark separates from the verb
    # last ('"... it will," said X': the quotation's own subject can be misattached to the verb).
    def rank(child: Token) -> tuple[int, int]:
        between = verb.doc[min(child.i, verb.i) + 1 : max(child.i, verb.i)]
        quoted = any(_quote_mark(t) for t in between)
        return (2 if quoted else 0 if child.i < verb.i else 1), abs(child.i - verb.i)

    subjects = sorted((c for c in children_of(verb) if c.dep_ == "nsubj"), key=rank)
    if subjects:
        child = subjects[0]
        outer = [c for c in subjects if c.i < child.i]
        if (
            outer
            and child.i < verb.i
            and child.left_edge.i > 0
            and verb.doc[child.left_edge.i - 1].text == ","
            and "," in (verb.doc[child.right_edge.i].text, verb.doc[child.right_edge.i + 1].text)  # commas both sides
            and child.tag_ not in ("NNP", "NNPS")
            and not child.ent_type_
        ):
            # "The lender, the country's fourth-largest, blamed ...": an apposition the parser made a second subject,
            # which names no one ("Rahimi's widow, Leyla, said" is Leyla)
            child = min(outer, key=lambda c: c.i)
        elif outer and child.i < verb.i and _cut_short_by(min(outer, key=lambda c: c.i), child):
            # "A carer accused of killing a resident by giving her five times the prescribed dose of morphine told
            # ...": the parser ended the participle early and made the last noun of its object a second subject
            child = min(outer, key=lambda c: c.i)
        if child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            head = verb.head  # "McConnell, the majority leader, who said" -> McConnell
            return head.head if head.dep_ == "appos" else head
        return child
    for child in children_of(verb):
        if (
            child.dep_ == "agent"
            and passive
            and verb.lemma_.lower() not in lexicon.INTENT_VERBS
            and not any(c.dep_ == "neg" for c in children_of(verb))  # "not confirmed by tests": the tests say nothing
        ):
            return next((c for c in children_of(child) if c.dep_ == "pobj"), None)
    if passive or depth >= 3:
        return None
    if verb.lemma_.lower() == "cite" and verb.dep_ == "advcl":
        # "X reported that managers had ignored warnings, citing a former engineer": the one who reports cites,
        # not the subject of what is reported
        reporter = reporting_verb_over(verb)
        if reporter is not None:
            return _verb_source(reporter, depth + 1)
    named = _name_right_after(verb) or _name_right_before(verb)
    if named is not None:
        # '"...," said Sandra Holt, whose daughter was killed': a name the parser gave another verb; '"...," the
        # authority's chair, Marguerite Olander, said': a name the parser hung on the quotation
        return named
    # (and "Relatives gathered outside the gates said ...", whose "said" the parser left hanging on "gathered")
    if (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
        and any(c.dep_ in ("dobj", "dative") and c.i < verb.i for c in children_of(verb.head))
    ):
        return None  # "had pressed the regulator to favour the bid": what another was urged to say, not yet said
    if verb.dep_ in ("advcl", "xcomp", "conj", "dep") and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        subject = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
        reported = first_conjunct(head)  # "ruled that X would get ... and that conditions ... did not breach ..."
        if (
            (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"))
            and reported.dep_ == "ccomp"
            and subject is not None
            and (not _may_speak(subject) or (head.lemma_ == "be" and not subject.ent_type_))
        ):
            # "X said the figures were "unacceptable" and promised a plan", "The army denied that the town had
            # fallen, saying ...": a cue the parser joined to, or hung on, the reported clause, whose subject says
            # nothing (nor does "the findings" that "were shocking"), is the speaker's
            return _verb_source(reported.head, depth + 1)
        if verb.dep_ == "conj" and subject is not None and not _may_speak(subject):
            # "Shares in X fell after the company cut its forecast and said ...": the parser joined the cue to the
            # main verb; the speaker is the clause between them that has one
            speaker = next(
                (
                    c
                    for t in reversed(verb.doc[head.i + 1 : verb.i])
                    if t.dep_ == "advcl" and t.head.i == head.i
                    for c in children_of(t)
                    if c.dep_ == "nsubj" and _may_speak(c)
                ),
                None,
            )
            if speaker is not None:
                return speaker
        return _verb_source(head, depth + 1)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        return _verb_source(verb.head.head, depth + 1)  # "began by saying", "responded by calling"
    head = verb.head
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and (head.pos_ == "PROPN" or head.lemma_.lower() in lexicon.STATEMENT_NOUNS)
    ):
        return head  # "a statement saying", "Clinton asking"
    if verb.dep_ == "acl" and _closing_tag(verb, head):
        return head  # "..., the energy regulator announced on Wednesday.", parsed as a noun the verb describes
    if _main_verb_on_subject(verb):
        if _may_speak(head):
            return head  # "The council's opposition leader, Hanna Groth, called on him to resign": the parser's slip
        # "The technology site Bytewatch reported ...": the name set beside a word that cannot speak itself
        named = next((c for c in children_of(head) if c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS")), None)
        if named is not None:
            return named
    before = verb.doc[verb.i - 2] if verb.dep_ == "ROOT" and verb.i >= 2 else None
    if (
        before is not None
        and verb.doc[verb.i - 1].text == ","
        and before.dep_ == "appos"
        and (
            before.ent_type_ == "PERSON"
            or before.lemma_.lower() in lexicon.PERSON_NOUNS
            # ('"...," the board's chief executive, Ilse Varga, told ...': a name set beside a word for a person,
            # whatever the tagger typed it)
            or (before.tag_ == "NNP" and before.head.lemma_.lower() in lexicon.PERSON_NOUNS)
        )
    ):
        return before  # "..., its director, Dr. Pavel Ostrin, told reporters": a speaker the parser set beside a noun
    if verb.dep_ == "ROOT" and verb.i >= 1 and verb.doc[verb.i - 1].text == ",":
        # "Ilona Hrabec, whose son Marek is among the trapped men, said ...": the parser made the relative clause's
        # verb a reported clause and took the name for its subject; a named person set off by a comma speaks
        clause = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < verb.i), None)
        subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None) if clause is not None else None
        if (
            subject is not None
            and (subject.ent_type_ == "PERSON" or _given_name(subject.left_edge))
            and subject.i + 1 < verb.i
            and verb.doc[subject.i + 1].text == ","
        ):
            return subject
    joined = next(
        (
            c
            for c in children_of(verb)
            if c.dep_ == "ccomp" and c.i < verb.i and any(g.dep_ == "cc" for g in children_of(c))
        ),
        None,
    )
    if (
        joined is not None
        and (subject := next((c for c in children_of(joined) if c.dep_ == "nsubj"), None)) is not None
    ):
        # "X declared a state of emergency and, in a televised address, said ...": the first of two joined verbs,
        # which the parser made what the second says; their subject is the speaker
        return subject
    return None


def reporting_verb_over(citing: Token) -> Token | None:
    """The verb of reporting above the clause a "citing ..." participle hangs on, where the parser hung it on the
    clause reported ("X reported that managers had ignored warnings, citing a former engineer": "reported")."""
    reporter = citing.head
    while reporter.dep_ in ("ccomp", "conj") and reporter.head.i != reporter.i:
        reporter = reporter.head
        if reporter.lemma_.lower() in lexicon.ATTRIBUTION_VERBS:
            return reporter
    return None


def _cut_short_by(subject: Token, second: Token) -> bool:
    """Whether ``second`` (a later subject of the same verb) starts right where a participle or relative clause on
    ``subject`` ends, with no comma or conjunction between: the rest of that clause, not a subject of its own."""
    start = second.left_edge.i
    return second.doc[start - 1].text not in (",", ";", "and", "or") and any(
        c.dep_ in ("acl", "relcl") and c.right_edge.i + 1 == start for c in children_of(subject)
    )


def _name_right_after(verb: Token) -> Token | None:
    """A person's or body's name right after a verb of saying that closes a quotation ('...," said Sandra Holt'),
    when the parser made it the subject of a later verb."""
    doc = verb.doc
    if verb.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS or verb.i < 2 or not _quote_mark(doc[verb.i - 1]):
        return None
    ent = next((e for e in doc_ents(doc) if e.start == verb.i + 1 and e.label_ in ("PERSON", "ORG")), None)
    return ent.root if ent is not None and ent.root.head.i != verb.i else None


def _name_right_before(verb: Token) -> Token | None:
    """A person's name right before a verb of saying that has no subject, after a quotation closed in its sentence
    ('..., Patients paid the price," the authority's chair, Marguerite Olander, said'), when the parser hung the name
    on the quotation."""
    doc = verb.doc
    if verb.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
        return None
    end = verb.i - 1 if verb.i > 0 and doc[verb.i - 1].text == "," else verb.i
    ent = next((e for e in doc_ents(doc) if e.end == end and e.label_ == "PERSON"), None)
    if ent is None or ent.root.head.i == verb.i:
        return None
    closed = any(_quote_mark(t) for t in tokens_of(doc, verb.sent.start, ent.start))
    return ent.root if closed else None


def _may_speak(noun: Token) -> bool:
    """Whether a subject can say something: a name, a pronoun, a person, a body or a group ("the figures", "the
    resignation" cannot)."""
    lemma = noun.lemma_.lower()
    return (
        bool(noun.ent_type_)
        or noun.pos_ in ("PRON", "PROPN")
        or lemma in lexicon.PERSON_NOUNS
        or lemma in lexicon.BODY_HEADS
        or lemma in lexicon.BODY_NOUNS
        or lemma in lexicon.GROUP_ANAPHORS
        or lemma in lexicon.STATEMENT_NOUNS
    )


def _closing_tag(verb: Token, noun: Token) -> bool:
    """Whether "<noun> <verb>" is a speech tag closing its sentence after a comma: nothing follows the verb but
    when or where, and no object."""
    doc = verb.doc
    first = noun.left_edge.i
    if first == 0 or doc[first - 1].text != "," or verb.i != noun.i + 1 or verb.tag_ not in ("VBD", "VBN"):
        return False
    lemma = noun.lemma_.lower()
    speaker = noun.ent_type_ in ("PERSON", "ORG") or lemma in lexicon.PERSON_NOUNS or lemma in lexicon.BODY_HEADS
    if not speaker or verb.lemma_.lower() not in lexicon.CLAIMER_VERBS:
        return False  # "..., the plan announced on Wednesday"
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in children_of(verb)):
        return False
    end = verb.sent.end
    return all(
        t.is_punct or t.is_space or t.dep_ in ("prep", "pobj", "npadvmod", "det", "compound", "amod", "nummod")
        for t in tokens_of(doc, verb.i + 1, end)
    )


def _quote_mark(token: Token) -> str:
    """ "open", "close" or "" for a token: curly marks say which they are; a straight one ('"', "''") opens when
    it follows a space and is followed by none, and closes otherwise."""
    text = token.text
    if text in _OPEN_QUOTES:
        return "open"
    if text in _CLOSE_QUOTES and text != "’":
        return "close"
    if text not in ('"', "''", "``"):
        return ""
    doc = token.doc
    after_space = token.i == 0 or bool(doc[token.i - 1].whitespace_) or doc[token.i - 1].is_space
    return "open" if after_space and not token.whitespace_ else "close"


def _quoted_tokens(sent: Span) -> set[int]:
    """Indexes of the tokens inside quotation marks in the sentence, including the words before a closing mark
    that has no opening one (the quotation began in an earlier sentence)."""
    inside: set[int] = set()
    if not _ANY_QUOTE.search(span_text(sent)):
        return inside
    pending: list[int] = []  # tokens since the sentence start or the last closing mark
    is_open = False
    for token in span_tokens(sent):
        mark = _quote_mark(token)
        if mark == "open":
            is_open = True
            pending = []
        elif mark == "close":
            inside.update(pending if not is_open else ())
            is_open = False
            pending = []
        elif is_open:
            inside.add(token.i)
        else:
            pending.append(token.i)
    return inside


# What one calls on the telephone ("call the helpline"), not a word for what one calls something.
_TELEPHONED = frozenset(["helpline", "hotline", "number", "line", "police", "ambulance"])
# Verbs by which evidence, not only a speaker, bears something out ("the study showed that ...").
_SHOWING_VERBS = frozenset(["show", "prove", "reveal", "demonstrate", "indicate", "suggest", "confirm"])
# What a thing or a person "shows" that is its state, not a finding ("the dam had shown cracks", "showed signs of
# wear", "showed symptoms").
_SHOWN_CONDITIONS = frozenset(
    ["crack", "sign", "damage", "wear", "corrosion", "strain", "symptom", "remorse", "fatigue", "stress", "leak"]
)
# What happens rather than records or says: "the row showed that ..." is whoever draws that lesson's reading.
_HAPPENINGS = lexicon.EVENT_NOUNS | frozenset(
    [
        *("row", "dispute", "quarrel", "feud", "crash", "accident", "affair", "scandal", "episode", "crisis"),
        *("collapse", "disaster", "derailment", "outbreak", "war", "conflict", "fire", "flood", "shooting", "saga"),
        *("breach", "leak", "hack", "cyberattack", "spill", "failure", "blackout", "outage", "shortage", "delay"),
        *("refusal", "silence", "absence"),
    ]
)


def _a_picture(source: Token) -> bool:
    """A recording, a picture or a sample tested ("video footage", "satellite images", "social media posts", "a second
    sample"), no party."""
    # (a common noun whatever the tagger typed it: "Photographs released by ..." opening a sentence, a "person")
    return source.pos_ == "NOUN" and source.lemma_.lower() in _PICTURES | _SPECIMENS


def _a_happening(source: Token) -> bool:
    """A common noun for something that happened ("the row", "the crash"), no record or party."""
    return not source.ent_type_ and source.pos_ == "NOUN" and source.lemma_.lower() in _HAPPENINGS


# What a party calls when it convenes or orders something rather than names it ("called a strike").
_CONVENED = frozenset(
    [
        *("strike", "walkout", "stoppage", "election", "vote", "referendum", "meeting", "session", "summit", "halt"),
        *("ceasefire", "truce", "protest", "rally", "boycott", "conference", "recess", "inquiry", "hearing"),
    ]
)
# Verbs of a market's demand going up, down or holding ("demand from buyers held up", "demand fell").
_MARKET_MOVES = frozenset(
    ["hold", "rise", "fall", "grow", "slow", "weaken", "strengthen", "drop", "remain", "increase", "decrease"]
)
# Statement nouns whose plural means something else: "hospital admissions", "school admissions".
_OTHER_IN_PLURAL = frozenset(["admission"])


def according_to(token: Token) -> list[Token]:
    """The objects of "to" after ``token`` when it is the "according" of "according to X"; else none."""
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return []
    return [obj for obj in children_of(doc[token.i + 1]) if obj.dep_ == "pobj"]


def _sources(sent: Span, start: int) -> Iterator[tuple[Token, Token]]:
    """(cue, source) pairs of the sentence's tokens from ``start`` (after any dateline)."""
    doc = sent.doc
    tokens = tokens_of(doc, start, sent.end)
    for token in tokens:
        a = token_attrs(token)
        pos = a.pos
        lower = a.lower
        if pos not in _CUE_POS and lower != "according":
            continue  # a cue is a verb, a noun (a statement, a mis-tagged verb), a colon or "according to"
        if lower == "according":
            for obj in according_to(token):
                # "according to X's report", "according to figures published by the health board"
                statement = obj.lemma_.lower() in lexicon.STATEMENT_NOUNS
                # (not "according to two survivors reached by telephone": people say it themselves)
                nominal = _nominal_source(obj) if statement else None if _may_speak(obj) else _publisher(obj)
                yield token, nominal if nominal is not None else obj
            continue
        if pos == "NOUN" and a.lemma in lexicon.STATEMENT_NOUNS:
            if a.tag == "NNS" and a.lemma in _OTHER_IN_PLURAL:
                continue  # "cut hospital admissions by 72 percent"
            if a.lemma == "post" and not _post_of_words(token):
                continue  # "Gunmen attacked a police post"
            if a.lemma == "demand" and token.dep_ == "nsubj" and token.head.lemma_.lower() in _MARKET_MOVES:
                continue  # "demand from first-time buyers had held up": a market's, no one's statement
            head = token.head
            if token.dep_ == "pobj" and head.lower_ in ("in", "during") and head.head.pos_ in ("VERB", "AUX"):
                if token.lemma_.lower() in _DOCUMENT_NOUNS:
                    if not _is_cue_verb(head.head):  # "In a new poll, 46 percent back X" -> the poll
                        nominal = _nominal_source(token)
                        yield token, nominal if nominal is not None else token
                    continue
                source = _verb_source(head.head)  # "In a statement, the ministry ..."
                if source is not None:
                    yield token, source
                    continue
            nominal = _nominal_source(token) if _states_content(token) else None
            if (
                nominal is None
                and token.dep_ == "dobj"
                and head.pos_ == "VERB"
                and head.lemma_.lower() not in lexicon.RECEIVING_VERBS
            ):
                nominal = _verb_source(head)  # "X delivered a speech", "X raised questions about ..."
                owned = any(c.dep_ == "poss" for c in children_of(token))
                if nominal is not None and owned and not _may_speak(nominal):
                    nominal = None  # "the loss would not affect its forecasts": whose they are, a loss is not
                if nominal is not None and _nobody(nominal):
                    nominal = None  # "Neither the board nor the airline would confirm the report"
            if nominal is not None:
                yield token, nominal  # "The survey by X put the party on 34 percent"
            continue
        if _is_cue_verb(token):
            if token.dep_ == "relcl" and token.lemma_.lower() in lexicon.COUNTER_VERBS:
                continue  # "a claim the ministry rejected": the ministry answers it, see ``_nominal_source``
            source = _verb_source(token)
            if source is not None and a.lemma in _SHOWING_VERBS and _a_picture(source):
                # "Video footage showed smoke rising ...": a picture shows, and no one says; but "photographs
                # released by the coastguard showed ..." are the coastguard's
                source = _publisher(source, _PUBLISHING)
            if source is not None and a.lemma in _SHOWING_VERBS and _a_happening(source):
                continue  # "the row showed that ...", "the crash proved that ...": what happened says nothing
            if source is not None:
                yield token, source
        elif lower == ":" and token.i > sent.start:
            source = _colon_source(sent, token)
            if source is not None:
                yield token, source


def _colon_source(sent: Span, colon: Token) -> Token | None:
    """ "Said Ellis: ...", "The minister wrote: ...", "Ellis on the plan: ..." -> who speaks before the colon,
    when what precedes it is a clause without an object or just a name."""
    left = tokens_of(sent.doc, sent.start, colon.i)
    if not left or len(left) > 12:
        return None
    words = [t for t in left if not t.is_punct]
    if words and words[0].lower_ == "said" and len(words) > 1:
        return words[-1]  # "Said Ellis: ..."
    if len(words) == 1 and len(words[0]) > 2 and words[0].is_upper and words[0].is_alpha and left[0].text != "(":
        return words[0]  # a transcript's "WALLACE:"
    if 0 < len(words) <= 4 and all(t.pos_ == "PROPN" or t.is_title for t in words):
        named = party_entities(sent.doc, words[0].i, words[-1].i + 1)
        if (named and named[0].label_ in ("PERSON", "ORG")) or words[-1].lemma_.lower() in lexicon.STATEMENT_NOUNS:
            return words[-1]  # a headline's "Poll:", "Sanders:"
    roots = [t for t in left if t.head.i == t.i or not (sent.start <= t.head.i < colon.i)]
    if len(roots) != 1:
        return None
    root = roots[0]
    if root.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in _SPEAKING_MANNERS for c in children_of(root)
    ):
        return next((c for c in children_of(root) if c.dep_ == "nsubj"), None)  # "X was blunt in a statement: ..."
    if root.pos_ in ("VERB", "AUX") and root.lemma_.lower() in lexicon.CLAIMER_VERBS | lexicon.COLON_VERBS:
        if any(
            c.dep_ in ("dobj", "ccomp", "attr", "acomp", "xcomp")
            and c.i < colon.i
            and not (c.dep_ == "dobj" and c.lower_ == "it" and root.lemma_.lower() == "put")  # "put it plainly:"
            for c in children_of(root)
        ):
            return None
        return next((c for c in children_of(root) if c.dep_ in ("nsubj",)), None)
    return None


# How a party said what follows a colon: "X was blunt: ...", "X was clear in a statement: ...".
_SPEAKING_MANNERS = frozenset(
    ["blunt", "clear", "emphatic", "adamant", "frank", "candid", "direct", "defiant", "unequivocal", "categorical"]
)


def _trailing_speaker(sent: Span) -> Token | None:
    """ "... a dog whistle," Rep. Gwen Moore (D-Wis.) -> the name after a closing quote that ends the sentence
    without a verb (the sentence splitter cut before "said")."""
    if not _ANY_QUOTE.search(span_text(sent)):
        return None
    tokens = span_tokens(sent)
    close = max((i for i, t in enumerate(tokens) if t.text in _CLOSE_QUOTES or t.text in ('"', "''")), default=-1)
    if close < 2 or tokens[close - 1].text not in (",", "?", "!") or len(tokens) - close > 10:
        return None
    rest = tokens[close + 1 :]
    if not rest or any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    ents = [e for e in party_entities(sent.doc, rest[0].i, sent.end) if e.label_ == "PERSON"]
    return ents[0].root if ents else None


# What a speaker reads something from ("the result showed", "the figures suggest"): in what a party says, their
# reading, not another source.
_EVIDENCE_NOUNS = frozenset(
    [
        *("result", "figure", "number", "datum", "data", "statistic", "poll", "survey", "study", "document"),
        *("evidence", "record", "footage", "picture", "image", "photograph", "video", "test", "analysis"),
    ]
)


# What an authority declares into being rather than says ("a state of emergency", "three days of mourning").
_DECLARED_STATES = frozenset(
    ["state", "emergency", "day", "mourning", "holiday", "war", "bankruptcy", "curfew", "zone"]
)


def _read_from(source: Token, cue: Token) -> bool:
    """Whether a cue's subject is evidence ("the result showed"), or a share of those asked that holds a view
    rather than says something ("38 percent planned to wait"; but "74 percent said ..." speak), not a party."""
    if source.ent_type_ not in ("", "PERCENT", "CARDINAL"):
        return False
    share = source.lower_ in ("percent", "%") or source.like_num
    return source.lemma_.lower() in _EVIDENCE_NOUNS or (share and cue.lemma_.lower() not in ("say", "tell"))


def attribution(sent: Span) -> Attribution:
    """Who the sentence attributes its statements to (see the module docstring), in order of appearance.
    ``claimers`` are the sources of the main clause (whose claim the sentence is); ``sources`` add those of
    embedded clauses and noun phrases ("interviews with 61 people who said ...", "comments X made")."""
    main: list[str] = []
    embedded: list[str] = []
    pronoun = ""
    verb: Token | None = None
    subjects: list[tuple[int, int]] = []
    source_subjects: list[tuple[int, int]] = []
    credited: set[int] = set()  # cues of the main clause whose party was found
    start = dateline_end(sent)
    quoted = _quoted_tokens(sent)
    for cue, found in _sources(sent, start):
        if cue.i in quoted and cue.lower_ != ":":
            continue  # inside a quotation: the quoted speaker's words, whoever they cite (see ``article_claimers``)
        # a quoted title read as the subject ('..." Flynn said on "Fox and Friends."'): the name before the verb
        source = _named_before(cue, sent, quoted) if found.i in quoted and cue.i not in quoted else found
        if source is None or source.i < start:
            continue
        if _read_from(source, cue) and _reported_by(cue, credited):
            # "X said the result showed ...", "X said a survey had found that 38 percent planned ...": X's reading
            # of the result, or a share of those asked, no source of its own
            continue
        party, open_pronoun = _party_from_subject(source, sent, quoted)
        party = [p for p in party if not _inside_dateline(p, sent, start)]
        if not _in_main_clause(cue) and not (cue.pos_ == "VERB" and cue.head.i in quoted):
            # (a speech tag the parser hung on a word inside the quotation it closes is the sentence's own:
            # '"We processed every claim as quickly as our systems allowed," a spokesman said')
            embedded.extend(party)
            if party and cue.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in children_of(cue)):
                source_subjects.append(subtree_bounds(source))  # "after the company said ...": a clause's speaker
            continue
        main.extend(party)
        if party:
            credited.add(cue.i)
            subjects.append(subtree_bounds(source))
            if verb is None and cue.pos_ in ("VERB", "AUX"):
                verb = cue
        elif (open_pronoun in PARTY_PRONOUNS or open_pronoun in _BODY_ANAPHORS) and _reported_by(cue, credited):
            continue  # "Dock workers said they supported the strike": the speakers' own "they", no one else's
        elif open_pronoun in PERSON_PRONOUNS and verb is None and cue.dep_ == "ROOT":
            # '"...," he told state television': the verb of the speaker the article resolves; its pronoun over
            # one of a cue inside the clause it tags ("She had shown her pass ..., he said")
            verb = cue
            pronoun = open_pronoun
        pronoun = pronoun or open_pronoun
    trailing = _trailing_speaker(sent)
    if trailing is not None and trailing.i >= start:  # '..., a dog whistle," Rep. Gwen Moore': the quote's speaker
        party, _ = _party_from_subject(trailing, sent, quoted)
        main.extend(party)
        subjects.append(subtree_bounds(trailing))
    claimers = _one_name_a_party(unique(main))
    return Attribution(
        claimers=claimers,
        unresolved=bool(pronoun) and not claimers,
        verb=verb,
        subjects=subjects,
        pronoun=pronoun,
        sources=_one_name_a_party(unique(main + embedded)),
        source_subjects=source_subjects,
        body_start=start,
        quoted=quoted,
    )


def _one_name_a_party(claimers: list[str]) -> list[str]:
    """Claimers without a shorter name of one already there ("The Ostmark football federation has banned X after
    finding ..., the federation said": one party, "Ostmark football federation")."""
    return [c for c in claimers if not any(o != c and o.lower().endswith(f" {c.lower()}") for o in claimers)]


def _named_before(cue: Token, sent: Span, quoted: set[int]) -> Token | None:
    """The person or organisation named, outside quotation marks, between the last quotation mark before a verb of
    saying and the verb ('...," Flynn, a top surrogate, said')."""
    marks = [t.i for t in tokens_of(sent.doc, sent.start, cue.i) if _quote_mark(t)]
    start = marks[-1] + 1 if marks else sent.start
    ents = [
        e for e in party_entities(sent.doc, start, cue.i) if e.label_ in ("PERSON", "ORG") and e.start not in quoted
    ]
    return ents[0].root if ents else None


def _main_verb_on_subject(verb: Token) -> bool:
    """A finite verb the parser hung on the sentence's subject, which it took for the root ("The council's
    opposition leader, Hanna Groth, called on him to resign")."""
    return (
        verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")
    )


def _in_main_clause(cue: Token) -> bool:
    """Whether a cue belongs to the sentence's main assertion: reached from the root through coordinated,
    complement, adverbial and participle clauses ("X said", "X attacked Y, saying", "Y, X said", "according to
    X", "in a statement, X ..."), not inside a noun phrase ("people who said", "comments X made")."""
    token = cue
    if token.dep_ == "acl" and (_closing_tag(token, token.head) or _main_verb_on_subject(token)):
        return True  # "..., the energy regulator announced on Wednesday.": the sentence's speech tag
    if token.lower_ == "according" and (_closes_sentence(token) or _opens_sentence(token)):
        # "... when its carriages came off the track, according to Estrel Rail." / "According to Reuters, the firm
        # ...": the whole sentence's, wherever the parser hung it
        return True
    if token.dep_ in ("prep", "pobj", "punct", "npadvmod", "nsubj", "nsubjpass", "dobj"):
        token = token.head if token.dep_ != "pobj" else token.head.head
    for _ in range(8):
        if token.dep_ == "ROOT" or token.head.i == token.i:
            return True
        if token.dep_ not in ("conj", "ccomp", "advcl", "xcomp", "parataxis", "pcomp", "prep", "dep"):
            return False  # (a "dep" is a clause the parser could not place: "Relatives gathered there said ...")
        if token.dep_ == "advcl" and any(
            (c.dep_ == "mark" and c.lower_ != "as") or (c.dep_ == "advmod" and c.tag_ == "WRB")
            for c in children_of(token)
        ):
            # "when the regulator publishes ...", "before X expected ...", "only when a detective quoted ..." (a
            # "when" the parser made an adverb): a subordinate clause
            return False
        token = token.head
    return False


def _closes_sentence(cue: Token) -> bool:
    """Whether a phrase set off by a comma ends its sentence: the cue follows a comma and its phrase runs to the
    closing punctuation, wherever the parser hung it."""
    sent = cue.sent
    if cue.i == sent.start or cue.doc[cue.i - 1].text != ",":
        return False
    return all(t.is_punct for t in tokens_of(cue.doc, cue.right_edge.i + 1, sent.end))


def _opens_sentence(cue: Token) -> bool:
    """Whether a phrase opens its sentence (after nothing but punctuation, a quote mark) and a comma closes it."""
    before = [t for t in tokens_of(cue.doc, cue.sent.start, cue.i) if not (t.is_punct or t.is_space)]
    end = cue.right_edge.i + 1
    return not before and end < cue.sent.end and cue.doc[end].text == ","


def _reported_by(cue: Token, credited: set[int]) -> bool:
    """Whether a cue stands in what a credited cue reports ("X said [they supported ...]"): its clause is the
    complement of that cue, or of a clause joined to it (a statement noun's: its verb's clause, "X said it respected
    the ruling")."""
    token = cue.head if cue.pos_ == "NOUN" else cue
    while token.dep_ in ("ccomp", "conj", "xcomp") and token.head.i != token.i:
        token = token.head
        if token.i in credited:
            return True
    return False


def _inside_dateline(name: str, sent: Span, start: int) -> bool:
    return start > sent.start and name in text_of(sent.doc, sent.start, start)


# --- article level --------------------------------------------------------------------------------------------------


def text_attribution(doc: Doc) -> tuple[Attribution, "SentenceContext"]:
    """``attribution`` of a whole short text (one row of ``extract_sentences``), sentence by sentence so that a
    leading time stamp or heading ("2 p.m.") is not read as part of the sentence after it; and what the row leaves
    for the rows after it in its article (``resolve_claimers``)."""
    sents = list(sentences(doc))
    parts = [attribution(sent) for sent in sents]
    context = sentence_context(sents, parts)
    if len(parts) == 1:
        return parts[0], context
    claimers = unique(name for part in parts for name in part.claimers)
    sources = unique(name for part in parts for name in part.sources)
    pronoun = next((part.pronoun for part in parts if part.pronoun), "")
    merged = Attribution(
        claimers=claimers,
        unresolved=bool(pronoun) and not claimers,
        verb=next((part.verb for part in parts if part.verb is not None), None),
        subjects=[s for part in parts for s in part.subjects],
        pronoun=pronoun,
        sources=sources,
    )
    return merged, context


@dataclass
class _Party:
    """A party named earlier in the article, for resolving pronouns: a speaker or a person named as a subject."""

    names: list[str]
    kind: str  # "person" ("he"/"she"), "group" ("they", or "it" for one organisation) or "thing" ("it")
    gender: str  # "male", "female" or "" (unknown)
    sentence: int = -1  # index of the sentence that named it, set by ``resolve_claimers``
    # a speaker's name the tagger typed an organisation that reads as a person's ("Lucan Brandt said"): a "he" or
    # "she" in the very next sentence with no person to stand for is them
    maybe_person: bool = False


@dataclass
class SentenceContext:
    """What one sentence (or one row of ``extract_sentences``, which may hold several) leaves for the rules that
    read it in its article: its own claimers, a pronoun speaker it leaves open, the parties it names for a later
    pronoun, and where quotation marks and paragraph breaks fall among its words. Plain data, so rows analysed in
    other processes can be resolved together."""

    claimers: list[str]
    pronoun: str
    parties: list[_Party]
    # its words (tokens that are neither punctuation nor space); its tokens when no quote mark or break is in it
    words: int
    marks: list[tuple[int, str]]  # (words of the sentence before it, "open"/"close"/"either"/"break")
    ends_with_colon: bool
    # whom it names as the speaker of a quotation that ends right before it: a signature ("― Name") opening it;
    # or, when ``speech_tag``, its own claimers ("a narrator in the ad asks.", "Trump said, looking out ...")
    signature: list[str] = field(default_factory=list)
    speech_tag: bool = False
    # it opens in lower case or with a comma: the rest of the sentence before it, cut by the sentence splitter
    continuation: bool = False
    # the party it ends with ("..., Sen. Lindsey Graham (R-S.C.)"), the subject of a verb the splitter cut off
    trailing_party: list[str] = field(default_factory=list)
    # it opens with a verb of saying whose subject was cut off: "content" when it says something ("said the law
    # ..."), "bare" when it only tags ("told reporters on Thursday.")
    cut_cue: str = ""
    # the capitalised word before a colon opening a sentence that names no claimer ("Pence: Flowers won't be at the
    # debate"): a headline's speaker when the article names that party elsewhere
    colon_label: str = ""


def _gender_of(ent: Span) -> str:
    male, female = gender_fits(ent, "male"), gender_fits(ent, "female")
    return "male" if male and not female else "female" if female and not male else ""


def is_person_entity(ent: Span) -> bool:
    """A person entity, or a name the tagger called an organisation that the sentence says is a person: set beside
    a person noun the parser misread ("A spokesman for the movement, Jean-Baptiste Nkosi"). Not a first name alone
    (the tanker "Helena Star"), nor any name beside a person noun ("Its owner, Seabright Shipping")."""
    if ent.label_ == "PERSON":
        return not names_a_body(ent)
    if ent.label_ in ("GPE", "LOC"):
        # "The service's chief forecaster, Agnes Holt, rejected ...", the name tagged a place
        return _first_named_speaker(ent)
    if ent.label_ != "ORG":
        return False
    return (
        _misattached_appos(ent)
        or _called_a_person(ent)
        or _first_named_speaker(ent)
        or _titled_name(ent)
        or _given_name_and_surname(ent)
    )


def _given_name_and_surname(ent: Span) -> bool:
    """ "Hana Ostrowska", typed an organisation: a given name and one more capitalised word, with no body's word and
    not after "the" or a noun for a thing ("the tanker Helena Star")."""
    if len(ent) != 2 or not _given_name(ent[0]) or not ent[1].is_title or names_a_body(ent):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is None or not (before.lower_ in ("the", "a", "an") or before.tag_ in ("NN", "NNS"))


def _titled_name(ent: Span) -> bool:
    """ "Nordia chief executive Leena Sorvik": two or three capitalised words right after a word for what a person
    does, or after a title the tagger ran into them ("Mayor Lenka Horakova"), whatever the tagger typed them; not a
    body's name ("the health agency Vitalis Care")."""
    if leading_title(ent):
        return not names_a_body(ent)
    title = ent.doc[ent.start - 1] if ent.start > 0 else None
    if title is None or not 2 <= len(ent) <= 3 or not all(t.is_title for t in ent):
        return False
    if title.lower_.rstrip(".") in _HONORIFICS:
        return not names_a_body(ent)  # "Dr Nkechi Halvorsen said", the name tagged an organisation
    if title.tag_ not in ("NN", "JJ"):
        return False  # (the tagger may read "executive" of "Chief executive Lorcan Vey" as an adjective)
    word = title.lemma_.lower()
    return (word in lexicon.OCCUPATIONS or word in lexicon.PERSON_NOUNS) and not names_a_body(ent)


# Words before a person's name that say it is one.
_HONORIFICS = frozenset(["dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir", "dame", "lady", "lord"])


def names_a_body(ent: Span) -> bool:
    """Whether a name is an organisation's, whatever the tagger typed it: its last word is a business suffix or an
    organisation's head word ("Ostreva Pharma", "The Lorrain Fire and Rescue Service"), or an apposition calls it a
    body ("Aurel Air, the largest carrier at Harwick") or it is the apposition of a body's description ("the
    utility that owns the line, Tramuntana Energia") or a "which" clause follows it; a one-word "person" written
    with "the" ("the Herald")."""
    last = ent[-1].lower_
    if last in lexicon.ORGANISATION_SUFFIXES or last in lexicon.BODY_HEADS:
        return True
    if (
        len(ent) == 1
        and ent.label_ == "PERSON"
        and ent.root.dep_ != "compound"
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ == "the"
    ):
        return True  # "Lund told the Herald": one word with "the" is no person's name (but "the Hollins dam" is a dam)
    kinds = lexicon.BODY_HEADS | lexicon.TOPIC_HEADS
    root = ent.root
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    # "Aurel Air, the largest carrier"; "The utility that owns the line, Tramuntana Energia, said"; "Supermarket
    # chain Fresco will close ..."
    return (
        # (or the last of joined words: "Brightlane, the online payments and banking app")
        any(
            c.dep_ == "appos"
            and (c.lower_ in kinds or last_conjunct(c).lower_ in kinds)
            # (not a person's job: "Tomas Reyk, a 31-year-old machine operator who escaped")
            and not (c.lemma_.lower() in lexicon.ROLES_OF_BODIES and ent[0].lower_ in lexicon.GIVEN_NAMES)
            and not any(g.dep_ == "relcl" and g.left_edge.lower_ == "who" for g in children_of(c))
            for c in children_of(root)
        )
        or (root.dep_ == "appos" and root.head.lower_ in kinds and root.head.i < ent.start)
        # "The buyer, Nordvik Mobility, runs ...": a role a business holds as often, named by no first name
        or (
            root.dep_ == "appos"
            and root.head.i < ent.start
            and root.head.lemma_.lower() in lexicon.ROLES_OF_BODIES
            and ent[0].lower_ not in lexicon.GIVEN_NAMES
        )
        or (before is not None and before.lower_ in lexicon.TOPIC_HEADS and before.dep_ == "compound")
        or (ent.label_ == "PERSON" and _called_a_business_before(ent))
        # "Fenholm Transit, which runs the city's buses": "which", not "who"
        or any(
            c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "which" for g in children_of(c))
            for c in children_of(root)
        )
    )


def first_conjunct(token: Token) -> Token:
    """The first of the words ``token`` is joined to by "and"/"or" ("ruled that X would get ... and that conditions
    ... did not breach": the clause "would get")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def last_conjunct(token: Token) -> Token:
    """The last of the words joined to ``token`` by "and"/"or" ("payments and banking app": app)."""
    conjuncts = [c for c in children_of(token) if c.dep_ == "conj"]
    return last_conjunct(conjuncts[-1]) if conjuncts else token


def _called_a_business_before(ent: Span) -> bool:
    """Whether the text named ``ent`` before right after a word for a business ("the operator Baltline agreed ...
    Baltline said": a business, whatever the tagger typed the later mention)."""
    doc = ent.doc
    return any(
        other.start > 0
        and (word := token_attrs(doc[other.start - 1])).lower in lexicon.TOPIC_HEADS
        and word.tag == "NN"
        and other.text == ent.text
        for other in ents_within(doc, 0, ent.start)
    )


def _called_a_person(ent: Span) -> bool:
    """A name an apposition calls a person ("Anouk Castellane, a banking analyst at Morrow & Finch"), whatever the
    tagger typed it, or that is the apposition of a person noun ("His lawyer, Corina Pavel, said"); not a role a
    business holds as often ("Seabright Shipping, the tanker's owner")."""
    root = ent.root
    if any(
        c.dep_ == "appos"
        and c.tag_ == "NN"
        and (c.lemma_.lower() in lexicon.PERSON_NOUNS or c.lemma_.lower() in lexicon.OCCUPATIONS)
        and c.lemma_.lower() not in lexicon.ROLES_OF_BODIES
        for c in children_of(root)
    ):
        return True
    head = root.head
    return (
        root.dep_ == "appos"
        and head.i < ent.start
        and head.tag_ == "NN"
        and head.lemma_.lower() in lexicon.PERSON_NOUNS
        and head.lemma_.lower() not in lexicon.ROLES_OF_BODIES
        and 2 <= len(ent) <= 3
        and all(t.is_title for t in ent)
        and not names_a_body(ent)
    )


def _first_named_speaker(ent: Span) -> bool:
    """A first name and a surname the tagger called an organisation, said to speak or set beside a person noun
    ("Helena Mets said", "The lottery's new director, Helena Mets, said"): a person. A first name alone makes one
    only set beside a word for a person or a relative ("Vasc's sister, Ilona,"; not "the tanker Helena Star"), and no
    name ending in a body's word does."""
    if not _given_name(ent[0]):
        return False
    if names_a_body(ent) or not all(t.is_title for t in ent):
        return False
    root = ent.root
    if len(ent) == 1:
        # a given name alone, set beside a word for a relative or a person ("Vasc's sister, Ilona, said")
        word = root.head.lemma_.lower()
        return root.dep_ == "appos" and (word in lexicon.PERSON_NOUNS or word in lexicon.KIN_NOUNS)
    if len(ent) > 3:
        return False
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in lexicon.ATTRIBUTION_VERBS:
        return True
    if _PERSON_AFTER_NAME.match(ent.doc.text[ent.end_char : ent.end_char + 30]):
        return True  # "Ilona Hrabec, whose son is among the trapped men, said": described as only a person is
    return root.dep_ == "appos" and root.head.lemma_.lower() in lexicon.PERSON_NOUNS


def _reads_as_persons_name(ent: Span) -> bool:
    """Two capitalised words with no body's word, not after an article or a noun for a thing ("Lucan Brandt", not
    "Tessar Hydro" or "the tanker Helena Star")."""
    if len(ent) != 2 or not all(t.is_title and t.is_alpha for t in ent) or names_a_body(ent):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is None or not (before.lower_ in ("the", "a", "an") or before.tag_ in ("NN", "NNS"))


def _given_name(token: Token) -> bool:
    """A capitalised word that is a given name ("Ilona")."""
    return token.is_title and token.lower_ in lexicon.GIVEN_NAMES


def _fits(party: _Party, pronoun: str) -> bool:
    if pronoun in PERSON_PRONOUNS:
        return party.kind == "person" and party.gender in ("", PERSON_PRONOUNS[pronoun])
    if pronoun == "it":
        return len(party.names) == 1 and party.kind in ("group", "thing")
    if pronoun in _BODY_ANAPHORS:
        # bodies by name ("Fair Vote") or by a word for one ("the union"), not people ("voters"); one for "the group"
        return (
            party.kind == "group"
            and (len(party.names) == 1 or pronoun == "the groups")
            and all(name[:1].isupper() or np_head(name).lower() in lexicon.BODY_NOUNS for name in party.names)
        )
    return party.kind == "group"


# A name followed by an age or by "who": a person, whatever the tagger made of the name ("Renata Obi, 29, who ...").
_PERSON_AFTER_NAME = re.compile(r"^(?:,\s*(?:aged\s+)?\d{1,3}\s*,|,?\s*who(?:se)?\b)")


def described_as_person(sent: Span, name: str) -> bool:
    """Whether ``sent`` writes ``name`` as a proper name followed by an age or "who"."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    text = span_text(sent)
    at = text.find(name)
    return at >= 0 and bool(_PERSON_AFTER_NAME.match(text[at + len(name) :]))


def _gender_of_person_noun_beside(sent: Span, name: str) -> str | None:
    """The gender ("" for none) a person noun set right before ``name`` with a comma says ("Rahimi's widow, Leyla":
    "female"); None when no person noun stands there."""
    words = name.split()
    for token in span_tokens(sent):
        if token.text != words[0] or token.i < sent.start + 2 or sent.doc[token.i - 1].text != ",":
            continue
        if text_of(sent.doc, token.i, token.i + len(words)) != name:
            continue
        gender = lexicon.person_gender(sent.doc[token.i - 2].lemma_.lower())
        if gender is not None:
            return gender
    return None


_WHOSE = re.compile(r" (?:of|for|at|from|with|in) ")


def np_head(name: str) -> str:
    """The head word of a claimer written as a noun phrase, as written: the word before a phrase that says whose
    ("a spokesman for the movement": spokesman)."""
    words = _WHOSE.split(name, maxsplit=1)[0].split()
    return words[-1] if words else ""


def _np_party(name: str) -> _Party:
    """A claimer that is a noun phrase: a person ("the spokeswoman"), people or a body ("officials", "the
    ministry"), or a thing ("the report"); the head is the word before a phrase that says whose ("Fighters of the
    Free Marsh Movement": fighters; "a spokesman for the movement": spokesman)."""
    head = np_head(name).lower()
    gender = lexicon.person_gender(head)  # (a relative too: "One father said ...", "..., he said")
    if gender is not None:
        return _Party([name], "person", gender)
    if lexicon.AGED.search(name):
        return _Party([name], "person", "")  # "60-year-old shepherd from Orvash": an age says a person
    gender = lexicon.titled_name_gender(name)
    if gender is not None:
        # "Assistant Chief Constable Helen Marchbank", a name the tagger typed nothing: a person
        return _Party([name], "person", gender)
    if (head.endswith("s") and head[:-1] in lexicon.PERSON_NOUNS) or head in lexicon.BODY_NOUNS:
        return _Party([name], "group", "")
    return _Party([name], "group" if head.endswith("s") else "thing", "")


def _parties_named(sent: Span, att: Attribution) -> list[_Party]:
    """The sentence's speakers, then the people it names as subjects outside quotations (in that order of
    preference for a later pronoun, so the list is returned least preferred first)."""
    ents = [e for e in party_entities(sent.doc, att.body_start, sent.end) if e.start not in att.quoted]
    # (a claimer is written as the entity's text or as its name without a title: "Mayor Lenka Horakova")
    by_name = {name.lower(): e for e in ents for name in (clean_name(e.text), entity_name(e))}
    subjects = [e for e in ents if _in_subject(e.root) and not {clean_name(e.text), entity_name(e)} & set(att.claimers)]
    # a person the sentence accuses, for a later "He denies ..." ("Prosecutors accuse Lenz of hiding losses. He
    # denies all the charges"), least preferred
    accused = set(accused_parties(sent.doc, att.body_start, sent.end))
    out = [
        _Party([entity_name(e)], "person", _gender_of(e))
        for e in ents
        if is_person_entity(e) and entity_name(e) in accused and e not in subjects
    ]
    # a body the sentence is about, for a later "it" ("The buyer, Nordvik Mobility, runs ... It said"), then people
    out += [
        _Party([clean_name(e.text)], "group", "")
        for e in subjects
        if (e.label_ == "ORG" or names_a_body(e)) and not is_person_entity(e)
    ]
    # a body the sentence's main clause is about by its kind alone ("The company employs 41,000 people. It reported
    # a loss"), nearer a later "it" than a speaker named before it
    out += [_Party([kind], "group", "") for kind in _bodies_by_kind(sent, att)]
    out += [_Party([entity_name(e)], "person", _gender_of(e)) for e in subjects if is_person_entity(e)]
    for token in span_tokens(sent):
        # "Benz will take office on June 1": a surname the tagger left untyped, of a person named in full before
        a = token_attrs(token)
        if a.dep in ("nsubj", "nsubjpass") and a.tag == "NNP" and not a.ent_type and token.i not in att.quoted:
            named = _person_with_surname(sent.doc, token.text, sent.start)
            if named is not None and clean_name(named.text) not in att.claimers:
                out.append(_Party([clean_name(named.text)], "person", _gender_of(named)))
    for name in reversed(att.claimers):  # the outermost speaker last: a later pronoun prefers it
        ent = by_name.get(name.lower())
        if ent is not None and is_person_entity(ent):
            out.append(_Party([name], "person", _gender_of(ent)))
        elif (
            (ent is None or ent.label_ != "PERSON")
            and " " not in name
            and name[:1].isupper()
            and (named := _person_with_surname(sent.doc, name, sent.start)) is not None
        ):
            # "Ferrer denied ..." after "The federation has banned Raul Ferrer": that person, though named as an
            # object and whatever the tagger made of the surname here ("Lindqvist, who represents ...", typed an
            # organisation), for a later "he said"
            out.append(_Party([clean_name(named.text)], "person", _gender_of(named)))
        elif ent is not None:
            out.append(_Party([name], "group", "", maybe_person=_reads_as_persons_name(ent)))
        elif described_as_person(sent, name):
            out.append(_Party([name], "person", ""))  # "Renata Obi, 29, who swam ...": untyped, but a person
        elif (gender := _gender_of_person_noun_beside(sent, name)) is not None:
            out.append(_Party([name], "person", gender))  # "Rahimi's widow, Leyla, said": untyped, a woman
        else:
            out.append(_np_party(name))
    if len(att.claimers) > 1:
        out.append(_Party(list(att.claimers), "group", ""))  # "they" after "X and Y said"
    return out


def _bodies_by_kind(sent: Span, att: Attribution) -> list[str]:
    """The body words ("company", "agency") that are, with "the" alone, the subject of the sentence's main verb
    outside quotations and speech tags ("The company employs ...", not "the agency said")."""
    root = sent.root
    if att.claimers or root.pos_ not in ("VERB", "AUX"):
        return []
    return [
        subject.lower_
        for subject in children_of(root)
        if subject.dep_ in ("nsubj", "nsubjpass")
        and subject.tag_ == "NN"
        and subject.lower_ in lexicon.BODY_HEADS
        and subject.i not in att.quoted
        and [c.lower_ for c in children_of(subject)] == ["the"]
    ]


def _article_mark(token: Token) -> str:
    """A double quotation mark as the article-level quotations read it: curly and typewriter marks say which they
    are; a straight one opens after a space and before a word, closes after a word and before a space (or the end),
    and is "either" otherwise (a row ending in a straight mark after a space opens the quotation of the next row).
    Single marks are left out: an apostrophe looks the same."""
    text = token.text
    if text in ("“", "«", "``"):
        return "open"
    if text in ("”", "»"):
        return "close"
    if text not in ('"', "''"):
        return ""
    doc = token.doc
    space_before = token.i == 0 or bool(doc[token.i - 1].whitespace_) or doc[token.i - 1].is_space
    space_after = bool(token.whitespace_) or token.i + 1 == len(doc) or doc[token.i + 1].is_space
    if space_before != space_after:
        return "open" if space_before else "close"
    return "either"


def _paragraph_break_before(sent: Span) -> bool:
    text = doc_text(sent.doc)
    i = sent.start_char - 1
    while i >= 0 and text[i].isspace():
        if text[i] == "\n":
            return True
        i -= 1
    return False


def sentence_context(sents: list[Span], atts: list[Attribution]) -> SentenceContext:
    """The ``SentenceContext`` of one sentence, or of a row's sentences taken together."""
    words = 0
    marks: list[tuple[int, str]] = []
    parties: list[_Party] = []
    for sent, att in zip(sents, atts, strict=True):
        if _paragraph_break_before(sent):
            marks.append((words, "break"))
        if not _QUOTE_OR_BREAK.search(span_text(sent)):
            words += len(sent)  # no mark falls inside it: a quotation holds all of it or none, so tokens will do
        else:
            for token in span_tokens(sent):
                if token.is_space:
                    if "\n" in token.text:
                        marks.append((words, "break"))
                elif not token.is_punct:
                    words += 1
                else:
                    mark = _article_mark(token)
                    if mark:
                        marks.append((words, mark))
        parties.extend(_parties_named(sent, att))
    return SentenceContext(
        claimers=unique(name for att in atts for name in att.claimers),
        pronoun=next((att.pronoun for att in atts if att.pronoun), ""),
        parties=parties,
        words=words,
        marks=marks,
        ends_with_colon=bool(sents) and span_text(sents[-1]).rstrip().endswith(":"),
        signature=signature_name(sents[0]) if sents else [],
        speech_tag=bool(sents) and _is_speech_tag(sents[0], atts[0]),
        continuation=bool(sents) and _CONTINUATION.match(span_text(sents[0])) is not None,
        trailing_party=_trailing_party(sents[-1], atts[-1]) if sents else [],
        cut_cue=_cut_cue(sents[0]) if sents else "",
        colon_label=_colon_label(sents[0], atts[0]) if sents else "",
    )


def _colon_label(sent: Span, att: Attribution) -> str:
    tokens = tokens_of(sent.doc, att.body_start, min(att.body_start + 2, sent.end))
    if att.claimers or len(tokens) < 2 or tokens[1].text != ":" or not tokens[0].is_alpha:
        return ""
    return tokens[0].text if tokens[0].is_title or tokens[0].is_upper else ""


def _trailing_party(sent: Span, att: Attribution) -> list[str]:
    """The person or organisation that ends the sentence, outside quotations, followed by nothing but punctuation
    and a parenthesis ("..., Sen. Lindsey Graham (R-S.C.)")."""
    ents = [e for e in party_entities(sent.doc, att.body_start, sent.end) if e.label_ in ("PERSON", "ORG")]
    if not ents or ents[-1].start in att.quoted:
        return []
    depth = 0
    for token in tokens_of(sent.doc, ents[-1].end, sent.end):
        depth += token.text == "("
        if depth == 0 and not (token.is_punct or token.is_space):
            return []
        depth -= token.text == ")"
    return [clean_name(ents[-1].text)]


def _cut_cue(sent: Span) -> str:
    """ "content" or "bare" when the sentence opens, in lower case, with a verb of saying that has no subject (see
    ``SentenceContext.cut_cue``), else ""."""
    words = [t for t in span_tokens(sent) if token_attrs(t).word]
    if not words or not words[0].is_lower:
        return ""
    verb = words[0] if words[0].pos_ == "VERB" else words[1] if len(words) > 1 and words[0].pos_ == "ADV" else None
    if verb is None or verb.lemma_.lower() not in lexicon.CLAIMER_VERBS:
        return ""
    children = list(children_of(verb))
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in children):
        return ""
    says = any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in children) or _ANY_QUOTE.search(span_text(sent))
    return "content" if says or any(c.lower_ == ":" for c in children) else "bare"


def signature_name(sent: Span) -> list[str]:
    """The name a signature line opening the sentence gives ("― Ana Ruiz" closing the quotation before it)."""
    match = _SIGNATURE.match(span_text(sent))
    return [clean_name(match.group(1))] if match is not None else []


# What a verb of saying may govern when it introduces content of its own rather than tagging the quotation before.
_CONTENT_DEPS = frozenset(["ccomp", "xcomp", "dobj", "attr", "oprd", "parataxis", "dative"])
# A speech tag's words besides its subject ("said, looking out on the cheering crowd").
_SPEECH_TAG_WORDS = 8


# Verbs of taking a stand on what another said ("disagreed", "objected"): a new speaker's turn, never the tag of the
# quotation before.
_REACTION_VERBS = frozenset(["disagree", "agree", "object", "concur", "dissent", "differ", "demur"])


def _is_speech_tag(sent: Span, att: Attribution) -> bool:
    """Whether the sentence only says who spoke ("Trump said, looking out on the crowd.", "a narrator in the ad
    asks.", "said David Plouffe, a former aide."): a verb of saying and its subject, the speaker, with nothing said
    in the sentence itself."""
    if not (att.claimers or att.pronoun) or _ANY_QUOTE.search(span_text(sent)):
        return False
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() not in lexicon.CLAIMER_VERBS:
        return False
    if root.lemma_.lower() in _REACTION_VERBS:
        return False  # '"Every library stays open." Opposition leader Piotr Dahl disagreed.': another's turn
    children = list(children_of(root))
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ in _CONTENT_DEPS for c in children):
        return False
    left, right = subtree_bounds(subject)
    words = [t for t in span_tokens(sent) if not (t.is_punct or t.is_space or left <= t.i < right)]
    return len(words) <= _SPEECH_TAG_WORDS


@dataclass
class _Quotation:
    words: dict[int, int]  # the sentences it touches -> how many of their words it holds
    closed: bool = False  # ended by a closing mark (not by a paragraph break or the article's end)
    words_after: int = 0  # words of its last sentence after the closing mark


def _quotations(contexts: list[SentenceContext]) -> list[_Quotation]:
    """The quotations of an article's sentences, in order. A quotation left open at a paragraph break goes on when
    the next paragraph opens with a quote mark (the news convention for a quote running over several paragraphs),
    else ends there."""
    flat = [(index, at, kind) for index, ctx in enumerate(contexts) for at, kind in ctx.marks]
    offsets = [0]
    for ctx in contexts:
        offsets.append(offsets[-1] + ctx.words)
    out: list[_Quotation] = []
    current: _Quotation | None = None
    position = 0  # words of the article before the place the walk has reached

    def take(until: int) -> None:  # the words from ``position`` to ``until`` go to the open quotation
        nonlocal position
        if current is not None:
            index = bisect_right(offsets, position) - 1
            while position < until:
                step = min(until, offsets[index + 1]) - position
                if step:
                    current.words[index] = current.words.get(index, 0) + step
                position += step
                index += 1
        position = until

    for k, (index, at, kind) in enumerate(flat):
        take(offsets[index] + at)
        if kind == "break":
            following = flat[k + 1] if k + 1 < len(flat) else None
            continues = (
                following is not None
                and offsets[following[0]] + following[1] == position
                and following[2] in ("open", "either")
            )
            if current is not None and not continues:
                out.append(current)
                current = None
        elif current is None:
            if kind in ("open", "either"):
                current = _Quotation({index: 0})
        elif kind == "open":
            current.words.setdefault(index, 0)  # a new paragraph of the same quotation
        else:
            current.words.setdefault(index, 0)
            current.closed = True
            current.words_after = contexts[index].words - at
            out.append(current)
            current = None
    take(offsets[-1])
    if current is not None:
        out.append(current)
    return out


# How many sentences back a pronoun may find its antecedent.
PRONOUN_REACH = 6


@dataclass
class Resolved:
    """A sentence's claimers in its article."""

    claimers: list[str]
    # a bare speech tag naming the speaker of the quotation right before it ("Clinton said."): no statement of its own
    tags_quotation: bool = False
    # every word of the sentence lies inside one quotation (a middle sentence of a quote over several)
    in_quotation: bool = False


def resolve_claimers(contexts: list[SentenceContext]) -> list[Resolved]:
    """Each sentence's claimers in its article, from the ``SentenceContext`` of its sentences in order: its own
    claimers; else a pronoun speaker resolved to the nearest compatible party named before it ("he" -> a man or an
    unknown-gender person, never a name inside a quotation); else, inside a quotation, the quotation's speaker.

    The speaker of a quotation: the one a signature line or a bare speech tag right after it names ('..." ― Ana
    Ruiz', '..."' + 'a narrator in the ad asks.'), else the one named in any sentence of it, or before its colon,
    or that of the quotation just before it (a quote running on over several sentences and paragraphs keeps its
    speaker). A sentence wholly inside a quotation is the speaker's words: whoever it cites or calls "they" is not
    its claimer, and the names in it are no antecedents."""
    quotations = _quotations(contexts)
    covered = {i for q in quotations for i, n in q.words.items() if n and n == contexts[i].words}
    own: list[list[str]] = []
    history: list[_Party] = []
    named = {w.lower() for c in contexts for p in c.parties for name in p.names for w in name.split()}
    for index, ctx in enumerate(contexts):
        if index in covered:
            own.append([])
            continue
        claimers = list(ctx.claimers)
        if ctx.colon_label and ctx.colon_label.lower() in named:
            claimers = [ctx.colon_label]  # a headline's "Sanders: ...", Sanders being named in the article
        history.extend(replace(_by_surname(party, history), sentence=index) for party in ctx.parties)
        cut_from = contexts[index - 1].trailing_party if index and ctx.continuation else []
        if cut_from and ctx.cut_cue == "content":  # "Sen. David Perdue (R-Ga.)" + "said he didn't believe ..."
            own.append(unique(cut_from + claimers))
            continue
        following = contexts[index + 1] if index + 1 < len(contexts) else None
        if following is not None and following.continuation and following.cut_cue == "bare" and ctx.trailing_party:
            claimers = unique(claimers + ctx.trailing_party)  # "..., Sen. Lindsey Graham (R-S.C.)" + "told ..."
        if ctx.pronoun:  # "..., she added" (beside whoever the quoted words cite)
            for party in reversed(history):
                if index - party.sentence > PRONOUN_REACH:
                    break
                if party.sentence < index and _fits(party, ctx.pronoun):
                    claimers = unique(party.names + claimers)
                    if ctx.pronoun in PERSON_PRONOUNS:  # "she" said it: Sofie Lund is a woman from now on
                        for other in history:
                            if other.names == party.names and not other.gender:
                                other.gender = PERSON_PRONOUNS[ctx.pronoun]
                    history.append(replace(party, sentence=index))  # the speaker again, most recent
                    break
            else:
                if ctx.pronoun in PERSON_PRONOUNS:
                    mistyped = next((p for p in reversed(history) if p.sentence == index - 1 and p.maybe_person), None)
                    if mistyped is not None:
                        claimers = unique(mistyped.names + claimers)
                        history.append(
                            replace(mistyped, kind="person", gender=PERSON_PRONOUNS[ctx.pronoun], sentence=index)
                        )
        own.append(claimers)
    claimers_of = [list(c) for c in own]
    previous_speaker: list[str] = []
    previous_last = len(contexts)  # the last sentence of the quotation before (none yet)
    tags: set[int] = set()
    for quotation in quotations:
        inside = sorted(quotation.words)
        # who speaks: a tag right after it, else a sentence holding some of its words, else one it only touches
        speaker = _tagged_after(quotation, inside[-1], contexts, own)
        if speaker and contexts[inside[-1] + 1].speech_tag:
            tags.add(inside[-1] + 1)
        speaker = speaker or next((own[i] for i in inside if own[i] and quotation.words[i]), [])
        speaker = speaker or next((own[i] for i in inside if own[i]), [])
        attributed = bool(speaker) or any(contexts[i].pronoun for i in inside if i not in covered)
        before = inside[0] - 1
        if not attributed and before >= 0 and contexts[before].ends_with_colon and own[before]:
            speaker = own[before]
        elif not attributed and all(
            contexts[i].speech_tag or contexts[i].continuation for i in range(previous_last + 1, inside[0])
        ):
            speaker = previous_speaker  # only a speech tag or the rest of a cut sentence between them
        for i in inside:
            words = contexts[i].words
            if not own[i] and words and quotation.words[i] * 2 >= words:
                claimers_of[i] = list(speaker)
        previous_speaker, previous_last = speaker, inside[-1]
    return [Resolved(claimers, i in tags, i in covered) for i, claimers in enumerate(claimers_of)]


def _by_surname(party: _Party, history: list[_Party]) -> _Party:
    """A one-word claimer that is the surname of a person named before ("Renzi said" after "Health Minister Paolo
    Renzi announced"): that person, by full name, whatever the tagger made of the word, so a later "he" finds them."""
    if party.kind == "person" or len(party.names) != 1 or " " in party.names[0] or not party.names[0][:1].isupper():
        return party
    surname = party.names[0]
    bearers = [p for p in history if p.kind == "person" and any(n.split()[-1] == surname != n for n in p.names)]
    # (of two who share it, the one named first: "Vukas" after "Mayor Renata Vukas" and "Dario Vukas")
    earlier = (bearers[0] if len({p.names[0] for p in bearers}) > 1 else bearers[-1]) if bearers else None
    return replace(party, names=earlier.names, kind="person", gender=earlier.gender) if earlier is not None else party


def _tagged_after(quotation: _Quotation, last: int, contexts: list[SentenceContext], own: list[list[str]]) -> list[str]:
    """The speaker a signature or a bare speech tag names right after a quotation that closes its sentence."""
    if not quotation.closed or quotation.words_after or last + 1 >= len(contexts):
        return []
    following = contexts[last + 1]
    if following.signature:
        return list(following.signature)
    # a bare tag in the quotation's paragraph; one opening the next paragraph ("Finance Minister Petter Aune
    # disagreed.") is a new speaker's turn
    new_paragraph = bool(following.marks) and following.marks[0] == (0, "break")
    return list(own[last + 1]) if following.speech_tag and not new_paragraph else []


def article_claimers(sents: list[Span]) -> list[tuple[Attribution, list[str]]]:
    """Each sentence's attribution and its claimers in the article (``resolve_claimers``). A sentence wholly inside
    a quotation gets ``in_quotation`` and all its tokens in ``quoted``: its words are the speaker's."""
    atts = [attribution(sent) for sent in sents]
    contexts = [sentence_context([sent], [att]) for sent, att in zip(sents, atts, strict=True)]
    out = []
    for sent, att, resolved in zip(sents, atts, resolve_claimers(contexts), strict=True):
        if resolved.in_quotation:
            att.in_quotation = True
            att.quoted = att.quoted | set(range(sent.start, sent.end))
        out.append((att, resolved.claimers))
    return out
