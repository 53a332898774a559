"""Pure helpers for snapshots: main-text extraction, normalisation for change detection, WARC archiving."""

import hashlib
import json
import logging
import os
import re
import unicodedata
from datetime import datetime
from io import BytesIO
from pathlib import Path

import trafilatura
from django.conf import settings
from pypdf import PdfReader
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sources.fetch import FetchResponse

logger = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Bounds on PDF text extraction (the body itself is capped by FetchPolicy.max_bytes): the first pages only, and
# at most this many characters of text.
PDF_MAX_PAGES = 100
PDF_MAX_TEXT_CHARS = 1_000_000
# Headers describing the transfer, not the decoded body archived in the WARC record.
_TRANSFER_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length", "connection"})
_PUNCTUATION_MAP: dict[str, str | int | None] = {"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"}
_PUNCTUATION = str.maketrans(_PUNCTUATION_MAP)
NOTABLE_HEADERS = ("etag", "last-modified", "content-language", "cache-control")


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _decode(content: bytes, content_type: str) -> str:
    match = re.search(r"charset=([\w.-]+)", content_type, re.IGNORECASE)
    try:
        return content.decode(match.group(1) if match else "utf-8", errors="replace")
    except LookupError:
        return content.decode("utf-8", errors="replace")


def pdf_text(content: bytes) -> str:
    """The text of the first PDF_MAX_PAGES pages of a PDF (pypdf), cut at PDF_MAX_TEXT_CHARS; pages separated by a
    blank line. "" for a PDF without text or one pypdf cannot read (encrypted, malformed)."""
    pages: list[str] = []
    size = 0
    try:
        reader = PdfReader(BytesIO(content))
        for number in range(min(len(reader.pages), PDF_MAX_PAGES)):
            text = (reader.pages[number].extract_text() or "").strip()
            pages.append(text[: PDF_MAX_TEXT_CHARS - size])
            size += len(pages[-1]) + 2
            if size >= PDF_MAX_TEXT_CHARS:
                break
    except Exception as exc:  # noqa: BLE001 - any parser failure on an untrusted body means "no text", not a crash
        logger.info("no text from a PDF of %d bytes: %s: %s", len(content), type(exc).__name__, exc)
        return ""
    return "\n\n".join(page for page in pages if page)[:PDF_MAX_TEXT_CHARS]


def extract_text(content: bytes, content_type: str, *, url: str = "") -> str:
    """The main text of a body: trafilatura for HTML (boilerplate dropped), pypdf for PDF (bounded, see
    ``pdf_text``), the text itself for text and JSON. A body without text (a scanned PDF) gives "" and its change
    detection falls back to the body hash.
    """
    kind = media_type(content_type)
    if not content:
        return ""
    if kind in HTML_TYPES:
        html = _decode(content, content_type)
        return trafilatura.extract(html, url=url or None, include_comments=False, include_tables=True) or ""
    if kind == "application/pdf":
        return pdf_text(content)
    if kind == "application/json":
        try:
            return json.dumps(json.loads(content), sort_keys=True, ensure_ascii=False, indent=1)
        except ValueError:
            return _decode(content, content_type)
    if kind.startswith("text/"):
        return _decode(content, content_type)
    return ""


def normalise_text(text: str) -> str:
    """Text as compared for change detection and quotes: NFKC, casefolded, curly quotes straightened, one space."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(_PUNCTUATION)
    return re.sub(r"\s+", " ", text).strip()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def notable_headers(headers: dict[str, str]) -> dict[str, str]:
    lowered = {name.lower(): value for name, value in headers.items()}
    return {name: lowered[name] for name in NOTABLE_HEADERS if name in lowered}


def warc_write(*, response: FetchResponse, url_id: int, check_run: str, fetched_at: datetime) -> str:
    """Archive the response as one WARC ``response`` record under MEDIA_ROOT/warc/; return the relative path.

    The path is a function of (url, check run), so a redelivered check overwrites its own record, atomically.
    """
    relative = Path("warc") / str(url_id) / f"{re.sub(r'[^A-Za-z0-9_.-]', '_', check_run)}.warc.gz"
    target = Path(settings.MEDIA_ROOT) / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    http_headers = StatusAndHeaders(
        f"{response.status_code}",
        [(k, v) for k, v in response.headers.items() if k.lower() not in _TRANSFER_HEADERS]
        + [("Content-Length", str(len(response.content)))],
        protocol="HTTP/1.1",
    )
    record = writer.create_warc_record(
        response.url,
        "response",
        payload=BytesIO(response.content),
        length=len(response.content),
        http_headers=http_headers,
        warc_headers_dict={"WARC-Date": fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")},
    )
    writer.write_record(record)
    temporary = target.with_suffix(f".tmp{os.getpid()}")
    temporary.write_bytes(buffer.getvalue())
    os.replace(temporary, target)
    return str(relative)
