"""PDF sources: text extracted (bounded) from PDFs served by the local test server, quotes checked against it,
changes detected on it; an unreadable PDF gives no text and is compared on its bytes."""

import pytest

from sources import snapshots
from sources.models import Evidence, Snapshot, UrlState, WatchedUrl
from sources.snapshots import normalise_text, sha256
from tests.factories import ClaimFactory
from tests.sources.http_server import minimal_pdf
from verifier.actors import Actor
from verifier.evidence import evidence_add
from verifier.tasks.sources import source_check

pytestmark = pytest.mark.django_db

REPORT = [
    "Report of the regional council, 14 March.",
    "The council confirmed that 12 civilians were killed in the strike on the market.",
    "Thirty wounded people were taken to the district hospital.",
]


def _check(url_id: int, run: str) -> str:
    return source_check.delay(url_id, run).get()


def test_pdf_text_is_extracted_and_quotes_checked_against_it(server, django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    server.pdfs["report"] = minimal_pdf(REPORT)
    claim = ClaimFactory.create()
    with django_capture_on_commit_callbacks(execute=True):
        evidence_add(
            claim_id=claim.pk,
            actor=Actor.job("tests"),
            url=server.url("/pdf/report"),
            quote="12 civilians were killed in the strike on the market",
        )
    snapshot = Snapshot.objects.get()
    text = "\n\n".join(REPORT)
    assert (snapshot.status_code, snapshot.content_type, snapshot.text, snapshot.text_sha256, snapshot.sha256) == (
        200,
        "application/pdf",
        text,
        sha256(normalise_text(text).encode()),
        sha256(server.pdfs["report"]),
    )
    assert list(Evidence.objects.values_list("snapshot_id", "quote_missing")) == [(snapshot.pk, False)]


def test_pdf_text_change_is_detected(server) -> None:  # type: ignore[no-untyped-def]
    server.pdfs["report"] = minimal_pdf(REPORT)
    watched = WatchedUrl.objects.create(url=server.url("/pdf/report"))
    _check(watched.pk, "r1")
    server.pdfs["report"] = minimal_pdf([REPORT[0], "The council withdrew its casualty figures.", REPORT[2]])
    _check(watched.pk, "r2")
    assert list(Snapshot.objects.order_by("id").values_list("check_run", "changed")) == [("r1", False), ("r2", True)]
    watched.refresh_from_db()
    assert (watched.state, watched.stable_checks) == (UrlState.ALIVE, 0)


def test_pdf_text_is_bounded_by_pages_and_characters(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pdf = minimal_pdf(["First page.", "Second page.", "Third page."])
    monkeypatch.setattr(snapshots, "PDF_MAX_PAGES", 2)
    assert snapshots.extract_text(pdf, "application/pdf") == "First page.\n\nSecond page."
    monkeypatch.setattr(snapshots, "PDF_MAX_TEXT_CHARS", 15)
    assert snapshots.extract_text(pdf, "application/pdf") == "First page.\n\nSe"


@pytest.mark.parametrize("body", [b"%PDF-1.4\nnot really a pdf", minimal_pdf([""])])
def test_pdf_without_readable_text_is_compared_on_its_bytes(server, body) -> None:  # type: ignore[no-untyped-def]
    server.pdfs["scan"] = body
    watched = WatchedUrl.objects.create(url=server.url("/pdf/scan"))
    assert _check(watched.pk, "r1") == UrlState.ALIVE
    snapshot = Snapshot.objects.get()
    assert (snapshot.status_code, snapshot.text, snapshot.text_sha256, snapshot.error) == (
        200,
        "",
        sha256(body),
        "",
    )
