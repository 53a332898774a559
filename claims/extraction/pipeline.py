"""Article text -> claims: the glue that runs the rules on each sentence, assembles ``ExtractedClaim``s and scores
them; and the same for stand-alone sentences (``extract_sentences``).

Everything here works on one parsed spaCy ``Doc`` (no second model pass) and returns dataclasses; no ORM. The rules
live beside it, one concern a module: ``sentences`` (segmentation), ``attribution`` (claimers), ``hedging``
(``Hedge``), ``claim_types`` (``ClaimType``), ``units`` (the claims a sentence holds), ``standalone`` (their text),
``mentions`` (parties, targets, entities, numbers), ``dates``, ``scoring``; ``doccache`` keeps the doc's tokens for
one call.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from spacy.tokens import Doc

from claims.extraction.attribution import SentenceContext, article_claimers, resolve_claimers, text_attribution
from claims.extraction.claim_types import (
    NOT_CHECKWORTHY_TYPES,
    TYPE_PRIORS,
    UNDATED_TYPES,
    ClaimType,
    hedge_for_type,
    type_of,
)
from claims.extraction.dates import event_year, names_a_day, resolve_event_date
from claims.extraction.doccache import cached, doc_text, ents_within, span_text, span_tokens, text_of, tokens_of
from claims.extraction.hedging import Hedge, hedge_of
from claims.extraction.mentions import entities, numbers, targets, unique
from claims.extraction.nlp import bound_entities, get_nlp, map_docs
from claims.extraction.scoring import (
    RuleScorer,
    Scorer,
    get_scorer,
    non_claim_reason,
    rule_score,
    span_vector,
    token_features,
)
from claims.extraction.sentences import sentences
from claims.extraction.standalone import Antecedents, event_referent, standalone_text
from claims.extraction.units import MAIN_KINDS, Unit, UnitKind, long_enough, sentence_units


@dataclass
class ExtractedClaim:
    """One claim found in a text. Offsets index the text given to ``extract_claims``."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    text: str
    claim_type: ClaimType = ClaimType.EVENT
    checkworthy: bool = True
    score: float = 0.5
    score_features: dict[str, Any] = field(default_factory=dict)
    hedge: Hedge = Hedge.ASSERTED
    claimers: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    numbers: list[dict[str, Any]] = field(default_factory=list)
    event_date: date | None = None


@dataclass
class SentenceResult:
    """What ``extract_sentences`` reports for one stand-alone sentence."""

    checkworthy: bool
    score: float
    claim_type: ClaimType
    hedge: Hedge
    claimers: list[str]
    targets: list[str]
    score_features: dict[str, Any] = field(default_factory=dict)
    # what the row leaves for the later rows of its article; dropped once they are resolved
    context: SentenceContext | None = field(default=None, repr=False)


@dataclass
class _Context:
    """What one article's earlier sentences leave for the later ones."""

    published_on: date | None
    outlet: str = ""
    last_event: str | None = None
    antecedents: Antecedents = field(default_factory=Antecedents)


def _build_claims(doc: Doc, ctx: _Context) -> list[tuple[ExtractedClaim, np.ndarray]]:
    out: list[tuple[ExtractedClaim, np.ndarray]] = []
    sents = list(sentences(doc))
    for sent, (attributed, claimers) in zip(sents, article_claimers(sents), strict=True):
        # (a dateline too short to be an item of its own still names where the story was filed)
        ctx.antecedents.note_dateline(sent, attributed)
        if not long_enough(sent):
            continue
        # ("It said" after "In a statement, its fisheries ministry said": the party that claim wrote for "its")
        claimers = [ctx.antecedents.claimers_written.get(c, c) for c in claimers]
        ctx.antecedents.written.clear()
        units = sentence_units(sent)
        first_of_sentence = len(out)
        referent = event_referent(doc, units, ctx.last_event)
        sentence_date_text = " ".join(
            ent.text for ent in ents_within(doc, sent.start, sent.end) if ent.label_ in ("DATE", "TIME")
        )
        # (a clause's own speaker may be a source the sentence embeds: "Shares fell after the company said ...")
        own = _clause_claimers(
            doc, units, unique(claimers + attributed.sources), attributed.subjects + attributed.source_subjects
        )
        for unit in sorted(units, key=lambda u: (doc[u.start].idx, u.end)):
            # a clause taken out with a speaker of its own is that speaker's ("..., as aid groups warned that ..."),
            # and the rest of the sentence is not
            unit_claimers = own.get(id(unit)) or [c for c in claimers if not any(c in v for v in own.values())]
            span = doc[unit.start : unit.end]
            tokens = tokens_of(doc, unit.start, unit.end)
            plain_text = span_text(span)
            hedge = hedge_of(tokens, plain_text)
            features = token_features(tokens)
            claim_type = unit.forced_type or type_of(
                tokens, plain_text, hedge=hedge, has_claimers=bool(unit_claimers), features=features
            )
            hedge = hedge_for_type(claim_type, hedge)
            text = standalone_text(
                unit,
                span,
                sent,
                referent,
                antecedents=ctx.antecedents,
                predicted=hedge == Hedge.PREDICTED,
                claimers=unit_claimers,
                attributed=attributed,
            )
            own_claimers = unique(unit_claimers) or ([ctx.outlet] if ctx.outlet else [])
            future = hedge == Hedge.PREDICTED
            event_date = resolve_event_date(text, ctx.published_on, future=future)
            if event_date is None and unit.kind in MAIN_KINDS:
                event_date = resolve_event_date(sentence_date_text, ctx.published_on, future=future)
            claim = ExtractedClaim(
                start=span.start_char,
                end=span.end_char,
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                text=text,
                claim_type=claim_type,
                hedge=hedge,
                claimers=own_claimers,
                targets=targets(
                    doc, unit.start, unit.end, claimers=claimers, actors=unit.actors, skip_spans=attributed.subjects
                ),
                actors=list(unit.actors),
                entities=entities(doc, unit.start, unit.end),
                numbers=numbers(doc, unit.start, unit.end),
                event_date=None if claim_type in UNDATED_TYPES and unit.kind == UnitKind.MAIN else event_date,
                score_features=features,
            )
            if unit.event_description:
                ctx.last_event = unit.event_description
            out.append((claim, span_vector(doc, unit.start, unit.end)))
        ctx.antecedents.remember(sent, claimers, attributed)
        for claim, _ in out[first_of_sentence:]:
            # "The agency said": the claimer is the body the article named ("agency" -> the Global Refugee Office),
            # once the sentence is read ("Dutch chipmaker X will cut 2,000 jobs, the company said": X)
            # (as the claim's own text wrote them first: "The group denied ..." is the group the text names)
            written = ctx.antecedents.claimers_as_written(claim.claimers, sent, attributed)
            claim.claimers = unique([ctx.antecedents.named(c) for c in written])
        # the day of the event reported last, for "a day earlier" in a later sentence (a month is no such day)
        dated = [c.event_date for c, _ in out[first_of_sentence:] if c.event_date is not None and names_a_day(c.text)]
        years = [y for c, _ in out[first_of_sentence:] if (y := event_year(c.text)) is not None]
        # (not an event still to come: "The branches will close on March 31. A week earlier, a petition gathered")
        past = [d for d in dated if ctx.antecedents.published_on is None or d <= ctx.antecedents.published_on]
        if past:
            ctx.antecedents.last_event_date = past[-1]
        # "imposed similar limits in 2023. Its fleet shrank in the following year": 2024 (the sentence just before)
        ctx.antecedents.last_event_year = years[-1] if years and not dated else None
    return out


def _clause_claimers(
    doc: Doc, units: list[Unit], claimers: list[str], subjects: list[tuple[int, int]]
) -> dict[int, list[str]]:
    """The claimers of the clauses taken out of a sentence ("as/after/when X did Y") whose own verb names them
    ("The number of cases has risen to 340, the health ministry said, as aid groups warned that ...": the aid
    groups' clause), by ``id`` of the unit. A speech tag the clause's span happens to hold is the sentence's."""
    if len(units) < 2:
        return {}
    own: dict[int, list[str]] = {}
    for unit in units:
        if unit.kind != UnitKind.CLAUSE:
            continue
        roots = [
            t for t in tokens_of(doc, unit.start, unit.end) if t.head.i != t.i and not unit.start <= t.head.i < unit.end
        ]
        inside = {t.i for root in roots for t in root.subtree}
        named: list[str] = []
        for start, end in subjects:
            head = next((t for t in tokens_of(doc, start, end) if not start <= t.head.i < end), None)
            if head is not None and head.head.i in inside:
                words = text_of(doc, start, end).lower()
                named += [c for c in claimers if c.lower() in words]
        if named:
            own[id(unit)] = unique(named)
    return own


def _score(claims: list[tuple[ExtractedClaim, np.ndarray]], scorer: Scorer, *, article: bool) -> None:
    if not claims:
        return
    vector_shares: list[float] = []
    if type(scorer) is RuleScorer:  # its score and the token vectors' share of it in one pass
        scored = [rule_score(claim.score_features, vector) for claim, vector in claims]
        scores = [score for score, _ in scored]
        vector_shares = [share for _, share in scored]
    else:
        texts = [c.text for c, _ in claims]
        scores = scorer.score_many(texts, [c.score_features for c, _ in claims], [v for _, v in claims])
    for i, ((claim, vector), score) in enumerate(zip(claims, scores, strict=True)):
        claim.score = round(min(1.0, max(0.0, score)), 4)
        claim.checkworthy = claim.score >= scorer.threshold
        non_claim = non_claim_reason(claim.score_features)
        features: dict[str, Any] = {k: round(v, 3) for k, v in claim.score_features.items() if v}
        features["scorer"] = scorer.name
        if vector_shares:
            features["token_vectors"] = round(vector_shares[i], 3)
        elif isinstance(scorer, RuleScorer):
            features["token_vectors"] = round(rule_score(claim.score_features, vector)[1], 3)
        if non_claim:  # boilerplate, a call to action, a question, an opener or colour: nothing to check
            claim.checkworthy = False
            features["non_claim"] = non_claim
        elif article and claim.claim_type in NOT_CHECKWORTHY_TYPES:
            claim.checkworthy = False
            features["not_checkworthy_type"] = claim.claim_type
        elif article and claim.claim_type in TYPE_PRIORS:
            # In an article the claim's type is evidence too: casualty figures, control of places, accusations and
            # events are what fact-checkers verify, whatever the sentence-level scorer says.
            prior = TYPE_PRIORS[claim.claim_type]
            claim.score = round(1.0 - (1.0 - claim.score) * (1.0 - prior), 4)
            claim.checkworthy = claim.score >= scorer.threshold
            features["type_prior"] = prior
        claim.score_features = features


def extract_from_doc(
    doc: Doc, *, published_on: date | None = None, outlet: str = "", title: str = "", scorer: Scorer | None = None
) -> list[ExtractedClaim]:
    """Claims of one parsed article; ``title`` (its headline) is context only: it yields no claims."""
    headline = get_nlp()(title) if title.strip() else None
    antecedents = Antecedents(
        published_on=published_on,
        outlet=outlet,
        title_places=title_places(headline, doc),
        title_kinds=title_kinds(headline),
    )
    ctx = _Context(published_on=published_on, outlet=outlet, antecedents=antecedents)
    bound_entities(doc)
    with cached(doc):
        built = _build_claims(doc, ctx)
    _score(built, scorer or get_scorer(), article=True)
    claims: list[ExtractedClaim] = []
    seen: set[tuple[int, int]] = set()
    for claim, _ in built:
        if (claim.start, claim.end) in seen or claim.start >= claim.end:
            continue
        seen.add((claim.start, claim.end))
        claims.append(claim)
    return claims


def extract_claims(
    text: str, *, published_on: date | None = None, outlet: str = "", title: str = "", scorer: Scorer | None = None
) -> list[ExtractedClaim]:
    """Claims of one article text, in order of appearance. ``outlet`` is the claimer when the text names none."""
    return extract_from_doc(get_nlp()(text), published_on=published_on, outlet=outlet, title=title, scorer=scorer)


def title_places(headline: Doc | None, doc: Doc) -> tuple[str, ...]:
    """The countries, regions and cities the parsed headline names, each once, in order; not one the text ``doc``
    writes before a common noun ("the Grennock coast"), which makes it a stretch of coast or a town, no country."""
    if headline is None:
        return ()
    names = unique([ent.text for ent in headline.ents if ent.label_ in ("GPE", "LOC")])
    modifiers = {
        text_of(doc, t.i - len(name.split()) + 1, t.i + 1)
        for name in names
        for t in tokens_of(doc, 0, len(doc) - 1)
        if t.text == name.split()[-1] and doc[t.i + 1].tag_ in ("NN", "NNS")
    }
    return tuple(name for name in names if name not in modifiers)


def title_kinds(headline: Doc | None) -> dict[str, str]:
    """The common nouns the parsed headline names a thing by, with the common words before them, by lemma ("Oil
    spill spreads along Marrow coast": "spill" -> "oil spill"), for "It is the worst spill since 2009"."""
    kinds: dict[str, str] = {}
    for noun in headline or ():
        if noun.tag_ not in ("NN", "NNS") or noun.dep_ == "compound":
            continue
        words = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.tag_ in ("NN", "JJ")]
        if words and words[-1].i == noun.i - 1 and words[0].i == min(c.i for c in words):
            kinds.setdefault(noun.lemma_.lower(), " ".join(t.lower_ for t in (*words, noun)))
    return kinds


def extract_many(texts: Iterable[str], *, batch_size: int = 64) -> Iterator[list[ExtractedClaim]]:
    """Claims of many texts, streamed through ``nlp.pipe``."""
    scorer = get_scorer()
    for doc in get_nlp().pipe(texts, batch_size=batch_size):
        yield extract_from_doc(doc, scorer=scorer)


def analyse_sentence_doc(doc: Doc) -> tuple[SentenceResult, str, dict[str, float], np.ndarray]:
    """One stand-alone sentence (the whole doc): type, hedge, the parties it names as claimers, targets."""
    with cached(doc):
        return _analyse_sentence_doc(doc)


def _analyse_sentence_doc(doc: Doc) -> tuple[SentenceResult, str, dict[str, float], np.ndarray]:
    span = doc[:]
    tokens = span_tokens(span)
    text = doc_text(doc)  # the cached join, not a second one
    attributed, context = text_attribution(doc)
    features = token_features(tokens)
    hedge = hedge_of(tokens, text)
    claim_type = type_of(tokens, text, hedge=hedge, has_claimers=bool(attributed.claimers), features=features)
    hedge = hedge_for_type(claim_type, hedge)
    result = SentenceResult(
        checkworthy=False,
        score=0.0,
        claim_type=claim_type,
        hedge=hedge,
        claimers=attributed.sources,
        targets=targets(doc, 0, len(doc), claimers=attributed.sources, actors=[], skip_spans=attributed.subjects),
        context=context,
    )
    return result, text, features, span_vector(doc, 0, len(doc))


def article_of(row_id: str) -> str:
    """The article a row of ``extract_sentences`` belongs to: its id up to the last "#" ("nyt_2016-09-08_x#s12" ->
    "nyt_2016-09-08_x"); an id without one is an article of its own."""
    return row_id.rpartition("#")[0] or row_id


def extract_sentences(
    texts: Iterable[str],
    *,
    articles: Iterable[str] | None = None,
    scorer: Scorer | None = None,
    batch_size: int = 256,
    n_process: int = 1,
) -> Iterator[SentenceResult]:
    """Score and type stand-alone sentences (the ``extract_sentences`` command and ``make eval``), in order.
    With ``n_process`` > 1, parsing, rules and scoring all run in forked workers (``nlp.map_docs``).

    ``articles`` names the article of each text: consecutive texts of one article are sentences in order, and their
    claimers are resolved together as in an article (``attribution.resolve_claimers``: a quotation's speaker for
    the sentences inside it, a pronoun speaker for the party named before), beside the sources each names."""
    chosen = scorer or get_scorer()

    def analyse(docs: list[Doc]) -> list[SentenceResult]:
        return list(_score_sentences([analyse_sentence_doc(doc) for doc in docs], chosen))

    results = map_docs(list(texts), analyse, n_process=n_process, chunk_size=batch_size)
    if articles is None:
        for result in results:
            result.context = None
            yield result
        return
    group: list[SentenceResult] = []
    current: str | None = None
    for result, article in zip(results, articles, strict=True):
        if group and article != current:
            yield from _in_article(group)
            group = []
        current = article
        group.append(result)
    yield from _in_article(group)


def _in_article(results: list[SentenceResult]) -> list[SentenceResult]:
    contexts = [r.context for r in results]
    if len(results) > 1 and all(c is not None for c in contexts):
        resolved = resolve_claimers([c for c in contexts if c is not None])
        for result, found in zip(results, resolved, strict=True):
            # a bare speech tag ("Clinton said.") holds no statement: what it attributes is in the row before
            result.claimers = [] if found.tags_quotation else unique(found.claimers + result.claimers)
    for result in results:
        result.context = None
    return results


def _score_sentences(
    pending: list[tuple[SentenceResult, str, dict[str, float], np.ndarray]], scorer: Scorer
) -> Iterator[SentenceResult]:
    scores = scorer.score_many([p[1] for p in pending], [p[2] for p in pending], [p[3] for p in pending])
    for (result, _, features, _), score in zip(pending, scores, strict=True):
        result.score = round(min(1.0, max(0.0, score)), 4)
        result.checkworthy = result.score >= scorer.threshold and non_claim_reason(features) is None
        result.score_features = {k: v for k, v in features.items() if v}
        yield result
