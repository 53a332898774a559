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

from claims.extraction.dates import MONTHS, WEEKDAYS
from claims.extraction.doccache import children_of, token_attrs, tokens_of
from claims.extraction.hedging import (
    DENIAL_VERBS,
    FUTURE_MODALS,
    PREDICTION_LEADS,
    PREDICTION_VERBS,
    VERIFY_VERBS,
    Hedge,
    compared_likelihood,
    past_intention,
    time_clause_of_past,
)
from claims.extraction.lexicon import (
    ATTRIBUTION_VERBS,
    CLAIMER_VERBS,
    EVENT_VERBS,
    EXPLAINING_VERBS,
    MULTIPLIERS,
    PERSON_NOUNS,
    SEQUENCE_VERBS,
    WORD_NUMBERS,
)

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
# Verbs that answer an accusation: "rejected the accusation" reports a denial, not an accusation.
ANSWERING_VERBS = frozenset(["deny", "reject", "dismiss", "refute", "rebut", "contest", "dispute", "answer"])
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
        "hostage",
        "abduct",
        "kidnap",
        "infect",
        "infection",
        "sicken",
        "hospitalise",
        "hospitalize",
        "wounded",  # the adjective's own lemma: "nine wounded people"
        "injured",
    ]
)
# People in hospital for harm done to them: "23 were being treated in hospital", "two in a critical condition",
# "two children remained in hospital",
# "treated for smoke inhalation", "in hospital with serious burns" (not "the hospital said", not "hospital beds").
IN_HOSPITAL = re.compile(
    r"\b(?:in (?:a )?(?:critical|serious|stable|life-threatening) condition"
    r"|(?:treated|admitted|taken|rushed|airlifted|flown) (?:in|to) (?:a )?hospital"
    r"|in hospital with|treated (?:[\w,.-]+ ){0,5}?for (?:injuries|wounds|burns|smoke inhalation|gunshot|dehydration"
    r"|hypothermia"
    r"|heatstroke|exhaustion|shock|poisoning)|struck by (?:rubber )?bullets"
    r"|(?:remains?|remained|stayed|still) in (?:a )?hospital\b(?! (?:wing|ward|building|car))"
    r"|forc(?:ed|ing) (?:[\w,.-]+ ){0,4}(?:from|out of|to (?:leave|flee|abandon)) their homes|fled their homes)\b",
    re.IGNORECASE,
)
# Harm done to people, a casualty only when suffered (passive: "were beaten by guards", "had been tortured") or named
# as a noun of harm ("beatings"): "beat" and "abuse" have other senses ("beat the incumbent", "abuse of power").
HARM_VERBS = frozenset(["beat", "torture", "assault", "rape", "mistreat", "abuse", "starve", "maltreat", "harm"])
# ... of which those that accuse whoever did them ("beaten by guards", but "harmed by the delays" accuses no one)
ABUSE_VERBS = HARM_VERBS - {"harm"}
HARM_NOUNS = frozenset(["beating", "torture", "rape", "mistreatment", "maltreatment"])
# An injury named by the body part hurt: "his arm was broken", "a fractured skull", "suffered burns to her legs".
INJURY_VERBS = frozenset(["break", "fracture", "burn", "bruise", "crush", "sever", "amputate"])
INJURY_ADJECTIVES = frozenset(["broken", "fractured", "burned", "burnt", "crushed", "severed", "bruised"])
BODY_PARTS = frozenset(
    [
        *("arm", "leg", "hand", "foot", "finger", "rib", "skull", "jaw", "nose", "head", "neck", "back", "spine"),
        *("hip", "wrist", "ankle", "knee", "shoulder", "eye", "face", "tooth", "teeth", "bone", "pelvis", "collarbone"),
    ]
)
# Illness: "fell ill", "were taken ill", "sickened"
ILLNESS_WORDS = frozenset(["ill", "sick", "illness"])
# "cases" are casualties in a claim that names a disease ("212 cases of measles"), with a figure
CASE_WORDS = frozenset(["case"])
DISEASE_WORDS = frozenset(
    [
        *(
            "disease",
            "outbreak",
            "epidemic",
            "virus",
            "infection",
            "measles",
            "measle",
            "cholera",
            "covid",
            "covid-19",
            "flu",
        ),
        *("influenza", "malaria", "ebola", "dengue", "mpox", "polio", "tuberculosis", "typhoid", "diphtheria"),
        *("hepatitis", "meningitis", "listeria", "salmonella", "norovirus", "pneumonia"),
    ]
)
# Disease names the lemmatiser mangles ("norovirus" -> "noroviru") or that the list does not hold are read by their
# word form and ending ("rotavirus", "encephalitis").
DISEASE_SUFFIXES = ("virus", "itis")
# People: a casualty word modifying one of these names people harmed ("85 wounded civilians", "injured passengers"),
# not a thing ("the refugee agency"); lemmas.
PEOPLE_WORDS = frozenset(
    [
        *("person", "people", "civilian", "child", "man", "woman", "adult", "baby", "soldier", "fighter", "troop"),
        *("resident", "villager", "patient", "passenger", "worker", "miner", "student", "pupil", "family"),
        *("household", "migrant", "detainee", "prisoner", "protester", "pedestrian", "tourist", "inhabitant"),
        *("citizen", "islander", "tenant", "crew", "officer", "driver", "spectator", "fan"),
    ]
)
# Displaced by being moved: the people of a place passive subject of a verb of moving ("1,500 residents have been
# moved to schools", "families were rehoused"); staff moved to another office are not displaced (lemmas).
RELOCATION_VERBS = frozenset(["move", "relocate", "rehouse", "resettle", "transfer", "bus", "house"])
# Verbs that put people out of their homes ("were ordered out of their homes", "forced from their houses").
EXPULSION_VERBS = frozenset(["order", "force", "drive", "evict"])
HOME_WORDS = frozenset(["home", "house", "flat", "apartment", "village", "town"])
# People who flee from a crime they did, not from harm ("the thieves fled"; lemmas).
OFFENDER_WORDS = frozenset(
    ["thief", "robber", "burglar", "gunman", "attacker", "assailant", "suspect", "raider", "killer", "kidnapper"]
)
RESIDENT_WORDS = frozenset(
    ["resident", "villager", "family", "household", "inhabitant", "tenant", "people", "person", "civilian", "islander"]
)
# A casualty word governed by one of these is a harm feared or avoided, not one that happened ("to avoid a massacre")
AVERTING_WORDS = frozenset(["avoid", "prevent", "avert", "stop", "risk", "fear", "threat", "danger", "warn"])
# A casualty word about animals is no casualty ("a third of the oiled seabirds died"; lemmas)
ANIMAL_WORDS = frozenset(
    [
        *("animal", "bird", "seabird", "fish", "cattle", "livestock", "sheep", "cow", "goat", "pig", "chicken"),
        *("poultry", "horse", "dog", "cat", "whale", "dolphin", "seal", "turtle", "wildlife", "bee", "elephant"),
        *("deer", "wolf", "bear", "salmon", "coral", "tree", "crop", "herd", "flock", "creature", "species"),
    ]
)
# ... and words that are casualty words only beside a figure ("12 people are missing", "40 bodies", "4,000 in
# shelters", "five people are still trapped", not "visited the shelter")
CASUALTY_WITH_FIGURE = frozenset(["missing", "body", "toll", "shelter", "trap"])
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
# control: a phrase in the text. A verb of taking in any tense ("seized", "has retaken", "are capturing") with a place
# or a military position within five words; "controls" a share of a territory ("controls about 80 percent of the
# province", not "of the market").
CONTROL_PHRASE = re.compile(
    r"\b(?:under (?:the )?(?:full |effective )?control of|in control of|controlled by|held by|in the hands of"
    r"|(?:controls?|holds?|held) (?:the|most|all|much|parts?)"
    r"|controls? (?:about |around |nearly |almost |over |more than )?\d[\d.,]* ?(?:%|percent|per cent) of (?:the )?"
    r"(?:[\w'-]+ ){0,2}(?:country|province|territory|region|city|district|area|land)"
    r"|(?:seiz(?:e|es|ed|ing)|(?:re)?captur(?:e|es|ed|ing)|ret(?:ake|akes|aken|ook|aking)|overr(?:an|un|uns|unning)"
    r"|(?:took|taken|take|takes|taking|seized|gained|gain|gains|wrested) control of) (?:the )?(?:[\w'-]+ ){0,4}"
    r"(?:city|cities|towns?|villages?|airports?|airfields?|air base|bases?|provinces?|regions?|districts?|capital"
    r"|territory|ports?|crossings?|bridges?|outposts?|positions?|checkpoints?|strongholds?|garrisons?|hills?"
    r"|border posts?|military posts?|barracks))\b",
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


# Evaluative nouns predicated of something ("it is a national disgrace", "the figures are an embarrassment for X").
OPINION_NOUNS = frozenset(
    [
        *("disgrace", "scandal", "outrage", "shame", "travesty", "farce", "embarrassment", "betrayal", "insult"),
        *("mockery", "fiasco", "triumph", "masterpiece", "joke", "nonsense", "absurdity", "crime"),
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
    """A statement about the future: a predicted hedge or another future cue (``_reports_future``), unless every
    future cue in it is a poll's finding (``_poll_findings``: "a survey found that most voters expect prices to
    rise", "31 said they expected a cut") or belongs to a past fact ("analysts had expected a loss, but the firm
    reported a profit", "the council passed a law that will ban plastic bags"). A forecast beside a poll stays one
    ("he said the poll showed momentum and predicted that he would win")."""
    findings = _poll_findings(e)
    if findings is None:
        return False
    if e.hedge != Hedge.PREDICTED:
        return any(_reports_future(t) and not _reported_by(t, findings) for t in e.tokens)
    cues = [cue for cue in (_future_cue(e.tokens, i) for i in range(len(e.tokens))) if cue is not None]
    if not cues:
        return not findings
    return not all(_past_fact_cue(cue, e.tokens) or _reported_by(cue, findings) for cue in cues)


# Verbs of change that a possibility modal turns into a forecast ("the gap could narrow", "the toll may rise").
CHANGE_VERBS = frozenset(
    [
        *("rise", "fall", "narrow", "widen", "increase", "decrease", "grow", "shrink", "climb", "drop", "tighten"),
        *("worsen", "improve", "slow", "accelerate", "double", "soar", "plunge"),
        # and what pushes a figure ("a shutdown could push up prices", "the toll could reach 100")
        *("push", "drive", "lift", "raise", "cut", "hit", "reach", "exceed", "top"),
    ]
)
# Nouns an ahead word makes a time to come ("the coming week", "next month"; word forms).
TIME_UNIT_WORDS = frozenset(["day", "days", "week", "weeks", "month", "months", "year", "years", "weekend", "season"])
# Adjectives that say an event may come ("a further shock was possible", "another cut is likely").
LIKELIHOOD_WORDS = frozenset(["possible", "likely", "probable", "unlikely", "imminent"])
# Verbs of intent: "plans to test", "intends to cut".
INTENT_VERBS = frozenset(["plan", "intend", "aim", "vow", "pledge", "promise"])
# ... and weighing a step, which looks ahead as a plan does in the present ("is considering cutting the order")
PLAN_VERBS = INTENT_VERBS | {"consider"}
# Verbs of pledging, whose object is still to come whatever their tense ("promised 30 million euros next year").
PLEDGE_VERBS = frozenset(["vow", "pledge", "promise"])


# Verbs of a state, not an event: what a possibility modal puts before them is a hedged statement about now ("the
# figure may be higher", "the company may own other sites"), no forecast.
STATE_VERBS = frozenset(
    [
        *("be", "have", "know", "seem", "appear", "contain", "include", "remain", "exist", "belong", "mean"),
        *EXPLAINING_VERBS,
        *("own", "lack", "involve", "represent"),
        *("say", "tell", "think", "believe", "want", "need", "prefer", "like", "feel", "look", "sound", "come"),
        # what something can hold or bear ("the mosque could hold 300 worshippers") and what can be perceived
        # ("gunfire could be heard"): an ability, not an event to come
        *("hold", "support", "carry", "accommodate", "seat", "house", "handle", "afford", "fit", "serve"),
        *("hear", "see", "watch", "smell", "notice"),
    ]
)
# Verbs of knowing, whose clause's "could" is what could happen at the time ("did not know measles could kill").
KNOWING_VERBS = frozenset(["know", "realise", "realize", "understand", "learn", "discover", "forget", "imagine"])


def _what_may_happen(verb: "Token") -> bool:
    """A verb a possibility modal makes something that may happen: a verb of change ("the gap could narrow"), or
    any verb of an event, active or passive ("the recall could cost the company 90 million", "the allegations may
    hurt the party", "families could be reunited"); not a state ("may be higher", "may have links")."""
    lemma = verb.lemma_.lower()
    if lemma in CHANGE_VERBS:
        return True
    if verb.pos_ != "VERB" or verb.tag_ not in ("VB", "VBN") or lemma in STATE_VERBS:
        return False
    if lemma in VERIFY_VERBS:
        return False  # "Neither side's figures could be verified": whether it can be checked, nothing to come
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "than") for c in children_of(verb)):
        # "examining whether managers could face charges": a question; "faster than the factory could cope with": a
        # measure; no forecast
        return False
    governing = verb.head if verb.dep_ in ("ccomp", "conj") else None
    if governing is not None and governing.lemma_.lower() in KNOWING_VERBS:
        return False
    # (nor what was warned of before another past: "had warned in February that the slope could give way")
    return governing is None or not any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(governing))


def _reports_future(token: "Token") -> bool:
    """Future cues the hedge does not mark: "could/may + a verb of change", "would" in reported speech ("she said
    the army would ..."), an intent ("plans to test"), a present-tense verb with a time ahead ("pricing in a cut by
    next month")."""
    a = token_attrs(token)
    if a.tag == "MD" and a.lower in ("could", "may", "might"):
        # (not what could not be done: "search teams could not reach the farm")
        # (nor what may have happened: "the cold may have pushed hundreds into shelters")
        return (
            _what_may_happen(token.head)
            and not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_ == "have") for c in children_of(token.head))
            and not time_clause_of_past(token.head)
        )
    if a.tag == "MD" and a.lower == "would":
        return _reported_would(token)
    if a.lemma in PREDICTION_VERBS and a.tag == "VBN":
        # "more rain is forecast for Tuesday", "the bill is expected to pass": a forecast in the present passive
        return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in children_of(token))
    if a.lower == "by" and any(_names_a_time_ahead(c) for c in children_of(token) if c.dep_ == "pobj"):
        return _not_past(token)  # "markets are pricing in a cut by June"
    if a.dep == "advcl" and a.tag in ("VBZ", "VBP") and _opens_time_clause(token):
        # "when the regulator publishes its report", hanging off a verb about the future ("the answer may come
        # next month, when ..."): a present tense that stands for the future
        return _about_future(token.head)
    progressive = a.tag == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in children_of(token))
    if a.lemma in PLAN_VERBS and a.pos == "VERB" and (a.tag in ("VBZ", "VBP") or progressive):
        # "plans to test", "is planning to cut", "is considering cutting the order": what is meant to come
        return any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in children_of(token))
    if (
        a.lemma in INTENT_VERBS
        and a.tag == "VBD"
        and a.dep == "ccomp"
        and token.head.lemma_.lower() in ATTRIBUTION_VERBS
        and token.head.lemma_.lower() not in ANSWERING_VERBS  # ("denied that it planned any lay-offs": a denial)
    ):
        # "said her team planned a follow-up trial", "said it intended to appeal": a plan, told in the past tense
        return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(token))
    if a.lemma in PLEDGE_VERBS and a.pos == "VERB" and a.tag == "VBD" and a.dep != "relcl":
        # "promised 30 million euros for cybersecurity next year", "pledged to rebuild the bridge": what is pledged
        # is still to come (not "had pledged ...", a past the story moves on from, nor "the minister, who promised
        # in March that ...", what a person is known for)
        return any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in children_of(token)) and not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(token)
        )
    if a.lower in AHEAD_WORDS or (a.lower in SCHEDULE_WORDS and _schedules(token)):
        # "talks are scheduled for next week", "the commission is due to publish", "the figures are due on March
        # 10": a time ahead of a verb that is not in a past tense, or told in reported speech ("warned that a
        # shock was possible over the coming week")
        return _not_past(token) or (a.lower in AHEAD_WORDS and _names_a_time(token) and _reported(token))
    if a.lower in LIKELIHOOD_WORDS and a.dep == "acomp" and not compared_likelihood(token):
        # "another cut was possible", "a deal is likely": an event that may come (not "it was possible that ...")
        subject = next((c for c in children_of(token.head) if c.dep_ == "nsubj"), None)
        return subject is not None and subject.pos_ == "NOUN"
    if a.lower == "on" and _names_a_day(token):
        return _present_on_a_day(token)  # "polls open at 7 a.m. on Sunday", "the campaign begins on February 2"
    return False


# Words that schedule (word forms) and the prepositions after them that name when: "due to publish", "due on March
# 10", "scheduled for Monday", "set for March 15" ("set" only with "for": "set on fire", "set in 1850").
SCHEDULE_WORDS = {
    "due": frozenset(["to", "on", "in", "at", "by", "before"]),
    "scheduled": frozenset(["to", "for", "on", "in", "at"]),
    "slated": frozenset(["to", "for", "on", "in"]),
    "set": frozenset(["for"]),
}
# Day and month names, read in a DATE entity after "on" ("on Sunday", "on March 10").
_CALENDAR_WORDS = frozenset(WEEKDAYS + MONTHS)


def _schedules(token: "Token") -> bool:
    following = SCHEDULE_WORDS.get(token.lower_)
    if following is None or token.i + 1 >= len(token.doc):
        return False
    return token.doc[token.i + 1].lower_ in following and (token.lower_ != "due" or token.pos_ == "ADJ")


def _names_a_day(on: "Token") -> bool:
    """ "on Sunday", "on Sunday morning", "on March 10" (one day: not "on Sundays")."""
    return any(
        g.ent_type_ == "DATE" and g.lower_ in _CALENDAR_WORDS
        for c in children_of(on)
        if c.dep_ == "pobj"
        for g in c.subtree
    )


def _present_on_a_day(on: "Token") -> bool:
    """A day named for a verb in the simple present: a timetable ("polls open at 7 a.m. on Sunday", "the vote is
    on March 15"); not a verb of saying ("the ministry says on Monday ..."), nor "on" inside a noun phrase ("the
    attack on Sunday")."""
    anchor = on.head
    while anchor.pos_ == "ADP" or anchor.ent_type_ == "TIME":  # "at 7 a.m. on Sunday"
        if anchor.head.i == anchor.i:
            break
        anchor = anchor.head
    if anchor.lemma_.lower() in ATTRIBUTION_VERBS or anchor.lemma_.lower() in SEQUENCE_VERBS:
        return False
    present = anchor.pos_ in ("VERB", "AUX") and anchor.tag_ in ("VBZ", "VBP")
    verbless = anchor.dep_ == "ROOT" and anchor.pos_ == "ADJ"  # "polls open ...": a verb read as an adjective
    if not (present or verbless):
        return False
    deps = {c.dep_ for c in children_of(anchor)}
    return bool(deps & {"nsubj", "nsubjpass", "expl"}) and not deps & {"aux", "auxpass"}


def _verb_of(token: "Token") -> "Token":
    verb = token.head if token.pos_ not in ("VERB", "AUX") else token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _names_a_time(ahead: "Token") -> bool:
    """Whether an ahead word names a time ("the coming week", "next month"; not "her next-door neighbours")."""
    noun = ahead.head if ahead.dep_ == "amod" else ahead
    return noun.lower_ in TIME_UNIT_WORDS or noun.ent_type_ in ("DATE", "TIME")


def _reported(token: "Token") -> bool:
    """Whether the clause of ``token`` is a state someone said there is ("warned that a shock was possible ..."; not
    an act they reported, "said a fix was put off until next year")."""
    verb = _verb_of(token.head if token.pos_ in ("VERB", "AUX") else token)
    if verb.lemma_ != "be":
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ATTRIBUTION_VERBS


def _not_past(token: "Token") -> bool:
    """Whether the verb ``token`` belongs to is in no past tense (nor a perfect)."""
    verb = _verb_of(token.head if token.pos_ in ("VERB", "AUX") else token)
    auxes = [verb, *(c for c in children_of(verb) if c.dep_ in ("aux", "auxpass"))]
    # "would" is a past's future or a condition ("promised that waits would fall by the end of the year")
    return not any(t.tag_ == "VBD" or t.lemma_ == "have" or t.lower_ == "would" for t in auxes)


# Reported "would" that is no forecast: a necessity or a condition ("a person would have to take the pills for
# decades", "it would collapse if ...").
CONDITION_WORDS = frozenset(["if", "unless"])
# Subordinators of a clause of time ("when the report comes out", "once the parties publish").
TIME_SUBORDINATORS = frozenset(["when", "once", "until", "till", "before", "after", "as soon as"])
# Months, words of a year or a season: "by June", "by 2030", "by the end of the year" (word forms).
TIME_AHEAD_NOUNS = frozenset(
    [
        *("january", "february", "march", "april", "may", "june", "july", "august", "september", "october"),
        *("november", "december", "end", "spring", "summer", "autumn", "winter", "year", "month", "week"),
    ]
)


def _reported_would(token: "Token") -> bool:
    """ "would" in reported speech ("she said the army would withdraw", "... and that the city would fall"), not a
    necessity or a condition ("would have to", "would collapse if ...")."""
    verb = token.head
    if verb.lemma_ == "have" and any(c.lower_ == "to" for c in verb.subtree if c.i == verb.i + 1):
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb)):
        return False  # "that would have hurt the people who can least afford it": what did not happen
    conditions = [
        c for c in children_of(verb) if c.dep_ == "advcl" and any(g.lower_ in CONDITION_WORDS for g in children_of(c))
    ]
    # "would reopen on Monday if no new cases are found" is a forecast, and so is an ultimatum ("would take the case
    # to court if the pushbacks did not stop by the end of the month")
    if conditions and not _dated(verb) and not any(_dated(c) for c in conditions):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "without" and c.i < token.i for c in children_of(verb)):
        return False  # "Without that change, the rate would be closer to 7.5 percent": what would be, not will
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "said X and that the city would fall"
        verb = verb.head
    if verb.dep_ in ("relcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(verb)):
        # "told analysts on a conference call that the company would cut ...", "told parliament before the vote that
        # the reform would save ...": what was told, which the parser hung on the noun before it
        while verb.head.pos_ not in ("VERB", "AUX") and verb.head.head.i != verb.head.i:
            verb = verb.head
        # (not what a party rejects: "rejected claims that the rise would be funded by cuts" is a denial)
        lemma = verb.head.lemma_.lower()
        return verb.head.pos_ == "VERB" and lemma in ATTRIBUTION_VERBS and lemma not in DENIAL_VERBS
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ATTRIBUTION_VERBS - DENIAL_VERBS:
        return False  # ("denied that the plant would close": a denial)
    # not the reason a participle gives for an act ("Fishermen blockaded the port, saying the quotas would put
    # small boats out of business": the blockade is the claim)
    saying = verb.head
    return not (
        saying.tag_ == "VBG"
        and saying.dep_ in ("advcl", "xcomp", "conj")
        and saying.head.pos_ == "VERB"
        and saying.head.lemma_.lower() not in ATTRIBUTION_VERBS
    )


def _dated(verb: "Token") -> bool:
    """A date or a time ahead among the verb's modifiers ("on Monday", "next week")."""
    return any(
        g.ent_type_ == "DATE" or g.lower_ in AHEAD_WORDS
        for c in children_of(verb)
        if c.dep_ in ("prep", "npadvmod", "advmod")
        for g in c.subtree
    )


def _names_a_time_ahead(token: "Token") -> bool:
    """A month, a season, a year or "the end of ..." ("by June", "by 2030", "by the end of the year")."""
    if token.lower_ in TIME_AHEAD_NOUNS:
        return token.lower_ != "may" or token.ent_type_ == "DATE"
    return token.ent_type_ == "DATE" and token.like_num and len(token.text) == 4


def _opens_time_clause(verb: "Token") -> bool:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in TIME_SUBORDINATORS for c in children_of(verb))


def _about_future(verb: "Token") -> bool:
    """Whether ``verb`` speaks of the future: a future or possibility modal, or a time ahead among its words."""
    for c in children_of(verb):
        if c.tag_ == "MD" and c.lower_ in (*FUTURE_MODALS, "may", "might", "could"):
            return True
        if c.dep_ in ("npadvmod", "advmod", "prep") and any(g.lower_ in AHEAD_WORDS for g in c.subtree):
            return True
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
        if compared_likelihood(token):
            return None  # "twice as likely to develop asthma": a measured risk
        return None if token.lower_ == "going" and past_intention(token) else following.head
    return None


def _past_fact_cue(cue: "Token", tokens: Sequence["Token"]) -> bool:
    """Whether a future cue belongs to a past fact: a past expectation beside a past event ("had been expected to
    open, but opened late"), or a future clause hanging off a past event ("passed a law that will ...", "voted to
    close them, a move it says will save ...")."""
    past_events = [
        t
        for t in tokens
        if t.tag_ == "VBD"
        and t.pos_ == "VERB"
        and t.i != cue.i
        and (t.lemma_.lower() not in ATTRIBUTION_VERBS or _reports_a_thing(t))
        and not (t.dep_ == "ccomp" and t.head.lemma_.lower() in ATTRIBUTION_VERBS)  # what was said is no event
    ]
    if cue.lemma_.lower() in PREDICTION_VERBS and cue.tag_ in ("VBD", "VBN"):
        past_perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(cue))  # "had expected"
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in children_of(cue)):
            return False  # "is expected to hold": a forecast now, whatever "which raised rates" did before
        return past_perfect or bool(past_events)
    clause = cue
    if clause.dep_ == "ccomp" and clause.head.dep_ in ("relcl", "acl"):
        clause = clause.head  # "voted to close two libraries, a move it says will save ...": what the move will do
    if clause.dep_ not in ("relcl", "acl", "advcl"):
        return False
    anchor = clause.head  # the verb the clause hangs off ("passed" in "passed a law that will ...")
    while anchor.pos_ not in ("VERB", "AUX") and anchor.head.i != anchor.i:
        anchor = anchor.head
    return anchor in past_events


def _reports_a_thing(verb: "Token") -> bool:
    """A reporting verb with an object and no clause: an act, not a statement ("the firm reported a loss")."""
    deps = {c.dep_ for c in children_of(verb)}
    return "dobj" in deps and not deps & {"ccomp", "xcomp"}


def _is_accusation(e: _Evidence) -> bool:
    """An accusing verb ("accused the army of ...") or a word naming an accusation ("alleged", "the allegation
    that ..."), unless the claim answers it ("the ministry rejected the accusation", "denied the allegations"):
    that reports a denial."""
    for t in e.tokens:
        a = token_attrs(t)
        lemma = a.lemma
        if lemma in ACCUSATION_VERBS and a.pos == "VERB" and not _answers(t):
            return True
        if lemma in ACCUSATION_WORDS and not _answers(t):
            return True
        if lemma in ABUSE_VERBS and a.tag == "VBN" and any(c.dep_ == "agent" for c in children_of(t)):
            return True  # abuse with its perpetrator: "detainees were beaten by guards" (not "harmed by the delays")
        if e.has_claimers and _deceit(t):
            return True  # "The university hid at least nine accidents from regulators, a former officer said"
    return False


# Verbs of deceit: a party saying someone hid, covered up or lied about something accuses them (lemmas).
DECEIT_VERBS = frozenset(["hide", "conceal", "cover", "mislead", "lie", "falsify", "fabricate", "doctor"])


def _deceit(verb: "Token") -> bool:
    """ "hid nine accidents", "covered up the leak", "misled parliament", "lied to investigators": deceit done to
    something or someone, not "hiding in the corridor" or "covered the costs"."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in DECEIT_VERBS or any(c.dep_ == "neg" for c in children_of(verb)):
        return False
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ANSWERING_VERBS:
        return False  # "denied that it had hidden the losses": a denial
    children = list(children_of(verb))
    if lemma == "cover":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in children)
    if lemma == "lie":
        return any(c.dep_ == "prep" and c.lower_ in ("to", "about") for c in children)
    return any(c.dep_ in ("dobj", "nsubjpass") for c in children)


def _answers(token: "Token") -> bool:
    """Whether ``token`` is (in) the object of a verb answering an accusation ("rejected the accusation", "denied
    the allegations of abuse")."""
    head = token
    for _ in range(3):
        if head.dep_ not in ("dobj", "pobj", "prep", "nsubjpass", "compound", "amod", "conj"):
            return False
        head = head.head
        if head.lemma_.lower() in ANSWERING_VERBS and head.pos_ == "VERB":
            return True
    return False


def _is_figure(token: "Token") -> bool:
    """A checkable figure: digits ("40", "5.2"), a money/percent/quantity amount, a spelled-out number with a
    modifier or a multiplier ("at least three", "two million", "dozens"); not a date, an ordinal, "one", a number
    in a name or a number that describes a thing ("a 70-page report")."""
    a = token_attrs(token)
    if a.lower in FIGURE_WORDS:
        return True
    if not (a.like_num or a.tag == "CD") or a.lower in NOT_QUANTITY_WORDS:
        return False
    if token.ent_type_ in NOT_QUANTITY_ENTITIES and not _is_duration(token):
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.text in ("-", "–") and not token.whitespace_:
        return _hyphen_measure(token)  # "a 1.5-degree rise", not "70-page", "23-year-old"
    if _is_clock_time(token) or _is_distance_of_place(token):
        return False
    if token.ent_type_ in FIGURE_ENTITIES or any(c.isdigit() for c in token.text):
        return True
    if WORD_NUMBERS.get(token.lower_, 0) >= SMALL_NUMBER:  # "eleven hours", "seven to two"
        return True
    if token.i >= 2 and doc[token.i - 1].lower_ == "in" and doc[token.i - 2].lower_ in ("one", "1"):
        return True  # a share: "fewer than one in three households"
    return any(t.lower_ in FIGURE_MODIFIERS or t.lower_ in MULTIPLIERS for t in token.subtree if t.i != token.i)


# Units that make a hyphenated number a measurement ("a quarter-point cut", "the 1.5-degree mark"), word forms.
MEASURE_UNITS = frozenset(["point", "percent", "percentage", "degree", "basis"])
# A distance that says where a place is ("200 km to the south", "several hundred metres away"): no figure to check.
DISTANCE_UNITS = frozenset(["km", "kilometre", "kilometer", "mile", "metre", "meter", "m", "yard", "foot"])
PLACE_WORDS = frozenset(["away", "from", "north", "south", "east", "west", "off", "inland", "offshore", "outside"])
# Verbs of motion: the distance they cover is a figure ("advanced 30 km north", "to move the fleet 20 km north").
MOTION_VERBS = frozenset(
    [
        *("move", "travel", "advance", "push", "drive", "walk", "march", "retreat", "withdraw", "fly", "sail"),
        *("extend", "stretch", "shift", "relocate", "swim", "run", "spread", "fall", "reach"),
    ]
)
# Prepositions of a clock time: "by four it was at the windows", "at six" (not after a verb of change: "rose by four")
CLOCK_PREPOSITIONS = frozenset(["by", "at", "until", "till", "around", "before", "after", "past"])


def _hyphen_measure(token: "Token") -> bool:
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 2].lower_ in MEASURE_UNITS


def _is_clock_time(token: "Token") -> bool:
    """A spelled-out hour after a preposition, standing alone: "by four", "at six" (not "rose by four")."""
    if token.dep_ != "pobj" or token.head.lower_ not in CLOCK_PREPOSITIONS or any(c.isdigit() for c in token.text):
        return False
    if any(c.dep_ != "punct" for c in children_of(token)):
        return False
    return token.head.head.lemma_.lower() not in CHANGE_VERBS


def _is_distance_of_place(token: "Token") -> bool:
    """A number of a distance that places something ("200 km to the south", "several hundred metres away")."""
    unit = token.head if token.dep_ in ("nummod", "compound", "quantmod") else token
    while (
        unit.dep_ in ("nummod", "compound", "quantmod") and unit.head.i != unit.i and unit.lemma_ not in DISTANCE_UNITS
    ):
        unit = unit.head
    if unit.lemma_.lower() not in DISTANCE_UNITS and unit.lower_ not in DISTANCE_UNITS:
        return False
    anchor = unit.head.head if unit.head.lower_ in PLACE_WORDS else unit.head  # "moved [20 km north]"
    if unit.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") or anchor.lemma_.lower() in MOTION_VERBS:
        return False  # the distance is the point: "the convoy travelled 300 km from the capital", "moved 20 km north"
    doc = token.doc
    after = [t.lower_ for t in tokens_of(doc, unit.i + 1, unit.i + 4)]
    return bool(after) and (
        after[0] in PLACE_WORDS
        or (after[:2] in (["to", "the"], ["of", "the"]) and len(after) > 2 and after[2] in PLACE_WORDS)
    )


DURATION_UNITS = frozenset(["hour", "day", "week", "month", "year", "minute", "second"])
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
    words = {t.lemma_.lower() for t in tokens_of(doc, start, end)}
    return bool(words & DURATION_UNITS) and not words & NOT_DURATION_WORDS


def _is_share(token: "Token") -> bool:
    """ "about half of the particles", "a third of their income", "fallen by a quarter", "twice the number"."""
    if token_attrs(token).lower not in SHARE_WORDS:
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    by = token.i >= 2 and doc[token.i - 1].lower_ in ("a", "one") and doc[token.i - 2].lower_ == "by"
    if token.ent_type_ in ("DATE", "TIME") and not by:  # "in the last quarter", "the fourth quarter of 2025"
        return False
    after = doc[token.i + 2] if token.i + 2 < len(doc) else None
    if (
        following is not None
        and following.lower_ == "of"
        and after is not None
        and after.lower_ in ("this", "that", "it")
    ):
        return False  # "if even half of this is true": a share of a statement, not of a measure
    if following is not None and following.text in ("-", "–") and _hyphen_measure(token):
        return True  # "a quarter-point cut"
    return token.lower_ in ("twice", "double") or by or (following is not None and following.lower_ == "of")


def _has_figure(e: _Evidence) -> bool:
    return any(_is_figure(t) or _is_share(t) for t in e.tokens)


# Every lemma ``_casualty_word`` may accept ("broken" as an adjective is its own lemma).
CASUALTY_CUES = (
    CASUALTY_WORDS | CASUALTY_WITH_FIGURE | HARM_VERBS | HARM_NOUNS | ILLNESS_WORDS | INJURY_VERBS | INJURY_ADJECTIVES
)


def _is_casualty(e: _Evidence) -> bool:
    """People killed, injured, harmed, ill or displaced: a casualty word (``_casualty_word``); a word that counts
    only beside a figure ("12 are missing", "40 bodies") with one; "cases" with a figure in a claim naming a disease
    ("212 cases of measles")."""
    disease_cases = bool(e.lemmas & CASE_WORDS) and _names_disease(e)
    if e.lemmas & (RELOCATION_VERBS | EXPULSION_VERBS) and any(_displaced(t) for t in e.tokens):
        return True
    if IN_HOSPITAL.search(e.text) or any(_people_missing(t) for t in e.tokens):
        return True
    # "12 people were still missing": the tagger reads a progressive verb, lemma "miss" (not "missing the deadline")
    missing = any(
        t.lower_ == "missing" and t.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in children_of(t))
        for t in e.tokens
    )
    if not e.lemmas & CASUALTY_CUES and not disease_cases and not missing:
        return False
    words = {lemma for t in e.tokens if (lemma := token_attrs(t).lemma) in CASUALTY_CUES and _casualty_word(t, e)}
    if words & (CASUALTY_CUES - CASUALTY_WITH_FIGURE):
        return True
    if not _has_figure(e):
        return False
    return bool(words & CASUALTY_WITH_FIGURE) or disease_cases or missing


def _people_missing(token: "Token") -> bool:
    """ "missing" said of people, with or without a figure ("an 81-year-old man was missing", "two more people were
    still missing", "the fisherman remains missing"); not of things ("the files were missing")."""
    if token.lower_ != "missing" or any(c.dep_ == "dobj" for c in children_of(token)):
        return False
    verb = token.head if token.dep_ in ("acomp", "oprd", "xcomp") else token
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.lemma_.lower() in PEOPLE_WORDS or c.ent_type_ == "PERSON" or c.lemma_.lower() in PERSON_NOUNS)
        for c in children_of(verb)
    )


def _names_disease(e: _Evidence) -> bool:
    return bool(e.lemmas & DISEASE_WORDS) or any(
        a.lower in DISEASE_WORDS or a.lower.endswith(DISEASE_SUFFIXES)
        for a in map(token_attrs, e.tokens)
        if a.pos in ("NOUN", "PROPN")
    )


def _displaced(token: "Token") -> bool:
    """People of a place moved out ("1,500 residents have been moved to schools", "families were rehoused", "3,000
    residents were ordered out of their homes")."""
    lemma = token.lemma_.lower()
    if lemma in EXPULSION_VERBS:
        # (out of or from their homes, not "ordered to pay")
        if not any(t.lemma_.lower() in HOME_WORDS and t.head.lower_ in ("of", "from") for t in token.subtree):
            return False
    elif lemma not in RELOCATION_VERBS:
        return False
    if token.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" for c in children_of(token)):
        return False
    return any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in RESIDENT_WORDS and c.tag_ in ("NNS", "NN")
        for c in children_of(token)
    )


def _traps_people(verb: "Token") -> bool:
    """Whether those "trapped" are people: the verb's object or passive subject, or the subject of the verb it
    completes ("five people are still trapped", "19 miners remained trapped")."""
    holder = verb.head if verb.dep_ in ("acomp", "xcomp") else verb
    trapped = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")] + [
        c for c in children_of(holder) if c.dep_ in ("nsubj", "nsubjpass")
    ]
    return any(
        t.lemma_.lower() in PEOPLE_WORDS or t.lemma_.lower() in PERSON_NOUNS or t.lemma_.lower() in _OUTDOOR_PEOPLE
        for t in trapped
    )


# People out in the open or at sea whom a storm, an avalanche or a flood may trap (lemmas).
_OUTDOOR_PEOPLE = frozenset(["skier", "climber", "hiker", "swimmer", "diver", "fisherman", "sailor", "camper"])


def _casualty_word(token: "Token", e: _Evidence) -> bool:
    """Whether ``token`` names harm done to people: a casualty word, a harm verb suffered ("were beaten", not "beat
    the incumbent"), a noun of harm, or illness ("fell ill"); not part of a name ("Refugee Legal Centre") or of
    another thing ("the refugee agency"), not only a possibility without a figure ("the disease could kill"), not a
    harm averted or feared ("withdrew to avoid a massacre"), and not harm done to animals ("a third of the seabirds
    died")."""
    lemma = token.lemma_.lower()
    if token.ent_type_ in NOT_QUANTITY_ENTITIES:
        return False
    if lemma in INJURY_VERBS or token.lower_ in INJURY_ADJECTIVES:
        hurt = [c for c in children_of(token) if c.dep_ in ("nsubjpass", "dobj")]
        if token.dep_ == "amod":
            hurt.append(token.head)
        return any(t.lemma_.lower() in BODY_PARTS for t in hurt)
    if lemma in HARM_VERBS:
        if not (token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children_of(token))):
            return False
    elif lemma in ILLNESS_WORDS:
        if token.pos_ not in ("ADJ", "ADV") and lemma != "illness":  # "fell ill" (tagged as an adverb)
            return False
        if any(c.lower_ == "of" for c in children_of(token)):  # "sick of waiting"
            return False
    elif lemma not in CASUALTY_WORDS and lemma not in CASUALTY_WITH_FIGURE and lemma not in HARM_NOUNS:
        return False
    if lemma == "hurt" and token.pos_ == "VERB" and not _hurts_people(token):
        return False  # "the strong krone is hurting sales": harm to a thing, no one hurt
    if lemma == "trap" and not _traps_people(token):
        return False  # "The storm trapped 40 cars": things, no one trapped
    if lemma == "flee" and any(c.dep_ == "nsubj" and c.lemma_.lower() in OFFENDER_WORDS for c in children_of(token)):
        return False  # "the thieves fled before officers arrived": an escape, no one displaced
    casualty_lemmas = CASUALTY_WORDS | CASUALTY_WITH_FIGURE | HARM_NOUNS
    if token.dep_ in ("compound", "amod") and token.head.lemma_.lower() not in casualty_lemmas | PEOPLE_WORDS:
        return False
    possible = any(c.tag_ == "MD" and c.lower_ in ("could", "can", "may", "might") for c in children_of(token))
    if possible and not _has_figure(e):
        return False
    auxes = {c.lower_ for c in children_of(token) if c.dep_ == "aux"}
    if {"would", "have"} <= auxes:
        return False  # "that would have hurt the people who can least afford it": harm that did not happen
    governor = token.head
    for _ in range(3):  # "to avoid a massacre", "the risk of deaths", "found no evidence of mistreatment"
        if governor.lemma_.lower() in AVERTING_WORDS or any(
            c.dep_ == "det" and c.lower_ == "no" for c in children_of(governor) if governor.pos_ == "NOUN"
        ):
            return False
        if governor.head.i == governor.i:
            break
        governor = governor.head
    return not _about_animals(token, e)


def _hurts_people(verb: "Token") -> bool:
    """Whether what "hurt" harms is people: its object (or passive subject) is a people word, a person or a personal
    pronoun; "hurt" without one ("two were hurt") counts."""
    harmed = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    return not harmed or any(
        c.lemma_.lower() in PEOPLE_WORDS
        or c.ent_type_ in ("PERSON", "NORP")
        or c.lower_ in ("him", "her", "them", "us", "me", "he", "she", "they", "we", "i")
        or c.like_num
        for c in harmed
    )


def _about_animals(token: "Token", e: _Evidence) -> bool:
    """Whether the one harmed is an animal: the subject (or object) of the casualty word is an animal noun, or a
    pronoun or share of one ("a third of them") whose nearest plural noun before it in the claim is."""
    ids = {t.i for t in e.tokens}
    for child in children_of(token):
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        nouns = [t for t in child.subtree if t.pos_ in ("NOUN", "PROPN")]
        if any(n.lemma_.lower() in ANIMAL_WORDS for n in nouns):
            return True
        if not nouns or all(n.lower_ in SHARE_WORDS | FIGURE_WORDS for n in nouns):
            before = [t for t in e.tokens if t.i < child.i and t.i in ids and t.tag_ == "NNS"]
            return bool(before) and before[-1].lemma_.lower() in ANIMAL_WORDS
    return False


def _is_statistic(e: _Evidence) -> bool:
    """Any other figure (economy, money, polls, counts); a poll's finding ("a majority backs the plan"), a record
    ("temperatures set a record", "a record high", "the lowest rate since 2022") or a count of occurrences ("the
    third strike this week") too."""
    return _has_figure(e) or any(_poll_is_source(t) or _is_record(t) or _is_ordinal_count(t) for t in e.tokens)


# Ordinals that count occurrences (word forms); "first" counts nothing ("the first time in two years" is a record
# only with a figure).
COUNTING_ORDINALS = frozenset(["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"])
# Words that give a count its span of time: "since 2023", "this week", "in a row", "in two years".
COUNT_SPAN_WORDS = frozenset(["since", "this", "row", "straight", "running", "consecutive"])


def _is_ordinal_count(token: "Token") -> bool:
    """An ordinal that counts occurrences over a span of time: "the third strike on the town this week", "the
    third round of job cuts since 2023", "the second recall in two years" (not "the second dose", "a third
    term")."""
    a = token_attrs(token)
    if a.lower not in COUNTING_ORDINALS or a.dep != "amod":
        return False
    noun = token.head
    verb = noun.head if noun.dep_ in ("attr", "nsubj", "dobj", "npadvmod") else noun
    scope = list(noun.subtree)
    if verb != noun:
        scope += [t for c in children_of(verb) if c.dep_ in ("npadvmod", "prep") for t in c.subtree]
    for t in scope:
        if t.lower_ in COUNT_SPAN_WORDS and t.i > token.i:
            return True
        if t.lower_ == "in" and any(g.ent_type_ == "DATE" and g.like_num for g in t.subtree):
            return True  # "in two years"
    return False


# Verbs that set a record ("set a record", "broke the record", "hit a record high").
RECORD_VERBS = frozenset(["set", "break", "hit", "reach", "match", "beat"])


# Superlatives of size that make a measure's extreme with "since"/"ever"/"on record" ("the lowest inflation rate
# since 2022", "the largest ever"); word forms. Not "worst"/"best": an evaluation ("the worst spill since 2009").
MEASURE_SUPERLATIVES = frozenset(["lowest", "highest", "largest", "smallest", "biggest", "fewest"])


def _is_record(token: "Token") -> bool:
    """ "set a record", "broke the record", "a record high/low", "the lowest rate since 2022": a claim about a
    measure's extreme."""
    lower = token_attrs(token).lower
    if lower in MEASURE_SUPERLATIVES:
        phrase = token.head if token.dep_ == "amod" else token
        return any(
            t.lower_ in ("since", "ever") or (t.lower_ == "on" and _next_is(t, "record")) for t in phrase.subtree
        )
    if lower not in ("record", "records"):
        return False
    if token.dep_ in ("dobj", "pobj") and token.head.lemma_.lower() in RECORD_VERBS:
        return True
    return token.dep_ in ("amod", "compound") and token.head.lower_ in ("high", "low", "level", "levels", "highs")


def _poll_is_source(token: "Token") -> bool:
    """A poll or survey the claim reports: "according to a poll", "a survey found ...", "the survey put X on 38
    percent", "economists polled by X" (not "dismissed the poll", nor a poll that is only the subject of some other
    verb: "poll leads have a habit of melting")."""
    if token_attrs(token).lemma not in POLL_WORDS:
        return False
    if token.pos_ == "VERB" and token.tag_ == "VBN":  # "economists polled by X"
        return True
    head = token.head
    if token.dep_ == "nsubj":
        return head.lemma_.lower() in FINDING_VERBS or head.lemma_.lower() in ATTRIBUTION_VERBS
    return token.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and head.doc[head.i - 1].lower_ == "according"


# What a poll does with its findings (lemmas), beside the verbs of saying: "a survey found / showed / put ...".
FINDING_VERBS = frozenset(["find", "show", "suggest", "put", "give", "indicate", "place", "record", "have"])
# Verbs of answering a poll (lemmas): "58 percent expected prices to rise", "half of those questioned said ...".
ANSWER_VERBS = frozenset(["expect", "predict", "think", "believe", "want", "plan", "intend", "fear", "say", "tell"])


def _poll_findings(e: _Evidence) -> "list[Token] | None":
    """The verbs that report a poll's findings: a poll's or survey's verb ("a survey found ...", "the poll showed
    ..."), or the answer of a counted group, a verb of answering whose subject is a figure or a share ("31 said they
    expected a cut", "half of those questioned said ...", "58 percent expected prices to rise"; "most economists
    expect a cut" is a forecast). None when the whole claim is a poll's finding ("according to a poll ...",
    "economists polled by X ...")."""
    verbs = []
    for t in e.tokens:
        a = token_attrs(t)
        if a.lemma in POLL_WORDS and _poll_is_source(t):
            if a.dep != "nsubj":
                return None
            verbs.append(t.head)
        elif a.dep == "nsubj" and t.head.lemma_.lower() in ANSWER_VERBS and t.head.pos_ == "VERB":
            counted = (t.like_num and t.lower_ not in NOT_QUANTITY_WORDS) or any(
                _is_figure(w) or _is_share(w) for w in t.subtree
            )
            if counted:
                verbs.append(t.head)
    return verbs


def _reported_by(cue: "Token", verbs: "list[Token]") -> bool:
    """Whether ``cue`` is one of ``verbs`` or in what one of them reports (not in a verb conjoined with it: "the poll
    showed X and [he] predicted Y")."""
    ids = {v.i for v in verbs}
    token = cue
    for _ in range(12):
        if token.i in ids:
            return True
        if token.head.i == token.i or (token.dep_ == "conj" and token.head.i in ids):
            return False
        token = token.head
    return False


def _is_control(e: _Evidence) -> bool:
    return CONTROL_PHRASE.search(e.text) is not None


def _is_opinion(e: _Evidence) -> bool:
    """An evaluative verb or adjective, with no number; a verb of belief only when it is the claim's own ("I think
    ...", "analysts believe ..."), not one inside a clause that reports something else ("reached for what officers
    believed was a weapon")."""
    return not e.features["number"] and any(_is_opinion_word(t) for t in e.tokens)


def _is_opinion_word(t: "Token") -> bool:
    """An evaluative verb of the claim's own, an evaluative adjective, an opinion noun after "be", or a
    characterisation ("dismissed the apology as 'too little, too late'", "branded the plan a fantasy")."""
    a = token_attrs(t)
    return (
        (a.lemma in OPINION_VERBS and a.pos == "VERB" and not _embedded(t))
        or (a.lemma in CHARACTERISING_VERBS and a.pos == "VERB" and _characterises(t))
        or (a.lemma in OPINION_ADJECTIVES and a.pos == "ADJ")
        or (a.lemma in OPINION_NOUNS and a.dep == "attr" and t.head.lemma_ == "be")
    )


# Verbs that put a characterisation on their object with "as" ("dismissed X as noise"): an opinion, not a denial.
CHARACTERISING_VERBS = frozenset(["dismiss", "brand", "describe", "deride", "condemn", "hail", "praise", "label"])


def _characterises(verb: "Token") -> bool:
    """ "dismissed the apology as ...": an object and an "as" phrase, on the verb or on its object."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    holders = [verb, *objects]
    return bool(objects) and any(c.dep_ == "prep" and c.lower_ == "as" for h in holders for c in children_of(h))


def _embedded(verb: "Token") -> bool:
    """A verb in a relative or free relative clause ("what officers believed", "the man who thinks")."""
    return verb.dep_ in ("relcl", "acl", "pcomp") or any(
        c.lower_ in ("what", "who", "which", "whom") for c in children_of(verb)
    )


def _is_attributed_statement(e: _Evidence) -> bool:
    """A claimer is named, a speaker the article could not name ('"...," she said in an interview'), or a party's
    demand is the claim ("the charity called on both sides to ...", "the mayor urged ..."); not when the only verb
    that names the claimer is an act done to a thing ("the agency recalled a batch of syrup": an event)."""
    if any(_is_demand(t) or _pronoun_speaker(t) for t in e.tokens):
        return True
    return e.has_claimers and not _claimer_verb_is_an_act(e)


def _claimer_verb_is_an_act(e: _Evidence) -> bool:
    """Every verb of the claim that can name a claimer is an act with an object and no clause ("recalled a
    batch", "announced a curfew"), and nothing else attributes it ("according to")."""
    verbs = [t for t in e.tokens if token_attrs(t).pos == "VERB" and token_attrs(t).lemma in CLAIMER_VERBS]
    if not verbs or any(token_attrs(t).lower == "according" for t in e.tokens):
        return False
    return all(v.lemma_.lower() in ACT_CLAIMER_VERBS and _reports_a_thing(v) for v in verbs)


def _pronoun_speaker(token: "Token") -> bool:
    """A reporting verb whose subject is a personal pronoun ("she said", "they told reporters")."""
    a = token_attrs(token)
    if a.pos != "VERB" or a.lemma not in ATTRIBUTION_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they", "i", "we") for c in children_of(token))


# Verbs of demanding (lemmas); "call" only with "on"/"for" ("called on both sides to", "called for an inquiry").
DEMAND_VERBS = frozenset(["urge", "demand", "appeal", "implore", "exhort"])


def _is_demand(token: "Token") -> bool:
    """A main verb of demanding with its subject (also when the parser hangs a past-tense main verb on its subject
    as a participle: "The charity called on ..." read as "the charity [that was] called")."""
    if token_attrs(token).pos != "VERB":
        return False
    main = token.dep_ in ("ROOT", "conj") and any(c.dep_ == "nsubj" for c in children_of(token))
    misread = token.dep_ == "acl" and token.tag_ == "VBD" and token.head.dep_ == "ROOT" and token.head.pos_ == "NOUN"
    if not (main or misread):
        return False
    lemma = token.lemma_.lower()
    if lemma == "call":  # "called on both sides to ...", "called for an inquiry", "called for the footage to be ..."
        return any(
            (c.dep_ in ("prt", "prep") and c.lower_ in ("on", "for", "upon"))
            or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in children_of(c)))
            for c in children_of(token)
        )
    return lemma in DEMAND_VERBS


# Verbs of institutional acts and publications that report an event, beside ``lexicon.EVENT_VERBS`` (lemmas; the
# type rule's own list, so the check-worthiness features stay as fitted).
ACT_VERBS = frozenset(
    [
        *("post", "publish", "suspend", "examine", "investigate", "probe", "recall", "sentence", "convict"),
        *("acquit", "fine", "ban", "approve", "announce", "sack", "appoint", "charge", "indict", "jail", "impose"),
        *("overturn", "uphold", "halt", "shut", "cancel", "postpone", "lift", "file", "sue", "raid", "search"),
        *("tighten", "loosen", "relax", "introduce", "adopt", "pass", "amend", "repeal", "scrap", "abolish"),
        *("declare",),
    ]
)


# Verbs of saying that are also acts of an institution ("recalled a batch", "announced a curfew", "approved the
# merger"), read as acts when they take an object and no clause; not publishing, whose object is the publisher's
# statement ("the commission published a report").
PUBLISHING_VERBS = frozenset(["publish", "post"])
ACT_CLAIMER_VERBS = (CLAIMER_VERBS & (ACT_VERBS | EVENT_VERBS)) - PUBLISHING_VERBS


def _is_event(e: _Evidence) -> bool:
    acts = any(token_attrs(t).lemma in ACT_VERBS and token_attrs(t).pos == "VERB" for t in e.tokens)
    return bool(e.features["event_verb"] or e.features["date"] or acts)


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
        lemmas=frozenset(token_attrs(t).lemma for t in tokens),
    )
    for claim_type, rule in TYPE_RULES:
        if rule(evidence):
            return claim_type
    return ClaimType.BACKGROUND


def hedge_for_type(claim_type: ClaimType, hedge: Hedge) -> Hedge:
    """The hedge a claim of ``claim_type`` keeps: a prediction is predicted; a claim whose future cues the type rules
    read as a poll's finding or a past fact ("31 said they expected a cut", "had expected the bank to hold") is
    asserted, not predicted."""
    if claim_type == ClaimType.PREDICTION:
        return Hedge.PREDICTED
    return Hedge.ASSERTED if hedge == Hedge.PREDICTED else hedge
