"""What `manage.py ingest` shows on a terminal: the claims, each whole and wrapped to the terminal's width, and the
warnings; the INFO logs only with `-v 2` or `LOG_LEVEL`."""

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError

from claims import services as claims_services
from claims.models import Article, Claim
from config.logs import ConsoleLevelFilter
from tests import worker

# Written for this test (no date or figure for the extraction to rewrite): the first sentence makes a claim longer
# than the 90 characters the table used to cut at.
FERRY = (
    "date 2024-05-02\n"
    "title Ferry link to reopen\n"
    "The port authority said that the ferry link between Harlow Bay and the two outer islands, closed since the "
    "severe storms, would reopen within three weeks. Ticket prices will rise.\n"
)
LEVEL_NAMES = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}
WHOLE_CLAIM = (
    "The port authority said that the ferry link between Harlow Bay and the two outer islands, closed since the "
    "severe storms, would reopen within three weeks."
)


def _ingest_file(tmp_path: Path, text: str, name: str = "ferry.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _row(claim: Claim) -> str:
    """A claim's columns before its text (type, hedge and score as the extraction gave them)."""
    span = f"{claim.start}-{claim.end}"
    return (
        f"{claim.pk:>6}  {span:>11}  {claim.claim_type:<20} {claim.hedge:<11} {claim.score:>5.2f}  {claim.status:<15} "
    )


def _claims(article: Article) -> tuple[Claim, Claim]:
    first, second = article.claims.order_by("position")
    assert [(c.text, c.start, c.end) for c in (first, second)] == [
        (WHOLE_CLAIM, 0, 154),
        ("Ticket prices will rise.", 155, 179),
    ]
    return first, second


def _expected_wide(article: Article) -> str:
    """At 110 columns: 77 for the row, the text in the 33 beside it."""
    first, second = _claims(article)
    beside = " " * 77
    return "\n".join(
        [
            f"Article {article.pk}: Ferry link to reopen",
            "published 2024-05-02T00:00:00+00:00 · 2 claims",
            "    id         span  type                 hedge       score  status          text",
            _row(first) + "The port authority said that the",
            beside + "ferry link between Harlow Bay and",
            beside + "the two outer islands, closed",
            beside + "since the severe storms, would",
            beside + "reopen within three weeks.",
            _row(second) + "Ticket prices will rise.",
            "",
            "",
        ]
    )


@pytest.mark.django_db(transaction=True)
def test_the_table_shows_each_claim_whole_wrapped_beside_its_row(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "110")
    out = StringIO()

    call_command("ingest", str(_ingest_file(tmp_path, FERRY)), stdout=out)

    assert out.getvalue() == _expected_wide(Article.objects.get())


@pytest.mark.django_db(transaction=True)
def test_on_a_narrow_terminal_each_claim_is_wrapped_under_its_row(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = StringIO()

    call_command("ingest", str(_ingest_file(tmp_path, FERRY)), stdout=out)

    article = Article.objects.get()
    first, second = _claims(article)
    assert out.getvalue() == "\n".join(
        [
            f"Article {article.pk}: Ferry link to reopen",
            "published 2024-05-02T00:00:00+00:00 · 2 claims",
            "    id         span  type                 hedge       score  status",
            _row(first).rstrip(),
            "        The port authority said that the ferry link between Harlow Bay and the",
            "        two outer islands, closed since the severe storms, would reopen within",
            "        three weeks.",
            _row(second).rstrip(),
            "        Ticket prices will rise.",
            "",
            "",
        ]
    )
    assert max(len(line) for line in out.getvalue().splitlines()) <= 80


@pytest.mark.django_db(transaction=True)
def test_a_terminal_run_prints_the_claims_and_no_info_logs(tmp_path):
    # The embedded default's settings, as `python manage.py ingest` runs them, on the test database.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CELERY_", "LOG_LEVEL", "DJANGO_SETTINGS"))}
    env.update({"DJANGO_SETTINGS_MODULE": "config.settings.local", "DATABASE_URL": worker.test_database_url()})
    env["COLUMNS"] = "110"

    result = subprocess.run(
        [sys.executable, "manage.py", "ingest", str(_ingest_file(tmp_path, FERRY))],
        cwd=worker.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    article = Article.objects.get()
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == _expected_wide(article)


@pytest.fixture
def console() -> Iterator[StringIO]:
    """A stream behind the console's filter (settings.LOGGING), on the root logger for the test."""
    stream = StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(ConsoleLevelFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    yield stream
    root.removeHandler(handler)


def _poison(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real = claims_services.extract_from_doc

    def extract(doc, **kwargs):  # type: ignore[no-untyped-def]
        if "POISON" in doc.text:
            raise IntegrityError("check constraint failed")
        return real(doc, **kwargs)

    monkeypatch.setattr(claims_services, "extract_from_doc", extract)


@pytest.mark.django_db(transaction=True)
def test_by_default_the_console_shows_the_warnings_and_errors_only(tmp_path, monkeypatch, console):
    _poison(monkeypatch)
    good = _ingest_file(tmp_path, "Officials said the bridge reopened on Monday.", "good.txt")
    bad = _ingest_file(tmp_path, "POISON Officials said the road reopened on Monday.", "bad.txt")

    with pytest.raises(CommandError):
        call_command("ingest", str(good), str(bad), "--format", "json", stdout=StringIO())

    poisoned = Article.objects.get(text__startswith="POISON")
    # The records (the error's traceback follows its line); no INFO among them.
    records = [line for line in console.getvalue().splitlines() if line.split(" ")[0] in LEVEL_NAMES]
    assert records == [
        f"ERROR verifier.articles article {poisoned.pk}: extraction failed: IntegrityError: check constraint failed"
    ]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("how", ["-v 2", "LOG_LEVEL"])
def test_with_v2_or_log_level_the_console_shows_the_info_logs(tmp_path, settings, console, how):
    path = _ingest_file(tmp_path, "Officials said the bridge reopened on Monday.")
    options = {"verbosity": 2} if how == "-v 2" else {}
    if how == "LOG_LEVEL":
        settings.LOG_LEVEL = "INFO"

    call_command("ingest", str(path), "--format", "json", stdout=StringIO(), **options)

    article = Article.objects.get()
    records = console.getvalue().splitlines()
    assert f"INFO verifier.articles article {article.pk}: 1 claims extracted" in records
    assert {line.split(" ")[0] for line in records} == {"INFO"}
