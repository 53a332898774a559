"""The fact-checker desk in a real browser: Debian's Chromium driven by Playwright against a live server on
PostgreSQL. Celery tasks run eagerly in the server thread (tests/conftest.py), so ingest extracts and triages the
claims and adding evidence checks its URL (a loopback test server) within the request.

Screenshots are written to artifacts/screenshots/ and their paths printed, so CI logs show where they are.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connections

from claims.models import Article, Claim
from sources.models import Evidence, Snapshot
from tests.sources import http_server
from verifier.models import VerificationEvent

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
ARTICLE = (Path(__file__).resolve().parents[2] / "examples" / "flood-wire-report.txt").read_text(encoding="utf-8")
# A blank or single-colour page has a grey-level standard deviation near 0.
MIN_PIXEL_STDDEV = 12.0


def require_chromium() -> None:
    if not Path(CHROMIUM).exists():
        from tests.conftest import require_service

        require_service("Chromium", f"{CHROMIUM} is not installed (apt-get install chromium)")


@pytest.fixture
def browser(monkeypatch) -> Iterator:  # type: ignore[no-untyped-def,type-arg]
    require_chromium()
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are still synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        # ORM calls made while Playwright's loop runs get their own connection (asgiref context); close it, or
        # the test database cannot be dropped at the end of the run.
        connections.close_all()


@pytest.fixture
def web(settings) -> Iterator[http_server.TestHTTPServer]:  # type: ignore[no-untyped-def]
    server = http_server.TestHTTPServer().start()
    settings.SOURCES_FETCH_TEST_LOOPBACK_PORTS = [server.port]
    yield server
    server.stop()


def desk_user(username: str, role: str):  # type: ignore[no-untyped-def]
    group, _ = Group.objects.get_or_create(name=role)
    user = get_user_model().objects.create_user(username=username, password=f"{username}-pw-2024!", is_staff=True)
    user.groups.add(group)
    return user


def log_in(browser, live_server, username):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", f"{username}-pw-2024!")
    submit(page, "input[type=submit]")
    page.wait_for_selector("#dashboard")
    return page


def submit(page, selector: str) -> None:  # type: ignore[no-untyped-def]
    """Click a submit button and wait for the page it leads to (POST -> redirect -> GET)."""
    with page.expect_navigation(wait_until="load"):
        page.click(selector)


def messages(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [text.strip() for text in page.locator("ul.messagelist li").all_inner_texts()]


def screenshot(page, name: str) -> Path:  # type: ignore[no-untyped-def]
    from PIL import Image, ImageStat

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
    with Image.open(path) as image:
        stddev = ImageStat.Stat(image.convert("L")).stddev[0]
    assert stddev > MIN_PIXEL_STDDEV, f"{path} looks blank (grey-level stddev {stddev:.1f})"
    return path


def test_fact_checkers_work_a_claim_from_ingest_to_publication(browser, live_server, web):
    desk_user("chris", "fact-checker")
    desk_user("eddie", "editor")
    web.pages["red-cross"] = http_server.article_html(
        "Bridge collapse", ["The main bridge into Porto Lino is intact, engineers said on Monday."]
    )

    # A fact-checker ingests an article from the admin.
    chris = log_in(browser, live_server, "chris")
    chris.goto(f"{live_server.url}/admin/claims/article/add/")
    chris.fill("#id_text", ARTICLE)
    submit(chris, "input[name=_ingest]")
    chris.wait_for_selector("#article-text")

    article = Article.objects.get()
    claims = list(Claim.objects.filter(article=article).order_by("position"))
    assert article.ingest_status == "done"
    assert len(claims) >= 3
    assert messages(chris) == [f"Article {article.pk} ingested: {len(claims)} claims extracted."]  # at least 3
    assert chris.locator("#article-text a.claim-badge").count() == len(claims)
    assert chris.locator("#article-text mark.claim").count() >= len(claims)
    first_mark = chris.locator(f'#article-text mark[data-claim="{claims[0].pk}"]').first
    assert first_mark.get_attribute("title").startswith(f"Type: {claims[0].get_claim_type_display()} · Claimer: ")
    assert chris.inner_text("#article-text").count("Porto Lino") == 1
    screenshot(chris, "article-page")

    # ... opens the casualty claim from its highlight ...
    claim = next(c for c in claims if c.claim_type == "casualty")
    submit(chris, f'#article-text a.claim-badge[data-claim-start="{claim.pk}"]')
    chris.wait_for_selector("#workbench-actions")
    assert chris.url == f"{live_server.url}/admin/claims/claim/{claim.pk}/change/"
    assert article.text[claim.start : claim.end] in chris.inner_text("#sentence-context")
    overridden = claim.status == "not_checkworthy"
    if overridden:  # triage follows extraction's score; the desk may override it
        chris.fill("input[name=reason]", "Death toll: always check")
        submit(chris, "#action-checkworthy")
        assert messages(chris) == [f"Claim {claim.pk} marked check-worthy (triaged)."]
    assert chris.inner_text("#claim-status") == "Triaged"

    # ... takes it, starts the review and adds evidence.
    submit(chris, "#action-assign")
    assert messages(chris) == [f"Claim {claim.pk} assigned to you."]
    submit(chris, "#action-start-review")
    assert messages(chris) == [f"Review of claim {claim.pk} started."]
    chris.fill("#evidence-form input[name=url]", web.url("/page/red-cross"))
    chris.select_option("#evidence-form select[name=stance]", "refutes")
    chris.fill("#evidence-form textarea[name=quote]", "The main bridge into Porto Lino is intact")
    submit(chris, "#action-evidence")
    assert messages(chris) == [f"Evidence added to claim {claim.pk}."]
    # Next to the claimer link that extraction made.
    assert chris.locator("#evidence tr.evidence-row").count() == Evidence.objects.filter(claim=claim).count()
    assert chris.locator("#evidence tr.evidence-row", has_text="Refutes").count() == 1
    evidence = Evidence.objects.get(claim=claim, role="evidence")
    assert (evidence.url, evidence.stance, evidence.added_by_id) == (
        web.url("/page/red-cross"),
        "refutes",
        get_user_model().objects.get(username="chris").pk,
    )
    # The eager source check fetched the page through the safe fetcher and stored a snapshot.
    assert Snapshot.objects.filter(watched_url__evidence=evidence, status_code=200).count() == 1
    assert ("GET", "/page/red-cross", f"127.0.0.1:{web.port}") in web.requests

    # Publishing your own verdict is refused, plainly.
    chris.select_option("#propose-form select[name=verdict]", "false")
    chris.fill("#propose-form textarea[name=summary]", "Engineers say the bridge stands.")
    submit(chris, "#action-propose")
    assert messages(chris) == [f"Verdict proposed for claim {claim.pk}."]
    submit(chris, "#action-publish")
    assert messages(chris) == [
        "Publish refused: Moving a claim from verdict_proposed to published needs the editor role."
    ]

    # An editor publishes it.
    eddie = log_in(browser, live_server, "eddie")
    eddie.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    submit(eddie, "#action-publish")
    assert messages(eddie) == [f"Claim {claim.pk} published."]
    assert eddie.inner_text("#claim-status") == "Published"
    assert eddie.inner_text("#claim-verdict") == "False"

    # The full history is on the page as a timeline, in order.
    events = list(VerificationEvent.objects.filter(claim=claim).order_by("id").values_list("kind", flat=True))
    assert events[:2] == ["created", "triaged"]
    assert events[2:] == [
        *(["transition"] if overridden else []),
        "assigned",
        "transition",
        "evidence_added",
        "verdict",
        "transition",
    ]
    timeline = eddie.locator("#event-timeline li.event")
    assert timeline.count() == len(events)
    assert "by eddie" in timeline.nth(len(events) - 1).inner_text()
    screenshot(eddie, "claim-page")

    # The workbench and the dashboard.
    eddie.goto(f"{live_server.url}/admin/claims/claim/?status__exact=published")
    assert eddie.locator("#result_list tbody tr").count() == 1
    eddie.goto(f"{live_server.url}/admin/claims/claim/")
    assert eddie.locator("#result_list tbody tr").count() == len(claims)
    screenshot(eddie, "workbench")
    eddie.goto(f"{live_server.url}/admin/")
    assert eddie.inner_text('#claims-by-status td[data-status="published"]') == "1"
    assert eddie.locator("#claims-per-day svg rect.bar").count() == 30
    screenshot(eddie, "dashboard")
    assert os.path.getsize(SCREENSHOTS / "dashboard.png") > 0
