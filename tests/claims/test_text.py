from datetime import date

import pytest

from claims.extraction.text import InvalidArticle, ParsedArticle, decode, normalise, parse_plain_text


def test_leading_date_on_the_first_line_becomes_the_published_date():
    parsed = parse_plain_text(" date 2024-03-28 Last night, drones struck.\n\nSecond paragraph.")

    assert parsed == ParsedArticle(
        text="Last night, drones struck.\n\nSecond paragraph.", published_on=date(2024, 3, 28)
    )


def test_metadata_lines_become_fields():
    raw = "title Drone strike in Kidal\nurl https://news.example.org/kidal\noutlet Sahel Wire\ndate 2024-03-28\nBody."

    parsed = parse_plain_text(raw)

    assert parsed == ParsedArticle(
        text="Body.",
        title="Drone strike in Kidal",
        url="https://news.example.org/kidal",
        outlet="Sahel Wire",
        published_on=date(2024, 3, 28),
    )


def test_text_that_only_looks_like_a_field_later_on_is_left_alone():
    parsed = parse_plain_text("The strike hit at dawn.\ntitle of the report was withheld.")

    assert parsed == ParsedArticle(text="The strike hit at dawn.\ntitle of the report was withheld.")


@pytest.mark.parametrize("raw", ["", "   \n\t  ", "date 2024-03-28\n   "])
def test_empty_article_is_refused(raw):
    with pytest.raises(InvalidArticle) as excinfo:
        parse_plain_text(raw)

    assert excinfo.value.code == "empty"


def test_impossible_date_is_refused():
    with pytest.raises(InvalidArticle) as excinfo:
        parse_plain_text("date 2024-02-30 Something happened.")

    assert excinfo.value.code == "bad_date"


def test_non_utf8_bytes_are_refused_with_the_offset():
    with pytest.raises(InvalidArticle) as excinfo:
        decode(b"Caf\xe9 society")

    assert excinfo.value.code == "not_utf8"
    assert excinfo.value.message == "Article is not valid UTF-8 (byte 3: b'\\xe9')."


def test_normalise_collapses_whitespace_and_line_endings():
    assert normalise("  One\u00a0 two\r\n\r\n\r\n\r\nThree\t four  ") == "One two\n\nThree four"
