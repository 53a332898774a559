"""HTML input (trafilatura) and bad input: a clear error naming the problem, nothing saved."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.extraction.html import looks_like_html, parse_html
from claims.extraction.text import InvalidArticle, ParsedArticle
from claims.models import Article, Claim
from claims.services import article_create
from config.errors import PayloadTooLarge

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Floods hit river towns | Meridian Wire</title>
<meta property="og:title" content="Floods hit river towns">
<meta property="og:site_name" content="Meridian Wire">
<meta name="author" content="Lena Hart">
<meta property="article:published_time" content="2025-09-14T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Floods hit river towns</h1>
<p>Flash floods swept through three river towns in northern Valdoria on Saturday night.</p>
<p>Local officials said at least 14 people had died, but the figure could not be independently verified.</p>
</article>
<footer>Copyright Meridian Wire. All rights reserved.</footer>
</body></html>
"""


def test_html_gives_main_text_title_author_outlet_and_date():
    parsed = parse_html(PAGE.encode("utf-8"), url="https://meridian.example/floods")

    assert parsed == ParsedArticle(
        text=(
            "Flash floods swept through three river towns in northern Valdoria on Saturday night.\n\n"
            "Local officials said at least 14 people had died, but the figure could not be independently verified."
        ),
        title="Floods hit river towns",
        url="https://meridian.example/floods",
        outlet="Meridian Wire",
        author="Lena Hart",
        published_on=date(2025, 9, 14),
    )


@pytest.mark.parametrize(
    ("raw", "code", "message"),
    [
        (b"", "empty", "Article text is empty."),
        (b"  \n\t ", "empty", "Article text is empty."),
        (b"<html><body>Caf\xe9</body></html>", "not_utf8", "Article is not valid UTF-8 (byte 15: b'\\xe9')."),
        (
            b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
            "no_main_text",
            "The HTML page has no main text to extract claims from.",
        ),
    ],
)
def test_bad_html_is_refused_naming_the_problem(raw, code, message):
    with pytest.raises(InvalidArticle) as excinfo:
        parse_html(raw)

    assert (excinfo.value.code, excinfo.value.message) == (code, message)


def test_html_is_sniffed_from_its_start():
    assert looks_like_html(PAGE)
    assert looks_like_html("  <html><body><p>x</p></body></html>")
    assert not looks_like_html("date 2024-03-28\nDrones struck <b>the</b> base.")


@pytest.mark.django_db
def test_article_over_the_size_limit_is_refused_and_nothing_is_saved(settings):
    settings.CLAIMS_ARTICLE_MAX_BYTES = 50

    with pytest.raises(PayloadTooLarge) as excinfo:
        article_create(parsed=parse_html(PAGE))

    assert excinfo.value.message == "Article is 187 bytes; the limit is 50 bytes."
    assert not Article.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_ingest_accepts_an_html_file(tmp_path):
    page = tmp_path / "floods.html"
    page.write_text(PAGE, encoding="utf-8")
    out = StringIO()

    call_command("ingest", str(page), "--format", "json", stdout=out)

    payload = json.loads(out.getvalue())
    article = Article.objects.get()
    assert (article.source_format, article.title, article.outlet, article.author) == (
        "html",
        "Floods hit river towns",
        "Meridian Wire",
        "Lena Hart",
    )
    assert payload[0]["article"]["published_at"] == "2025-09-14T00:00:00+00:00"
    assert [(c["start"], c["end"], c["claim_type"], c["hedge"]) for c in payload[0]["claims"]] == [
        (0, 84, "event", "asserted"),
        (86, 187, "casualty", "unconfirmed"),
    ]
    assert payload[0]["claims"][1]["claimers"] == ["Local officials"]
    assert payload[0]["claims"][0]["claimers"] == ["Meridian Wire"]
    assert payload[0]["claims"][0]["event_date"] == "2025-09-13"


@pytest.mark.django_db(transaction=True)
def test_ingest_of_an_html_page_without_main_text_stores_nothing(tmp_path):
    good = tmp_path / "good.html"
    good.write_text(PAGE, encoding="utf-8")
    empty = tmp_path / "menu.htm"
    empty.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")

    with pytest.raises(CommandError) as excinfo:
        call_command("ingest", str(good), str(empty), stdout=StringIO())

    assert str(excinfo.value) == f"{empty}: The HTML page has no main text to extract claims from."
    assert not Article.objects.exists()
    assert not Claim.objects.exists()
