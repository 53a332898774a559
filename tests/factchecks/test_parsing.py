"""Reading fact-checks from ClaimReview JSON-LD (feed, page), CSV and JSON lines; bad input names its place."""

from datetime import date
from pathlib import Path

import pytest

from factchecks.parsing import FactCheckRecord, ParseError, parse

FIXTURES = Path(__file__).parent / "fixtures"


def test_claimreview_feed():
    records = parse((FIXTURES / "feed.json").read_bytes(), name="feed.json")

    assert records == [
        FactCheckRecord(
            claim_reviewed="The harbour bridge in Port Avalon has been closed to all traffic since June.",
            title="No, the Port Avalon harbour bridge is not closed",
            rating_text="False",
            rating_value=1.0,
            best_rating=5.0,
            worst_rating=1.0,
            publisher="Coastal Checkers",
            url="https://checkers.example.org/reviews/harbour-bridge-closed",
            published_on=date(2024, 7, 2),
            language="en",
            claimant="A viral post",
        ),
        FactCheckRecord(
            claim_reviewed="The city council cut the school meals budget by 40 percent this year.",
            title="School meals budget fell, but by 12 percent",
            rating_text="Mostly false",
            rating_value=2.0,
            best_rating=5.0,
            worst_rating=1.0,
            publisher="Coastal Checkers",
            url="https://checkers.example.org/reviews/school-meals-budget",
            published_on=date(2024, 5, 14),
            language="en",
            claimant="Councillor Dana Reyes",
        ),
        FactCheckRecord(
            claim_reviewed="Forecasters issued a red flood warning for the Elm river valley.",
            title="Yes, a red flood warning was issued for the Elm valley",
            rating_text="True",
            rating_value=5.0,
            best_rating=5.0,
            worst_rating=1.0,
            publisher="Coastal Checkers",
            url="https://checkers.example.org/reviews/river-flood-warning",
            published_on=date(2024, 3, 9),
        ),
    ]


def test_html_page_with_a_graph():
    records = parse((FIXTURES / "review-page.html").read_bytes())

    assert records == [
        FactCheckRecord(
            claim_reviewed="The new stadium seats 90,000 people.",
            title="The new stadium seats 60,000, not 90,000",
            rating_text="False",
            rating_value=1.0,
            best_rating=5.0,
            worst_rating=1.0,
            publisher="Review Desk",
            url="https://review.example.net/stadium-capacity",
            published_on=date(2023, 11, 20),
        )
    ]


def test_csv_with_header_aliases():
    records = parse((FIXTURES / "factchecks.csv").read_bytes(), name="factchecks.csv")

    assert [
        (r.claim_reviewed, r.rating_text, r.rating_value, r.publisher, r.url, r.published_on, r.claimant)
        for r in records
    ] == [
        (
            "Tap water in Millbrook is unsafe to drink.",
            "False",
            1.0,
            "Valley Verify",
            "https://valley.example.com/millbrook-water",
            date(2024, 2, 1),
            "A neighbourhood group",
        ),
        ("Bus fares double next month.", "Mostly false", 2.0, "Valley Verify", "", date(2024, 2, 3), ""),
    ]


def test_checkthat_json_lines():
    body = (
        b'{"id": "fc-1", "text": "A lighthouse was moved by a storm.", "title": "Storm lighthouse", '
        b'"subtitle": "It was not moved.", "date": "6 March 2021"}\n\n'
        b'{"id": "fc-2", "text": "Says the ferry is free on Sundays.", "title": "Ferry fares", "rating": "false", '
        b'"speaker": "A poster", "url": "/factchecks/2019/ferry/", "date": "stated on October 22, 2019 in a mailer:"}\n'
    )

    assert parse(body, name="collection.jsonl") == [
        FactCheckRecord(
            claim_reviewed="A lighthouse was moved by a storm.",
            title="Storm lighthouse",
            summary="It was not moved.",
            published_on=date(2021, 3, 6),
            external_id="fc-1",
        ),
        FactCheckRecord(
            claim_reviewed="Says the ferry is free on Sundays.",
            title="Ferry fares",
            rating_text="false",
            published_on=date(2019, 10, 22),
            claimant="A poster",
            external_id="fc-2",
        ),
    ]


@pytest.mark.parametrize(
    ("body", "name", "message"),
    [
        (b'{"id": 1, "text": "ok"}\n{"id": 2, "text": ""}\n', "x.jsonl", "line 2: no claim reviewed"),
        (b'{"id": 1, "text": "ok"}\nnot json\n', "x.jsonl", "line 2: not JSON (Expecting value)"),
        (
            b"title,rating\nHeadline,False\n",
            "x.csv",
            "CSV: no claim column (claim_reviewed, claim or text) in the header",
        ),
        (b"claim,rating_value\nSomething,high\n", "x.csv", "row 2: rating value 'high' is not a number"),
        (b'{"@type": "ClaimReview", "headline": "No claim"}', "", "JSON ClaimReview 1: no claim reviewed"),
        (b"\xff\xfe", "", "not UTF-8 text"),
        (b"plain words", "", "unknown format: expected ClaimReview JSON-LD, an HTML page, JSON lines or CSV"),
        (b"[" * 100_000, "", "JSON nested too deeply"),
    ],
)
def test_bad_input_names_the_place(body, name, message):
    with pytest.raises(ParseError) as caught:
        parse(body, name=name)
    assert str(caught.value) == message
