from datetime import date

import pytest

from claims.extraction.dates import resolve_event_date

THURSDAY = date(2024, 3, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last night, drones struck the base.", date(2024, 3, 27)),
        ("Rescuers arrived yesterday.", date(2024, 3, 27)),
        ("The day before yesterday the road closed.", date(2024, 3, 26)),
        ("Officials spoke today.", THURSDAY),
        ("The report was published on Tuesday.", date(2024, 3, 26)),
        ("The vote took place on Thursday.", THURSDAY),
        ("The vote took place last Thursday.", date(2024, 3, 21)),
        ("Fighting resumed in March.", date(2024, 3, 1)),
        ("Fighting resumed in May.", date(2023, 5, 1)),
        ("The camp opened in June 2021.", date(2021, 6, 1)),
        ("The bridge fell on 12 March.", date(2024, 3, 12)),
        ("The bridge fell on March 12, 2022.", date(2022, 3, 12)),
        ("It was filed on 2023-11-05.", date(2023, 11, 5)),
        ("Talks will resume on Monday.", date(2024, 3, 25)),
        ("Nothing about when.", None),
    ],
)
def test_dates_resolve_against_the_article_date(text, expected):
    assert resolve_event_date(text, THURSDAY) == expected


def test_future_weekday_reads_forwards():
    assert resolve_event_date("Talks will resume on Monday.", THURSDAY, future=True) == date(2024, 4, 1)


def test_relative_dates_need_an_article_date_but_explicit_ones_do_not():
    assert resolve_event_date("Rescuers arrived yesterday.", None) is None
    assert resolve_event_date("The camp opened on 3 June 2021.", None) == date(2021, 6, 3)
    assert resolve_event_date("The bridge fell on 12 March.", None) is None
