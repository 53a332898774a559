"""Hedges, types, claimers and targets of hand-written stand-alone sentences (the extract_sentences path)."""

import pytest

from claims.extraction.pipeline import extract_sentences
from claims.extraction.scoring import RuleScorer

CASES = [
    # text, claim_type, hedge, claimers, targets
    ("The army reportedly shelled the village overnight.", "event", "hedged", [], []),
    ("The rebels allegedly executed three prisoners.", "casualty", "hedged", [], []),
    ("The strike may have killed dozens of civilians.", "casualty", "hedged", [], []),
    ("The death toll could not be independently verified.", "casualty", "unconfirmed", [], []),
    ("The ministry denied that any troops had crossed the border.", "attributed_statement", "denied", ["ministry"], []),
    ("The government will announce new sanctions next week.", "prediction", "predicted", ["government"], []),
    (
        "Unemployment fell to 4.1 percent in March, the statistics office said.",
        "statistic",
        "asserted",
        ["statistics office"],
        [],
    ),
    (
        "According to Human Rights Watch, police detained 120 protesters.",
        "statistic",
        "asserted",
        ["Human Rights Watch"],
        [],
    ),
    (
        "Amnesty International accused the security forces of torturing detainees.",
        "accusation",
        "asserted",
        ["Amnesty International"],
        ["security forces"],
    ),
    ("He said the attack was planned by Hamas.", "attributed_statement", "asserted", [], ["Hamas"]),  # "he" said it
    (
        "The interior ministry said the fire was started deliberately.",
        "attributed_statement",
        "asserted",
        ["interior ministry"],
        [],
    ),
    ("They said the figures were wrong.", "opinion", "asserted", [], []),
    (
        "The governor, Maria Lopez, told reporters that the dam was safe.",
        "attributed_statement",
        "asserted",
        ["Maria Lopez"],
        [],
    ),
    ("Police in Lagos said two officers were injured.", "casualty", "asserted", ["Police in Lagos"], []),
    ("Israel's military said it struck 40 targets overnight.", "statistic", "asserted", ["Israel's military"], []),
    (
        "A senior U.S. official, speaking on condition of anonymity, said the deal was close.",
        "attributed_statement",
        "asserted",
        ["senior U.S. official"],
        [],
    ),
    (
        "The report, published by the World Bank, says poverty rose by 3 percent.",
        "statistic",
        "asserted",
        ["World Bank"],
        [],
    ),
    (
        "The spokesman for the ministry, Ali Hassan, said the border was closed.",
        "attributed_statement",
        "asserted",
        ["Ali Hassan"],
        [],
    ),
    ("She told the BBC that the company had misled investors.", "attributed_statement", "asserted", [], ["BBC"]),
    ("I think this is a terrible idea.", "opinion", "asserted", [], []),
]


def test_sentence_types_hedges_claimers_and_targets():
    texts = [case[0] for case in CASES]

    results = list(extract_sentences(texts, scorer=RuleScorer()))

    assert [(r.claim_type, r.hedge, r.claimers, r.targets) for r in results] == [case[1:] for case in CASES]


@pytest.mark.parametrize(
    ("text", "checkworthy"),
    [
        ("Unemployment fell to 4.1 percent in March, the statistics office said.", True),
        ("According to Human Rights Watch, police detained 120 protesters.", True),
        ("We're consuming 50 percent of the world's cocaine.", True),
        ("Thank you very much.", False),
        ("I think this is a terrible idea.", False),
        ("What would you do about it?", False),
    ],
)
def test_rule_scorer_separates_factual_from_other_sentences(text, checkworthy):
    (result,) = extract_sentences([text], scorer=RuleScorer())

    assert result.checkworthy is checkworthy
    assert 0.0 <= result.score <= 1.0
    assert (result.score >= RuleScorer().threshold) is checkworthy
