"""A large batch through `manage.py ingest` as a terminal runs it, one article of which breaks extraction: every
other article is done, the broken one is recorded failed with its reason, the command reports each, exits 1 at the
end, and does not wait out its timeout."""

import os
import subprocess
import sys
import time

import pytest

from claims.models import Article
from tests import worker

BATCH = 30
POISONED = 14
TIMEOUT = 600
# The command as manage.py runs it, with extraction raising for the article that carries the marker.
POISONED_INGEST = """
import sys

import django

django.setup()
from django.core.management import execute_from_command_line
from django.db import IntegrityError

from claims import services

real = services.extract_from_doc


def extract(doc, **kwargs):
    if "POISON" in doc.text:
        raise IntegrityError("check constraint failed")
    return real(doc, **kwargs)


services.extract_from_doc = extract
execute_from_command_line(["manage.py", "ingest", *sys.argv[1:]])
"""


@pytest.mark.django_db(transaction=True)
def test_a_poisoned_article_in_a_large_batch_fails_alone_and_the_command_exits_1_promptly(tmp_path):
    paths = []
    for n in range(BATCH):
        marker = "POISON " if n == POISONED else ""
        path = tmp_path / f"article-{n:02}.txt"
        path.write_text(f"{marker}Officials said {n + 2} boats reached the port of Harlow on Monday.", encoding="utf-8")
        paths.append(str(path))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CELERY_", "LOG_LEVEL", "DJANGO_SETTINGS"))}
    env.update({"DJANGO_SETTINGS_MODULE": "config.settings.local", "DATABASE_URL": worker.test_database_url()})

    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", POISONED_INGEST, "--timeout", str(TIMEOUT), *paths],
        cwd=worker.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT + 60,
    )
    elapsed = time.monotonic() - started

    articles = list(Article.objects.order_by("id"))
    reason = "IntegrityError: check constraint failed"
    poisoned = articles[POISONED]
    assert [(a.ingest_status, a.ingest_error) for a in articles] == [
        ("failed", reason) if n == POISONED else ("done", "") for n in range(BATCH)
    ]
    assert [a.claims.count() for a in articles] == [0 if n == POISONED else 1 for n in range(BATCH)]
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        f"CommandError: 1 of {BATCH} article(s) not extracted (article {poisoned.pk}: failed: {reason})."
    )
    headings = [line for line in result.stdout.splitlines() if line.startswith("Article ")]
    assert headings == [f"Article {a.pk}: (untitled)" for a in articles]
    assert f"Article {poisoned.pk}: (untitled)\nfailed: {reason}\n" in result.stdout
    assert result.stdout.count("published - · 1 claims\n") == BATCH - 1
    # Nothing waited for the failed article: the run ends long before its timeout (a bound, not a benchmark).
    assert elapsed < TIMEOUT / 2
