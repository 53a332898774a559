"""Claim workbench (admin changelist) response time with 1,000,000 claims.

Creates a throwaway PostgreSQL database, migrates it, bulk-loads articles and claims with COPY, ANALYZEs, then
times full GET requests of the changelist through Django's test client (logged-in superuser, DEBUG off): the
unfiltered list and filtered lists. The database is dropped at the end, even on failure.

    .venv/bin/python bench/admin_changelist.py [--claims 1000000] [--runs 7]

Environment: BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432) - the server to create it on.
Goal: every list under 500 ms.
"""

import argparse
import json
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SERVER = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
DB_NAME = f"bench_admin_changelist_{os.getpid()}"
GOAL_MS = 500
CLAIMS_PER_ARTICLE = 50
ARTICLE_TEXT = (
    "Local officials said at least 14 people had died in the floods, but the figure could not be verified. "
    "The regional governor said more than 2,000 residents had been moved to temporary shelters. "
) * 8

STATUSES = [
    ("new", 60),
    ("triaged", 15),
    ("not_checkworthy", 15),
    ("in_review", 4),
    ("needs_evidence", 2),
    ("verdict_proposed", 1),
    ("published", 2.5),
    ("reopened", 0.5),
]
TYPES = ["event", "casualty", "accusation", "attributed_statement", "control", "prediction", "opinion", "background"]
HEDGES = ["asserted", "hedged", "unconfirmed", "denied", "predicted"]
RATED = ["true", "mostly_true", "mixed", "mostly_false", "false", "misleading", "unproven"]
CLAIMERS = [f"Source {i}" for i in range(60)]
URLS = {
    "unfiltered": "/admin/claims/claim/",
    "status=in_review": "/admin/claims/claim/?status__exact=in_review",
    "verdict=false & type=casualty": "/admin/claims/claim/?verdict__exact=false&claim_type__exact=casualty",
    "hedge=unconfirmed & status=new": "/admin/claims/claim/?hedge__exact=unconfirmed&status__exact=new",
    "claimer=Source 7": "/admin/claims/claim/?claimer=Source+7",
    "page 50, unfiltered": "/admin/claims/claim/?p=50",
}


ROW_TEMPLATES = 20_011  # distinct random rows; each claim takes one and gets its own ids, span and text
DEFAULTS: dict[str, object] = {}


def copy_text(value: object) -> str:
    """One value in PostgreSQL COPY text format (the generated data has no tabs, newlines or backslashes)."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def row_template(rng: random.Random, now: datetime) -> dict[str, object]:
    status = rng.choices([s for s, _ in STATUSES], weights=[w for _, w in STATUSES])[0]
    return {
        "claim_type": rng.choice(TYPES),
        "checkworthy": status != "not_checkworthy",
        "score": round(rng.random(), 3),
        "hedge": rng.choice(HEDGES),
        "claimers": json.dumps([rng.choice(CLAIMERS)]),
        "status": status,
        "verdict": rng.choice(RATED) if status in {"verdict_proposed", "published", "reopened"} else "unrated",
        "created_at": now - timedelta(seconds=rng.randint(0, 365 * 86400)),
        "updated_at": now,
        "version": 1,
    }


PER_ROW = ("article_id", "position", "start", "end", "sentence_start", "sentence_end", "text")


def load(claims: int) -> None:
    from django.db import connection
    from django.db.models import JSONField

    from claims.models import Article, Claim

    rng = random.Random(7)
    now = datetime.now(UTC)
    fields = [f for f in Claim._meta.concrete_fields if not f.primary_key]
    columns = [str(f.column) for f in fields]
    for field, column in zip(fields, columns, strict=True):
        default = field.get_default()
        DEFAULTS[column] = json.dumps(default) if isinstance(field, JSONField) else default
    templates = []
    for _ in range(ROW_TEMPLATES):
        values = {**DEFAULTS, **row_template(rng, now)}
        templates.append([copy_text(values[c]) if c not in PER_ROW else "" for c in columns])
    slots = [columns.index(name) for name in PER_ROW]
    articles = claims // CLAIMS_PER_ARTICLE
    started = time.perf_counter()
    Article.objects.bulk_create(
        [Article(text=ARTICLE_TEXT, content_hash=f"{i:064x}", title=f"Article {i}") for i in range(articles)],
        batch_size=2000,
    )
    article_ids = list(Article.objects.order_by("id").values_list("id", flat=True))
    quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
    row_number = 0
    with connection.cursor() as cursor:
        raw = cursor.cursor
        with raw.copy(f"COPY {Claim._meta.db_table} ({quoted}) FROM STDIN") as copy:
            # COPY's text format, written a chunk per article: far faster than adapting each value in Python.
            for article_id in article_ids:
                lines = []
                for position in range(CLAIMS_PER_ARTICLE):
                    row = templates[row_number % ROW_TEMPLATES].copy()
                    row_number += 1
                    start = (position * 17) % 900
                    per_row = (article_id, position, start, start + 40, start, start + 60)
                    for slot, value in zip(slots, per_row, strict=False):
                        row[slot] = str(value)
                    row[slots[-1]] = f"Claim {article_id}-{position}: officials said {row_number % 500} were hurt."
                    lines.append("\t".join(row))
                copy.write("\n".join(lines) + "\n")
        cursor.execute(f"ANALYZE {Article._meta.db_table}")
        cursor.execute(f"ANALYZE {Claim._meta.db_table}")
    print(
        f"loaded {articles} articles and {len(article_ids) * CLAIMS_PER_ARTICLE} claims in "
        f"{time.perf_counter() - started:.1f} s (COPY)"
    )


def measure(runs: int) -> dict[str, list[float]]:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    user = get_user_model().objects.create_superuser(username="bench", password="bench-password-123", email="")
    client = Client()
    client.force_login(user)
    results: dict[str, list[float]] = {}
    for label, url in URLS.items():
        response = client.get(url)  # warm-up (and a correctness check)
        assert response.status_code == 200, (url, response.status_code)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
            captured = list(connection.queries[queries.initial_queries :])
        slowest = max(float(q["time"]) for q in captured) * 1000
        timings, cpu = [], []
        for _ in range(runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            assert response.status_code == 200
        results[label] = timings
        rows = response.content.decode().count('name="_selected_action"')
        print(
            f"{label:32s} median {statistics.median(timings):6.1f} ms"
            f" (min {min(timings):6.1f}, max {max(timings):6.1f})"
            f"  django cpu {statistics.median(cpu):6.1f} ms  rows {rows:3d}  queries {len(captured)}"
            f"  slowest query {slowest:5.1f} ms"
        )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if args.claims < CLAIMS_PER_ARTICLE or args.runs < 1:
        parser.error(f"--claims must be at least {CLAIMS_PER_ARTICLE} and --runs at least 1")

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{DB_NAME}"')
    try:
        os.environ.update(
            {
                "DATABASE_URL": f"{SERVER}/{DB_NAME}",
                "DJANGO_SETTINGS_MODULE": "config.settings.bench",
                "DJANGO_DEBUG": "false",
                "CELERY_BROKER_URL": "",
                "LOG_LEVEL": "WARNING",
            }
        )
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        call_command("migrate", verbosity=0)
        load(args.claims)
        results = measure(args.runs)
        connection.close()
    finally:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        print(f"dropped {DB_NAME}")
    worst = max(statistics.median(t) for t in results.values())
    print(f"worst median {worst:.1f} ms (goal < {GOAL_MS} ms): {'OK' if worst < GOAL_MS else 'OVER GOAL'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
