"""Source tests: one loopback HTTP server for the session, reachable by the fetch guard on its port only.

The server is bound when this module is imported (at collection, before any fixture), so its port can be handed
to the shared Celery worker through ``WORKER_EXTRA_ENV``; it starts serving with the ``http_server`` fixture.
"""

import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sources.fetch import FetchPolicy
from tests.sources.http_server import TestHTTPServer
from tests.worker import WORKER_EXTRA_ENV

SERVER = TestHTTPServer()
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="cc-sources-media-"))
WORKER_EXTRA_ENV["SOURCES_FETCH_TEST_LOOPBACK_PORTS"] = str(SERVER.port)
WORKER_EXTRA_ENV["DJANGO_MEDIA_ROOT"] = str(MEDIA_ROOT)
# Quick retries so a test sees a retried check finish.
WORKER_EXTRA_ENV["SOURCES_CHECK_RETRY_BASE_SECONDS"] = "1"


@pytest.fixture(scope="session")
def http_server() -> Iterator[TestHTTPServer]:
    SERVER.start()
    yield SERVER
    SERVER.stop()


@pytest.fixture
def server(http_server: TestHTTPServer, settings) -> Iterator[TestHTTPServer]:  # type: ignore[no-untyped-def]
    """The test server, reset, with this process's guard allowing its port (and only its port) on loopback."""
    http_server.reset()
    settings.SOURCES_FETCH_TEST_LOOPBACK_PORTS = [http_server.port]
    settings.MEDIA_ROOT = MEDIA_ROOT
    settings.SOURCES_CHECK_RETRY_BASE_SECONDS = 1
    yield http_server
    http_server.reset()


@pytest.fixture
def loopback_policy(http_server: TestHTTPServer) -> FetchPolicy:
    return FetchPolicy(allow_loopback=True, loopback_ports=frozenset({http_server.port}))


@pytest.fixture
def connections(monkeypatch) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """Every outbound TCP connection attempt made from Python sockets, recorded (and still made)."""
    attempts: list[tuple[str, int]] = []
    real_connect = socket.socket.connect

    def connect(self, address):  # type: ignore[no-untyped-def]
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append((str(address[0]), int(address[1])))
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return attempts
