"""The project's own example articles: types, hedges, claimers (outlet when none), targets, dates and numbers."""

from datetime import date
from pathlib import Path

import pytest

from claims.extraction.pipeline import extract_claims
from claims.extraction.scoring import RuleScorer
from claims.extraction.text import parse_plain_text

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

EXPECTED = {
    "ministry-denial.txt": [
        (0, 107, "attributed_statement", "denied", ["health ministry"], ["Aldport"], date(2025, 11, 20), [], True),
        (108, 202, "attributed_statement", "asserted", ["Tomas Vell"], [], date(2025, 11, 17), [], True),
        (203, 292, "attributed_statement", "hedged", ["Doctors at the hospital"], [], date(2025, 11, 10), [], True),
        (294, 343, "statistic", "asserted", ["Capital Courier"], [], None, [("about 40,000", 40000.0)], True),
        (344, 442, "statistic", "denied", ["Pharmacists' unions"], [], None, [("four", 4)], True),
    ],
    "ngo-accusation.txt": [
        (
            0,
            151,
            "accusation",
            "asserted",
            ["Two human rights organisations"],
            ["Kestrian border police"],
            None,
            [("Two", 2)],
            True,
        ),
        (
            152,
            296,
            "statistic",
            "asserted",
            ["Border Watch", "Refugee Legal Centre"],
            [],
            date(2025, 9, 30),
            [("38", 38.0)],
            True,
        ),
        # "The groups condemned ..." -> the groups named in the sentence before
        (297, 364, "accusation", "asserted", ["Border Watch", "Refugee Legal Centre"], [], None, [], True),
        (366, 448, "statistic", "asserted", ["Harbour Chronicle"], [], None, [("61", 61.0)], True),
        (449, 509, "background", "asserted", ["Harbour Chronicle"], [], None, [], True),
        (510, 587, "prediction", "predicted", ["Harbour Chronicle"], [], None, [], False),
    ],
    "flood-wire-report.txt": [
        # one claim: "after the Tessa river burst its banks" is the circumstance of the floods, not a claim of its own
        (
            0,
            122,
            "event",
            "asserted",
            ["Meridian Wire"],
            ["Valdoria", "Tessa"],
            date(2025, 9, 13),
            [("three", 3)],
            True,
        ),
        (123, 224, "casualty", "unconfirmed", ["Local officials"], [], None, [("at least 14", 14.0)], True),
        (
            225,
            344,
            "casualty",  # residents moved to shelters: displaced
            "asserted",
            ["Ana Ribeiro"],
            [],
            date(2025, 9, 14),
            [("more than 2,000", 2000.0)],
            True,
        ),
        (346, 411, "event", "asserted", ["Meridian Wire"], ["Porto Lino"], date(2025, 9, 13), [], True),
        (412, 507, "attributed_statement", "asserted", ["Valdorian Red Cross"], [], None, [], False),
        (508, 567, "prediction", "predicted", ["Forecasters"], [], None, [], False),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_article_claims(name):
    parsed = parse_plain_text((EXAMPLES / name).read_text(encoding="utf-8"))

    claims = extract_claims(parsed.text, published_on=parsed.published_on, outlet=parsed.outlet, scorer=RuleScorer())

    assert [
        (
            c.start,
            c.end,
            c.claim_type,
            c.hedge,
            c.claimers,
            c.targets,
            c.event_date,
            [(n["text"], n["value"]) for n in c.numbers],
            c.checkworthy,
        )
        for c in claims
    ] == EXPECTED[name]
    for claim in claims:
        for number in claim.numbers:
            assert parsed.text[number["start"] : number["end"]] == number["text"]
