"""Check-worthiness: features computed on the parsed claim, a rule scorer, and an optional trained model.

The rule scorer is a logistic function over a few named features with fixed weights (written here, so the admin can
show which features pushed the score). A trained model (``train_checkworthiness``) adds word and character n-grams.
"""

import json
import logging
import math
import pickle
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from spacy.tokens import Doc, Token

from claims.extraction import lexicon
from claims.extraction.claim_types import CASUALTY_WORDS, OPINION_ADJECTIVES, OPINION_VERBS
from claims.extraction.dates import WEEKDAYS
from claims.extraction.doccache import TokenAttrs, children_of, doc_text, head_of, token_attrs
from claims.extraction.encoder import encoder_installed
from claims.extraction.hedging import FUTURE_MODALS, HEDGE_MODALS
from claims.extraction.text import DATELINE

logger = logging.getLogger(__name__)

_CHANGE_VERBS = frozenset(
    [
        "increase",
        "decrease",
        "rise",
        "fall",
        "grow",
        "drop",
        "cut",
        "raise",
        "double",
        "triple",
        "reduce",
        "lose",
        "gain",
        "create",
        "add",
        "spend",
    ]
)
_THIRD_PERSON = frozenset(["he", "she", "they", "it"])
_FIRST_PERSON_SINGULAR = frozenset(["i", "me", "my", "mine", "i'm", "i've"])
_FIRST_PERSON_PLURAL = frozenset(["we", "us", "our", "ours"])
_SECOND_PERSON = frozenset(["you", "your", "yours"])
# Words that address someone ("Senator, ..."), as the parser attaches them (npadvmod).
_ADDRESS_WORDS = frozenset(["senator", "governor", "congressman", "sir", "mr.", "madam", "president"])
_INTENT_VERBS = frozenset(["want", "will", "think", "believe", "hope", "like", "need", "going", "wish", "try"])

# --- non-claims ------------------------------------------------------------------------------------------------------
# Text that asserts nothing a fact-checker could verify, recognised on the parse (not by listing sentences). Each kind
# is a named feature of ``token_features`` (so the admin shows it and trained models can weigh it) and, through
# ``non_claim_reason``, a gate: the pipeline never marks such a claim check-worthy.
NON_CLAIM_FEATURES = (
    "boilerplate",
    "call_to_action",
    "rhetorical_question",
    "opener",
    "colour",
    "reaction",
    "rhetoric",
)
# The publication talking about itself: "This story has been updated", "A version of this article appeared ...".
_SELF_NOUNS = frozenset(
    ["story", "article", "post", "page", "piece", "version", "newsletter", "podcast", "live", "blog", "site", "website"]
)
# "this report" is the publication's too
_SELF_OR_REPORT = _SELF_NOUNS | {"report"}
_SELF_VERBS = frozenset(["update", "correct", "amend", "publish", "edit", "appear", "revise", "originally", "change"])
# Credits: "Reporting by ...", "Editing by ...", "Additional reporting by ...".
_CREDIT_WORDS = frozenset(
    [
        *("reporting", "editing", "writing", "report", "edit", "photography", "photos", "graphics"),
        *("edited", "reported", "written", "compiled", "produced"),  # "Edited by Martin Koss"
    ]
)
_WEB_WORDS = frozenset(
    ["newsletter", "subscribe", "subscription", "unsubscribe", "inbox", "cookie", "cookies", "copyright", "©", "app"]
)
# What a publication asks its reader to do.
_READER_VERBS = frozenset(
    [
        "sign",
        "subscribe",
        "click",
        "tap",
        "follow",
        "share",
        "read",
        "watch",
        "listen",
        "download",
        "join",
        "visit",
        "email",
        "contact",
        "donate",
        "register",
        "like",
        "check",
        "find",
        "learn",
        "send",
        "tell",
        "support",
        "get",
        "try",
        "scroll",
        "enter",
        "submit",
        "stay",
        "keep",
    ]
)
# Signposting subjects and the words an opener promises with: "Here's what we know", "The answer is simple".
_SIGNPOST_NOUNS = frozenset(
    ["story", "question", "answer", "thing", "catch", "point", "truth", "reality", "twist", "lesson", "here"]
)
_OPENER_WORDS = frozenset(["consider", "imagine", "picture", "remember", "note", "start", "begin", "recap", "more"])
# Scene-setting: the senses, light, weather, time of day, and verbs that paint rather than report.
_SCENE_NOUNS = frozenset(
    [
        "sun",
        "smoke",
        "roof",
        "rooftop",
        "window",
        "shutter",
        "sunshine",
        "sky",
        "smell",
        "scent",
        "aroma",
        "odour",
        "odor",
        "sound",
        "noise",
        "silence",
        "light",
        "sunlight",
        "moonlight",
        "shadow",
        "dust",
        "breeze",
        "wind",
        "rain",
        "drizzle",
        "fog",
        "mist",
        "cloud",
        "horizon",
        "dusk",
        "dawn",
        "sunset",
        "sunrise",
        "morning",
        "evening",
        "afternoon",
        "night",
        "laughter",
        "music",
        "heat",
        "chill",
        "stall",
        "vendor",
        "alley",
        "street",
        "square",
        "courtyard",
        "harbour",
        "harbor",
        "tree",
        "leaf",
        "flower",
        "wave",
        "sea",
        "river",
        "hill",
        "mountain",
        "snow",
        "puddle",
        "lamp",
        "candle",
        "tea",
        "coffee",
        # light, crowds and what people carry or wear in a scene
        "floodlight",
        "cordon",
        "queue",
        "crowd",
        "balloon",
        "banner",
        "umbrella",
        "boot",
        "coat",
        "suit",
        "scarf",
        "sandbag",
        "lorry",
        "step",
        "pavement",
        "bakery",
        "generator",
        "tear",
        "cheer",
        "applause",
        "song",
        "smile",
        "hug",
    ]
)
# Scene nouns that, as the subject of the main clause, paint the scene on their own ("the sun came out over X").
_SKY_NOUNS = frozenset(["sun", "rain", "snow", "wind", "fog", "mist", "smoke", "dust", "cloud", "light", "silence"])
# Parties a scene would be reporting on (lemmas): office-holders and institutions ("police fired tear gas at crowds in
# the square", "crowds cheered as the president arrived"); not the people a scene is made of (residents, pupils).
_PARTY_NOUNS = frozenset(
    [
        *(n for n in lexicon.PERSON_NOUNS if n not in ("resident", "parent", "student", "worker", "farmer", "driver")),
        *("police", "army", "troops", "soldier", "government", "ministry", "council", "court", "parliament", "rebel"),
        *("authority", "company", "party", "militia", "protester", "demonstrator", "president", "king", "queen"),
    ]
)
# Entities a scene may name: where it happens ("over Dolna", "at Central Station").
_PLACE_ENTITIES = frozenset(["GPE", "LOC", "FAC"])
_LOCATIVE_PREPOSITIONS = frozenset(["at", "in", "on", "over", "outside", "near", "inside", "across", "around", "by"])
_SCENE_VERBS = frozenset(
    [
        "hang",
        "curl",
        "drum",
        "rattle",
        "drift",
        "glow",
        "hum",
        "shimmer",
        "flicker",
        "linger",
        "rustle",
        "echo",
        "sway",
        "gleam",
        "sparkle",
        "waft",
        "stretch",
        "dot",
        "line",
        "sit",
        "loom",
        "bustle",
        "blanket",
        "cast",
        "settle",
        "bathe",
        "fill",
        "sip",
        "chatter",
        "wander",
        "stroll",
        "lap",
        "whistle",
        "sing",
        "shine",
        "smell",
        "taste",
        "feel",
        "shrug",
        "smile",
        "weep",
        "cry",
        "hug",
        "cheer",
        "wave",
        "huddle",
        "queue",
        "wait",
        "carry",
    ]
)
_REPORT_ENTITIES = frozenset(
    ["PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"]
)
# Whom service information addresses ("Readers can sign up ...", "Patients with questions can call the helpline",
# "Anyone who saw the crash should contact the police"), lemmas.
_ADDRESSEES = frozenset(
    [
        *("reader", "viewer", "listener", "subscriber", "anyone", "anybody", "those", "patient", "parent"),
        *("passenger", "customer", "user", "resident", "visitor", "caller", "motorist", "relative", "family"),
    ]
)
# What an addressee is told to do: the reader verbs, and getting in touch.
_SERVICE_VERBS = frozenset(
    ["call", "ring", "phone", "telephone", "text", "contact", "email", "visit", "sign", "check", "alert", "report"]
)
# Asking someone for comment: "asked the army for comment", "did not respond to requests for comment", "declined to
# comment", "could not be reached for comment" (the publication reporting its own reporting).
_COMMENT_LEADS = frozenset(["decline", "refuse", "respond", "reply", "reach", "ask", "contact", "request"])
# Reactions that report only that a party liked or disliked the news ("Campaigners welcomed the decision."), lemmas;
# and the news they react to.
_REACTION_VERBS = frozenset(["welcome", "praise", "hail", "applaud", "celebrate", "cheer", "deplore", "lament"])
_NEWS_NOUNS = frozenset(
    [
        *("decision", "finding", "ruling", "move", "news", "report", "announcement", "verdict", "plan", "result"),
        *("step", "law", "deal", "agreement", "judgment", "judgement", "proposal", "outcome", "change", "measure"),
    ]
)
_SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass", "expl", "csubj"])
_INVITING_MODALS = frozenset(["can", "could", "may", "should", "must"])
_ASKING_VERBS = frozenset(["ask", "say", "wonder", "add", "write", "tweet", "demand"])


def _roots(tokens: Sequence[Token], attrs: Sequence[TokenAttrs]) -> list[Token]:
    """The tokens of a claim whose head lies outside it (or that head themselves): the claim's own main verbs."""
    ids = {t.i for t in tokens}
    return [t for t, a in zip(tokens, attrs, strict=True) if a.head == t.i or a.head not in ids]


def _is_imperative(root: Token) -> bool:
    """A bare verb with no subject or auxiliary of its own and not after "to": "Sign up ...", "Follow us on ...",
    "For more, visit ...". spaCy sometimes tags a sentence-initial imperative NN/NNP ("Sign") or VBP ("email")."""
    a = token_attrs(root)
    if a.pos not in ("VERB", "AUX") and not (a.lemma in _READER_VERBS and root.i == root.sent.start):
        return False
    if a.tag not in ("VB", "VBP", "NN", "NNP"):
        return False
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in children_of(root)):
        return False
    return not (root.i > 0 and root.doc[root.i - 1].lower_ == "to")


def non_claim_features(tokens: Sequence[Token]) -> dict[str, float]:
    """Which kinds of non-claim (``NON_CLAIM_FEATURES``) the claim's tokens are: 1.0 for each that fits."""
    out = dict.fromkeys(NON_CLAIM_FEATURES, 0.0)
    attrs = [token_attrs(t) for t in tokens]
    words = [t for t, a in zip(tokens, attrs, strict=True) if a.word]
    if not words:
        return out
    word_attrs = [a for a in attrs if a.word]
    lowers = [a.lower for a in word_attrs]
    lemmas = [a.lemma for a in word_attrs]
    roots = [t for t in _roots(tokens, attrs) if token_attrs(t).word] or words[:1]
    main = roots[0]
    main_lemma = token_attrs(main).lemma
    main_children = children_of(main)
    subjects = [c for c in main_children if token_attrs(c).dep in _SUBJECT_DEPS]
    subject_lemmas = {token_attrs(c).lemma for c in subjects}
    reported = {a.ent_type for a in word_attrs if a.ent_type} & _REPORT_ENTITIES or any(a.like_num for a in word_attrs)
    first = lowers[0]

    # boilerplate: the publication about itself, credits, web furniture (links, e-mail addresses, copyright)
    about_itself = any(
        (lemma := token_attrs(g).lemma) in _SELF_OR_REPORT
        and (
            (lemma in _SELF_NOUNS and main_lemma in _SELF_VERBS)
            or any(token_attrs(d).lower == "this" for d in children_of(g))
        )
        for c in subjects
        for g in c.subtree
    )
    out["boilerplate"] = float(
        about_itself
        or (first in _CREDIT_WORDS and lowers[1:2] == ["by"])
        or lowers[:2] == ["additional", "reporting"]
        or any(t.like_url or t.like_email for t in words)
        or bool(set(lowers) & _WEB_WORDS and not reported)
        or "all rights reserved" in " ".join(lowers)
        or _is_dateline(tokens)
        or _asks_for_comment(words, lemmas)
    )

    # calls to action: an imperative main clause addressed to the reader ("Sign up ...", "For more, visit ..."),
    # "let's ...", "you can follow ..." (not "let me say", a speaker's preface, nor a verb that is only a discourse
    # marker: "See, ...")
    reader_verb = main_lemma in _READER_VERBS and not any(token_attrs(c).dep == "neg" for c in main_children)
    discourse = main.i + 1 < len(main.doc) and main.doc[main.i + 1].text == ","
    serves = (reader_verb or main_lemma in _SERVICE_VERBS) and not any(
        token_attrs(c).dep == "neg" for c in main_children
    )
    invited = (
        serves and "you" in subject_lemmas and any(token_attrs(c).lower in _INVITING_MODALS for c in main_children)
    )
    out["call_to_action"] = float(
        lowers[:2] in (["let", "'s"], ["let", "us"], ["let's"])
        or (_is_imperative(main) and not discourse and (reader_verb or "you" in lowers or "your" in lowers))
        or invited
        or _serves_addressees(main, subjects)
    )

    # questions: the claim ends in a question mark, or a quoted question carries only who asked it
    marks = [t for t in tokens if token_attrs(t).lower == "?"]
    out["rhetorical_question"] = float(
        bool(marks)
        and not any(
            t.i > marks[-1].i and a.pos in ("VERB", "AUX") and a.lemma not in _ASKING_VERBS
            for t, a in zip(words, word_attrs, strict=True)
        )
    )

    # openers: signposts that promise content without giving any ("Here's what we know:", "The answer is simple.",
    # "It's a familiar story.", "Consider the numbers.")
    signposted = {
        token_attrs(c).lemma for c in main_children if token_attrs(c).dep in ("nsubj", "attr", "advmod")
    } & _SIGNPOST_NOUNS
    signpost = (
        (main_lemma == "be" and bool(signposted))
        or any(t.text == ":" for t in tokens[-2:])
        or (main_lemma in _OPENER_WORDS and token_attrs(main).tag == "VB")
    )
    out["opener"] = float((first == "here" and main_lemma == "be") or (signpost and not reported and len(words) <= 8))

    # colour: a scene painted with the senses, the weather or the hour, naming nobody and reporting no figure or event
    # (the scene words first: most claims have none, and the rest is dearer)
    scene_nouns = sum(
        1
        for a in word_attrs
        if a.lemma in _SCENE_NOUNS and a.pos == "NOUN" and a.dep != "compound"  # not "tear gas", "street vendor"
    )
    intransitive = not any(token_attrs(c).dep in ("dobj", "xcomp", "ccomp") for c in main_children)
    scene = (
        scene_nouns >= 2
        or (scene_nouns == 1 and (main_lemma in _SCENE_VERBS or (main_lemma == "be" and "it" in subject_lemmas)))
        or bool(subject_lemmas & _SKY_NOUNS and intransitive)  # "the sun came out", not "rain forced X to ..."
    )
    reports_event = scene and any(
        lemma in lexicon.EVENT_NOUNS
        or lemma in CASUALTY_WORDS
        or (lemma in _PARTY_NOUNS and t.dep_ != "compound")  # not what a thing is of: "a police cordon", "army kettles"
        or (lemma in lexicon.CLAIMER_VERBS | lexicon.EVENT_VERBS and t.pos_ == "VERB")
        for t, lemma in zip(words, lemmas, strict=True)
    )
    out["colour"] = float(scene and not reports_event and not _reports_beyond_scene(words))

    # reactions: a party only welcomed or deplored the news ("Campaigners welcomed the decision."); demonstrative
    # verdicts: "That is a system.", "That is the only number that matters." (what they refer to is the claim)
    out["reaction"] = float(_bare_reaction(main, words))
    out["rhetoric"] = float(_demonstrative_verdict(main, words))
    return out


def _is_dateline(tokens: Sequence[Token]) -> bool:
    """A dateline standing alone ("ORVANE, March 4 (Meridian Wire) -", "Breska (The Harbour Times):"), as
    ``text.DATELINE`` reads one."""
    shown = [t for t in tokens if not t.is_space]
    if not shown:
        return False
    text = doc_text(shown[0].doc)[shown[0].idx : shown[-1].idx + len(shown[-1].text)]
    match = DATELINE.match(text)
    return match is not None and match.end() >= len(text)


def _asks_for_comment(words: list[Token], lemmas: list[str]) -> bool:
    """The publication's own reporting: "X has asked the army for comment", "did not respond to requests for
    comment", "declined to comment", "did not comment" (short, no figure, nothing said: "he said he would not
    comment on leaked papers" reports what a party said)."""
    if "comment" not in lemmas or len(words) > 14:
        return False
    if any(t.like_num for t in words) or {"say", "tell", "add", "write"} & set(lemmas):
        return False
    for t in words:
        if t.lemma_.lower() != "comment":
            continue
        if t.pos_ == "NOUN" and t.head.lower_ == "for":
            return True
        if t.pos_ == "VERB" and (
            any(c.dep_ == "neg" for c in children_of(t)) or t.head.lemma_.lower() in _COMMENT_LEADS
        ):
            return True
    return False


def _serves_addressees(main: Token, subjects: list[Token]) -> bool:
    """Service information for readers or a group of them: "Readers can sign up for ...", "Patients with questions
    can call the helpline", "Anyone who saw the crash is asked to contact police", "Passengers are advised to
    check ..."; not what a policy now allows ("under the plan, patients can now call ...")."""
    if not any(token_attrs(c).lemma in _ADDRESSEES and token_attrs(c).ent_type == "" for c in subjects):
        return False
    if any(c.lower_ == "now" for c in children_of(main)):
        return False
    if any(c.dep_ == "neg" for c in children_of(main)):
        # "should not handle it and should call the rescue line": what they are asked to do instead
        main = next((c for c in children_of(main) if c.dep_ == "conj" and c.pos_ == "VERB"), None) or main
        if any(c.dep_ == "neg" for c in children_of(main)):
            return False
    if any(c.dep_ == "prep" and c.lower_ == "under" for c in children_of(main)):
        return False  # what a policy allows: "under the new law, patients can call a doctor at night"
    action: Token | None = main
    if main.tag_ == "VBN" and main.lemma_.lower() in ("ask", "advise", "urge", "encourage", "invite", "request"):
        action = next((c for c in children_of(main) if c.dep_ == "xcomp"), None)
    elif not any(c.tag_ == "MD" and c.lower_ in _INVITING_MODALS for c in children_of(main)):
        return False
    return action is not None and action.lemma_.lower() in _READER_VERBS | _SERVICE_VERBS


def _reports_beyond_scene(words: list[Token]) -> bool:
    """Whether a would-be scene reports something: a party, a figure, a named date, an event, a law; not where the
    scene is ("over Dolna", "at Harbour Grammar"), the hour ("by mid-morning") or a scene word the tagger took for a
    name."""
    for t in words:
        label = t.ent_type_
        if t.like_num and label not in ("DATE", "TIME"):
            return True
        if label not in _REPORT_ENTITIES or label in _PLACE_ENTITIES or t.lemma_.lower() in _SCENE_NOUNS:
            continue
        if label in ("DATE", "TIME"):
            if t.like_num or (t.tag_ == "NNP" and t.lower_ not in WEEKDAYS):
                return True
            continue  # the hour or the day of the scene ("By Monday afternoon, candles covered the railings")
        if _located(t):  # a name where the scene is ("at Harbour Grammar"; the tagger may call a town a person)
            continue
        return True
    return False


def _located(token: Token) -> bool:
    """A name inside a phrase of place ("at Harbour Grammar", "outside the Kessel Centre")."""
    head = token
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE_PREPOSITIONS


def _bare_reaction(main: Token, words: list[Token]) -> bool:
    """ "Environmental groups welcomed the findings.": a verb of reaction, its subject and the news as its object,
    nothing more (no clause, no figure, short)."""
    if token_attrs(main).lemma not in _REACTION_VERBS or len(words) > 12 or any(t.like_num for t in words):
        return False
    if not any(c.dep_ == "nsubj" for c in children_of(main)):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "advcl", "conj", "neg") for c in children_of(main)):
        return False
    objects = [c for c in children_of(main) if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in _NEWS_NOUNS for o in objects)


def _demonstrative_verdict(main: Token, words: list[Token]) -> bool:
    """ "That is a system.", "That is the only number that matters in this election," she said: a copula whose
    subject is "that"/"this" (in the claim or in the quote a speaker is credited with), naming no party, figure or
    date. What the demonstrative points to is the claim, in the sentence before."""
    verb = main
    if token_attrs(main).lemma in lexicon.ATTRIBUTION_VERBS:
        verb = next((c for c in children_of(main) if token_attrs(c).dep == "ccomp"), main)
    if token_attrs(verb).lemma != "be" or not any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "this") and c.tag_ == "DT" for c in children_of(verb)
    ):
        return False
    if not any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in children_of(verb)):
        return False  # "That is why the bank raised rates" explains; a verdict names what it calls it
    clause = [t for t in verb.subtree if not t.is_punct]
    return not any(t.ent_type_ in _REPORT_ENTITIES or t.like_num for t in clause)


def non_claim_reason(features: dict[str, float]) -> str | None:
    """The first kind of non-claim the features name, or None when the claim may be check-worthy."""
    return next((name for name in NON_CLAIM_FEATURES if features.get(name)), None)


MODEL_FORMAT = "claimcheck-checkworthiness"
MODEL_VERSION = 3
# Linear models of versions 1 and 2 load unchanged; encoder models of earlier versions (regressions over the frozen
# encoder's states) must be retrained.
_LINEAR_VERSIONS = (1, 2, 3)


def token_features(tokens: Sequence[Token]) -> dict[str, float]:
    """Numeric features of a claim's tokens (one sentence or part of one). Cheap: one pass over the tokens."""
    attrs = [token_attrs(t) for t in tokens]
    words = [t for t, a in zip(tokens, attrs, strict=True) if a.word]
    word_attrs = [a for a in attrs if a.word]
    n = len(words)
    f: dict[str, float] = {
        "number": 0.0,
        "quantity_word": 0.0,
        "money_percent": 0.0,
        "named_entity": 0.0,
        "person": 0.0,
        "org_place": 0.0,
        "date": 0.0,
        "past_verb": 0.0,
        "perfect": 0.0,
        "present_verb": 0.0,
        "future": 0.0,
        "hedge_modal": 0.0,
        "first_person_singular": 0.0,
        "first_person_plural": 0.0,
        "second_person": 0.0,
        "question": 0.0,
        "opinion_word": 0.0,
        "superlative": 0.0,
        "comparative": 0.0,
        "negation": 0.0,
        "attribution": 0.0,
        "policy_word": 0.0,
        "event_verb": 0.0,
        "casualty_word": 0.0,
        "filler_opener": 0.0,
        "imperative_let": 0.0,
        "think_believe": 0.0,
        "proper_noun": 0.0,
        "year": 0.0,
        "since_ago": 0.0,
        "change_verb": 0.0,
        "record_vote": 0.0,
        "wh_question": 0.0,
        "want_will_i": 0.0,
        "interjection": 0.0,
        "there_is": 0.0,
        "than": 0.0,
        "address": 0.0,
        "third_person_past": 0.0,
        "adverb": 0.0,
        "adjective": 0.0,
    }
    seen_ent: set[int] = set()
    for t, a in zip(words, word_attrs, strict=True):
        lower, lemma, tag, pos, dep = a.lower, a.lemma, a.tag, a.pos, a.dep
        if a.like_num or tag == "CD":
            f["number"] = 1.0
        if lower in lexicon.QUANTITY_WORDS or lower == "%" or lower == "$":
            f["quantity_word"] = 1.0
        ent = a.ent_type
        if ent in ("MONEY", "PERCENT") or lower in ("$", "%", "percent"):
            f["money_percent"] = 1.0
        if ent and a.ent_iob == "B" and t.i not in seen_ent:
            seen_ent.add(t.i)
            if ent == "PERSON":
                f["person"] += 1
            elif ent in ("ORG", "GPE", "LOC", "NORP", "FAC"):
                f["org_place"] += 1
            elif ent in ("DATE", "TIME"):
                f["date"] = 1.0
        if tag == "VBD":
            f["past_verb"] += 1
            if any(token_attrs(c).dep == "nsubj" and token_attrs(c).lower in _THIRD_PERSON for c in children_of(t)):
                f["third_person_past"] = 1.0
        elif tag == "VBN" and token_attrs(head_of(t)).tag != "VBN":
            if any(c.lemma_ == "have" for c in children_of(t)):
                f["perfect"] = 1.0
        elif tag in ("VBZ", "VBP"):
            f["present_verb"] += 1
        elif tag == "MD":
            if lower in FUTURE_MODALS or lower == "would":
                f["future"] = 1.0
            elif lower in HEDGE_MODALS or lower in ("should", "must"):
                f["hedge_modal"] = 1.0
        if lower in _FIRST_PERSON_SINGULAR:
            f["first_person_singular"] = 1.0
        elif lower in _FIRST_PERSON_PLURAL:
            f["first_person_plural"] = 1.0
        elif lower in _SECOND_PERSON:
            f["second_person"] = 1.0
        if tag in ("JJS", "RBS"):
            f["superlative"] = 1.0
        elif tag in ("JJR", "RBR"):
            f["comparative"] = 1.0
        if dep == "neg":
            f["negation"] = 1.0
        if pos == "VERB":  # the verbs' lexicons
            if lemma in lexicon.ATTRIBUTION_VERBS:
                f["attribution"] = 1.0
            if lemma in lexicon.EVENT_VERBS:
                f["event_verb"] = 1.0
            if lemma in ("think", "believe", "feel", "hope"):
                f["think_believe"] = 1.0
            if lemma in _CHANGE_VERBS:
                f["change_verb"] = 1.0
            if lemma in ("vote", "record", "veto", "sign", "pass", "sponsor", "oppose", "support"):
                f["record_vote"] = 1.0
        if lower in lexicon.POLICY_WORDS:
            f["policy_word"] += 1
        if lemma in CASUALTY_WORDS:
            f["casualty_word"] = 1.0
        if (lemma in OPINION_ADJECTIVES and pos == "ADJ") or lemma in OPINION_VERBS:
            f["opinion_word"] = 1.0
        if tag in ("NNP", "NNPS"):
            f["proper_noun"] += 1
        if tag == "CD" and len(lower) == 4 and lower.isdigit() and lower[:2] in ("19", "20"):
            f["year"] = 1.0
        if lower in ("since", "ago") or (
            lower == "last" and token_attrs(head_of(t)).lower in ("year", "years", "month", "decade")
        ):
            f["since_ago"] = 1.0
        if tag in ("WP", "WRB", "WDT") and t.i == tokens[0].i:
            f["wh_question"] = 1.0
        if tag == "UH":
            f["interjection"] = 1.0
        if tag == "EX":
            f["there_is"] = 1.0
        if lower == "than":
            f["than"] = 1.0
        if dep == "npadvmod" and lower in _ADDRESS_WORDS:
            f["address"] = 1.0
        if tag.startswith("RB"):
            f["adverb"] += 1
        if tag.startswith("JJ"):
            f["adjective"] += 1
        if dep == "nsubj" and lower in ("i", "we") and head_of(t).lemma_ in _INTENT_VERBS:
            f["want_will_i"] = 1.0
    if words:
        first = word_attrs[0]
        if first.lower in lexicon.FILLER_OPENERS:
            f["filler_opener"] = 1.0
        if first.lower in ("let", "let's") or (first.tag == "VB" and first.dep == "ROOT"):
            f["imperative_let"] = 1.0
    if (tokens and tokens[-1].text == "?") or any(t.text == "?" for t in tokens[-3:]):
        f["question"] = 1.0
    f["named_entity"] = 1.0 if (f["person"] or f["org_place"]) else 0.0
    f["person"] = min(f["person"], 2.0)
    f["org_place"] = min(f["org_place"], 3.0)
    f["past_verb"] = min(f["past_verb"], 3.0)
    f["present_verb"] = min(f["present_verb"], 3.0)
    f["policy_word"] = min(f["policy_word"], 3.0)
    f["proper_noun"] = min(f["proper_noun"], 4.0) / 4.0
    f["adverb"] = min(f["adverb"] / max(n, 1) * 10, 3.0)
    f["adjective"] = min(f["adjective"] / max(n, 1) * 10, 3.0)
    f["short"] = 1.0 if n < 7 else 0.0
    f["long"] = 1.0 if n > 30 else 0.0
    f["log_length"] = math.log1p(n)
    f.update(non_claim_features(tokens))
    return f


# The rule scorer: a logistic function with fixed weights over the named features above and the parser's own
# token vectors (mean and max of spaCy's tok2vec output over the claim, already computed by the parse). The weights
# in rule_weights.json were fitted by logistic regression on CT24 check-worthiness training sentences
# (`manage.py fit_rule_weights`, threshold chosen by 5-fold cross-validation, docs/extraction.md); no text of that
# data is in the project.
RULE_WEIGHTS_PATH = Path(__file__).with_name("rule_weights.json")
VECTOR_WIDTH = 96


@dataclass(frozen=True)
class RuleWeights:
    bias: float
    threshold: float
    features: dict[str, float]
    vector: np.ndarray


@lru_cache(maxsize=1)
def rule_weights() -> RuleWeights:
    data = json.loads(RULE_WEIGHTS_PATH.read_text(encoding="utf-8"))
    return RuleWeights(
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        features={k: float(v) for k, v in data["features"].items()},
        vector=np.asarray(data["vector"], dtype=np.float32),
    )


def span_vector(doc: Doc, start: int, end: int) -> np.ndarray:
    """Mean and max of the parser's token vectors over tokens [start, end) (zeros when the model keeps none)."""
    tensor = doc.tensor
    if tensor is None or len(tensor) < end or end <= start or tensor.ndim != 2:
        return np.zeros(2 * VECTOR_WIDTH, dtype=np.float32)
    part = tensor[start:end]
    return np.concatenate([part.sum(axis=0) / (end - start), part.max(axis=0)])  # the mean, without its overhead


def rule_score(features: dict[str, float], vector: np.ndarray | None = None) -> tuple[float, float]:
    """(score, contribution of the token vectors to the logit)."""
    weights = rule_weights()
    # a feature at 0 adds nothing (most are 0), so only the others are summed
    z = weights.bias + sum(weights.features.get(name, 0.0) * value for name, value in features.items() if value)
    from_vector = float(vector @ weights.vector) if vector is not None and vector.shape == weights.vector.shape else 0.0
    z += from_vector
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z)))), from_vector


class Scorer(Protocol):
    threshold: float
    name: str

    def score_many(
        self, texts: Sequence[str], features: Sequence[dict[str, float]], vectors: Sequence[np.ndarray]
    ) -> list[float]: ...


@dataclass
class RuleScorer:
    threshold: float = field(default_factory=lambda: rule_weights().threshold)
    name: str = "rules"

    def score_many(
        self, texts: Sequence[str], features: Sequence[dict[str, float]], vectors: Sequence[np.ndarray]
    ) -> list[float]:
        return [rule_score(f, v)[0] for f, v in zip(features, vectors, strict=True)]


@dataclass
class ModelScorer:
    """A trained model (``training.CheckworthinessModel``) over ``{"__text__": ..., features...}`` rows."""

    model: Any
    threshold: float
    name: str

    def score_many(
        self, texts: Sequence[str], features: Sequence[dict[str, float]], vectors: Sequence[np.ndarray]
    ) -> list[float]:
        if not texts:
            return []
        rows = [{**f, "__text__": t} for t, f in zip(texts, features, strict=True)]
        return [float(p) for p in self.model.predict_proba(rows)[:, 1]]


class ModelFileError(Exception):
    pass


def save_model(
    path: Path,
    *,
    model: Any,
    threshold: float,
    metadata: dict[str, Any],
    fallback: tuple[Any, float] | None = None,
) -> None:
    """Write a model file. An encoder model carries a linear ``fallback`` (model, threshold) for machines without
    the encoder extra."""
    payload = {
        "format": MODEL_FORMAT,
        "version": MODEL_VERSION,
        "method": getattr(model, "method", "linear"),
        "threshold": threshold,
        "metadata": metadata,
        "model": model,
        "fallback": None if fallback is None else {"model": fallback[0], "threshold": fallback[1]},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)


@lru_cache(maxsize=4)
def load_model(path: str) -> ModelScorer:
    """Load a model written by ``save_model`` (once per process per path). Only load files you trained.

    An encoder model on a machine without the encoder extra scores with the linear model it carries (logged once)."""
    try:
        with open(path, "rb") as fh:
            payload = pickle.load(fh)  # noqa: S301 - our own model files, written by train_checkworthiness
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ModuleNotFoundError) as exc:
        raise ModelFileError(f"Cannot load check-worthiness model {path}: {exc}") from exc
    if not isinstance(payload, dict) or payload.get("format") != MODEL_FORMAT:
        raise ModelFileError(f"{path} is not a check-worthiness model file.")
    if payload.get("version") != MODEL_VERSION and not (
        payload.get("method", "linear") == "linear" and payload.get("version") in _LINEAR_VERSIONS
    ):
        raise ModelFileError(
            f"{path} has model version {payload.get('version')}; expected {MODEL_VERSION}: retrain it with "
            "train_checkworthiness."
        )
    name = f"model:{Path(path).name}"
    if payload.get("method") == "encoder" and not encoder_installed():
        fallback = payload.get("fallback")
        if not fallback:
            raise ModelFileError(f"{path} needs the sentence encoder (make venv-encoder) and has no linear fallback.")
        logger.warning("%s: the sentence encoder is not installed; scoring with the model's linear fallback", path)
        return ModelScorer(model=fallback["model"], threshold=float(fallback["threshold"]), name=f"{name}:linear")
    return ModelScorer(model=payload["model"], threshold=float(payload["threshold"]), name=name)


def get_scorer(model_path: str | None = None) -> Scorer:
    """The trained model at ``model_path`` (or ``settings.CLAIMS_CHECKWORTHINESS_MODEL``), else the rule scorer."""
    if model_path is None:
        from django.conf import settings

        model_path = settings.CLAIMS_CHECKWORTHINESS_MODEL
    if model_path:
        return load_model(str(model_path))
    return RuleScorer()
