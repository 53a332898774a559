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

from claims.extraction.hedging import Hedge

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
# casualty: casualty words, or a quantity (a number that is not a date, a time, an ordinal or "one")
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
        "victim",
        "toll",
        "fatality",
        "body",
        "missing",
        "displace",
    ]
)
NOT_QUANTITY_ENTITIES = frozenset(["DATE", "TIME", "ORDINAL"])
NOT_QUANTITY_WORDS = frozenset(["one", "1"])  # word forms
# control: a phrase in the text
CONTROL_PHRASE = re.compile(
    r"\b(?:under (?:the )?(?:full |effective )?control of|in control of|controlled by|held by|in the hands of"
    r"|(?:controls?|holds?) (?:the|most|all|much|parts?))\b",
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
    return e.hedge == Hedge.PREDICTED


def _is_accusation(e: _Evidence) -> bool:
    verb_lemmas = {t.lemma_.lower() for t in e.tokens if t.pos_ == "VERB"}
    return bool(verb_lemmas & ACCUSATION_VERBS or e.lemmas & ACCUSATION_WORDS)


def _is_casualty(e: _Evidence) -> bool:
    quantity = any(
        (t.like_num or t.tag_ == "CD")
        and t.ent_type_ not in NOT_QUANTITY_ENTITIES
        and t.lower_ not in NOT_QUANTITY_WORDS
        for t in e.tokens
    )
    if e.lemmas & CASUALTY_WORDS or (quantity and (e.features["quantity_word"] or e.features["money_percent"])):
        return True
    return quantity and not e.features["date"]


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
