"""Claim types: the ``ClaimType`` vocabulary, what each type means for scoring and dating, the cue words that
decide each type, and ``type_of``, which picks one.

Adding a type is a change here: a member of ``ClaimType``, its cues and rule, its place in ``TYPE_RULES`` (and in
``NOT_CHECKWORTHY_TYPES`` / ``TYPE_PRIORS`` / ``UNDATED_TYPES`` if it belongs there); then its test, and
``manage.py makemigrations claims`` for the new choice. A type that a sentence rewrite forces (``units``) is named
there by its member.

No spaCy import at run time: ``claims.models`` imports ``ClaimType`` from here.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models.enums import TextChoices

from claims.extraction.hedging import FUTURE_MODALS, PREDICTION_LEADS, PREDICTION_VERBS, Hedge
from claims.extraction.lexicon import ATTRIBUTION_VERBS, MULTIPLIERS, WORD_NUMBERS

if TYPE_CHECKING:  # type hints only (see the module docstring)
    from spacy.tokens import Token


class ClaimType(TextChoices):
    EVENT = "event", "Event"
    CASUALTY = "casualty", "Casualty"
    STATISTIC = "statistic", "Statistic"
    ACCUSATION = "accusation", "Accusation / allegation"
    ATTRIBUTED_STATEMENT = "attributed_statement", "Attributed statement"
    CONTROL = "control", "Control of territory"
    PREDICTION = "prediction", "Prediction"
    OPINION = "opinion", "Opinion / analysis"
    BACKGROUND = "background", "Background fact"


# Claim types that are not checkable facts: never check-worthy in an article.
NOT_CHECKWORTHY_TYPES = frozenset({ClaimType.PREDICTION, ClaimType.OPINION})
# Article claims of these types: score = 1 - (1 - score) * (1 - prior).
TYPE_PRIORS = {
    ClaimType.CASUALTY: 0.6,
    ClaimType.STATISTIC: 0.6,
    ClaimType.CONTROL: 0.6,
    ClaimType.ACCUSATION: 0.6,
    ClaimType.EVENT: 0.4,
}
# Types that report no event: the main clause of a sentence of these types gets no event date.
UNDATED_TYPES = frozenset({ClaimType.OPINION, ClaimType.BACKGROUND})

# Cue words, lower-case; lemmas unless noted.
# accusation: an accusing verb (attribution verbs whose statement is an accusation), or a word naming one
ACCUSATION_VERBS = frozenset(["accuse", "condemn", "allege", "blame", "charge", "denounce", "criticize", "criticise"])
ACCUSATION_WORDS = frozenset(["accusation", "allegation", "accused", "alleged"])
# casualty: people killed, injured, harmed or displaced (lemmas, any part of speech)
CASUALTY_WORDS = frozenset(
    [
        "casualty",
        "kill",
        "die",
        "dead",
        "death",
        "wound",
        "injure",
        "injury",
        "hurt",
        "maim",
        "victim",
        "fatality",
        "execute",
        "massacre",
        "behead",
        "drown",
        "displace",
        "flee",
        "evacuate",
        "evacuee",
        "refugee",
        "homeless",
        "shelter",
        "hostage",
        "abduct",
        "kidnap",
        "infect",
        "infection",
        "sicken",
        "hospitalise",
        "hospitalize",
    ]
)
# ... and words that are casualty words only beside a figure ("12 people are missing", "40 bodies")
CASUALTY_WITH_FIGURE = frozenset(["missing", "body", "toll"])
# statistic: a figure that is not about people harmed. Not figures: dates, times, ordinals, "one", numbers inside a
# name ("G20", "Covid-19") and numbers that describe a thing ("a 70-page report", "a 23-year-old").
NOT_QUANTITY_ENTITIES = frozenset(["DATE", "TIME", "ORDINAL", "ORG", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "FAC"])
NOT_QUANTITY_WORDS = frozenset(["one", "1"])  # word forms
FIGURE_ENTITIES = frozenset(["MONEY", "PERCENT", "QUANTITY"])
# a spelled-out number below four ("two leaders", "three towns") is a figure only with a modifier ("at least three")
SMALL_NUMBER = 4
# shares: "half of", "a third of", "twice the number" (word forms)
SHARE_WORDS = frozenset(["half", "third", "thirds", "quarter", "quarters", "fifth", "tenth", "twice", "double"])
FIGURE_MODIFIERS = frozenset(["about", "around", "nearly", "almost", "least", "than", "over", "under", "some", "up"])
FIGURE_WORDS = frozenset(["dozens", "hundreds", "thousands", "millions", "billions", "majority"])  # word forms
# polls and surveys: their findings are statistics, never predictions ("most voters expect prices to rise")
POLL_WORDS = frozenset(["poll", "survey", "respondent", "pollster"])
# control: a phrase in the text
CONTROL_PHRASE = re.compile(
    r"\b(?:under (?:the )?(?:full |effective )?control of|in control of|controlled by|held by|in the hands of"
    r"|(?:controls?|holds?|held) (?:the|most|all|much|parts?)"
    r"|(?:seized|captured|recaptured|retook|took control of) (?:the )?(?:[\w-]+ ){0,4}"
    r"(?:city|town|village|airport|airfield|base|province|region|district|capital|territory|port|crossing|bridge))\b",
    re.IGNORECASE,
)
# opinion (unless the claim holds a number): evaluative verbs and adjectives, analysis rather than a checkable fact
OPINION_VERBS = frozenset(
    [
        "mark",
        "signify",
        "represent",
        "underscore",
        "symbolize",
        "symbolise",
        "herald",
        "illustrate",
        "epitomize",
        "epitomise",
        "complicate",
        "think",
        "believe",
        "feel",
        "hope",
        "wish",
    ]
)
OPINION_ADJECTIVES = frozenset(
    [
        "pivotal",
        "significant",
        "critical",
        "crucial",
        "notorious",
        "profound",
        "devastating",
        "alarming",
        "important",
        "remarkable",
        "unprecedented",
        "historic",
        "dramatic",
        "worrying",
        "troubling",
        "shameful",
        "disgraceful",
        "outrageous",
        "great",
        "terrible",
        "wonderful",
        "wrong",
        "right",
        "good",
        "bad",
        "best",
        "worst",
        "fair",
        "unfair",
        "ridiculous",
        "absurd",
        "dangerous",
    ]
)


@dataclass(frozen=True)
class _Evidence:
    """What the rules look at: a claim's tokens and text, its hedge, whether it names a claimer, and its
    ``scoring.token_features``."""

    tokens: Sequence["Token"]
    text: str
    hedge: Hedge
    has_claimers: bool
    features: dict[str, float]
    lemmas: frozenset[str]


def _is_prediction(e: _Evidence) -> bool:
    """A statement about the future: a predicted hedge or another future cue (``_reports_future``), unless the
    claim reports a poll or every future cue in it belongs to a past fact ("analysts had expected a loss, but the
    firm reported a profit", "the council passed a law that will ban plastic bags")."""
    if e.lemmas & POLL_WORDS:
        return False
    if e.hedge != Hedge.PREDICTED:
        return any(_reports_future(t) for t in e.tokens)
    cues = [cue for cue in (_future_cue(e.tokens, i) for i in range(len(e.tokens))) if cue is not None]
    return not cues or not all(_past_fact_cue(cue, e.tokens) for cue in cues)


# Verbs of change that a possibility modal turns into a forecast ("the gap could narrow", "the toll may rise").
CHANGE_VERBS = frozenset(
    [
        *("rise", "fall", "narrow", "widen", "increase", "decrease", "grow", "shrink", "climb", "drop", "tighten"),
        *("worsen", "improve", "slow", "accelerate", "double", "soar", "plunge"),
    ]
)
# Verbs of intent: "plans to test", "intends to cut".
INTENT_VERBS = frozenset(["plan", "intend", "aim", "vow", "pledge", "promise"])


def _reports_future(token: "Token") -> bool:
    """Future cues the hedge does not mark: "could/may + a verb of change", "would" in reported speech ("she said
    the army would ..."), an intent ("plans to test"), a present-tense verb with a time ahead ("pricing in a cut by
    next month")."""
    if token.tag_ == "MD" and token.lower_ in ("could", "may", "might"):
        return token.head.lemma_.lower() in CHANGE_VERBS
    if token.tag_ == "MD" and token.lower_ == "would":
        verb = token.head
        return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ATTRIBUTION_VERBS
    if token.lemma_.lower() in INTENT_VERBS and token.pos_ == "VERB" and token.tag_ in ("VBZ", "VBP"):
        return any(c.dep_ == "xcomp" for c in token.children)
    if token.lower_ in AHEAD_WORDS or (token.lower_ == "due" and _next_is(token, "to")):
        # "talks are scheduled for next week", "the commission is due to publish": a time ahead of a verb that is
        # not in a past tense
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        auxes = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
        return not any(t.tag_ == "VBD" or t.lemma_ == "have" for t in auxes)
    return False


# Words of a time ahead (word forms): "next week", "tomorrow", "in the coming days".
AHEAD_WORDS = frozenset(["next", "tomorrow", "coming", "upcoming"])


def _next_is(token: "Token", word: str) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == word


def _future_cue(tokens: Sequence["Token"], i: int) -> "Token | None":
    """The verb a future cue at ``tokens[i]`` governs: "will <verb>", "going to <verb>", "likely/set to <verb>",
    or a forecasting verb itself (the cues of ``hedging.hedge_of``)."""
    token = tokens[i]
    if token.tag_ == "MD" and token.lower_ in FUTURE_MODALS:
        return token.head
    if token.lemma_.lower() in PREDICTION_VERBS and token.pos_ == "VERB":
        return token
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is not None and following.lower_ == "to" and token.lower_ in (*PREDICTION_LEADS, "going"):
        return following.head
    return None


def _past_fact_cue(cue: "Token", tokens: Sequence["Token"]) -> bool:
    """Whether a future cue belongs to a past fact: a past expectation beside a past event ("had been expected to
    open, but opened late"), or a future clause hanging off a past event ("passed a law that will ...")."""
    past_events = [
        t
        for t in tokens
        if t.tag_ == "VBD" and t.pos_ == "VERB" and t.i != cue.i and t.lemma_.lower() not in ATTRIBUTION_VERBS
    ]
    if cue.lemma_.lower() in PREDICTION_VERBS and cue.tag_ in ("VBD", "VBN"):
        past_perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children)  # "had expected"
        return past_perfect or bool(past_events)
    if cue.dep_ not in ("relcl", "acl", "advcl"):
        return False
    anchor = cue.head  # the verb the clause hangs off ("passed" in "passed a law that will ...")
    while anchor.pos_ not in ("VERB", "AUX") and anchor.head.i != anchor.i:
        anchor = anchor.head
    return anchor in past_events


def _is_accusation(e: _Evidence) -> bool:
    verb_lemmas = {t.lemma_.lower() for t in e.tokens if t.pos_ == "VERB"}
    return bool(verb_lemmas & ACCUSATION_VERBS or e.lemmas & ACCUSATION_WORDS)


def _is_figure(token: "Token") -> bool:
    """A checkable figure: digits ("40", "5.2"), a money/percent/quantity amount, a spelled-out number with a
    modifier or a multiplier ("at least three", "two million", "dozens"); not a date, an ordinal, "one", a number
    in a name or a number that describes a thing ("a 70-page report")."""
    if token.lower_ in FIGURE_WORDS:
        return True
    if not (token.like_num or token.tag_ == "CD") or token.lower_ in NOT_QUANTITY_WORDS:
        return False
    if token.ent_type_ in NOT_QUANTITY_ENTITIES and not _is_duration(token):
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.text in ("-", "–") and not token.whitespace_:
        return False  # "70-page", "23-year-old"
    if token.ent_type_ in FIGURE_ENTITIES or any(c.isdigit() for c in token.text):
        return True
    if WORD_NUMBERS.get(token.lower_, 0) >= SMALL_NUMBER:  # "eleven hours", "seven to two"
        return True
    return any(t.lower_ in FIGURE_MODIFIERS or t.lower_ in MULTIPLIERS for t in token.subtree if t.i != token.i)


DURATION_UNITS = frozenset(["hour", "day", "week", "month", "year", "minute"])
NOT_DURATION_WORDS = frozenset(["ago", "earlier", "later", "last", "next", "this", "since"])


def _is_duration(token: "Token") -> bool:
    """A number of a span of time ("waited 19 weeks", "within 48 hours"), not a date ("two weeks ago", "2019")."""
    if token.ent_type_ not in ("DATE", "TIME"):
        return False
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    words = {t.lemma_.lower() for t in doc[start:end]}
    return bool(words & DURATION_UNITS) and not words & NOT_DURATION_WORDS


def _is_share(token: "Token") -> bool:
    """ "about half of the particles", "a third of their income", "fallen by a quarter", "twice the number"."""
    if token.lower_ not in SHARE_WORDS or token.ent_type_ in ("DATE", "TIME"):
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    by = token.i >= 2 and doc[token.i - 1].lower_ in ("a", "one") and doc[token.i - 2].lower_ == "by"
    return token.lower_ in ("twice", "double") or by or (following is not None and following.lower_ == "of")


def _has_figure(e: _Evidence) -> bool:
    return any(_is_figure(t) or _is_share(t) for t in e.tokens)


def _is_casualty(e: _Evidence) -> bool:
    """People killed, injured, harmed or displaced: a casualty word that is not part of a name ("Refugee Legal
    Centre") or of another thing ("the refugee agency"), nor only a possibility without a figure ("the disease
    could kill")."""
    if not e.lemmas & (CASUALTY_WORDS | CASUALTY_WITH_FIGURE):
        return False
    words = set()
    for t in e.tokens:
        lemma = t.lemma_.lower()
        if (lemma not in CASUALTY_WORDS and lemma not in CASUALTY_WITH_FIGURE) or t.ent_type_ in NOT_QUANTITY_ENTITIES:
            continue
        if t.dep_ in ("compound", "amod") and t.head.lemma_.lower() not in CASUALTY_WORDS | CASUALTY_WITH_FIGURE:
            continue
        possible = any(c.tag_ == "MD" and c.lower_ in ("could", "can", "may", "might") for c in t.children)
        if possible and not _has_figure(e):
            continue
        words.add(lemma)
    return bool(words & CASUALTY_WORDS) or bool(words & CASUALTY_WITH_FIGURE and _has_figure(e))


def _is_statistic(e: _Evidence) -> bool:
    """Any other figure (economy, money, polls, counts); a poll's finding ("a majority backs the plan") too."""
    return _has_figure(e) or any(_poll_is_source(t) for t in e.tokens)


def _poll_is_source(token: "Token") -> bool:
    """A poll or survey the claim reports: "according to a poll", "a survey found ..." (not "dismissed the poll")."""
    if token.lemma_.lower() not in POLL_WORDS:
        return False
    if token.dep_ == "nsubj" or (token.pos_ == "VERB" and token.tag_ == "VBN"):  # "economists polled by X"
        return True
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and head.doc[head.i - 1].lower_ == "according"


def _is_control(e: _Evidence) -> bool:
    return CONTROL_PHRASE.search(e.text) is not None


def _is_opinion(e: _Evidence) -> bool:
    opinion = any(
        (t.lemma_.lower() in OPINION_VERBS and t.pos_ == "VERB")
        or (t.lemma_.lower() in OPINION_ADJECTIVES and t.pos_ == "ADJ")
        for t in e.tokens
    )
    return opinion and not e.features["number"]


def _is_attributed_statement(e: _Evidence) -> bool:
    return e.has_claimers


def _is_event(e: _Evidence) -> bool:
    return bool(e.features["event_verb"] or e.features["date"])


# In order: the first type whose rule holds is the claim's type; none holds -> BACKGROUND.
TYPE_RULES: tuple[tuple[ClaimType, Callable[[_Evidence], bool]], ...] = (
    (ClaimType.PREDICTION, _is_prediction),
    (ClaimType.ACCUSATION, _is_accusation),
    (ClaimType.CASUALTY, _is_casualty),
    (ClaimType.CONTROL, _is_control),
    (ClaimType.STATISTIC, _is_statistic),
    (ClaimType.OPINION, _is_opinion),
    (ClaimType.ATTRIBUTED_STATEMENT, _is_attributed_statement),
    (ClaimType.EVENT, _is_event),
)


def type_of(
    tokens: Sequence["Token"], text: str, *, hedge: Hedge, has_claimers: bool, features: dict[str, float]
) -> ClaimType:
    """The type of a claim (``TYPE_RULES``, first match wins). ``features`` are its ``scoring.token_features``."""
    evidence = _Evidence(
        tokens=tokens,
        text=text,
        hedge=hedge,
        has_claimers=has_claimers,
        features=features,
        lemmas=frozenset(t.lemma_.lower() for t in tokens),
    )
    for claim_type, rule in TYPE_RULES:
        if rule(evidence):
            return claim_type
    return ClaimType.BACKGROUND
