"""Database connection options from the environment: prepared statements on PostgreSQL unless switched off; a test
database name of its own only under the test settings."""

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

from claims.models import Claim

ROOT = Path(__file__).resolve().parent.parent
PRINT_DATABASE = (
    "import json, django; django.setup(); from django.conf import settings; "
    "d = settings.DATABASES['default']; "
    "print(json.dumps({'OPTIONS': d.get('OPTIONS', {}), 'TEST_NAME': d.get('TEST', {}).get('NAME')}))"
)
POSTGRES = "postgres://postgres@127.0.0.1:5432/claimcheck"


def database_settings(module: str = "config.settings.local", **overrides: str) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "TEST_DATABASE"))}
    env.update(DJANGO_SETTINGS_MODULE=module, **overrides)
    result = subprocess.run(
        [sys.executable, "-c", PRINT_DATABASE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def database_options(**overrides: str) -> dict[str, object]:
    return database_settings(**overrides)["OPTIONS"]


def test_postgresql_binds_parameters_on_the_server_and_prepares_repeated_statements():
    options = database_options(DATABASE_URL=POSTGRES)

    assert options == {"prepare_threshold": 5, "server_side_binding": True}


def test_prepared_statements_can_be_switched_off_for_a_transaction_pooler():
    options = database_options(DATABASE_URL=POSTGRES, DATABASE_PREPARED_STATEMENTS="false")

    assert options == {}


def test_the_embedded_sqlite_default_queues_writers_for_its_lock(tmp_path):
    options = database_options(DATABASE_URL=f"sqlite:///{tmp_path / 'options.sqlite3'}")

    assert options == {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }


def test_only_the_test_settings_read_the_test_database_name():
    env = {"DATABASE_URL": POSTGRES, "TEST_DATABASE_NAME": "test_h_elsewhere"}

    assert database_settings("config.settings.test", **env)["TEST_NAME"] == "test_h_elsewhere"
    assert database_settings("config.settings.local", **env)["TEST_NAME"] is None


@pytest.mark.postgres_only
@pytest.mark.django_db
def test_a_statement_run_five_times_is_prepared_on_the_connection():
    if connection.settings_dict["OPTIONS"].get("prepare_threshold") is None:
        pytest.skip("DATABASE_PREPARED_STATEMENTS is off in this environment")

    def prepared() -> set[str]:
        with connection.cursor() as cursor:
            cursor.execute("SELECT statement FROM pg_prepared_statements")
            return {row[0] for row in cursor.fetchall()}

    query = Claim.objects.filter(status="published", claim_type="casualty").values_list("id")
    assert not any("claims_claim" in statement for statement in prepared())
    for _ in range(6):
        list(query.all())  # a fresh queryset each time: a new query

    # One statement, prepared once, its filter values bound by the server as parameters (not in the SQL text).
    (statement,) = [statement for statement in prepared() if "claims_claim" in statement]
    assert ("$1" in statement, "$2" in statement, "published" in statement, "casualty" in statement) == (
        True,
        True,
        False,
        False,
    )
