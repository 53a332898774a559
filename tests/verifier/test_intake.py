"""verifier.intake.article_intake: text, HTML, undeclared content and URLs (served by the local test server) ->
one stored article with its extraction job; every refusal raises a coded error and writes nothing."""

import socket
from datetime import UTC, datetime

import pytest

from claims.extraction.text import InvalidArticle
from claims.models import Article
from config.errors import ApplicationError, PayloadTooLarge
from tests.sources import http_server
from verifier.actors import Actor
from verifier.intake import FetchFailed, FetchRefusedError, NotAnArticle, article_intake
from verifier.models import OutboxMessage

pytestmark = pytest.mark.django_db

JOB = Actor.job("test")
TEXT = "date 2024-05-02\ntitle Bridge reopens\nOfficials said the bridge reopened on Monday. Traffic resumed."
PARAGRAPHS = [
    "The ministry said 40 people were killed in the attack on Tuesday, a figure rebels denied on Wednesday.",
    "Aid groups said the main road to the town remained closed.",
]
PAGE = http_server.article_html("Attack on the town", PARAGRAPHS)
ARTICLE_FIELDS = ("text", "title", "outlet", "author", "url", "published_at", "source_format", "ingest_status")


@pytest.fixture
def web(settings):  # type: ignore[no-untyped-def]
    server = http_server.TestHTTPServer().start()
    settings.SOURCES_FETCH_TEST_LOOPBACK_PORTS = [server.port]
    yield server
    server.stop()


@pytest.fixture
def connections(monkeypatch):  # type: ignore[no-untyped-def]
    """Every outbound TCP connection attempt, recorded (and still made)."""
    attempts: list[tuple[str, int]] = []
    real_connect = socket.socket.connect

    def connect(self, address):  # type: ignore[no-untyped-def]
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append((str(address[0]), int(address[1])))
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return attempts


def rows() -> list[tuple[object, ...]]:
    return list(Article.objects.values_list(*ARTICLE_FIELDS))


def jobs() -> list[tuple[str, dict[str, int]]]:
    return list(OutboxMessage.objects.values_list("task_name", "kwargs"))


def assert_nothing_written() -> None:
    assert not Article.objects.exists()
    assert not OutboxMessage.objects.exists()


def test_plain_text_reads_its_metadata_lines_and_schedules_extraction():
    result = article_intake(actor=JOB, text=TEXT, outlet="Wire")

    assert result.created is True
    assert rows() == [
        (
            "Officials said the bridge reopened on Monday. Traffic resumed.",
            "Bridge reopens",
            "Wire",
            "",
            "",
            datetime(2024, 5, 2, tzinfo=UTC),
            "text",
            "pending",
        )
    ]
    assert jobs() == [("verifier.tasks.articles.process_article", {"article_id": result.article.pk})]


def test_html_is_parsed_for_its_main_text_and_metadata_arguments_override_it():
    published = datetime(2024, 5, 3, 12, tzinfo=UTC)

    result = article_intake(
        actor=JOB, html=PAGE, title="Town attacked", url="https://news.example.org/attack", published_at=published
    )

    assert rows() == [
        (
            "\n\n".join(PARAGRAPHS),
            "Town attacked",
            "news.example.org",  # trafilatura's site name from the URL
            "",
            "https://news.example.org/attack",
            published,
            "html",
            "pending",
        )
    ]
    assert jobs() == [("verifier.tasks.articles.process_article", {"article_id": result.article.pk})]


@pytest.mark.parametrize(
    ("content", "content_type", "source_format"),
    [
        (PAGE.encode(), "", "html"),  # sniffed
        (TEXT.encode(), "", "text"),  # sniffed
        ("<p>Officials said the bridge reopened on Monday.</p>", "text/plain", "text"),  # declared wins
    ],
)
def test_undeclared_content_is_sniffed_and_a_declared_type_decides(content, content_type, source_format):
    article_intake(actor=JOB, content=content, content_type=content_type)

    assert Article.objects.get().source_format == source_format


def test_a_url_is_fetched_through_the_guarded_client_and_parsed_by_its_content_type(web):
    web.pages["attack"] = PAGE
    url = web.url("/page/attack")

    result = article_intake(actor=JOB, fetch_url=url, outlet="Wire")

    assert rows() == [("\n\n".join(PARAGRAPHS), "Attack on the town", "Wire", "", url, None, "url", "pending")]
    assert jobs() == [("verifier.tasks.articles.process_article", {"article_id": result.article.pk})]
    assert web.requests == [("GET", "/page/attack", f"127.0.0.1:{web.port}")]


def test_a_resubmitted_article_is_returned_and_nothing_is_scheduled_again():
    first = article_intake(actor=JOB, text=TEXT)
    again = article_intake(actor=JOB, content=TEXT.encode())

    assert (again.created, again.article.pk) == (False, first.article.pk)
    assert Article.objects.count() == 1
    assert len(jobs()) == 1


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.0.0.7/internal", "private"),
        ("http://127.0.0.1:9/x", "loopback"),
        ("ftp://example.org/a", "scheme"),
    ],
)
def test_a_refused_url_raises_fetch_refused_and_writes_nothing(url, reason, connections):
    with pytest.raises(FetchRefusedError) as exc:
        article_intake(actor=JOB, fetch_url=url)

    assert (exc.value.status_code, exc.value.code, exc.value.message, exc.value.extra) == (
        400,
        "fetch_refused",
        f"The URL was refused: {reason}.",
        {"reason": reason},
    )
    assert connections == []
    assert_nothing_written()


def test_a_url_answering_an_error_raises_fetch_failed_with_the_status(web):
    web.statuses["gone"] = 410

    with pytest.raises(FetchFailed) as exc:
        article_intake(actor=JOB, fetch_url=web.url("/page/gone"))

    assert (exc.value.status_code, exc.value.code, exc.value.message, exc.value.extra) == (
        422,
        "fetch_failed",
        "The URL answered HTTP 410.",
        {"status": 410},
    )
    assert_nothing_written()


def test_a_url_whose_body_is_over_the_raw_input_limit_raises_fetch_failed(web, settings):
    settings.CLAIMS_ARTICLE_MAX_BYTES = 20_000  # raw input and fetched bodies: 5 x 20,000 bytes

    with pytest.raises(FetchFailed) as exc:
        article_intake(actor=JOB, fetch_url=web.url("/big?mb=1"))

    assert (exc.value.code, exc.value.message, exc.value.extra) == (
        "fetch_failed",
        "The URL could not be fetched: too_large.",
        {"reason": "too_large"},
    )
    assert_nothing_written()


def test_a_url_that_is_not_an_article_raises_not_an_article(web):
    with pytest.raises(NotAnArticle) as exc:
        article_intake(actor=JOB, fetch_url=web.url("/json"))

    assert (exc.value.status_code, exc.value.code, exc.value.message, exc.value.extra) == (
        422,
        "not_an_article",
        "The URL returned application/json, not an HTML or plain-text article.",
        {"type": "application/json"},
    )
    assert_nothing_written()


@pytest.mark.parametrize("given", [{"text": "  \n "}, {"content": b""}, {"html": "<html><body></body></html>"}])
def test_empty_input_is_refused_and_writes_nothing(given):
    with pytest.raises(InvalidArticle) as exc:
        article_intake(actor=JOB, **given)

    assert exc.value.code == ("no_main_text" if "html" in given else "empty")
    assert_nothing_written()


def test_an_article_over_the_size_limit_is_refused_and_writes_nothing(settings):
    settings.CLAIMS_ARTICLE_MAX_BYTES = 40

    with pytest.raises(PayloadTooLarge) as exc:
        article_intake(actor=JOB, text=TEXT)

    assert (exc.value.status_code, exc.value.code, exc.value.message) == (
        413,
        "article_too_large",
        "Article is 62 bytes; the limit is 40 bytes.",
    )
    assert_nothing_written()


def test_raw_input_over_its_limit_is_refused_before_parsing(settings):
    settings.CLAIMS_ARTICLE_MAX_BYTES = 50  # raw input: 5 x 50 bytes

    with pytest.raises(PayloadTooLarge) as exc:
        article_intake(actor=JOB, html=PAGE)

    assert (exc.value.code, exc.value.message) == (
        "input_too_large",
        f"The input is {len(PAGE)} bytes; the limit is 250 bytes.",
    )
    assert_nothing_written()


def test_content_that_is_not_utf8_is_refused():
    with pytest.raises(InvalidArticle) as exc:
        article_intake(actor=JOB, content=b"Caf\xe9 owners said prices rose.")

    assert (exc.value.code, exc.value.message) == ("not_utf8", "Article is not valid UTF-8 (byte 3: b'\\xe9').")
    assert_nothing_written()


@pytest.mark.parametrize("given", [{}, {"text": TEXT, "html": PAGE}, {"text": TEXT, "fetch_url": "https://x.org/"}])
def test_exactly_one_input(given):
    with pytest.raises(ApplicationError) as exc:
        article_intake(actor=JOB, **given)

    assert (exc.value.code, exc.value.extra) == ("one_input", {"given": list(given)})
    assert_nothing_written()
