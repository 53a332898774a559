"""The services `make test` runs on (tests/env_plugin.py), seen from a pytest run in a subprocess: a missing server
is told in one line, a throwaway one stands in when its binaries are installed, and under CI a missing one fails
the run. Each run collects one small probe test, so no test database is built."""

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from tests.env_plugin import DEFAULT_BROKER_URL, DEFAULT_DATABASE_URL, pg_ctl_path

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import json
import os
from pathlib import Path

import psycopg
import redis
from django.conf import settings


def test_the_services_answer():
    db = settings.DATABASES["default"]
    with psycopg.connect(host=db["HOST"], port=db["PORT"], user=db["USER"], dbname=db["NAME"]) as conn:
        assert conn.execute("select 1").fetchone() == (1,)
    assert redis.Redis.from_url(settings.CELERY_BROKER_URL).ping()
    urls = [os.environ["DATABASE_URL"], os.environ["CELERY_BROKER_URL"]]
    Path(os.environ["PROBE_OUT"]).write_text(json.dumps(urls))
"""
# The variables of the outer run that would leak into the inner one.
OUTER = {
    "CI",
    "DATABASE_URL",
    "CELERY_BROKER_URL",
    "PG_BINDIR",
    "TEST_DATABASE_NAME",
    "CELERY_TASK_DEFAULT_QUEUE",
    "DJANGO_SETTINGS_MODULE",
}


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def run_pytest(tmp_path: Path, *options: str, **env: str) -> subprocess.CompletedProcess[str]:
    probe = tmp_path / "test_probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    environ = {k: v for k, v in os.environ.items() if k not in OUTER}
    environ.update(PROBE_OUT=str(tmp_path / "urls.json"), **env)
    # The project's pytest configuration (tests.env_plugin, the settings) for a probe outside the tree.
    config = [f"--rootdir={ROOT}", "-c", str(ROOT / "pyproject.toml"), "-p", "no:cacheprovider"]
    return subprocess.run(
        [sys.executable, "-m", "pytest", *config, *options, str(probe)],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=240,
    )


@pytest.fixture
def nowhere(tmp_path: Path) -> dict[str, str]:
    """URLs of servers that are not there, and no server binaries to be found."""
    empty = tmp_path / "empty"
    empty.mkdir()
    return {
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{unused_port()}/claimcheck",
        "CELERY_BROKER_URL": f"redis://127.0.0.1:{unused_port()}/0",
        "PG_BINDIR": str(empty),
        "PATH": str(empty),
    }


def test_without_the_servers_or_their_binaries_the_run_stops_with_one_line(tmp_path, nowhere):
    result = run_pytest(tmp_path, **nowhere)

    db_port = nowhere["DATABASE_URL"].split(":")[2].split("/")[0]
    broker_port = nowhere["CELERY_BROKER_URL"].split(":")[2].split("/")[0]
    assert (result.returncode, result.stdout) == (4, "")
    assert result.stderr.splitlines() == [
        f"ERROR: PostgreSQL is not reachable at 127.0.0.1:{db_port} (DATABASE_URL) nor Redis at "
        f"127.0.0.1:{broker_port} (CELERY_BROKER_URL), and the server binaries are not installed: "
        "`docker compose up -d` (compose.yaml) starts them, or `apt-get install postgresql redis-server` and the "
        "tests start throwaway ones",
        "",
    ]


def test_without_redis_or_its_binary_the_broker_tests_skip_and_the_header_says_why(tmp_path, nowhere):
    broker = nowhere["CELERY_BROKER_URL"]
    port = broker.split(":")[2].split("/")[0]
    # The outer run's database answers (PATH has no redis-server, PG_BINDIR no pg_ctl).
    result = run_pytest(tmp_path, "-k", "no_such_test", **{**nowhere, "DATABASE_URL": os.environ["DATABASE_URL"]})

    assert result.returncode == 5, result.stderr  # no test selected: the run itself went ahead
    assert (
        f"Redis is not reachable at 127.0.0.1:{port} (CELERY_BROKER_URL), and the server binaries are not installed: "
        "`docker compose up -d` (compose.yaml) starts it, or `apt-get install redis-server` and the tests start "
        "throwaway ones: the tests that need a broker skip"
    ) in result.stdout.splitlines()


@pytest.mark.skipif(pg_ctl_path() is None, reason="needs PostgreSQL's server binaries (pg_ctl)")
def test_under_ci_a_missing_server_fails_the_run_and_no_throwaway_one_starts(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    db_port, broker_port = unused_port(), unused_port()

    result = run_pytest(
        tmp_path,
        CI="true",
        TMPDIR=str(scratch),
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{db_port}/claimcheck",
        CELERY_BROKER_URL=f"redis://127.0.0.1:{broker_port}/0",
    )

    assert (result.returncode, result.stdout) == (4, "")
    assert result.stderr.splitlines() == [
        f"ERROR: PostgreSQL is not reachable at 127.0.0.1:{db_port} (DATABASE_URL) nor Redis at "
        f"127.0.0.1:{broker_port} (CELERY_BROKER_URL): under CI the suite runs on the services CI starts "
        "(.ci/run), never on throwaway ones",
        "",
    ]
    assert list(scratch.iterdir()) == []


@pytest.mark.skipif(
    pg_ctl_path() is None or shutil.which("redis-server") is None, reason="needs pg_ctl and redis-server"
)
def test_with_the_binaries_throwaway_servers_serve_the_run_and_are_gone_after(tmp_path):
    db_port, broker_port = unused_port(), unused_port()

    result = run_pytest(
        tmp_path,
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{db_port}/claimcheck",
        CELERY_BROKER_URL=f"redis://127.0.0.1:{broker_port}/0",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    database_url, broker_url = json.loads((tmp_path / "urls.json").read_text())
    started_db = int(database_url.split(":")[2].split("/")[0])
    started_broker = int(broker_url.split(":")[2].split("/")[0])
    assert (database_url, broker_url) == (
        f"postgres://postgres@127.0.0.1:{started_db}/claimcheck",
        f"redis://127.0.0.1:{started_broker}/0",
    )
    assert [line for line in result.stdout.splitlines() if "throwaway" in line] == [
        f"PostgreSQL: nothing at 127.0.0.1:{db_port}, a throwaway server for this run at {database_url}",
        f"Redis: nothing at 127.0.0.1:{broker_port}, a throwaway server for this run at {broker_url}",
    ]
    assert (listening(started_db), listening(started_broker)) == (False, False)


def test_compose_serves_postgresql_and_redis_where_the_suite_looks_by_default():
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    database, broker = urlsplit(DEFAULT_DATABASE_URL), urlsplit(DEFAULT_BROKER_URL)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")

    postgres, redis = compose["services"]["postgres"], compose["services"]["redis"]
    assert postgres["ports"] == [f"{database.hostname}:{database.port}:5432"]
    assert postgres["environment"] == {
        "POSTGRES_USER": database.username,
        "POSTGRES_DB": database.path.lstrip("/"),
        "POSTGRES_HOST_AUTH_METHOD": "trust",
    }
    assert redis["ports"] == [f"{broker.hostname}:{broker.port}:6379"]
    # `make test` passes the same URLs.
    assert f"TEST_DATABASE_URL ?= {DEFAULT_DATABASE_URL}\n" in makefile
    assert f"TEST_BROKER_URL ?= {DEFAULT_BROKER_URL}\n" in makefile
