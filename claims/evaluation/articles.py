"""The article-level eval: run the extraction pipeline over labelled articles and compare it with the gold labels.

Figures (definitions in docs/extraction.md, "Article-level eval"):

- claim recall: gold claims matched by an extracted claim (``checks.match_pairs``: one-to-one, token Jaccard of
  the spans >= 0.5);
- claimer accuracy: matched gold claims with a claimer whose extracted claimers (any naming the outlet, which the
  pipeline adds to unattributed claims, left out) include a name matching a gold claimer
  (``checks.claimer_matches``); beside it, the matched own-voice claims (gold: no claimer) that the pipeline credits
  to a party;
- type and hedge accuracy: matched claims whose extracted type / hedge is one the gold allows;
- stand-alone rate: matched claims whose extracted text passes ``checks.standalone_check`` against the gold text;
- garble rate: extracted claims with a garbling defect (``garble_reasons``);
- non-claims flagged check-worthy: gold non-claim sentences that an extracted check-worthy claim lies mostly in;
- check-worthy recall: matched gold claims of a checkable type (not prediction or opinion) marked check-worthy.
"""

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from claims.evaluation.checks import (
    RELATIVE_TIME,
    StandaloneResult,
    claimer_matches,
    cuts_region,
    has_subject_and_verb,
    match_pairs,
    quantities,
    standalone_check,
    word_spans,
    words_in,
)
from claims.evaluation.gold import GoldArticle, GoldClaim, GoldSpan
from claims.extraction.nlp import get_nlp
from claims.extraction.pipeline import ExtractedClaim, extract_claims
from claims.extraction.scoring import Scorer

# Gold types whose claims are not expected to be check-worthy.
NOT_CHECKWORTHY_GOLD_TYPES = frozenset(["prediction", "opinion"])
# An article right before a possessive or another article: what a rewrite leaves when it puts a phrase after "the".
BAD_REWRITE = re.compile(r"\b(?:the|a|an)\s+(?:his|her|its|their|my|our|your|the|a|an)\b", re.IGNORECASE)
# "on"/"in" written before a date right after another preposition: what a time rewrite leaves when it did not see
# the preposition ("carried out over in summer 2026", "until at least in spring 2027", "On on the morning of ...").
_MONTHS_AND_SEASONS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter"
)
DOUBLE_PREPOSITION = re.compile(
    r"\b(?i:on|in|over|beyond|past|until|till|since|from|by|before|after|during|through|into|at\s+least)\s+(?:on|in)\s+"
    rf"(?:\d|the\s+(?:night|morning|afternoon|evening|week)\b|(?:{_MONTHS_AND_SEASONS})\b)"
)
# A check-worthy extracted claim flags a non-claim when at least this share of its words lie inside it.
NON_CLAIM_SHARE = 0.5

Parser = Callable[[list[str]], list[bool]]


def run_pipeline(article: GoldArticle, scorer: Scorer | None = None) -> list[ExtractedClaim]:
    """The project's extraction, as ingest runs it: the article text, its date, outlet and headline (and the configured
    check-worthiness scorer unless one is given)."""
    return extract_claims(
        article.text, published_on=article.published_on, outlet=article.outlet, title=article.title, scorer=scorer
    )


def parse_has_subject_and_verb(texts: list[str]) -> list[bool]:
    return [has_subject_and_verb(doc) for doc in get_nlp().pipe(texts)]


@dataclass
class ClaimOutcome:
    """One gold claim and what the pipeline made of it (``extracted`` None: missed)."""

    gold: GoldClaim
    extracted: ExtractedClaim | None = None
    claimers: list[str] = field(default_factory=list)  # extracted claimers without those naming the outlet
    claimer_ok: bool = False
    type_ok: bool = False
    hedge_ok: bool = False
    standalone: StandaloneResult | None = None


@dataclass
class ArticleResult:
    article: GoldArticle
    extracted: list[ExtractedClaim]
    outcomes: list[ClaimOutcome]
    garbled: dict[int, list[str]]  # index into ``extracted`` -> reasons
    flagged_non_claims: list[GoldSpan]


def unit_spans(article: GoldArticle) -> list[tuple[int, int]]:
    """(start, end) of every labelled sentence or clause of an article, claims and non-claims."""
    return [(g.start, g.end) for g in article.claims] + [(n.start, n.end) for n in article.non_claims]


def garble_reasons(
    article: GoldArticle, extracted: Sequence[ExtractedClaim], parse: Parser = parse_has_subject_and_verb
) -> dict[int, list[str]]:
    """Extracted claims that are garbled, with why (index -> reasons):

    - ``fragment``: a claim taken from part of its sentence whose text has no subject and verb;
    - ``cut_region``: the claim takes some but not all words of a quote, parenthesis or dash pair of its sentence;
    - ``dropped_quantity``: a quantity of the sentence lies in none of the sentence's claims (charged to the claim
      nearest to it), or a numeral of the claim's span is missing from its text (a number word may go when the
      text names what it counted: "the two sides" -> "the government and the rebels");
    - ``split_sentence``: the pipeline's sentence boundary falls inside a gold sentence or clause the claim overlaps;
    - ``bad_rewrite``: the text has an article right before another determiner ("The his main challenger's ..."),
      or "on"/"in" and a date right after another preposition ("over in summer 2026"), which only a broken rewrite
      leaves.
    """
    words = word_spans(article.text)
    reasons: dict[int, list[str]] = defaultdict(list)
    partial: list[int] = []
    by_sentence: dict[tuple[int, int], list[int]] = defaultdict(list)
    unit_words = [words_in(words, start, end) for start, end in unit_spans(article)]
    for i, claim in enumerate(extracted):
        by_sentence[(claim.sentence_start, claim.sentence_end)].append(i)
        sentence = article.text[claim.sentence_start : claim.sentence_end]
        sentence_words = words_in(words, claim.sentence_start, claim.sentence_end)
        claim_words = words_in(words, claim.start, claim.end)
        if not sentence_words <= claim_words:
            partial.append(i)
        if cuts_region(sentence, claim.start - claim.sentence_start, claim.end - claim.sentence_start):
            reasons[i].append("cut_region")
        span = article.text[claim.start : claim.end]
        # (a count in a relative time goes when the time is written as the date it names: "18 months ago" -> "in
        # April 2025")
        times = [m.span() for m in RELATIVE_TIME.finditer(span)]
        for start, end in quantities(span):
            number = span[start:end]
            if any(s <= start < e for s, e in times):
                continue
            if number[0].isdigit() and number not in claim.text:
                reasons[i].append("dropped_quantity")
                break
        if any(claim_words & unit and not unit <= sentence_words for unit in unit_words):
            reasons[i].append("split_sentence")
        if BAD_REWRITE.search(claim.text) or DOUBLE_PREPOSITION.search(claim.text):
            reasons[i].append("bad_rewrite")
    for (sentence_start, sentence_end), members in by_sentence.items():
        sentence = article.text[sentence_start:sentence_end]
        for start, _ in quantities(sentence):
            at = sentence_start + start
            if any(extracted[i].start <= at < extracted[i].end for i in members):
                continue
            nearest = min(members, key=lambda i: min(abs(extracted[i].start - at), abs(extracted[i].end - at)))
            if "dropped_quantity" not in reasons[nearest]:
                reasons[nearest].append("dropped_quantity")
    if partial:
        for i, ok in zip(partial, parse([extracted[i].text for i in partial]), strict=True):
            if not ok:
                reasons[i].append("fragment")
    return {i: sorted(r) for i, r in sorted(reasons.items()) if r}


def score_article(
    article: GoldArticle, extracted: list[ExtractedClaim], parse: Parser = parse_has_subject_and_verb
) -> ArticleResult:
    words = word_spans(article.text)
    gold_sets = [words_in(words, g.start, g.end) for g in article.claims]
    extracted_sets = [words_in(words, c.start, c.end) for c in extracted]
    matched = match_pairs(gold_sets, extracted_sets)
    outcomes: list[ClaimOutcome] = []
    for gi, gold in enumerate(article.claims):
        outcome = ClaimOutcome(gold=gold)
        if gi in matched:
            claim = extracted[matched[gi]]
            outcome.extracted = claim
            outcome.claimers = [c for c in claim.claimers if not claimer_matches(c, [article.outlet])]
            if gold.claimers:
                names = [n for party in gold.claimers for n in party]
                outcome.claimer_ok = any(claimer_matches(c, names) for c in outcome.claimers)
            else:
                outcome.claimer_ok = not outcome.claimers
            outcome.type_ok = str(claim.claim_type) in gold.types
            outcome.hedge_ok = str(claim.hedge) in gold.hedges
            outcome.standalone = standalone_check(claim.text, gold.standalone)
        outcomes.append(outcome)
    flagged = []
    for span in article.non_claims:
        inside = words_in(words, span.start, span.end)
        if any(
            claim.checkworthy and words_ and len(words_ & inside) >= NON_CLAIM_SHARE * len(words_)
            for claim, words_ in zip(extracted, extracted_sets, strict=True)
        ):
            flagged.append(span)
    return ArticleResult(
        article=article,
        extracted=extracted,
        outcomes=outcomes,
        garbled=garble_reasons(article, extracted, parse),
        flagged_non_claims=flagged,
    )


@dataclass(frozen=True)
class Ratio:
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        value = self.value
        return f"{'n/a' if value is None else f'{value:.3f}'} ({self.hits}/{self.total})"


@dataclass(frozen=True)
class Report:
    articles: int
    claim_recall: Ratio
    claimer_accuracy: Ratio
    own_voice_credited: Ratio
    type_accuracy: Ratio
    hedge_accuracy: Ratio
    standalone_rate: Ratio
    garble_rate: Ratio
    non_claims_flagged: Ratio
    checkworthy_recall: Ratio

    def lines(self) -> list[str]:
        return [
            f"claim recall                    {self.claim_recall}",
            f"claimer accuracy (attributed)   {self.claimer_accuracy}",
            f"own-voice claims given a party  {self.own_voice_credited}",
            f"type accuracy                   {self.type_accuracy}",
            f"hedge accuracy                  {self.hedge_accuracy}",
            f"stand-alone rate                {self.standalone_rate}",
            f"garble rate                     {self.garble_rate}",
            f"non-claims flagged check-worthy {self.non_claims_flagged}",
            f"check-worthy recall             {self.checkworthy_recall}",
        ]


def report(results: Sequence[ArticleResult]) -> Report:
    outcomes = [o for r in results for o in r.outcomes]
    matched = [o for o in outcomes if o.extracted is not None]
    attributed = [o for o in matched if o.gold.claimers]
    own_voice = [o for o in matched if not o.gold.claimers]
    checkable = [o for o in matched if o.gold.types[0] not in NOT_CHECKWORTHY_GOLD_TYPES]
    return Report(
        articles=len(results),
        claim_recall=Ratio(len(matched), len(outcomes)),
        claimer_accuracy=Ratio(sum(o.claimer_ok for o in attributed), len(attributed)),
        own_voice_credited=Ratio(sum(not o.claimer_ok for o in own_voice), len(own_voice)),
        type_accuracy=Ratio(sum(o.type_ok for o in matched), len(matched)),
        hedge_accuracy=Ratio(sum(o.hedge_ok for o in matched), len(matched)),
        standalone_rate=Ratio(sum(bool(o.standalone and o.standalone.ok) for o in matched), len(matched)),
        garble_rate=Ratio(sum(len(r.garbled) for r in results), sum(len(r.extracted) for r in results)),
        non_claims_flagged=Ratio(
            sum(len(r.flagged_non_claims) for r in results), sum(len(r.article.non_claims) for r in results)
        ),
        checkworthy_recall=Ratio(sum(bool(o.extracted and o.extracted.checkworthy) for o in checkable), len(checkable)),
    )


def evaluate(articles: Iterable[GoldArticle], *, scorer: Scorer | None = None) -> list[ArticleResult]:
    """Score each article on what ``run_pipeline`` finds in it."""
    return [score_article(article, run_pipeline(article, scorer)) for article in articles]


def detail_lines(result: ArticleResult) -> list[str]:
    """What went wrong in one article, one line per problem (for ``eval_articles --details``)."""
    out: list[str] = []
    for o in result.outcomes:
        gold, claim = o.gold, o.extracted
        if claim is None:
            out.append(f"  missed: {gold.text!r}")
            continue
        if not o.claimer_ok:
            out.append(f"  claimer: {[p[0] for p in gold.claimers]} got {o.claimers}: {gold.text!r}")
        if not o.type_ok:
            out.append(f"  type: {'/'.join(gold.types)} got {claim.claim_type}: {gold.text!r}")
        if not o.hedge_ok:
            out.append(f"  hedge: {'/'.join(gold.hedges)} got {claim.hedge}: {gold.text!r}")
        if o.standalone and not o.standalone.ok:
            unresolved = ", ".join(o.standalone.unresolved) or "-"
            out.append(
                f"  not stand-alone (unresolved: {unresolved}; overlap {o.standalone.overlap:.2f}): {claim.text!r}"
                f" | gold {gold.standalone!r}"
            )
    for i, reasons in result.garbled.items():
        out.append(f"  garbled ({', '.join(reasons)}): {result.extracted[i].text!r}")
    for span in result.flagged_non_claims:
        out.append(f"  non-claim flagged check-worthy: {span.text!r}")
    words = word_spans(result.article.text)
    labelled: set[int] = set()
    for start, end in unit_spans(result.article):
        labelled |= words_in(words, start, end)
    for claim in result.extracted:
        if not words_in(words, claim.start, claim.end) & labelled:
            out.append(f"  unlabelled text extracted: {claim.text!r}")
    return out
