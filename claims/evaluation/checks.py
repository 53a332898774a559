"""The tests the article eval applies to one claim: word-overlap matching, the claimer match, the stand-alone check
and the garbling checks. Text in, numbers and flags out; no spaCy here except ``has_subject_and_verb``, which takes
a parsed doc.

The word lists here are the eval's own, not the pipeline's (``claims/extraction/lexicon.py``): a measure that shared
the rules it measures would move whenever they change.
"""

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

WORD = re.compile(r"\w+")

# --- matching ------------------------------------------------------------------------------------------------------
# A gold claim and an extracted claim match when the token Jaccard of their spans (the sets of word positions in the
# article) is at least MATCH_JACCARD; matching is one-to-one, best pairs first.
MATCH_JACCARD = 0.5


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every word (``\\w+``) of a text."""
    return [m.span() for m in WORD.finditer(text)]


def words_in(words: Sequence[tuple[int, int]], start: int, end: int) -> frozenset[int]:
    """Indices of the words that start inside [start, end)."""
    return frozenset(i for i, (ws, _) in enumerate(words) if start <= ws < end)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def match_pairs(gold: Sequence[frozenset[int]], extracted: Sequence[frozenset[int]]) -> dict[int, int]:
    """One-to-one matching {gold index: extracted index}: pairs with Jaccard >= MATCH_JACCARD, best first (ties go
    to the earlier gold, then the earlier extracted claim)."""
    pairs = sorted(
        (
            (-jaccard(g, e), gi, ei)
            for gi, g in enumerate(gold)
            for ei, e in enumerate(extracted)
            if g & e and jaccard(g, e) >= MATCH_JACCARD
        ),
    )
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, ei in pairs:
        if gi not in matched and ei not in used:
            matched[gi] = ei
            used.add(ei)
    return matched


# --- claimers: the PolNeAR acceptance metric (/work/shared/data/README.md) ------------------------------------------
# Lower-cased words without articles and titles; a predicted name matches a gold one when one word set holds the
# other or their Jaccard is at least 0.5.
NAME_STOPWORDS = frozenset(["the", "a", "an", "of", "mr", "mrs", "ms", "dr", "s"])


def name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in NAME_STOPWORDS)


def claimer_matches(predicted: str, gold: Iterable[str]) -> bool:
    a = name_words(predicted)
    if not a:
        return False
    for name in gold:
        b = name_words(name)
        if b and (a <= b or b <= a or len(a & b) / len(a | b) >= 0.5):
            return True
    return False


# --- stand-alone text -----------------------------------------------------------------------------------------------
# A claim's text stands alone when (1) it holds no context marker that the gold stand-alone text does not hold too
# (a third-person pronoun; a bare definite description "the institute", but not "the mayor of Kerem" or "the group
# Digital Rights Forum"; a relative time "on Tuesday" / "a day earlier" / a month without its year), and (2) it
# holds at least STANDALONE_OVERLAP of the gold stand-alone text's content words (dates compared in one form; words
# the gold puts in brackets are optional), so the antecedents the gold text names are there.
STANDALONE_OVERLAP = 0.7
# A relative time counts as resolved when a year stands within this many characters of it ("on Tuesday, 3 March
# 2026", "yesterday (2 March 2026)").
RESOLVED_WINDOW = 25

PRONOUNS = frozenset(["he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs", "it", "its"])
DESCRIPTION_HEADS = frozenset(
    [
        "group",
        "groups",
        "institute",
        "ministry",
        "agency",
        "company",
        "firm",
        "organisation",
        "organization",
        "government",
        "army",
        "military",
        "militia",
        "rebels",
        "court",
        "council",
        "committee",
        "commission",
        "report",
        "study",
        "survey",
        "poll",
        "attack",
        "strike",
        "strikes",
        "operation",
        "incident",
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "president",
        "governor",
        "mayor",
        "city",
        "town",
        "village",
        "country",
        "region",
        "province",
        "party",
        "union",
        "bank",
        "hospital",
        "clinic",
        "school",
        "plant",
        "facility",
        "factory",
        "project",
        "plan",
        "bill",
        "law",
        "deal",
        "agreement",
        "move",
        "decision",
        "statement",
        "programme",
        "program",
        "campaign",
        "storm",
        "quake",
        "earthquake",
        "fire",
        "flood",
        "floods",
        "blast",
        "explosion",
        "virus",
        "outbreak",
        "disease",
        "vaccine",
        "drug",
        "trial",
        "index",
        "fund",
        "regulator",
        "watchdog",
        "authority",
        "authorities",
        "charity",
        "researchers",
        "scientists",
        "team",
        "university",
        "centre",
        "center",
        "board",
        "panel",
        "body",
        "department",
        "office",
        "mission",
        "force",
        "forces",
        "coalition",
        "alliance",
        "bloc",
        "man",
        "woman",
        "men",
        "women",
        "victim",
        "victims",
        "suspect",
        "suspects",
        "defendant",
        "judge",
        "prosecutor",
        "prosecutors",
        "lawyer",
        "lawyers",
        "family",
        "ngo",
        "organisers",
        "organizers",
        "site",
        "area",
        "camp",
        "border",
        "zone",
        "toll",
        "islanders",
        "airline",
        "carrier",
        "insurer",
        "retailer",
        "manufacturer",
    ]
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_UNITS = "day|days|week|weeks|month|months|year|years|night|nights|hour|hours"
RELATIVE_TIME = re.compile(
    rf"\b(?:(?:last|next|this|past|coming)\s+(?:night|week|weekend|month|year|spring|summer|autumn|fall|winter"
    rf"|morning|afternoon|evening|{_WEEKDAYS})"
    rf"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a few|\d+)\s+(?:{_UNITS})\s+"
    r"(?:earlier|later|ago|previously)"
    r"|the\s+(?:day|week|month|night|year)\s+before"
    r"|the\s+(?:previous|following|next)\s+(?:day|week|month|year|night|morning)"
    r"|(?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:day|week|month|year)"
    rf"|yesterday|today|tonight|tomorrow|{_WEEKDAYS})s?\b",
    re.IGNORECASE,
)
# Month names (capitalised: "may" is a modal) without a year after them.
_MONTH_RE = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_WITHOUT_YEAR = re.compile(
    rf"\b(?:{_MONTH_RE})\b"
    r"(?!,?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b)"
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTHS = {name.lower(): number for number, name in enumerate(_MONTH_RE.split("|"), start=1)}  # "january": 1
DATE_FORMS = (
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE}),?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
)
OVERLAP_STOPWORDS = (
    frozenset(
        [
            "the",
            "a",
            "an",
            "of",
            "in",
            "on",
            "at",
            "to",
            "for",
            "and",
            "or",
            "but",
            "that",
            "which",
            "who",
            "whom",
            "whose",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "has",
            "have",
            "had",
            "by",
            "with",
            "as",
            "from",
            "than",
            "then",
            "this",
            "these",
            "those",
            "s",
            "said",
            "says",
            "say",
            "told",
            "dr",
            "mr",
            "mrs",
            "ms",
        ]
    )
    | PRONOUNS
)


def context_markers(text: str) -> Counter[str]:
    """The context markers of a text, lower-cased, with their counts (relative times near a year left out)."""
    found: Counter[str] = Counter()
    for m in WORD.finditer(text):
        if m.group().lower() in PRONOUNS:
            found[m.group().lower()] += 1
    for m in re.finditer(
        r"\b(?:the|this|that|these|those)\s+(\w+(?:'s)?)\b(?!,?\s+(?-i:[A-Z])|\s+(?:of|in|at|for|by|on|from|against)\s+(?:the\s+)?(?-i:[A-Z]))",
        text,
        re.IGNORECASE,
    ):
        if m.group(1).lower().removesuffix("'s") in DESCRIPTION_HEADS:
            found[" ".join(m.group().lower().split())] += 1
    for pattern in (RELATIVE_TIME, MONTH_WITHOUT_YEAR):
        for m in pattern.finditer(text):
            window = text[max(0, m.start() - RESOLVED_WINDOW) : m.end() + RESOLVED_WINDOW]
            if not YEAR.search(window):
                found[" ".join(m.group().lower().split())] += 1
    return found


def _normalise_dates(text: str) -> str:
    def iso(m: re.Match[str]) -> str:
        month = m.group("month")
        number = _MONTHS[month.lower()] if month.isalpha() else int(month)
        return f" d{m.group('year')}{number:02d}{int(m.group('day')):02d} "

    for pattern in DATE_FORMS:
        text = pattern.sub(iso, text)
    return text


def content_words(text: str) -> Counter[str]:
    return Counter(
        w for w in (m.group().lower() for m in WORD.finditer(_normalise_dates(text))) if w not in OVERLAP_STOPWORDS
    )


@dataclass(frozen=True)
class StandaloneResult:
    ok: bool
    unresolved: tuple[str, ...]
    overlap: float


OPTIONAL = re.compile(r"\[([^\[\]]*)\]")


def without_brackets(gold_standalone: str) -> str:
    """The gold stand-alone text as a reader sees it: "[Civic Union leader] Marta Iversen" -> "Civic Union leader
    Marta Iversen"."""
    return OPTIONAL.sub(r"\1", gold_standalone)


def standalone_check(text: str, gold_standalone: str) -> StandaloneResult:
    """``gold_standalone`` may put words a good text may leave out in brackets ("[Civic Union leader] Marta
    Iversen"): they count as allowed context markers, not as required words. A marker the gold holds with or
    without them is allowed: "the[ Kestrin] city council" says "the city council" is good enough."""
    without = OPTIONAL.sub(" ", gold_standalone)
    unresolved = context_markers(text) - (context_markers(without_brackets(gold_standalone)) | context_markers(without))
    gold_words = content_words(without)
    found = content_words(text) & gold_words
    overlap = sum(found.values()) / sum(gold_words.values()) if gold_words else 1.0
    return StandaloneResult(
        ok=not unresolved and overlap >= STANDALONE_OVERLAP,
        unresolved=tuple(sorted(unresolved.elements())),
        overlap=overlap,
    )


# --- garbling -------------------------------------------------------------------------------------------------------
NUMBER_WORDS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "billions",
        "trillion",
        "dozen",
        "dozens",
    ]
)
_NUMBER = re.compile(r"(?<![\w.,:])\d[\d,.]*(?<![.,])(?![\w:])|\b[A-Za-z]+\b")
_DAY_OF_MONTH = re.compile(rf"(?:{_MONTH_RE})\s+$|^\s+(?:{_MONTH_RE})\b")


def quantities(text: str) -> list[tuple[int, int]]:
    """Spans of the quantities of a text: numerals and number words, not years, days of a month or clock times."""
    out: list[tuple[int, int]] = []
    for m in _NUMBER.finditer(text):
        value = m.group()
        if value[0].isalpha():
            if value.lower() in NUMBER_WORDS:
                out.append(m.span())
            continue
        if re.fullmatch(r"(?:19|20)\d\d", value):
            continue
        before, after = text[max(0, m.start() - 12) : m.start()], text[m.end() : m.end() + 12]
        if len(value) <= 2 and (_DAY_OF_MONTH.search(before) or _DAY_OF_MONTH.search(after)):
            continue
        out.append(m.span())
    return out


_CLOSE = {"(": ")", "\u201c": "\u201d", "[": "]"}
# The text before a dateline's dash: a few words ending in ")" ("ORVANE, March 4 (Meridian Wire)").
_DATELINE_END = re.compile(r"^\W*(?:\S+\s+){0,7}\S*\)\s*$")
_DASH = re.compile(r"\s[-\u2013\u2014]\s|\u2014|\s--\s")


def regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of a sentence inside quotes, parentheses or a pair of dashes. A quote or parenthesis that
    opens and never closes runs to the end; one that closes without opening (a quote running on from the previous
    sentence) runs from the start. A dash right after ")" (a dateline) pairs with nothing."""
    found: list[tuple[int, int]] = []
    for opener, closer in (*_CLOSE.items(), ('"', '"')):
        start: int | None = None
        for i, ch in enumerate(text):
            if opener != closer and ch == opener and start is None:
                start = i + 1
            elif opener != closer and ch == closer:
                found.append((0 if start is None else start, i))
                start = None
            elif opener == closer and ch == opener:
                opening = i == 0 or text[i - 1].isspace() or text[i - 1] in "([\u2014-"
                if start is None and opening:
                    start = i + 1
                elif start is None:
                    found.append((0, i))
                else:
                    found.append((start, i))
                    start = None
        if start is not None:
            found.append((start, len(text)))
    dashes = [m for m in _DASH.finditer(text) if not _DATELINE_END.search(text[: m.start()])]
    for first, second in zip(dashes[::2], dashes[1::2], strict=False):
        found.append((first.end(), second.start()))
    return found


def cuts_region(text: str, start: int, end: int) -> bool:
    """Whether [start, end) of a sentence takes some but not all of the words of one of its regions."""
    words = word_spans(text)
    inside = words_in(words, start, end)
    for region_start, region_end in regions(text):
        region = words_in(words, region_start, region_end)
        if region & inside and not region <= inside:
            return True
    return False


SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass", "csubj", "csubjpass", "expl"])


def has_subject_and_verb(doc: "Doc") -> bool:
    """Whether a parsed claim text has a subject and a verb (or auxiliary)."""
    return any(t.dep_ in SUBJECT_DEPS for t in doc) and any(t.pos_ in ("VERB", "AUX") for t in doc)
