"""claims/extraction/mentions.py: names as claimers and targets show them, and the values of numbers."""

import pytest
from spacy.tokens import Span

from claims.extraction.mentions import clean_name, names, number_value
from claims.extraction.nlp import get_nlp


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


def test_initials_in_brackets_after_the_name_they_stand_for_name_one_party():
    doc = get_nlp()("WASHINGTON (AP) - The Corland Anti-Doping Agency (CADA) banned him.")
    words = [t.text for t in doc]
    dateline = Span(doc, 0, 1, label="GPE")
    agency = Span(doc, words.index("Corland"), words.index("Agency") + 1, label="ORG")
    ap = Span(doc, words.index("AP"), words.index("AP") + 1, label="ORG")
    cada = Span(doc, words.index("CADA"), words.index("CADA") + 1, label="ORG")

    assert names([dateline, ap, agency, cada]) == ["WASHINGTON", "AP", "Corland Anti-Doping Agency"]
