"""The fact-checker's desk in a real browser: Debian's Chromium (never a downloaded one) driven by Playwright
against pytest-django's live server, on PostgreSQL or SQLite (whichever DATABASE_URL names). Celery tasks run
eagerly in the server thread (tests/conftest.py), so ingest extracts and triages the claims and adding evidence
checks its URL (a loopback test server) within the request.

Screenshots are written to artifacts/screenshots/ and their paths printed, so CI logs show where they are.
"""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connections
from rest_framework.test import APIClient

from claims.models import Article, Claim
from sources.models import Evidence, Snapshot
from tests.sources import http_server
from verifier.actors import Actor
from verifier.claimreview import claimreview_missing
from verifier.intake import article_intake
from verifier.models import ReviewTask, TokenScope, VerificationEvent
from verifier.tokens import api_token_create

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


def log_in(browser, live_server, username, width=1366):  # type: ignore[no-untyped-def]
    """A new page logged in as ``username``, on the desk."""
    page = browser.new_page(viewport={"width": width, "height": 1000})
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


class Clicks:
    """Counts the clicks of a flow: each ``click`` is one click of a person (a link or a button) and waits for
    the page it leads to. Typing and choosing from a menu are not clicks."""

    def __init__(self) -> None:
        self.count = 0

    def click(self, page, selector: str) -> None:  # type: ignore[no-untyped-def]
        self.count += 1
        submit(page, selector)


def messages(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [text.strip() for text in page.locator("ul.messagelist li").all_inner_texts()]


def sideways_overflow(page) -> int:  # type: ignore[no-untyped-def]
    """How many pixels the page scrolls sideways (0: none)."""
    return int(page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))


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


# The flow from the desk to a published verdict with evidence, counted in clicks (docs/admin.md states it).
FLOW_CLICKS = 7
WIDTHS = (1366, 390)


def test_a_fact_checker_and_an_editor_take_a_claim_from_the_desk_to_a_published_verdict(browser, live_server, web):
    desk_user("chris", "fact-checker")
    desk_user("eddie", "editor")
    web.pages["red-cross"] = http_server.article_html(
        "Flood toll", ["Hospitals in the three towns have recorded nine deaths, a regional health official said."]
    )

    # Before the flow: a fact-checker ingests the day's article from the admin.
    chris = log_in(browser, live_server, "chris")
    chris.goto(f"{live_server.url}/admin/claims/article/add/")
    chris.fill("#id_text", ARTICLE)
    submit(chris, "input[name=_ingest]")
    chris.wait_for_selector("#article-text")
    article = Article.objects.get()
    claims = list(Claim.objects.filter(article=article).order_by("position"))
    assert messages(chris) == [f"Article {article.pk} ingested: {len(claims)} claims extracted."]
    assert chris.locator("#article-text a.claim-badge").count() == len(claims)
    badges = chris.locator("#article-text a.claim-badge").all_inner_texts()
    assert badges == [f"#{c.pk}" for c in claims]  # ids, no verdict yet
    claim = next(c for c in claims if c.claim_type == "casualty" and c.status == "triaged")
    first_mark = chris.locator(f'#article-text mark[data-claim="{claim.pk}"]').first
    assert first_mark.get_attribute("title").startswith(
        f"Type: {claim.get_claim_type_display()} · Claimer: {claim.claimers[0]}"
    )

    # The flow, from the desk: the fact-checker opens the claim from "newest check-worthy claims by article" ...
    clicks = Clicks()
    chris.goto(f"{live_server.url}/admin/")
    clicks.click(chris, f'#checkworthy-by-article a.desk-claim[data-claim="{claim.pk}"]')
    assert chris.url == f"{live_server.url}/admin/claims/claim/{claim.pk}/change/"
    assert article.text[claim.start : claim.end] in chris.inner_text("#sentence-context")
    assert chris.inner_text("#claim-status") == "Triaged"
    assert chris.locator("#action-publish").count() == 0  # not offered on a triaged claim
    assert chris.locator("#action-reopen").count() == 0

    # ... takes it, starts the review and adds evidence ...
    clicks.click(chris, "#action-assign")
    assert messages(chris) == [f"Claim {claim.pk} assigned to you."]
    clicks.click(chris, "#action-start-review")
    assert messages(chris) == [f"Review of claim {claim.pk} started."]
    chris.fill("#evidence-form input[name=url]", web.url("/page/red-cross"))
    chris.select_option("#evidence-form select[name=stance]", "refutes")
    chris.fill("#evidence-form textarea[name=quote]", "have recorded nine deaths")
    clicks.click(chris, "#action-evidence")
    assert messages(chris) == [f"Evidence added to claim {claim.pk}."]
    assert chris.locator("#evidence tr.evidence-row", has_text="Refutes").count() == 1
    evidence = Evidence.objects.get(claim=claim, role="evidence")
    assert (evidence.url, evidence.stance, evidence.added_by_id) == (
        web.url("/page/red-cross"),
        "refutes",
        get_user_model().objects.get(username="chris").pk,
    )
    # The eager source check fetched the page through the safe fetcher and stored a snapshot.
    assert Snapshot.objects.filter(watched_url__evidence=evidence, status_code=200).count() == 1

    # ... and proposes a verdict: the menu starts empty; the page says an editor publishes it.
    assert chris.locator("#propose-form select[name=verdict]").input_value() == ""
    chris.select_option("#propose-form select[name=verdict]", "false")
    chris.fill("#propose-form textarea[name=summary]", "Hospitals count nine deaths, not 14.")
    clicks.click(chris, "#action-propose")
    assert messages(chris) == [f"Verdict proposed for claim {claim.pk}."]
    assert chris.locator("#action-publish").count() == 0
    assert "Waiting for an editor's second review." in chris.inner_text("#workbench-actions")

    # An editor finds it waiting for their second review on their desk and publishes it.
    task = ReviewTask.objects.get(claim=claim, kind="second_review", state="open")
    assert task.assignee is not None and task.assignee.username == "eddie"
    eddie = log_in(browser, live_server, "eddie")
    assert eddie.inner_text('[data-count="second-review"]') == "1"
    clicks.click(eddie, f'#second-review a.desk-claim[data-claim="{claim.pk}"]')
    assert "Complete" in eddie.inner_text("#claimreview")
    clicks.click(eddie, "#action-publish")
    assert messages(eddie) == [f"Claim {claim.pk} published."]
    assert eddie.inner_text("#claim-status") == "Published"
    assert eddie.inner_text("#claim-verdict") == "False"
    assert clicks.count == FLOW_CLICKS

    # The ClaimReview of the result validates, as the API serves it.
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {api_token_create(user=task.assignee, scope=TokenScope.READ)[1]}")
    response = api.get(f"/api/v1/claims/{claim.pk}/claimreview/")
    assert response.status_code == 200
    document = json.loads(response.content)
    assert claimreview_missing(document) == []
    assert (
        document["claimReviewed"],
        document["reviewRating"]["alternateName"],
        document["itemReviewed"]["author"]["name"],
    ) == (
        claim.text,
        "False",
        claim.claimers[0],
    )

    # The full history is on the page as a timeline, in order.
    events = list(VerificationEvent.objects.filter(claim=claim).order_by("id").values_list("kind", flat=True))
    assert events == ["created", "triaged", "assigned", "transition", "evidence_added", "verdict", "transition"]
    timeline = eddie.locator("#event-timeline li.event")
    assert timeline.count() == len(events)
    assert "by eddie" in timeline.nth(len(events) - 1).inner_text()
    screenshot(eddie, "claim-published")


def test_desk_article_claim_and_list_do_not_scroll_sideways_at_1366_and_390(browser, live_server):
    desk_user("chris", "fact-checker")
    article = article_intake(actor=Actor.job("e2e"), text=ARTICLE).article
    claim = Claim.objects.filter(article=article).order_by("position").first()
    assert claim is not None
    urls = {
        "desk": "/admin/",
        "article": f"/admin/claims/article/{article.pk}/change/",
        "claim": f"/admin/claims/claim/{claim.pk}/change/",
        "list": "/admin/claims/claim/",
        "sources": "/admin/sources/source/",
        "tasks": "/admin/verifier/reviewtask/",
    }
    overflow = {}
    for width in WIDTHS:
        page = log_in(browser, live_server, "chris", width=width)
        for name, url in urls.items():
            page.goto(f"{live_server.url}{url}")
            overflow[(name, width)] = sideways_overflow(page)
            if name in ("desk", "article", "claim", "list"):
                screenshot(page, f"{name}-{width}")
        if width == 1366:
            page.goto(f"{live_server.url}/admin/claims/claim/")
            # The whole list fits beside the open filter sidebar, every column on screen.
            table_right = page.evaluate("document.querySelector('#result_list').getBoundingClientRect().right")
            filters_left = page.evaluate("document.querySelector('#filter-panel').getBoundingClientRect().left")
            assert table_right <= filters_left
            assert page.locator("#filter-panel").get_attribute("open") == ""
            page.click("#filter-panel > summary")  # the sidebar folds away
            assert page.locator("#filter-panel").get_attribute("open") is None
        else:
            page.goto(f"{live_server.url}/admin/claims/claim/")
            assert page.locator("#filter-panel").get_attribute("open") is None  # folded, before the list
            filters_top = page.evaluate("document.querySelector('#filter-panel').getBoundingClientRect().top")
            list_top = page.evaluate("document.querySelector('#result_list').getBoundingClientRect().top")
            assert filters_top < list_top
        page.close()
    assert overflow == {key: 0 for key in overflow}
