"""A threaded HTTP server on loopback (ephemeral port) standing in for the web in source tests and the bench.

Routes:
    /page/<name>           an HTML article page; its text comes from ``server.pages[name]`` (set by tests), or a
                           generated ~``size`` byte article (``?size=`` bytes, default 60 KB) when not set
    /pdf/<name>            application/pdf: ``server.pdfs[name]`` (bytes, e.g. from ``minimal_pdf``)
    /changing              HTML whose main text changes on every fetch (counter in the text)
    /redirect?to=URL       302 to URL;  /redirect/<n>  a chain of n redirects ending at /page/final
    /status/<code>         an HTML body with that status (404, 410, 500, 429, ...)
    /drip?seconds=S        text/plain, one byte every 0.1 s for S seconds
    /big?mb=N              a generated N MB text/plain body (never stored), Content-Length set
    /big-chunked?mb=N      the same, chunked without Content-Length
    /gzip-bomb?mb=N        N MB of zeros, gzip-encoded (a small body that decodes large)
    /binary                application/octet-stream
    /json                  application/json
Every request is recorded in ``server.requests`` as (method, path, host header).
"""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

WORDS = [
    "the",
    "council",
    "said",
    "on",
    "tuesday",
    "that",
    "reconstruction",
    "of",
    "the",
    "northern",
    "district",
    "would",
    "begin",
    "after",
    "the",
    "rainy",
    "season",
    "while",
    "independent",
    "monitors",
    "reported",
    "that",
    "several",
    "villages",
    "remained",
    "without",
    "water",
    "and",
    "that",
    "aid",
    "convoys",
    "had",
    "been",
    "delayed",
    "at",
    "checkpoints",
    "for",
    "more",
    "than",
    "a",
    "week",
    "according",
    "to",
    "local",
    "officials",
]


def article_html(title: str, paragraphs: list[str], *, noise: str = "") -> str:
    """A page with navigation/footer boilerplate around the article, like a news site."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        f'<meta name="generator" content="{noise}"></head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/about">About us</a></nav>'
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer>Copyright 2024 Example News. Render id {noise}</footer></body></html>"
    )


def minimal_pdf(pages: list[str]) -> bytes:
    """A valid PDF with one line of Helvetica text per page, written by hand (no PDF library involved)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * n} 0 R" for n in range(len(pages)))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    font = 3 + 2 * len(pages)
    for n, text in enumerate(pages):
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = f"BT /F1 12 Tf 72 720 Td ({escaped}) Tj ET".encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * n} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def generated_article(name: str, size: int) -> str:
    paragraphs: list[str] = []
    total = 0
    index = sum(map(ord, name))
    while total < size:
        words = [WORDS[(index + i * 7) % len(WORDS)] for i in range(80)]
        paragraph = f"Paragraph {len(paragraphs) + 1} of {name}: " + " ".join(words).capitalize() + "."
        paragraphs.append(paragraph)
        total += len(paragraph) + 7
        index += 13
    return article_html(f"Report {name}", paragraphs)


class _Handler(BaseHTTPRequestHandler):
    server: TestHTTPServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.server.bodies.append(self.rfile.read(length))
        self.do_GET()

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        path = parts.path
        self.server.record(self.command, self.path, self.headers.get("Host", ""))
        html = "text/html; charset=utf-8"
        if path.startswith("/page/"):
            name = path.removeprefix("/page/")
            page = self.server.pages.get(name)
            if page is None:
                page = generated_article(name, int(query.get("size", 60_000)))
            status = self.server.statuses.get(name, 200)
            self._send(status, page.encode(), html)
        elif path.startswith("/pdf/"):
            self._send(200, self.server.pdfs[path.removeprefix("/pdf/")], "application/pdf")
        elif path == "/changing":
            count = self.server.bump("changing")
            page = article_html("Changing page", [f"This report was revised {count} times. " + " ".join(WORDS)])
            self._send(200, page.encode(), html)
        elif path == "/redirect":
            self._send(302, b"", "text/plain", {"Location": query["to"]})
        elif path.startswith("/redirect/"):
            left = int(path.rsplit("/", 1)[1])
            target = "/page/final" if left <= 1 else f"/redirect/{left - 1}"
            self._send(302, b"", "text/plain", {"Location": target})
        elif path.startswith("/status/"):
            code = int(path.rsplit("/", 1)[1])
            headers = {"Retry-After": "1"} if code == 429 else {}
            self._send(code, f"<html><body><p>Status {code}</p></body></html>".encode(), html, headers)
        elif path == "/drip":
            seconds = float(query.get("seconds", 5))
            count = int(seconds / 0.1)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(count))
            self.end_headers()
            try:
                for _ in range(count):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                return
        elif path in {"/big", "/big-chunked"}:
            size = int(float(query.get("mb", 50)) * 1024 * 1024)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            chunked = path == "/big-chunked"
            if chunked:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(size))
            self.end_headers()
            block = b"a" * 65536
            sent = 0
            try:
                while sent < size:
                    piece = block[: min(len(block), size - sent)]
                    if chunked:
                        self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                    else:
                        self.wfile.write(piece)
                    sent += len(piece)
                if chunked:
                    self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                return
        elif path == "/gzip-bomb":
            size = int(float(query.get("mb", 50)) * 1024 * 1024)
            body = gzip.compress(b"\0" * size, compresslevel=9)
            self._send(200, body, "text/plain", {"Content-Encoding": "gzip"})
        elif path == "/binary":
            self._send(200, b"\x00\x01binary", "application/octet-stream")
        elif path == "/json":
            self._send(200, b'{"ok": true}', "application/json")
        else:
            self._send(404, b"<html><body>Not found</body></html>", html)


class TestHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__((host, port), _Handler)
        self.pages: dict[str, str] = {}
        self.pdfs: dict[str, bytes] = {}
        self.statuses: dict[str, int] = {}
        self.requests: list[tuple[str, str, str]] = []
        self.bodies: list[bytes] = []
        self.counters: dict[str, int] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients that hang up mid-body (the guard's caps and deadline do) are expected; anything else is shown."""
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def record(self, method: str, path: str, host: str) -> None:
        with self._lock:
            self.requests.append((method, path, host))

    def bump(self, name: str) -> int:
        with self._lock:
            self.counters[name] = self.counters.get(name, 0) + 1
            return self.counters[name]

    def reset(self) -> None:
        with self._lock:
            self.pages.clear()
            self.pdfs.clear()
            self.statuses.clear()
            self.requests.clear()
            self.bodies.clear()
            self.counters.clear()

    def start(self) -> TestHTTPServer:
        if self._thread is None:
            self._thread = threading.Thread(target=self.serve_forever, name="test-http-server", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self.shutdown()
            self._thread.join(timeout=10)
            self._thread = None
        self.server_close()
