"""claims/extraction/mentions.py: names as claimers and targets show them, and the values of numbers."""

import pytest

from claims.extraction.mentions import clean_name, number_value


@pytest.mark.parametrize(
    ("text", "name"),
    [("the Wagner Group's", "Wagner Group"), ("The  Red Cross,", "Red Cross"), ("Border Watch’s", "Border Watch")],
)
def test_clean_name_drops_the_article_possessive_and_stray_punctuation(text, name):
    assert clean_name(text) == name


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("more than 2,000", 2000.0),
        ("three", 3),
        ("1.5 million", 1_500_000.0),
        ("12 per cent", 12.0),
        ("dozens", 24),
        ("none", None),
    ],
)
def test_number_value(text, value):
    assert number_value(text) == value
