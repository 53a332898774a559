"""Loaded with ``-p tests.env_plugin`` before Django reads its settings (``config.settings.test``, pyproject.toml):
the services the suite runs on.

``DATABASE_URL`` and ``CELERY_BROKER_URL`` default to the local PostgreSQL and Redis. Before Django starts, each
is probed; for one that does not answer on this machine:

- under CI (``CI`` set): the run stops with one line naming it. CI provides its services (``.ci/run``); a
  throwaway server would hide a broken one.
- elsewhere, when the server binaries are installed (PostgreSQL's ``pg_ctl`` from ``PG_BINDIR``, ``PATH`` or
  Debian's /usr/lib/postgresql/*/bin; ``redis-server`` from ``PATH``): a throwaway server is started on a free
  port for the run (pytest-postgresql's executor, mirakuru for Redis), the variable is pointed at it, and it is
  stopped and deleted at the end. They start here, not in a fixture, because the settings read the URLs once.
- elsewhere without the binaries: PostgreSQL stops the run with one line saying what is missing and how to get
  it; without Redis the tests that need a broker are skipped with that line as the reason (``require_service``).
"""

import glob
import itertools
import os
import shutil
import socket
import stat
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/claimcheck"
DEFAULT_BROKER_URL = "redis://127.0.0.1:6379/0"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
PROBE_SECONDS = 1.0
START_SECONDS = 60

os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
os.environ.setdefault("CELERY_BROKER_URL", DEFAULT_BROKER_URL)


@dataclass
class Services:
    """What this run found and started. ``missing_broker`` is the reason broker tests skip ('' when none)."""

    started: list[str] = field(default_factory=list)
    missing_broker: str = ""
    stop: list[Callable[[], None]] = field(default_factory=list)


SERVICES = Services()


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=PROBE_SECONDS):
            return True
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _with_address(url: str, port: int) -> str:
    """``url`` pointing at 127.0.0.1:port, without a password (the throwaway servers trust local connections)."""
    parts = urlsplit(url)
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, f"{user}127.0.0.1:{port}", parts.path, parts.query, parts.fragment))


def _stopper(executor: Any, workdir: Path) -> Callable[[], None]:
    def stop() -> None:
        try:
            executor.stop()
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    return stop


def pg_ctl_path() -> str | None:
    """pg_ctl from PG_BINDIR when set (only there), else PATH, else the newest Debian server package."""
    if os.environ.get("PG_BINDIR"):
        candidate = Path(os.environ["PG_BINDIR"]) / "pg_ctl"
        return str(candidate) if candidate.is_file() else None
    found = shutil.which("pg_ctl")
    if found:
        return found
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    return debian[-1] if debian else None


def _start_postgresql(url: str, pg_ctl: str) -> str:
    """A throwaway PostgreSQL for this run; returns the URL to use. As root the server runs as ``postgres`` (initdb
    refuses root), through a wrapper script given to the executor in place of pg_ctl."""
    import psycopg
    from psycopg import sql
    from pytest_postgresql.executors import PostgreSQLExecutor

    parts = urlsplit(url)
    user = parts.username or "postgres"
    dbname = parts.path.lstrip("/") or "postgres"
    port = _free_port()
    workdir = Path(tempfile.mkdtemp(prefix="claimcheck-test-postgresql-"))
    executable = pg_ctl
    if os.geteuid() == 0:
        executable = str(workdir / "pg_ctl")
        Path(executable).write_text(f'#!/bin/sh\ncd / && exec runuser -u postgres -- "{pg_ctl}" "$@"\n')
        Path(executable).chmod(stat.S_IRWXU)
        shutil.chown(workdir, user="postgres", group="postgres")

    class ThrowawayExecutor(PostgreSQLExecutor):
        def _build_initdb_command(self, initdb_options: list[str], pgdata: str | None = None) -> list[str]:
            # Nothing of a throwaway cluster needs to survive a crash: no fsync in initdb (seconds saved).
            return super()._build_initdb_command([*initdb_options, "--no-sync"], pgdata=pgdata)

    executor = ThrowawayExecutor(
        executable=executable,
        host="127.0.0.1",
        port=port,
        datadir=str(workdir / "data"),
        unixsocketdir=str(workdir),
        logfile=str(workdir / "postgresql.log"),
        startparams="-w",
        postgres_options="-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
        dbname=dbname,
        user=user,
        timeout=START_SECONDS,
    )
    SERVICES.stop.append(_stopper(executor, workdir))
    executor.start()
    # The port opens before the server accepts sessions ("the database system is starting up").
    deadline = time.monotonic() + START_SECONDS
    while True:
        try:
            conn = psycopg.connect(host="127.0.0.1", port=port, user=user, dbname="postgres", autocommit=True)
            break
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    with conn:
        if dbname != "postgres":
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    return _with_address(url, port)


def _start_redis(url: str, redis_server: str) -> str:
    from mirakuru import TCPExecutor

    port = _free_port()
    workdir = Path(tempfile.mkdtemp(prefix="claimcheck-test-redis-"))
    command = [redis_server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"]
    command += ["--dir", str(workdir), "--logfile", str(workdir / "redis.log")]
    executor = TCPExecutor(command, host="127.0.0.1", port=port, timeout=START_SECONDS, stdout=subprocess.DEVNULL)
    SERVICES.stop.append(_stopper(executor, workdir))
    executor.start()
    return _with_address(url, port)


@dataclass(frozen=True)
class Missing:
    """A service that does not answer and was not stood in for: ``why`` is ci, remote, binaries or the error."""

    name: str
    address: str
    variable: str
    package: str
    why: str


def _check(variable: str, name: str, default_port: int, binary: str | None, package: str) -> Missing | None:
    """None when the service in ``variable`` answers or a throwaway one now stands in for it."""
    url = os.environ[variable]
    parts = urlsplit(url)
    host, port = parts.hostname or "", parts.port or default_port
    if not host or _reachable(host, port):
        return None  # a Unix socket (no host) is left to the client
    missing = Missing(name, f"{host}:{port}", variable, package, why="")
    if IN_CI:
        return replace(missing, why="ci")
    if host not in LOCAL_HOSTS:
        return replace(missing, why="remote")
    if binary is None:
        return replace(missing, why="binaries")
    try:
        started = (_start_postgresql if name == "PostgreSQL" else _start_redis)(url, binary)
    except Exception as exc:
        return replace(missing, why=f"a throwaway server from {binary} did not start: {type(exc).__name__}: {exc}")
    os.environ[variable] = started
    SERVICES.started.append(f"{name}: nothing at {host}:{port}, a throwaway server for this run at {started}")
    return None


def missing_line(missing: list[Missing]) -> str:
    """One line: what does not answer, and how to get it."""
    parts = []
    for why, group in itertools.groupby(sorted(missing, key=lambda m: m.why), key=lambda m: m.why):
        services = list(group)
        first, *others = services
        where = f"{first.name} is not reachable at {first.address} ({first.variable})"
        where += "".join(f" nor {m.name} at {m.address} ({m.variable})" for m in others)
        them = "them" if others else "it"
        if why == "ci":
            parts.append(
                f"{where}: under CI the suite runs on the services CI starts (.ci/run), never on throwaway ones"
            )
        elif why == "remote":
            parts.append(f"{where}: start {them}, or unset {' and '.join(m.variable for m in services)}")
        elif why == "binaries":
            packages = " ".join(m.package for m in services)
            parts.append(
                f"{where}, and the server binaries are not installed: `docker compose up -d` (compose.yaml) starts "
                f"{them}, or `apt-get install {packages}` and the tests start throwaway ones"
            )
        else:
            parts.extend(f"{where} ({m.why})" for m in services)
    return "; ".join(parts)


def stop_services() -> None:
    """Stops the throwaway servers, each one even when stopping another failed."""
    errors = []
    while SERVICES.stop:
        try:
            SERVICES.stop.pop()()
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config: pytest.Config) -> None:
    early_config.add_cleanup(stop_services)
    database = None
    if urlsplit(os.environ["DATABASE_URL"]).scheme.startswith("postgres"):
        database = _check("DATABASE_URL", "PostgreSQL", 5432, pg_ctl_path(), "postgresql")
    broker = _check("CELERY_BROKER_URL", "Redis", 6379, shutil.which("redis-server"), "redis-server")
    # Without PostgreSQL nothing runs; without Redis only the broker tests skip, except under CI.
    fatal = [m for m in (database, broker if (database or IN_CI) else None) if m]
    if fatal:
        stop_services()
        raise pytest.UsageError(missing_line(fatal))
    SERVICES.missing_broker = missing_line([broker]) if broker else ""


def pytest_report_header() -> list[str]:
    skipped = [f"{SERVICES.missing_broker}: the tests that need a broker skip"] if SERVICES.missing_broker else []
    return SERVICES.started + skipped
