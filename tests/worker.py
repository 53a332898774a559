"""A real Celery worker in a subprocess, on the test process's settings module and test database. Used by
integration and fault tests."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection

from config.settings.base import celery_task_routes

ROOT = Path(__file__).resolve().parent.parent
READY_MARKER = "ready."
# Extra environment for the session's shared worker (the ``celery_worker`` fixture). A test package's conftest
# may add entries at import time (collection runs before any fixture), e.g. the fetch guard's test loopback port.
WORKER_EXTRA_ENV: dict[str, str] = {}


def test_database_url() -> str:
    """URL of the database pytest-django created, for processes outside the test process."""
    params = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{params['NAME']}"
    host = params.get("HOST") or "127.0.0.1"
    port = params.get("PORT") or 5432
    user = params.get("USER") or "postgres"
    password = f":{params['PASSWORD']}" if params.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{host}:{port}/{params['NAME']}"


@contextmanager
def routed_to(queue: str) -> Iterator[list[str]]:
    """Route this process's jobs to the named work queues of ``queue`` ("<queue>.extraction"...) instead of the run's,
    so the session's shared worker never takes them; yields ``run_queues(queue)``. A worker started with
    ``WorkerProcess(queue=queue)`` routes (and consumes) the same."""
    from config.celery import app

    def use(routes: Any) -> None:
        app.conf.update(task_routes=routes)
        app.amqp.flush_routes()
        app.amqp.__dict__.pop("router", None)  # a cached property holding the previous routes

    previous = app.conf.task_routes
    use(celery_task_routes(prefix=f"{queue}."))
    try:
        yield run_queues(queue)
    finally:
        use(previous)


def run_queues(queue: str) -> list[str]:
    """The test run's default queue and its named work queues (``config.settings.test``)."""
    return [queue, *(f"{queue}.{name}" for name in settings.CELERY_WORK_QUEUES)]


class WorkerProcess:
    """``celery worker`` (solo pool unless asked) on the test run's settings whose default queue is ``queue``,
    consuming ``consume`` (default: that queue and its named work queues). ``start()`` returns once it is ready."""

    def __init__(
        self,
        *,
        queue: str,
        broker_url: str,
        log_path: Path,
        env: dict[str, str] | None = None,
        pool: str = "solo",
        concurrency: int = 1,
        consume: list[str] | None = None,
        name: str | None = None,
    ) -> None:
        self.queue = queue
        self.consume = consume or run_queues(queue)
        self.name = name or queue
        self.broker_url = broker_url
        self.log_path = log_path
        self.extra_env = env or {}
        self.pool = pool
        self.concurrency = concurrency
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60.0) -> "WorkerProcess":
        env = {
            **os.environ,
            # The worker loads the settings this process runs on (config.settings.test), whatever the environment.
            "DJANGO_SETTINGS_MODULE": settings.SETTINGS_MODULE,
            "DATABASE_URL": test_database_url(),
            "CELERY_BROKER_URL": self.broker_url,
            "CELERY_TASK_DEFAULT_QUEUE": self.queue,
            **self.extra_env,
        }
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "config",
                "worker",
                "-P",
                self.pool,
                "-c",
                str(self.concurrency),
                "-Q",
                ",".join(self.consume),
                "-l",
                "INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-n",
                f"{self.name}@%h",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if READY_MARKER in self.log():
                return self
            if self.process.poll() is not None:
                raise RuntimeError(f"Celery worker exited early:\n{self.log()}")
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"Celery worker not ready after {timeout}s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, sig)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.kill()

    def __enter__(self) -> "WorkerProcess":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def wait_for(predicate: Any, *, timeout: float = 60.0, interval: float = 0.2, message: str = "condition") -> Any:
    """Poll ``predicate`` until it returns something truthy; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out after {timeout}s waiting for {message}")
        time.sleep(interval)
