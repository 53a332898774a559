import re

import pytest
from django.urls import reverse

from claims.models import Article, Claim
from tests.admin.conftest import ARTICLE_TEXT
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def test_article_page_highlights_each_claim_in_place_and_escapes_the_text(desk, article):
    first = ClaimFactory.create(
        article=article,
        position=0,
        start=0,
        end=45,
        claimers=["Officials"],
        hedge="hedged",
        score=0.8,
        claim_type="event",
    )
    # Overlaps the first claim and runs on past the <script>.
    second = ClaimFactory.create(article=article, position=1, start=29, end=80, status="in_review", verdict="false")
    adjacent = ClaimFactory.create(article=article, position=2, start=80, end=104)

    response = desk.get(reverse("admin:claims_article_change", args=[article.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    page = html[html.index('id="article-text"') : html.index('id="article-claims"')]
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "Bridge &lt;b&gt;reopens&lt;/b&gt;" in html
    assert re.findall(r'data-claim-start="(\d+)"', page) == [str(first.pk), str(second.pk), str(adjacent.pk)]
    assert re.findall(r'<mark class="([^"]+)" data-claim="(\d+)"', page) == [
        ("claim status-new", str(first.pk)),
        ("claim status-new", str(first.pk)),
        ("claim status-in_review overlap", str(second.pk)),
        ("claim status-in_review", str(second.pk)),
        ("claim status-new", str(adjacent.pk)),
    ]
    assert (
        'title="Type: Event · Claimer: Officials · Hedge: Hedged · Score: 0.80 · Status: New · Verdict: Unrated"'
        in page
    )
    assert re.search(
        rf'class="claim-badge verdict-false" data-claim-start="{second.pk}" '
        rf'href="/admin/claims/claim/{second.pk}/change/" title="[^"]*">#{second.pk} False</a>',
        page,
    )
    # Badges name claims by id (not position) and show a verdict only once there is a rated one.
    assert re.findall(r'<a class="claim-badge[^>]*>([^<]*)</a>', page) == [
        f"#{first.pk}",
        f"#{second.pk} False",
        f"#{adjacent.pk}",
    ]
    # The whole article text is there once, in order, once the markup is removed.
    text_only = re.sub(r'<a class="claim-badge[^>]*>[^<]*</a>|<[^>]+>', "", page.split(">", 1)[1].split("</div>", 1)[0])
    assert text_only.replace("&lt;", "<").replace("&gt;", ">").replace("&#x27;", "'") == ARTICLE_TEXT


def test_article_page_is_read_only(desk, article):
    response = desk.post(reverse("admin:claims_article_change", args=[article.pk]), {"title": "changed"})

    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title == "Bridge <b>reopens</b>"


def test_ingest_plain_text_from_the_admin_extracts_claims(desk, desk_user, django_capture_on_commit_callbacks):
    text = "date 2024-05-02\nThe ministry said 40 people were killed in the attack on Tuesday. Rebels denied it."

    with django_capture_on_commit_callbacks(execute=True):
        response = desk.post(reverse("admin:claims_article_add"), {"text": text, "outlet": "Wire"})

    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:claims_article_change", args=[article.pk])
    assert (article.outlet, article.source_format, article.ingest_status, article.submitted_by) == (
        "Wire",
        "text",
        "done",
        desk_user,
    )
    assert article.published_at is not None
    assert article.published_at.date().isoformat() == "2024-05-02"
    claims = list(Claim.objects.filter(article=article))
    assert claims
    first_events = [c.events.order_by("id").values_list("kind", "actor_label").first() for c in claims]
    assert first_events == [("created", "job:process_article")] * len(claims)
    # The follow-up job triaged them in the same eager run.
    assert {c.status for c in claims} <= {"triaged", "not_checkworthy"}
    page = desk.get(response["Location"])
    # The test transaction never commits: extraction ran when the callbacks were executed, after the response,
    # as with a worker. (The browser test sees the eager, committed case: "N claims extracted".)
    assert f"Article {article.pk} ingested; its claims are being extracted." in page.content.decode()
    assert page.content.decode().count("data-claim-start=") == len(claims)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({}, "Give exactly one of: text, an HTML file, or a URL."),
        (
            {"text": "Hello there.", "url": "https://example.org/a"},
            "Give exactly one of: text, an HTML file, or a URL.",
        ),
        ({"text": "   \n  "}, "Give exactly one of: text, an HTML file, or a URL."),
        ({"url": "http://127.0.0.1:9/x"}, "The URL was refused:"),
    ],
)
def test_bad_ingest_input_shows_the_error_and_writes_nothing(desk, data, error):
    response = desk.post(reverse("admin:claims_article_add"), data)

    assert response.status_code == 200
    assert error in response.content.decode()
    assert not Article.objects.exists()


@pytest.fixture
def web(settings):  # type: ignore[no-untyped-def]
    from tests.sources.http_server import TestHTTPServer

    server = TestHTTPServer().start()
    settings.SOURCES_FETCH_TEST_LOOPBACK_PORTS = [server.port]
    yield server
    server.stop()


PAGE_PARAGRAPHS = [
    "The ministry said 40 people were killed in the attack on Tuesday, a figure rebels denied on Wednesday.",
    "Aid groups said the main road to the town remained closed.",
]


def test_ingest_a_url_fetches_it_through_the_safe_fetcher(desk, web, django_capture_on_commit_callbacks):
    from tests.sources.http_server import article_html

    web.pages["attack"] = article_html("Attack on the town", PAGE_PARAGRAPHS)

    with django_capture_on_commit_callbacks(execute=True):
        response = desk.post(reverse("admin:claims_article_add"), {"url": web.url("/page/attack")})

    article = Article.objects.get()
    assert response.status_code == 302
    assert (article.source_format, article.url, article.title) == ("url", web.url("/page/attack"), "Attack on the town")
    assert PAGE_PARAGRAPHS[0] in article.text
    assert "About us" not in article.text  # the page's navigation is not article text
    assert article.claims.exists()
    assert web.requests == [("GET", "/page/attack", f"127.0.0.1:{web.port}")]


def test_a_url_answering_an_error_is_refused(desk, web):
    web.statuses["gone"] = 410

    response = desk.post(reverse("admin:claims_article_add"), {"url": web.url("/page/gone")})

    assert response.status_code == 200
    assert "The URL answered HTTP 410." in response.content.decode()
    assert not Article.objects.exists()


def test_ingest_an_html_file(desk, django_capture_on_commit_callbacks):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.sources.http_server import article_html

    upload = SimpleUploadedFile(
        "attack.html", article_html("Attack on the town", PAGE_PARAGRAPHS).encode(), content_type="text/html"
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = desk.post(reverse("admin:claims_article_add"), {"html_file": upload, "outlet": "Wire"})

    article = Article.objects.get()
    assert response.status_code == 302
    assert (article.source_format, article.outlet, article.title) == ("html", "Wire", "Attack on the town")
    assert PAGE_PARAGRAPHS[1] in article.text
