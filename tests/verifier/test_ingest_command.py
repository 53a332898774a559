"""The ingest command: files and URLs go through verifier.intake; one bad input stores nothing at all."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

from claims import services as claims_services
from claims.extraction.text import ParsedArticle
from claims.models import Article
from tests.factories import ClaimFactory
from tests.sources import http_server
from tests.worker import wait_for
from verifier.actors import Actor
from verifier.articles import PROCESS_ARTICLE_TASK, PROCESS_ARTICLES_TASK, article_submit
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


def _poison(monkeypatch, marker: str) -> None:
    """Extraction raises for the article whose text contains ``marker``; others extract as usual."""
    real = claims_services.extract_from_doc

    def extract(doc, **kwargs):  # type: ignore[no-untyped-def]
        if marker in doc.text:
            raise IntegrityError('new row for relation "claims_claim" violates check constraint')
        return real(doc, **kwargs)

    monkeypatch.setattr(claims_services, "extract_from_doc", extract)


@pytest.mark.django_db(transaction=True)
def test_a_failing_article_is_reported_failed_and_the_others_done(tmp_path, monkeypatch, caplog):
    names = ["first.txt", "poisoned.txt", "third.txt"]
    texts = [
        "Officials said the bridge reopened on Monday after repairs.",
        "POISON The storm hit Wilmington and power was restored after crews worked overnight.",
        "Aid groups said the main road to the town remained closed.",
    ]
    for name, text in zip(names, texts, strict=True):
        (tmp_path / name).write_text(text, encoding="utf-8")
    _poison(monkeypatch, "POISON")
    out = StringIO()

    with pytest.raises(CommandError) as exc:
        call_command("ingest", *(str(tmp_path / n) for n in names), "--timeout", "5", stdout=out)

    first, poisoned, third = Article.objects.order_by("id")
    reason = 'IntegrityError: new row for relation "claims_claim" violates check constraint'
    assert [(a.text, a.ingest_status, a.ingest_error) for a in (first, poisoned, third)] == [
        (texts[0], "done", ""),
        (texts[1], "failed", reason),
        (texts[2], "done", ""),
    ]
    assert first.claims.exists() and third.claims.exists()
    assert not poisoned.claims.exists()
    # One extraction job for the three (a bulk submission's batch); done although one article failed: nothing will
    # run it again.
    assert list(OutboxMessage.objects.filter(task_name=PROCESS_ARTICLES_TASK).values_list("kwargs", "state")) == [
        ({"article_ids": [first.pk, poisoned.pk, third.pk]}, "done")
    ]
    assert str(exc.value) == f"1 of 3 article(s) not extracted (article {poisoned.pk}: failed: {reason})."
    printed = out.getvalue()
    assert f"Article {poisoned.pk}: (untitled)\nfailed: {reason}\n" in printed
    assert f"Article {first.pk}: (untitled)\npublished - · {first.claims.count()} claims" in printed
    assert f"Article {third.pk}: (untitled)\npublished - · {third.claims.count()} claims" in printed
    assert [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "verifier.articles"] == [
        ("INFO", f"article {first.pk}: {first.claims.count()} claims extracted"),
        ("ERROR", f"article {poisoned.pk}: extraction failed: {reason}"),
        ("INFO", f"article {third.pk}: {third.claims.count()} claims extracted"),
    ]


@pytest.mark.django_db(transaction=True)
def test_json_output_carries_the_failure_reason(tmp_path, monkeypatch):
    path = tmp_path / "poisoned.txt"
    path.write_text("POISON Officials said the bridge reopened on Monday after repairs.", encoding="utf-8")
    _poison(monkeypatch, "POISON")
    out = StringIO()

    with pytest.raises(CommandError):
        call_command("ingest", str(path), "--format", "json", "--timeout", "5", stdout=out)

    article = Article.objects.get()
    assert json.loads(out.getvalue()) == [
        {
            "article": {
                "id": article.pk,
                "title": "",
                "outlet": "",
                "url": "",
                "published_at": None,
                "ingest_status": "failed",
                "ingest_error": 'IntegrityError: new row for relation "claims_claim" violates check constraint',
            },
            "claims": [],
        }
    ]


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_on_a_live_worker_a_failing_article_is_recorded_failed_and_the_other_done(celery_worker):
    # A claim already stored at position 0 makes saving the extracted claims break claim_unique_position: a real
    # storage failure inside the worker's job, with no patching.
    actor = Actor.job("tests")
    with transaction.atomic():
        poisoned = article_submit(parsed=ParsedArticle(text=PARAGRAPHS[0]), actor=actor).article
        ClaimFactory(article=poisoned, position=0, start=0, end=12, text="The ministry")
        other = article_submit(parsed=ParsedArticle(text=PARAGRAPHS[1]), actor=actor).article

    finished = wait_for(
        lambda: (
            set(
                Article.objects.filter(pk__in=[poisoned.pk, other.pk])
                .exclude(ingest_status="pending")
                .values_list("pk", flat=True)
            )
            == {poisoned.pk, other.pk}
        ),
        timeout=90,
        message="the worker to finish both articles",
    )

    assert finished
    poisoned.refresh_from_db()
    other.refresh_from_db()
    assert (poisoned.ingest_status, other.ingest_status, other.ingest_error) == ("failed", "done", "")
    # The database's own words follow the class name: PostgreSQL names the constraint, SQLite its columns.
    assert poisoned.ingest_error in {
        'IntegrityError: duplicate key value violates unique constraint "claim_unique_position"\n'
        f'DETAIL:  Key (article_id, "position")=({poisoned.pk}, 0) already exists.',
        "IntegrityError: UNIQUE constraint failed: claims_claim.article_id, claims_claim.position",
    }
    assert "Traceback" not in poisoned.ingest_error
    assert list(poisoned.claims.values_list("position", "text")) == [(0, "The ministry")]
    assert other.claims.exists()
    assert list(OutboxMessage.objects.filter(task_name=PROCESS_ARTICLE_TASK).values_list("state", flat=True)) == [
        "done",
        "done",
    ]


@pytest.mark.django_db(transaction=True)
def test_a_wire_story_whose_clause_the_parser_ran_past_a_paragraph_break_is_stored(tmp_path):
    # Extraction gave this text a claim running past its sentence, which the database refused
    # (claim_span_within_sentence): the command exited 1 with no output and the article stayed pending.
    # (Neither "when"/"after" clause is a claim of its own, so each paragraph is one claim, within its sentence.)
    text = (
        "Phone lines across the county went down when the storm reached Wilmington, N.C.\n\n"
        "Power was restored to most homes after crews worked overnight, officials said."
    )
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")

    call_command("ingest", str(path), "--format", "json", stdout=StringIO())

    article = Article.objects.get()
    assert (article.ingest_status, article.ingest_error) == ("done", "")
    assert list(article.claims.order_by("position").values_list("sentence_start", "start", "end", "sentence_end")) == [
        (0, 0, 79, 79),
        (81, 81, 159, 159),
    ]
