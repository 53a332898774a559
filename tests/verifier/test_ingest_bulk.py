"""The ingest command in bulk: folders and JSON lines through the bulk path, progress off a terminal, re-runs that
skip what is stored, refused input that stores nothing."""

import json
import re
from datetime import UTC, datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article, Claim
from verifier.articles import MATCH_TASK, PROCESS_ARTICLES_TASK
from verifier.management import output
from verifier.management.output import IngestProgress
from verifier.models import ArticleMetadataChange, OutboxMessage

pytestmark = pytest.mark.django_db(transaction=True)

TEXTS = [
    "The port authority said 40 containers fell into the harbour during the storm on Friday.",
    "Dock workers accused the operator of ignoring the wind warnings, a union spokesman said.",
    "The ministry said 12 schools in the valley would stay closed until the roads are repaired.",
]
HTML = (
    "<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>"
    "<p>Engineers said the old bridge over the Tessa river would stay closed for at least three weeks.</p>"
    "<p>The mayor said 2,000 commuters a day would have to use the ferry instead.</p></article></body></html>"
)


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("ingest", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def folder(tmp_path):  # type: ignore[no-untyped-def]
    root = tmp_path / "news"
    (root / "monday" / "wire").mkdir(parents=True)
    (root / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (root / "monday" / "b.txt").write_text(TEXTS[1], encoding="utf-8")
    (root / "monday" / "wire" / "c.html").write_text(HTML, encoding="utf-8")
    (root / "monday" / "notes.md").write_text(TEXTS[2], encoding="utf-8")  # not an article file: ignored
    (root / ".hidden.txt").write_text(TEXTS[2], encoding="utf-8")
    return root


def test_a_folder_is_ingested_recursively_with_progress_lines_off_a_terminal(folder, monkeypatch):
    monkeypatch.setattr(output, "PLAIN_PROGRESS_SECONDS", 0.0)  # a line at every poll, not every 10 s

    out, err = run(str(folder), "--json")

    articles = list(Article.objects.order_by("id"))
    assert [(a.text, a.source_format, a.ingest_status) for a in articles] == [
        (TEXTS[0], "text", "done"),
        (TEXTS[1], "text", "done"),
        (
            "Engineers said the old bridge over the Tessa river would stay closed for at least three weeks.\n\n"
            "The mayor said 2,000 commuters a day would have to use the ferry instead.",
            "html",
            "done",
        ),
    ]
    # One extraction job for the three articles (a batch parsed together), done; no job per claim.
    assert list(OutboxMessage.objects.filter(task_name=PROCESS_ARTICLES_TASK).values_list("kwargs", "state")) == [
        ({"article_ids": [a.pk for a in articles]}, "done")
    ]
    # Besides it only the per-article fact-check matching jobs: nothing per claim.
    assert set(OutboxMessage.objects.values_list("task_name", flat=True)) == {PROCESS_ARTICLES_TASK, MATCH_TASK}
    assert OutboxMessage.objects.filter(task_name=MATCH_TASK).count() == 3
    payload = json.loads(out)
    assert [p["article"]["id"] for p in payload] == [a.pk for a in articles]
    assert [[c["id"] for c in p["claims"]] for p in payload] == [
        list(a.claims.order_by("position").values_list("id", flat=True)) for a in articles
    ]
    claims = Claim.objects.count()
    lines = err.splitlines()
    # Off a terminal: plain lines (no bar, no carriage return), the last one with every article finished.
    assert "\r" not in err and "[" not in err
    assert all(line.startswith("ingest: ") for line in lines[:-1])
    assert re.fullmatch(
        rf"ingest: 3/3 articles \(0 failed\) · {claims:,} claims · \d+\.\d articles/s, \d+s elapsed, ETA 0s",
        lines[-2],
    )
    assert re.fullmatch(
        rf"3 article\(s\): 3 done, 0 not; 0 already stored \(skipped\); {claims} claims; \d+\.\ds", lines[-1]
    )


def test_json_lines_carry_the_metadata_and_a_rerun_skips_what_is_stored(tmp_path, folder):
    path = tmp_path / "feed.jsonl"
    rows = [
        {"text": TEXTS[0], "title": "Storm", "outlet": "Harbour News", "published_at": "2025-03-07T06:00:00Z"},
        {"html": HTML, "url": "https://news.example.org/bridge", "author": "R. Alvarez"},
        {"text": TEXTS[2], "published_at": None},
    ]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n\n", encoding="utf-8")

    _, err = run(str(path))
    assert err.splitlines()[-1].startswith("3 article(s): 3 done, 0 not; 0 already stored (skipped); ")
    first_run = list(
        Article.objects.order_by("id").values_list("id", "title", "outlet", "author", "url", "published_at")
    )
    assert [row[1:] for row in first_run] == [
        ("Storm", "Harbour News", "", "", datetime(2025, 3, 7, 6, 0, tzinfo=UTC)),
        ("Bridge closed", "news.example.org", "R. Alvarez", "https://news.example.org/bridge", None),
        ("", "", "", "", None),
    ]
    claims, jobs = Claim.objects.count(), OutboxMessage.objects.count()

    # Again, with the folder: a.txt and c.html hold texts stored by the first run; only b.txt is new.
    _, err = run(str(path), str(folder))

    assert Article.objects.count() == 4
    assert Claim.objects.count() > claims
    assert OutboxMessage.objects.count() == jobs + 2
    assert err.splitlines()[-1].startswith("4 article(s): 4 done, 0 not; 3 already stored (skipped); ")

    _, err = run(str(path))
    assert err.splitlines()[-1].startswith("3 article(s): 3 done, 0 not; 3 already stored (skipped); ")
    assert OutboxMessage.objects.count() == jobs + 2
    # The same metadata again is no edit.
    assert ArticleMetadataChange.objects.count() == 0


def test_a_rerun_with_other_metadata_edits_the_stored_article_audited_and_schedules_nothing(tmp_path):
    path = tmp_path / "feed.jsonl"
    row = {"text": TEXTS[0], "title": "Storm", "outlet": "Harbour News"}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    run(str(path))
    article = Article.objects.get()
    claims, jobs = Claim.objects.count(), OutboxMessage.objects.count()

    path.write_text(json.dumps({**row, "outlet": "Harbour Daily", "author": "M. Osei"}) + "\n", encoding="utf-8")
    _, err = run(str(path))

    assert err.splitlines()[-1].startswith("1 article(s): 1 done, 0 not; 1 already stored (skipped); ")
    assert list(Article.objects.values_list("id", "title", "outlet", "author")) == [
        (article.pk, "Storm", "Harbour Daily", "M. Osei")
    ]
    assert list(ArticleMetadataChange.objects.values_list("article_id", "actor_type", "changes", "reason")) == [
        (
            article.pk,
            "job",
            {"outlet": ["Harbour News", "Harbour Daily"], "author": ["", "M. Osei"]},
            "Re-submitted with this metadata.",
        )
    ]
    assert (Claim.objects.count(), OutboxMessage.objects.count()) == (claims, jobs)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not a JSON object (Expecting property name enclosed in double quotes)."),
        ('["a list"]', "not a JSON object."),
        ('{"text": "Officials said so.", "body": "x"}', "unknown field(s) body; allowed: author, html, outlet, "
         "published_at, text, title, url."),
        ('{"title": "No text"}', "give exactly one of text or html."),
        ('{"text": "Officials said so.", "published_at": "last Tuesday"}',
         "published_at is not an ISO 8601 date-time."),
        ('{"text": "   "}', "Article text is empty."),
    ],
)  # fmt: skip
def test_a_bad_json_line_is_refused_by_file_and_line_and_nothing_is_stored(tmp_path, line, message):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": TEXTS[0]}) + "\n" + line + "\n", encoding="utf-8")

    with pytest.raises(CommandError) as exc:
        run(str(path))

    assert str(exc.value) == f"{path}:2: {message}"
    assert not Article.objects.exists()
    assert not OutboxMessage.objects.exists()


def test_an_empty_folder_is_refused(tmp_path):
    with pytest.raises(CommandError) as exc:
        run(str(tmp_path))

    assert str(exc.value) == "No articles found in the given paths."


class Stream:
    def __init__(self) -> None:
        self.written: list[str] = []

    def write(self, text: str, ending: str = "\n") -> None:
        self.written.append(text + ending)

    def flush(self) -> None:
        pass


def test_the_terminal_bar_is_redrawn_in_place_with_rate_and_eta():
    now = [100.0]
    stream = Stream()
    progress = IngestProgress(stream=stream, total=400, tty=True, clock=lambda: now[0])

    now[0] = 110.0
    progress.update(finished=100, failed=2, claims=3500)
    now[0] = 110.1
    progress.update(finished=101, failed=2, claims=3540)  # within the redraw interval: not drawn
    now[0] = 140.0
    progress.update(finished=400, failed=3, claims=14000, final=True)

    assert stream.written == [
        "\r\x1b[2K[######..................] 100/400 articles (2 failed) · 3,500 claims · 10.0 articles/s · ETA 30s",
        "\r\x1b[2K[########################] 400/400 articles (3 failed) · 14,000 claims · 10.0 articles/s · ETA 0s\n",
    ]


def test_off_a_terminal_a_short_run_prints_no_progress_and_a_long_one_a_line_every_10_seconds():
    now = [0.0]
    short, long = Stream(), Stream()
    quick = IngestProgress(stream=short, total=2, tty=False, clock=lambda: now[0])
    slow = IngestProgress(stream=long, total=300, tty=False, clock=lambda: now[0])

    now[0] = 4.0
    quick.update(finished=2, failed=0, claims=9, final=True)
    for second, finished in [(5.0, 10), (10.0, 20), (15.0, 30), (20.0, 40)]:
        now[0] = second
        slow.update(finished=finished, failed=1, claims=finished * 30)
    now[0] = 60.0
    slow.update(finished=300, failed=1, claims=9000, final=True)

    assert short.written == []
    assert long.written == [
        "ingest: 20/300 articles (1 failed) · 600 claims · 2.0 articles/s, 10s elapsed, ETA 2m20s\n",
        "ingest: 40/300 articles (1 failed) · 1,200 claims · 2.0 articles/s, 20s elapsed, ETA 2m10s\n",
        "ingest: 300/300 articles (1 failed) · 9,000 claims · 5.0 articles/s, 1m00s elapsed, ETA 0s\n",
    ]
