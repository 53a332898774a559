"""Fixtures for the API tests: rows made directly (no extraction), users with roles, a webhook receiver."""

import json
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from rest_framework.test import APIClient

from claims.models import Article, Claim
from tests.factories import ClaimFactory, NewsArticleFactory
from verifier.models import TokenScope
from verifier.tokens import api_token_create

ARTICLE_TEXT = (
    "Officials said the bridge reopened on Monday. Drones struck the Kidal base, killing 12 people, "
    "according to the army. The rebels denied the attack."
)


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):  # type: ignore[no-untyped-def]
    """Users are made in nearly every test here; their passwords are never checked."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def article(db) -> Article:  # type: ignore[no-untyped-def]
    return NewsArticleFactory.create(text=ARTICLE_TEXT)


@pytest.fixture
def claims(article) -> list[Claim]:  # type: ignore[no-untyped-def]
    """Three claims of one article: an event, a casualty claim by the army, a denial by the rebels."""
    return [
        ClaimFactory.create(
            article=article,
            position=0,
            start=0,
            end=45,
            claim_type="event",
            claimers=["Officials"],
            event_date=date(2024, 4, 29),
        ),
        ClaimFactory.create(
            article=article,
            position=1,
            start=46,
            end=117,
            claim_type="casualty",
            claimers=["the army"],
            targets=["Kidal base"],
            entities=[{"text": "Kidal", "label": "GPE", "start": 64, "end": 69}],
            hedge="unconfirmed",
            score=0.9,
        ),
        ClaimFactory.create(
            article=article,
            position=2,
            start=118,
            end=147,
            claim_type="accusation",
            claimers=["The rebels"],
            hedge="denied",
            score=0.4,
        ),
    ]


def user_with_role(username: str, role: str | None) -> Any:
    user = get_user_model().objects.create_user(username=username, password="unused-password-123")
    if role:
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    return user


def client_for(user: Any, scope: str = TokenScope.WRITE) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_token_create(user=user, scope=scope)[1]}")
    return client


@pytest.fixture
def checker_client(db) -> APIClient:  # type: ignore[no-untyped-def]
    return client_for(user_with_role("checker", "fact-checker"))


@pytest.fixture
def editor_client(db) -> APIClient:  # type: ignore[no-untyped-def]
    return client_for(user_with_role("editor", "editor"))


class Receiver(ThreadingHTTPServer):
    """Records POSTs (path, headers, raw body); answers ``statuses`` in turn (the last one repeats)."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _ReceiverHandler)
        self.received: list[dict[str, Any]] = []
        self.statuses: list[int] = [204]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hook"


class _ReceiverHandler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.received.append({"path": self.path, "headers": dict(self.headers), "body": body})
        status = self.server.statuses[min(len(self.server.received), len(self.server.statuses)) - 1]
        self.send_response(status)
        payload = json.dumps({"ok": status < 300}).encode()
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def receiver(settings) -> Iterator[Receiver]:  # type: ignore[no-untyped-def]
    server = Receiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    settings.SOURCES_FETCH_TEST_LOOPBACK_PORTS = [port]
    yield server
    server.shutdown()
    server.server_close()
