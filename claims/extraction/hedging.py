"""Hedges: how firmly a claim is stated (the ``Hedge`` vocabulary), the words that signal each hedge, and
``hedge_of``, which picks one.

No spaCy import at run time: ``claims.models`` imports ``Hedge`` from here.
"""

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.db.models.enums import TextChoices

from claims.extraction import lexicon
from claims.extraction.attribution import first_conjunct
from claims.extraction.doccache import children_of, token_attrs

if TYPE_CHECKING:  # type hints only (see the module docstring)
    from spacy.tokens import Token


class Hedge(TextChoices):
    ASSERTED = "asserted", "Asserted"
    HEDGED = "hedged", "Hedged"
    UNCONFIRMED = "unconfirmed", "Unconfirmed"
    DENIED = "denied", "Denied"
    PREDICTED = "predicted", "Predicted"


# Cue words, lower-case; lemmas unless noted.
# unconfirmed: phrases in the lower-cased text
UNCONFIRMED_PATTERNS = (
    "yet to be confirmed",
    "yet to be verified",
    "yet to be independently",
    "not yet been confirmed",
    "not been confirmed",
    "not been verified",
    "not been independently",
    "could not be independently",
    "could not be verified",
    "could not be confirmed",
    "cannot be independently",
    "cannot be verified",
    "cannot be confirmed",
    "can not be verified",
    "unconfirmed",
    "unverified",
    "not immediately confirmed",
    "could not immediately be",
    "not immediately known",
    "not immediately clear",
    # the outlet saying what it does not know ("It was not clear whether the collapse occurred in ...")
    "not clear whether",
    "not clear if",
    "unclear whether",
    "unclear if",
    "not known whether",
    "not known if",
    "not yet clear",
    "not yet known",
    "would not confirm",
    "declined to confirm",
)
# unconfirmed: the outlet or a party says it could not check ("could not verify when ...", "was unable to confirm
# reports that ..."); verb lemmas after a negated "could"/"can"/"able"
VERIFY_VERBS = frozenset(["verify", "confirm", "check", "corroborate", "authenticate"])
# "denied them access": things refused to someone, not a statement denied (lemmas)
REFUSED_THINGS = frozenset(
    [
        *("care", "access", "entry", "bail", "treatment", "food", "water", "medicine", "visa", "permission"),
        *("asylum", "help", "aid", "visit", "lawyer", "counsel", "parole", "passage", "service", "right"),
    ]
)
# "rejected the proposal": a decision about a proposal, not a denial of a statement (lemmas of the object)
PROPOSAL_NOUNS = frozenset(
    [
        *("proposal", "plan", "bid", "offer", "application", "request", "motion", "amendment", "appeal", "idea"),
        *("deal", "bill", "demand", "call", "candidate", "nomination", "budget", "scheme", "draft", "it"),
    ]
)
# denied
DENIAL_VERBS = frozenset(["deny", "reject", "dismiss", "refute"])
DENIAL_NOUNS = frozenset(["denial"])
# predicted: a future modal (word form), a forecasting verb, "going to <verb>", "likely to", "set to"
FUTURE_MODALS = frozenset(["will", "shall", "'ll", "wo"])
PREDICTION_VERBS = frozenset(["expect", "forecast", "predict", "anticipate", "project"])
PREDICTION_LEADS = frozenset(["likely", "set"])  # word forms, before "to"
# hedged: a hedging adverb or adjective, a hedging modal (word forms), "appear"/"seem", "believed to be"
HEDGE_WORDS = frozenset(
    [
        "reportedly",
        "allegedly",
        "apparently",
        "purportedly",
        "possibly",
        "probably",
        "perhaps",
        "supposedly",
        "seemingly",
        "alleged",
        "suspected",
        "presumably",
    ]
)
HEDGE_MODALS = frozenset(["may", "might", "could"])
SEEM_VERBS = frozenset(["appear", "seem"])  # lemmas as spaCy gives them (not lower-cased)
REPORTED_TO = re.compile(r"\b(?:believed|thought|said|reported|understood) to (?:be|have|[a-z]+)\b")


def _links(verb: "Token") -> bool:
    """ "appeared to be", "it appears that", "seemed calm": "appear" linking its subject to what it seems, not
    "The first cases appeared on Thursday" (came to be seen)."""
    return verb.lemma_ == "seem" or any(
        c.dep_ in ("xcomp", "ccomp", "acomp", "attr", "oprd") for c in children_of(verb)
    )


def _is_denial(token: "Token", lemma: str) -> bool:
    """A denial verb that denies: not negated ("did not deny"), and not a characterisation ("dismissed the report
    as propaganda", "rejected the plan as too costly": what is asserted is the characterisation)."""
    if lemma not in DENIAL_VERBS or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "neg" for c in children_of(token)):
        return False
    if token.dep_ == "relcl" and token.head.dep_ in ("nsubj", "nsubjpass"):
        return False  # "Holm, who denies wrongdoing, is under investigation": an aside on the subject, not the claim
    if token.tag_ == "VBG" and token.dep_ == "advcl" and _hangs_on_report(token):
        # "ruled that he would get a fair trial ..., rejecting the two main arguments of the defence": what the
        # claim reports is asserted; the participle rejects something else
        return False
    passive = any(c.dep_ == "auxpass" for c in children_of(token)) or (
        token.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in children_of(token.head))
        and not any(c.dep_ == "nsubj" for c in children_of(token))
    )
    if passive:  # "were denied medical care", "were beaten and denied care": a refusal suffered
        return any(c.dep_ == "agent" for c in children_of(token))  # a denial in the passive names who denied
    if lemma == "deny" and any(c.dep_ == "dobj" and c.lemma_.lower() in REFUSED_THINGS for c in children_of(token)):
        return False  # "the guards denied them medical care"
    if lemma == "reject" and any(c.dep_ == "dobj" and c.lemma_.lower() in PROPOSAL_NOUNS for c in children_of(token)):
        return False  # "rejected the proposal", "rejected it": a decision
    # the "as" phrase hangs on the verb or, as the parser often reads it, on its object ("the report as propaganda")
    objects = [c for c in children_of(token) if c.dep_ == "dobj"]
    return not any(c.dep_ == "prep" and c.lower_ == "as" for t in (token, *objects) for c in children_of(t))


def _hangs_on_report(participle: "Token") -> bool:
    """Whether a participle hangs on a report that is no denial ("ruled that ...", or a clause of what was
    ruled), so what it does is an aside to what is reported."""
    verb = first_conjunct(participle.head)
    reporter = verb.head if verb.dep_ == "ccomp" else verb
    reports = reporter.i != verb.i or any(c.dep_ == "ccomp" for c in children_of(verb))
    return reports and reporter.lemma_.lower() not in DENIAL_VERBS


def _is_forecast(token: "Token", lemma: str) -> bool:
    """A forecasting verb that forecasts: in the present ("analysts expect"), or with what it forecasts ("predicted
    that prices would rise", "expected to win"); not a past one without it ("faster than anyone expected")."""
    if lemma not in PREDICTION_VERBS or token.pos_ != "VERB":
        return False
    if token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(token)):
        return False  # "economists had expected the bank to hold": a past expectation
    return token.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in children_of(token))


def past_intention(going: "Token") -> bool:
    """ "we were never going to get it right first time", "was going to open in May": "going to" after a past
    "be" tells what was meant or bound to be then, no forecast."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in children_of(going))


# Verbs of perceiving: "could be heard" reports what people perceived, not a possibility.
PERCEPTION_VERBS = frozenset(["hear", "see", "feel", "smell", "spot", "observe"])


def time_clause_of_past(verb: "Token") -> bool:
    """ "escaped before the valves could be shut", "waited until help could arrive": a time clause of a past event,
    whose modal says what was possible then, no possibility now nor a forecast."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("before", "until", "till") for c in children_of(verb))
        and verb.head.tag_ in ("VBD", "VBN")
    )


def _ability(modal: "Token") -> bool:
    """A modal of ability rather than possibility: "gunfire could be heard", "faster than our business could
    support" (a comparison), "could not reach"."""
    verb = modal.head
    if modal.dep_ == "relcl" or verb.pos_ not in ("VERB", "AUX"):
        return True  # "did what they could", "did everything they could": all they were able to do, no possibility
    if verb.lemma_.lower() in PERCEPTION_VERBS and any(
        c.dep_ == "auxpass" or (c.dep_ == "nsubj" and c.tag_ == "PRP") for c in children_of(verb)
    ):
        return True  # "gunfire could be heard", "I could hear them above me" (not "households could see bills rise")
    if (
        modal.lower_ == "could"
        and any(c.dep_ == "neg" for c in children_of(verb))
        and not any(c.dep_ == "prt" and c.lower_ == "out" for c in children_of(verb))
    ):
        return True  # "search teams could not reach the farm": what they were unable to do (but "could not rule out")
    return (
        any(c.lower_ == "than" and c.dep_ in ("mark", "advmod", "prep") for c in children_of(verb))
        or (verb.dep_ == "advcl" and any(c.lower_ == "than" for c in children_of(verb)))
        or time_clause_of_past(verb)
    )


# Words that make a subject no one or nothing: what "could be verified" of it is not verified.
_NOTHING = frozenset(["neither", "no", "none", "nothing", "nobody"])


def _could_not_verify(token: "Token") -> bool:
    """ "could not verify when ...", "was unable to confirm", "cannot independently check"."""
    a = token_attrs(token)
    if a.lemma not in VERIFY_VERBS or a.pos != "VERB":
        return False
    negated = any(c.dep_ == "neg" for c in children_of(token)) or any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ in _NOTHING for g in c.subtree if g.i <= c.i)
        for c in children_of(token)
    )  # ("Neither side's figures could be verified", "None of the accounts could be confirmed")
    modal = any(c.tag_ == "MD" and c.lower_ in ("could", "can", "ca") for c in children_of(token))
    unable = token.head.lower_ == "unable" or (token.dep_ == "xcomp" and token.head.lemma_.lower() in ("fail",))
    return (negated and modal) or unable


# Verbs by which evidence points to something without saying it ("the refusal suggested it was not in control").
INFERENCE_VERBS = frozenset(["suggest", "indicate", "imply"])


def _inferred(token: "Token") -> bool:
    """ "The study suggested that ...", "the army's refusal ... suggested it was not fully in control": what a
    thing (no person, no body) suggests is an inference, hedged; a person's or a body's suggestion is a statement."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in INFERENCE_VERBS:
        return False
    subject = next((c for c in children_of(token) if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.tag_ in ("NN", "NNS")
        and not subject.ent_type_
        and subject.lemma_.lower() not in lexicon.PERSON_NOUNS
        and subject.lemma_.lower() not in lexicon.BODY_NOUNS | lexicon.BODY_HEADS
    )


def compared_likelihood(likely: "Token") -> bool:
    """ "twice as likely to", "more likely to", "less likely to": a risk measured against another group's."""
    return likely.lower_ == "likely" and any(
        c.dep_ == "advmod" and c.lower_ in ("as", "more", "less", "most", "least") for c in children_of(likely)
    )


def hedge_of(tokens: Sequence["Token"], text: str) -> Hedge:
    """The hedge of a claim's tokens and text, first match wins: unconfirmed > denied > predicted > hedged >
    asserted."""
    lower = text.lower()
    if any(p in lower for p in UNCONFIRMED_PATTERNS) or any(_could_not_verify(t) for t in tokens):
        return Hedge.UNCONFIRMED
    attrs = [token_attrs(t) for t in tokens]
    if any(a.lemma in DENIAL_NOUNS or _is_denial(t, a.lemma) for t, a in zip(tokens, attrs, strict=True)):
        return Hedge.DENIED
    for i, (t, a) in enumerate(zip(tokens, attrs, strict=True)):
        low = a.lower
        if a.tag == "MD" and low in FUTURE_MODALS:
            return Hedge.PREDICTED
        if (
            low == "going"
            and i + 2 < len(tokens)
            and attrs[i + 1].lower == "to"
            and attrs[i + 2].tag == "VB"
            and not past_intention(t)
        ):
            return Hedge.PREDICTED
        if _is_forecast(t, a.lemma):
            return Hedge.PREDICTED
        if (
            low in PREDICTION_LEADS
            and i + 1 < len(tokens)
            and attrs[i + 1].lower == "to"
            and not compared_likelihood(t)
        ):
            return Hedge.PREDICTED
    for t, a in zip(tokens, attrs, strict=True):
        low = a.lower
        if low in ("alleged", "suspected") and (a.tag == "VBD" or a.dep == "acl"):
            # "the challenger alleged ballot stuffing" (the claimer asserts it), "anyone suspected of a crime" (a
            # kind of person); "the alleged attack", "he is suspected of fraud" stay hedged
            continue
        if low == "suspected" and a.dep == "amod" and t.head.lemma_.lower() == "case":
            continue  # "1,140 suspected cases had been recorded": a count health officials keep, asserted
        if low in HEDGE_WORDS:
            return Hedge.HEDGED
        if a.tag == "MD" and low in HEDGE_MODALS and not _ability(t):
            return Hedge.HEDGED
        if low == "likely" and (a.dep == "amod" or compared_likelihood(t)):
            continue  # "likely voters": a kind of voter; "twice as likely to develop asthma": a measured risk
        if low == "likely" or (a.pos == "VERB" and t.lemma_ in SEEM_VERBS and _links(t)) or _inferred(t):
            return Hedge.HEDGED
    if REPORTED_TO.search(lower):
        return Hedge.HEDGED
    return Hedge.ASSERTED
