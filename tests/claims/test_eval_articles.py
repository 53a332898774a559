"""The article-level eval (claims/evaluation, manage.py eval_articles): the metric functions on hand-made cases, the
gold loader's checks, and the command on the labelled set in evals/articles/."""

from collections import Counter
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.evaluation.articles import Ratio, garble_reasons, report, score_article, unit_spans
from claims.evaluation.checks import (
    claimer_matches,
    context_markers,
    cuts_region,
    jaccard,
    match_pairs,
    quantities,
    regions,
    standalone_check,
    without_brackets,
    word_spans,
    words_in,
)
from claims.evaluation.gold import SPLITS, GoldArticle, GoldDataError, load_split
from claims.extraction.claim_types import ClaimType
from claims.extraction.hedging import Hedge
from claims.extraction.pipeline import ExtractedClaim

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "evals" / "articles"


# --- checks ----------------------------------------------------------------------------------------------------------
def test_jaccard_of_word_positions():
    assert jaccard(frozenset({1, 2, 3, 4}), frozenset({3, 4, 5})) == 2 / 5
    assert jaccard(frozenset(), frozenset()) == 0.0


def test_matching_is_one_to_one_best_pairs_first_at_half_jaccard():
    gold = [frozenset({0, 1, 2, 3}), frozenset({4, 5, 6, 7}), frozenset({8, 9})]
    extracted = [frozenset({0, 1, 2, 3, 4, 5, 6, 7}), frozenset({4, 5, 6}), frozenset({9, 10, 11})]

    # gold 1 takes extracted 1 (0.75) before gold 0 takes extracted 0 (0.5); gold 2 vs extracted 2 is 0.25.
    assert match_pairs(gold, extracted) == {1: 1, 0: 0}


def test_claimer_match_is_the_polnear_token_rule():
    assert claimer_matches("Mr. Lindqvist", ["Oskar Lindqvist"])  # one word set inside the other
    assert claimer_matches("the regional governor", ["Petra Halloran", "regional governor"])
    assert claimer_matches("Northern Water Utilities", ["Northern Water Utilities Association"])
    assert not claimer_matches("Utilities Association spokesman", ["Northern Water Utilities Association"])  # 2/5
    assert not claimer_matches("the", ["the ministry"])  # nothing left after the stop words


def test_context_markers_pronouns_descriptions_and_unresolved_times():
    text = (
        "He said the institute's survey on Tuesday found it rose since March, a day earlier than "
        "on Friday, 6 March 2026, and in May 2025."
    )

    assert context_markers(text) == Counter(
        {"he": 1, "the institute's": 1, "tuesday": 1, "it": 1, "march": 1, "a day earlier": 1}
    )


def test_standalone_needs_no_new_marker_and_the_gold_words():
    gold = "Governor Petra Halloran said on 4 March 2026 that 40,000 homes lost power."

    good = standalone_check("Petra Halloran said on March 4, 2026 that 40,000 homes lost power.", gold)
    pronoun = standalone_check("She said on 4 March 2026 that 40,000 homes lost power.", gold)
    short = standalone_check("Governor Petra Halloran said so.", gold)

    assert (good.ok, good.unresolved, round(good.overlap, 3)) == (True, (), 0.889)
    assert (pronoun.ok, pronoun.unresolved, round(pronoun.overlap, 3)) == (False, ("she",), 0.667)
    assert (short.ok, short.unresolved, round(short.overlap, 3)) == (False, (), 0.333)


def test_bracketed_gold_words_are_optional_context():
    gold = "[Civic Union leader] Marta Iversen said [the] rents rose by 9 percent."

    named = standalone_check("Marta Iversen said rents rose by 9 percent.", gold)
    titled = standalone_check("The Civic Union leader said rents rose by 9 percent.", gold)

    assert without_brackets(gold) == "Civic Union leader Marta Iversen said the rents rose by 9 percent."
    assert (named.ok, named.unresolved, named.overlap) == (True, (), 1.0)
    assert (titled.ok, titled.unresolved, round(titled.overlap, 3)) == (False, (), 0.667)


def test_a_marker_the_gold_holds_without_its_bracketed_words_is_allowed():
    gold = "Prosecutors in Kestrin said the[ Kestrin] city council handed the contract to [the firm] Brockway."

    short = standalone_check("Prosecutors in Kestrin said the city council handed the contract to Brockway.", gold)
    pronoun = standalone_check("Prosecutors in Kestrin said it handed the contract to Brockway.", gold)

    assert (short.ok, short.unresolved, short.overlap) == (True, (), 1.0)
    assert (pronoun.ok, pronoun.unresolved, round(pronoun.overlap, 3)) == (False, ("it",), 0.714)


def test_quantities_leave_out_years_days_of_the_month_and_times():
    text = "On 3 March 2026 at 10:42, 1,200 tents and two trucks arrived; 7% of March 14 aid, 4.5 tonnes."

    assert [text[s:e] for s, e in quantities(text)] == ["1,200", "two", "7", "4.5"]


def test_regions_and_cuts():
    sentence = '"Aid is being used as a weapon of war," Hijazi said (in Gaza) - not for the first time - on Monday.'

    assert [sentence[s:e] for s, e in regions(sentence)] == [
        "in Gaza",
        "Aid is being used as a weapon of war,",
        "not for the first time",
    ]
    assert cuts_region(sentence, 1, 30)  # "Aid is being used as a weapon"
    assert not cuts_region(sentence, 0, len(sentence))
    assert not cuts_region(sentence, 1, 37)  # the whole quote


def test_a_quote_running_on_from_the_last_sentence_is_a_region_from_the_start():
    sentence = 'They are stable," she said.'

    assert regions(sentence) == [(0, 16)]


# --- scoring one article ---------------------------------------------------------------------------------------------
FIRST = "Floods killed 12 people in Porto Lino on Monday, officials said."
ARTICLE_TEXT = (
    "Floods killed 12 people in Porto Lino on Monday, officials said. "
    "The mayor said 300 homes were damaged and two bridges collapsed. "
    '"We need help," she said. '
    "Click here to donate."
)


def gold_article(tmp_path: Path) -> GoldArticle:
    split = tmp_path / "dev"
    split.mkdir()
    (split / "a.txt").write_text(f"title Floods\noutlet Test Wire\ndate 2025-09-16\n\n{ARTICLE_TEXT}\n")
    (split / "a.json").write_text(
        """{"claims": [
        {"text": "Floods killed 12 people in Porto Lino on Monday, officials said.", "claimers": ["officials"],
         "type": "casualty", "hedge": "asserted",
         "standalone": "Floods killed 12 people in Porto Lino on 15 September 2025, officials said."},
        {"text": "The mayor said 300 homes were damaged and two bridges collapsed.",
         "claimers": [["Ana Ribeiro", "mayor"]], "type": "statistic", "hedge": ["asserted", "hedged"],
         "standalone": "The mayor of Porto Lino said 300 homes were damaged and two bridges collapsed."}],
        "non_claims": ["\\"We need help,\\" she said.", "Click here to donate."]}"""
    )
    return load_split(tmp_path, "dev")[0]


def claim(text: str, span: str, *, sentence: str | None = None, **fields) -> ExtractedClaim:
    start = text.index(span)
    sentence_start = text.index(sentence) if sentence else start
    return ExtractedClaim(
        start=start,
        end=start + len(span),
        sentence_start=sentence_start,
        sentence_end=sentence_start + len(sentence or span),
        text=fields.pop("standalone", span),
        **fields,
    )


def always(value: bool):
    return lambda texts: [value] * len(texts)


def test_the_loader_reads_the_article_and_its_labels(tmp_path):
    article = gold_article(tmp_path)

    assert (article.name, article.split, article.outlet, article.published_on) == (
        "a",
        "dev",
        "Test Wire",
        date(2025, 9, 16),
    )
    assert article.text == ARTICLE_TEXT
    mayor = article.claims[1]
    assert (mayor.start, mayor.end, mayor.claimers, mayor.types, mayor.hedges) == (
        65,
        129,
        (("Ana Ribeiro", "mayor"),),
        ("statistic",),
        ("asserted", "hedged"),
    )
    assert article.claims[0].standalone == "Floods killed 12 people in Porto Lino on 15 September 2025, officials said."
    assert [n.text for n in article.non_claims] == ['"We need help," she said.', "Click here to donate."]


def test_score_article_and_report(tmp_path):
    article = gold_article(tmp_path)
    text = article.text
    first = FIRST
    second = "The mayor said 300 homes were damaged and two bridges collapsed."
    extracted = [
        # matched; claimer "officials"; type right; "on Monday" unresolved
        claim(text, first, claimers=["officials"], claim_type="casualty", hedge="asserted", checkworthy=True),
        # matched, but only the first clause: the sentence's "two" is dropped; the outlet as claimer; type wrong
        claim(
            text,
            "The mayor said 300 homes were damaged",
            sentence=second,
            claimers=["Wire"],
            claim_type="casualty",
            hedge="hedged",
            checkworthy=True,
        ),
        claim(text, "Click here to donate.", claim_type="event", checkworthy=True),
        claim(text, '"We need help," she said.', claim_type="attributed_statement", checkworthy=False),
    ]

    result = score_article(article, extracted, parse=always(True))

    assert [(o.extracted is not None, o.claimer_ok, o.type_ok, o.hedge_ok) for o in result.outcomes] == [
        (True, True, True, True),
        (True, False, False, True),
    ]
    assert [o.claimers for o in result.outcomes] == [["officials"], []]
    standalone = [o.standalone for o in result.outcomes]
    assert [(s.ok, s.unresolved) for s in standalone if s] == [(False, ("monday",)), (False, ("the mayor",))]
    assert result.garbled == {1: ["dropped_quantity"]}
    assert [n.text for n in result.flagged_non_claims] == ["Click here to donate."]

    figures = report([result])

    assert figures.claim_recall == Ratio(2, 2)
    assert figures.claimer_accuracy == Ratio(1, 2)
    assert figures.own_voice_credited == Ratio(0, 0)
    assert figures.type_accuracy == Ratio(1, 2)
    assert figures.hedge_accuracy == Ratio(2, 2)
    assert figures.standalone_rate == Ratio(0, 2)
    assert figures.garble_rate == Ratio(1, 4)
    assert figures.non_claims_flagged == Ratio(1, 2)
    assert figures.checkworthy_recall == Ratio(2, 2)
    assert figures.lines()[0] == "claim recall                    1.000 (2/2)"
    assert str(Ratio(0, 0)) == "n/a (0/0)"


def test_a_missed_claim_counts_against_recall_only(tmp_path):
    article = gold_article(tmp_path)

    figures = report([score_article(article, [], parse=always(True))])

    assert (figures.claim_recall, figures.type_accuracy, figures.garble_rate) == (Ratio(0, 2), Ratio(0, 0), Ratio(0, 0))


def test_garble_reasons_fragment_cut_quote_and_split_sentence(tmp_path):
    article = gold_article(tmp_path)
    text = article.text
    sentence = '"We need help," she said.'
    extracted = [
        claim(text, "We need", sentence=sentence),  # cuts the quote; a part of its sentence without a verb
        # a sentence boundary inside the gold sentence "The mayor said ... collapsed."
        claim(text, "The mayor said 300 homes were damaged and", sentence="The mayor said 300 homes were damaged and"),
        claim(text, "Click here to donate."),
    ]

    reasons = garble_reasons(article, extracted, parse=always(False))

    assert reasons == {0: ["cut_region", "fragment"], 1: ["split_sentence"]}


@pytest.mark.parametrize(
    ("broken", "sound"),
    [
        # a determiner after "the"
        (
            "The her mayor said 300 homes were damaged and two bridges collapsed.",
            "Floods killed 12 people in Porto Lino, officials said a day after the flood.",
        ),
        # "in"/"on" and a date after another preposition, or the same preposition twice
        (
            "The mayor said 300 homes were damaged until at least in spring 2026.",
            "Floods killed 12 people in Porto Lino, officials said, since 3 May 2026.",
        ),
        (
            "On on the morning of 3 May 2026, the mayor said 300 homes were damaged.",
            "Floods killed 12 people in Porto Lino on 3 May 2026, officials said.",
        ),
    ],
)
def test_a_broken_rewrite_is_garbled(tmp_path, broken, sound):
    article = gold_article(tmp_path)
    second = "The mayor said 300 homes were damaged and two bridges collapsed."
    extracted = [claim(article.text, second, standalone=broken), claim(article.text, FIRST, standalone=sound)]

    assert garble_reasons(article, extracted, parse=always(True)) == {0: ["bad_rewrite"]}


def test_a_rewritten_text_that_loses_a_number_of_its_span_is_garbled(tmp_path):
    article = gold_article(tmp_path)
    first = FIRST
    extracted = [claim(article.text, first, standalone="Floods killed people in Porto Lino, officials said.")]

    assert garble_reasons(article, extracted, parse=always(True)) == {0: ["dropped_quantity"]}


# --- the loader refuses bad files ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("labels", "message"),
    [
        ('{"claims": [], "non_claims": ["Not in it."]}', "a: not in the article: 'Not in it.'."),
        ('{"claims": [], "non_claims": ["a"]}', "a: found more than once (quote more of it): 'a'."),
        (
            '{"claims": [], "non_claims": ["Click here to donate.", "here to"]}',
            "a: 'here to' overlaps 'Click here to donate.'.",
        ),
        (
            '{"claims": [{"text": "Click here to donate.", "claimers": [], "type": "rumour", "hedge": "asserted"}]}',
            "a: type 'rumour' is not one of",
        ),
        ('{"claims": [{"text": "Click here to donate."}]}', "a: a claim needs text, claimers, type and hedge"),
        ('{"claims": [], "other": []}', "expected an object with 'claims' and 'non_claims'"),
        ("{", "a: Expecting property name"),
    ],
)
def test_bad_labels_are_refused_naming_the_file(tmp_path, labels, message):
    split = tmp_path / "dev"
    split.mkdir()
    (split / "a.txt").write_text(f"outlet Test Wire\ndate 2025-09-16\n{ARTICLE_TEXT}\n")
    (split / "a.json").write_text(labels)

    with pytest.raises(GoldDataError) as caught:
        load_split(tmp_path, "dev")

    assert message in str(caught.value)


def test_an_article_without_a_date_is_refused(tmp_path):
    split = tmp_path / "dev"
    split.mkdir()
    (split / "a.txt").write_text(ARTICLE_TEXT)
    (split / "a.json").write_text('{"claims": [], "non_claims": []}')

    with pytest.raises(GoldDataError, match="no 'date YYYY-MM-DD' line"):
        load_split(tmp_path, "dev")


# --- the labelled set and the command --------------------------------------------------------------------------------
def test_the_labelled_set_loads_with_both_splits_and_no_shared_names():
    articles = {split: load_split(DATA, split) for split in SPLITS}

    assert len(articles["dev"]) >= 8
    assert len(articles["heldout"]) >= 4
    assert not {a.name for a in articles["dev"]} & {a.name for a in articles["heldout"]}
    assert all(a.claims and a.outlet for split in articles.values() for a in split)


def test_the_command_prints_every_figure_for_the_dev_split():
    out = StringIO()

    call_command("eval_articles", "--split", "dev", stdout=out)

    lines = out.getvalue().splitlines()
    articles = load_split(DATA, "dev")
    assert lines[0].startswith(
        f"split dev (scorer rules): {len(articles)} articles, {sum(len(a.claims) for a in articles)} gold claims, "
        f"{sum(len(a.non_claims) for a in articles)} non-claims, "
    )
    assert [line[:32].rstrip() for line in lines[1:]] == [
        "claim recall",
        "claimer accuracy (attributed)",
        "own-voice claims given a party",
        "type accuracy",
        "hedge accuracy",
        "stand-alone rate",
        "garble rate",
        "non-claims flagged check-worthy",
        "check-worthy recall",
    ]


def test_the_command_refuses_an_unknown_split_a_missing_directory_and_a_bad_model(tmp_path):
    with pytest.raises(CommandError, match=r"Unknown split 'test': use one of dev, heldout, all\."):
        call_command("eval_articles", "--split", "test")
    with pytest.raises(CommandError, match="no such directory"):
        call_command("eval_articles", "--data", str(tmp_path))
    (tmp_path / "model.pkl").write_bytes(b"not a model")
    with pytest.raises(CommandError, match=r"Cannot load check-worthiness model .*model\.pkl"):
        call_command("eval_articles", "--model", str(tmp_path / "model.pkl"))


def test_details_list_what_went_wrong(tmp_path, monkeypatch):
    gold_article(tmp_path)
    text = ARTICLE_TEXT
    found = [
        claim(
            text, "in Porto Lino on Monday", sentence="Floods killed 12 people in Porto Lino on Monday, officials said."
        ),
        claim(text, "Click here to donate.", claim_type="event", checkworthy=True),
        claim(text, "The mayor said 300 homes were damaged and two bridges collapsed.", claimers=["Test Wire"]),
    ]
    monkeypatch.setattr("claims.evaluation.articles.run_pipeline", lambda article, scorer: found)
    out = StringIO()

    call_command("eval_articles", "--data", str(tmp_path), "--details", stdout=out)

    assert out.getvalue().splitlines()[:8] == [
        "dev/a",
        "  missed: 'Floods killed 12 people in Porto Lino on Monday, officials said.'",
        "  claimer: ['Ana Ribeiro'] got []: 'The mayor said 300 homes were damaged and two bridges collapsed.'",
        "  type: statistic got event: 'The mayor said 300 homes were damaged and two bridges collapsed.'",
        "  not stand-alone (unresolved: the mayor; overlap 0.78): 'The mayor said 300 homes were damaged and two "
        "bridges collapsed.' | gold 'The mayor of Porto Lino said 300 homes were damaged and two bridges collapsed.'",
        "  garbled (dropped_quantity, fragment): 'in Porto Lino on Monday'",
        "  non-claim flagged check-worthy: 'Click here to donate.'",
        "split dev (scorer rules): 1 articles, 2 gold claims, 2 non-claims, 3 extracted claims",
    ]


def test_an_extractor_that_returns_the_gold_labels_scores_perfectly():
    """The labels agree with the checks: gold claims as extracted claims match, keep their claimers (none is taken
    for the outlet), pass the stand-alone check on their own stand-alone text and are not garbled."""

    def oracle(article: GoldArticle) -> list[ExtractedClaim]:
        return [
            ExtractedClaim(
                start=g.start,
                end=g.end,
                sentence_start=g.start,
                sentence_end=g.end,
                text=without_brackets(g.standalone),
                claim_type=ClaimType(g.types[0]),
                hedge=Hedge(g.hedges[0]),
                claimers=[party[0] for party in g.claimers] or [article.outlet],
                checkworthy=g.types[0] not in ("prediction", "opinion"),
            )
            for g in article.claims
        ]

    articles = load_split(DATA, "all")
    results = [score_article(article, oracle(article), parse=always(True)) for article in articles]
    figures = report(results)

    claims = sum(len(a.claims) for a in articles)
    attributed = sum(1 for a in articles for g in a.claims if g.claimers)
    assert figures.claim_recall == Ratio(claims, claims)
    assert figures.claimer_accuracy == Ratio(attributed, attributed)
    assert figures.own_voice_credited == Ratio(0, claims - attributed)
    assert (figures.type_accuracy, figures.hedge_accuracy, figures.standalone_rate) == (Ratio(claims, claims),) * 3
    assert figures.garble_rate == Ratio(0, claims)
    assert figures.non_claims_flagged == Ratio(0, sum(len(a.non_claims) for a in articles))


def test_every_sentence_of_the_set_is_labelled():
    """Each body word lies in a gold claim or non-claim, except a conjunction left between two clause claims."""
    unlabelled: dict[str, list[str]] = {}
    for article in load_split(DATA, "all"):
        words = word_spans(article.text)
        labelled: set[int] = set()
        for start, end in unit_spans(article):
            labelled |= words_in(words, start, end)
        left = [article.text[s:e] for i, (s, e) in enumerate(words) if i not in labelled]
        if left:
            unlabelled[article.name] = left

    left_words = {word.lower() for words in unlabelled.values() for word in words}
    assert left_words <= {"and", "but", "after", "while", "as", "when", "because", "or"}, unlabelled
    assert {"d10-strike-talks", "h02-ceasefire-town"} <= set(unlabelled)


def test_a_count_in_a_relative_time_written_as_its_date_is_not_dropped(tmp_path):
    split = tmp_path / "dev"
    split.mkdir()
    sentence = "Floods killed 12 people in Porto Lino 18 months ago, officials said."
    (split / "a.txt").write_text(f"title Floods\noutlet Test Wire\ndate 2025-09-16\n\n{sentence}\n")
    (split / "a.json").write_text(
        f'{{"claims": [{{"text": "{sentence}", "claimers": ["officials"], "type": "casualty", "hedge": "asserted"}}]}}'
    )
    article = load_split(tmp_path, "dev")[0]
    dated = "Floods killed 12 people in Porto Lino in March 2024, officials said."
    undated = "Floods killed people in Porto Lino in March 2024, officials said."

    # (the 18 of "18 months ago" is in the date it names; the 12 people are a count of their own)
    assert garble_reasons(article, [claim(article.text, sentence, standalone=dated)], parse=always(True)) == {}
    assert garble_reasons(article, [claim(article.text, sentence, standalone=undated)], parse=always(True)) == {
        0: ["dropped_quantity"]
    }
