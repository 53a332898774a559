"""The ingest command: files and URLs go through verifier.intake; one bad input stores nothing at all."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article
from tests.sources import http_server
from verifier.models import OutboxMessage

PARAGRAPHS = [
    "The ministry said 40 people were killed in the attack on Tuesday, a figure rebels denied on Wednesday.",
    "Aid groups said the main road to the town remained closed.",
]


@pytest.fixture
def web(settings):  # type: ignore[no-untyped-def]
    server = http_server.TestHTTPServer().start()
    settings.SOURCES_FETCH_TEST_LOOPBACK_PORTS = [server.port]
    yield server
    server.stop()


@pytest.mark.django_db(transaction=True)
def test_a_url_is_fetched_and_its_claims_printed(web):
    web.pages["attack"] = http_server.article_html("Attack on the town", PARAGRAPHS)
    url = web.url("/page/attack")
    out = StringIO()

    call_command("ingest", url, "--format", "json", stdout=out)

    article = Article.objects.get()
    payload = json.loads(out.getvalue())
    assert (article.source_format, article.url, article.title, article.ingest_status) == (
        "url",
        url,
        "Attack on the town",
        "done",
    )
    assert [p["article"]["id"] for p in payload] == [article.pk]
    assert [c["id"] for c in payload[0]["claims"]] == list(article.claims.order_by("id").values_list("id", flat=True))
    assert web.requests == [("GET", "/page/attack", f"127.0.0.1:{web.port}")]


@pytest.mark.django_db(transaction=True)
def test_a_refused_url_after_a_good_file_stores_nothing(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("date 2024-05-02\nOfficials said the bridge reopened on Monday.", encoding="utf-8")

    with pytest.raises(CommandError) as exc:
        call_command("ingest", str(good), "http://10.0.0.7/internal", stdout=StringIO())

    assert str(exc.value) == "http://10.0.0.7/internal: The URL was refused: private."
    assert not Article.objects.exists()
    assert not OutboxMessage.objects.exists()
