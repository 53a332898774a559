"""manage.py fetch_source: snapshot fields, refusals (exit 2) and network failures (exit 1), in a subprocess."""

import io
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, loopback_port: int | None = None) -> subprocess.CompletedProcess[str]:
    """The command in-process (the ``server`` fixture's settings allow its port): (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        call_command("fetch_source", *args, stdout=out, stderr=err)
    except SystemExit as exc:
        code = int(exc.code or 0)
    return subprocess.CompletedProcess(["fetch_source", *args], code, out.getvalue(), err.getvalue())


def _subprocess(*args: str, loopback_port: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCES_FETCH_TEST_LOOPBACK_PORTS": str(loopback_port or "")}
    return subprocess.run(
        [sys.executable, "manage.py", "fetch_source", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_json_output_has_the_snapshot_fields(server) -> None:  # type: ignore[no-untyped-def]
    from tests.sources.http_server import article_html
    from tests.sources.test_checks import PARAGRAPHS

    server.pages["cmd"] = article_html("Council statement", PARAGRAPHS)
    result = _run("--json", server.url("/redirect?to=/page/cmd"), loopback_port=server.port)
    assert (result.returncode, result.stderr) == (0, "")
    payload = json.loads(result.stdout)
    assert sorted(payload) == sorted(
        [
            "url",
            "final_url",
            "redirects",
            "status_code",
            "content_type",
            "bytes",
            "sha256",
            "text_sha256",
            "headers",
            "fetched_at",
            "elapsed_seconds",
            "text",
        ]
    )
    body = server.pages["cmd"].encode()
    import hashlib

    assert (payload["final_url"], payload["redirects"], payload["status_code"]) == (
        server.url("/page/cmd"),
        [server.url("/redirect?to=/page/cmd")],
        200,
    )
    assert (payload["bytes"], payload["sha256"]) == (len(body), hashlib.sha256(body).hexdigest())
    assert payload["text"] == "\n".join(["Council statement", *PARAGRAPHS])


def test_plain_output(server) -> None:  # type: ignore[no-untyped-def]
    result = _run(server.url("/json"), loopback_port=server.port)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[:5] == [
        f"url: {server.url('/json')}",
        f"final_url: {server.url('/json')}",
        "redirects: []",
        "status_code: 200",
        "content_type: application/json",
    ]
    assert lines[-4:] == ["text:", "{", ' "ok": true', "}"]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://0x7f.1/", "refused: loopback: 0x7f.1 is a non-canonical spelling of 127.0.0.1 (http://0x7f.1/)\n"),
        (
            "http://169.254.169.254/",
            "refused: metadata: 169.254.169.254 -> 169.254.169.254 (http://169.254.169.254/)\n",
        ),
        ("file:///etc/passwd", "refused: scheme: scheme 'file' is not http or https (file:///etc/passwd)\n"),
    ],
)
def test_refusal_exits_2(url, message, settings) -> None:  # type: ignore[no-untyped-def]
    settings.SOURCES_FETCH_TEST_LOOPBACK_PORTS = []
    result = _run(url)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", message)


def test_refusal_json(server) -> None:  # type: ignore[no-untyped-def]
    target = "http://127.0.0.1:6379/"
    result = _run("--json", server.url(f"/redirect?to={target}"), loopback_port=server.port)
    assert result.returncode == 2
    assert json.loads(result.stdout) == {
        "url": server.url(f"/redirect?to={target}"),
        "refused": True,
        "reason": "loopback",
        "detail": "127.0.0.1 port 6379 is not an allowed loopback port",
        "at": target,
    }


def test_network_failure_exits_1(server) -> None:  # type: ignore[no-untyped-def]
    result = _run(server.url("/big?mb=50"), loopback_port=server.port)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"failed: too_large: Content-Length 52428800 exceeds 5242880 bytes ({server.url('/big?mb=50')})\n"
    )


def test_exit_status_of_the_real_process() -> None:
    result = _subprocess("http://[::ffff:127.0.0.1]/")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "refused: ipv4_mapped_loopback: ::ffff:127.0.0.1 -> ::ffff:7f00:1 (http://[::ffff:127.0.0.1]/)\n"
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://example.com:6379/", "refused: port: port 6379 is not allowed (http://example.com:6379/)\n"),
        (
            "http://user:secret@example.com/",
            "refused: credentials: credentials in the URL are not allowed (http://user:secret@example.com/)\n",
        ),
        ("gopher://example.com/", "refused: scheme: scheme 'gopher' is not http or https (gopher://example.com/)\n"),
        ("http://localhost./", "refused: loopback: localhost -> 127.0.0.1 (http://localhost./)\n"),
    ],
)
def test_refusal_needs_no_dns_lookup(url, message, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    settings.SOURCES_FETCH_TEST_LOOPBACK_PORTS = []
    lookups: list[object] = []

    def getaddrinfo(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        lookups.append(host)
        raise OSError("no DNS in this test")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    result = _run(url)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", message)
    assert lookups == []
