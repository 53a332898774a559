import json
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from rest_framework.test import APIClient

from claims.retrieval import encoder
from config.celery import app as celery_app
from tests.env_plugin import IN_CI, SERVICES
from tests.worker import WORKER_EXTRA_ENV, WorkerProcess, run_queues
from verifier.models import TokenScope
from verifier.tokens import api_token_create

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
ARTIFACTS = ROOT / "artifacts"
WORKER_DRAIN_SECONDS = 30


def require_service(name: str, reason: str) -> None:
    """A missing service fails the run under CI and skips the test elsewhere."""
    message = f"{name} unavailable: {reason}"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``postgres_only`` are skipped, with the reason, on any other backend (docs/testing.md)."""
    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason=f"needs PostgreSQL, this run is on {connection.vendor} (docs/testing.md)")
    for item in items:
        if item.get_closest_marker("postgres_only"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):  # type: ignore[no-untyped-def]
    """On SQLite the test database is a file in this session's temporary directory (not Django's in-memory
    default), so the live workers the tests start open the same database."""
    params = settings.DATABASES["default"]
    if params["ENGINE"] != "django.db.backends.sqlite3":
        return
    name = Path((params.get("TEST") or {}).get("NAME") or "test").name
    params.setdefault("TEST", {})["NAME"] = str(tmp_path_factory.getbasetemp() / f"{name}.sqlite3")


@pytest.fixture(scope="session")
def redis_client() -> redis.Redis:
    client = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    try:
        client.ping()
    except redis.RedisError as exc:
        # The plugin's line says what is missing and how to get it; otherwise the client's error.
        require_service("Redis", SERVICES.missing_broker or str(exc))
    return client


@pytest.fixture(autouse=True)
def _eager_celery(request):  # type: ignore[no-untyped-def]
    """Tasks run in-process unless the test uses a live worker (``celery_worker``) or asks for the broker."""
    live = "celery_worker" in request.fixturenames or request.node.get_closest_marker("worker")
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = not live
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture(scope="session")
def celery_worker(django_db_setup, django_db_blocker, redis_client, tmp_path_factory):  # type: ignore[no-untyped-def]
    """A real worker on Redis, consuming this session's queue, reading the test database.

    Tests using it must be ``django_db(transaction=True)``: the worker only sees committed rows.
    """
    queue = settings.CELERY_TASK_DEFAULT_QUEUE
    log_path = ARTIFACTS / "logs" / f"worker-{queue}.log"
    log_path.unlink(missing_ok=True)
    worker = WorkerProcess(
        queue=queue, broker_url=settings.CELERY_BROKER_URL, log_path=log_path, env=dict(WORKER_EXTRA_ENV)
    )
    with django_db_blocker.unblock():
        worker.start()
    yield worker
    worker.stop()
    redis_client.delete(*run_queues(queue))


def _worker_busy(client: redis.Redis, queue: str) -> bool:
    """True while the run's queues hold messages or a worker holds an unacknowledged message of one of them."""
    queues = run_queues(queue)
    if any(client.llen(name) for name in queues):
        return True
    for raw in client.hvals("unacked"):
        try:
            _, _, routing_key = json.loads(raw)
        except (ValueError, TypeError):
            continue
        if routing_key in queues:
            return True
    return False


@pytest.fixture(autouse=True)
def _drain_live_worker(request):  # type: ignore[no-untyped-def]
    """After a test that used the shared worker, wait until it is idle (bounded), so no job of that test is still
    holding row locks when pytest-django truncates the tables for the next one."""
    yield
    if "celery_worker" not in request.fixturenames:
        return
    client = request.getfixturevalue("redis_client")
    queue = settings.CELERY_TASK_DEFAULT_QUEUE
    deadline = time.monotonic() + WORKER_DRAIN_SECONDS
    while _worker_busy(client, queue) and time.monotonic() < deadline:
        time.sleep(0.1)


@pytest.fixture(params=["full", "lexical"])
def retrieval_mode(request):  # type: ignore[no-untyped-def]
    """The retrieval (fact-check matching, claim clusters) with the sentence encoder ("full"; skipped when it is
    not installed) and as the embedded default without it ("lexical")."""
    if request.param == "full" and not encoder.available():
        pytest.skip("the sentence encoder extra is not installed")
    encoder.disable_for_tests(request.param == "lexical")
    yield request.param
    encoder.disable_for_tests(False)


@pytest.fixture
def kidal_text() -> str:
    path = SHARED_DATA / "kidal-article.txt"
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing under CI")
        pytest.skip(f"{path} is absent")
    return path.read_text(encoding="utf-8")


@pytest.fixture
def user(db):  # type: ignore[no-untyped-def]
    return get_user_model().objects.create_user(username="newsroom-cms", password="unused-password-123")


@pytest.fixture
def write_token(user) -> str:  # type: ignore[no-untyped-def]
    return api_token_create(user=user, scope=TokenScope.WRITE, name="tests")[1]


@pytest.fixture
def read_token(user) -> str:  # type: ignore[no-untyped-def]
    return api_token_create(user=user, scope=TokenScope.READ, name="tests")[1]


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def write_client(write_token) -> APIClient:  # type: ignore[no-untyped-def]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {write_token}")
    return client


@pytest.fixture
def read_client(read_token) -> APIClient:  # type: ignore[no-untyped-def]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {read_token}")
    return client
