"""The status-aware workbench: only the actions the status and role allow, named and styled; the verdict starts
empty; a refused action keeps what was typed and says why; the ClaimReview preview and what it misses before
Publish; evidence linked to a registry source by domain and checked again from the page."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Claim, Status, Verdict
from sources.models import Evidence, Source, WatchedUrl
from tests.factories import ArticleFactory, ClaimFactory, user_with_roles
from verifier.models import OutboxMessage, VerificationEvent

pytestmark = pytest.mark.django_db


def client_for(user):  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


def page_of(client, claim) -> str:  # type: ignore[no-untyped-def]
    return client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()


def buttons(page: str) -> list[tuple[str, str, str]]:
    """(id, style, label) of the action buttons in the "Next steps" panel, in order."""
    panel = page[page.index('id="workbench-actions"') : page.index('id="claimreview"')]
    return re.findall(r'<button type="submit" id="([\w-]+)" class="desk-button (\w+)"[^>]*>([^<]+)</button>', panel)


def messages_after(client, response) -> list[str]:  # type: ignore[no-untyped-def]
    import html

    page = client.get(response["Location"]).content.decode()
    listing = re.search(r'<ul class="messagelist">(.*?)</ul>', page, re.S)
    return [html.unescape(m) for m in re.findall(r"<li class=\"\w+\">(.*?)</li>", listing.group(1))] if listing else []


@pytest.mark.parametrize(
    ("status", "role", "expected"),
    [
        (
            Status.NEW,
            "fact-checker",
            [
                ("action-triage", "primary", "Triage"),
                ("action-assign", "secondary", "Assign to me"),
                ("action-move-not_checkworthy", "secondary", "Not check-worthy"),
            ],
        ),
        (
            Status.TRIAGED,
            "fact-checker",
            [
                ("action-start-review", "primary", "Start review"),
                ("action-assign", "secondary", "Assign to me"),
                ("action-move-not_checkworthy", "secondary", "Not check-worthy"),
                ("action-move-needs_evidence", "secondary", "Needs more evidence"),
            ],
        ),
        (Status.NOT_CHECKWORTHY, "fact-checker", [("action-checkworthy", "primary", "Mark check-worthy")]),
        (
            Status.IN_REVIEW,
            "fact-checker",
            [
                ("action-propose", "primary", "Propose verdict"),
                ("action-assign", "secondary", "Assign to me"),
                ("action-move-needs_evidence", "secondary", "Needs more evidence"),
                ("action-move-not_checkworthy", "secondary", "Not check-worthy"),
            ],
        ),
        (
            Status.VERDICT_PROPOSED,
            "fact-checker",
            [
                ("action-assign", "secondary", "Assign to me"),
                ("action-start-review", "secondary", "Send back to review"),
                ("action-move-needs_evidence", "secondary", "Needs more evidence"),
            ],
        ),
        (
            Status.VERDICT_PROPOSED,
            "editor",
            [
                ("action-publish", "primary", "Publish verdict"),
                ("action-assign", "secondary", "Assign to me"),
                ("action-start-review", "secondary", "Send back to review"),
                ("action-move-needs_evidence", "secondary", "Needs more evidence"),
                ("action-reopen", "danger", "Reopen"),
            ],
        ),
        (Status.PUBLISHED, "fact-checker", []),
        (Status.PUBLISHED, "editor", [("action-reopen", "danger", "Reopen")]),
        (Status.IN_REVIEW, "viewer", []),
    ],
)
def test_only_the_moves_of_the_status_and_role_are_offered(status, role, expected):
    proposer = user_with_roles("paula", "fact-checker")
    verdict = Verdict.FALSE if status in (Status.VERDICT_PROPOSED, Status.PUBLISHED) else Verdict.UNRATED
    claim = ClaimFactory.create(
        status=status, verdict=verdict, verdict_summary="S", proposed_by=proposer, claimers=["The army"]
    )

    page = page_of(client_for(user_with_roles("user", role, is_staff=True)), claim)

    assert buttons(page) == expected


def test_the_proposer_is_told_another_editor_publishes(editor):
    claim = ClaimFactory.create(
        status=Status.VERDICT_PROPOSED, verdict=Verdict.FALSE, proposed_by=editor, claimers=["X"]
    )

    page = page_of(client_for(editor), claim)

    assert "action-publish" not in page
    assert "You proposed this verdict: another editor publishes it." in page


def test_the_verdict_starts_empty_and_offers_only_rated_verdicts(checker):
    claim = ClaimFactory.create(status=Status.IN_REVIEW)

    page = page_of(client_for(checker), claim)
    select = re.search(r'<select name="verdict"[^>]*>(.*?)</select>', page, re.S).group(1)  # type: ignore[union-attr]

    assert re.findall(r'<option value="(\w*)"( selected)?>', select) == [
        ("", " selected"),
        *((v, "") for v in ("true", "mostly_true", "mixed", "mostly_false", "false", "misleading", "unproven")),
    ]


def test_a_refused_proposal_keeps_the_typed_summary_and_says_why(checker):
    claim = ClaimFactory.create(status=Status.IN_REVIEW)
    chris = client_for(checker)
    stale = claim.version - 1

    response = chris.post(
        reverse("admin:claims_claim_action", args=[claim.pk, "propose"]),
        {"verdict": "false", "summary": "Hospital records show 12 dead.", "version": stale},
    )
    page = page_of(chris, claim)

    assert response.status_code == 302
    assert "Propose verdict refused: Claim" in page and f"is at version {claim.version}, not {stale}." in page
    assert "Hospital records show 12 dead.</textarea>" in page
    assert '<option value="false" selected>' in page
    assert Claim.objects.get(pk=claim.pk).status == Status.IN_REVIEW
    # Shown once: the next visit starts clean.
    assert "Hospital records show 12 dead." not in page_of(chris, claim)


def test_publish_is_disabled_and_refused_while_the_claimreview_is_incomplete(checker, editor):
    article = ArticleFactory.create(outlet="")
    claim = ClaimFactory.create(
        article=article,
        status=Status.VERDICT_PROPOSED,
        verdict=Verdict.FALSE,
        verdict_summary="No.",
        proposed_by=checker,
    )
    eddie = client_for(editor)

    page = page_of(eddie, claim)

    assert re.search(r'<button type="submit" id="action-publish" class="desk-button primary" disabled', page)
    assert "The ClaimReview is incomplete: itemReviewed.author.name." in page
    missing = page[page.index('id="claimreview-missing"') : page.index("JSON-LD")]
    assert re.findall(r"<code>([^<]+)</code>", missing) == ["itemReviewed.author.name"]
    response = eddie.post(reverse("admin:claims_claim_action", args=[claim.pk, "publish"]), {"version": claim.version})
    assert messages_after(eddie, response) == [
        f"Publish refused: The ClaimReview of claim {claim.pk} is incomplete: itemReviewed.author.name."
    ]
    assert Claim.objects.get(pk=claim.pk).status == Status.VERDICT_PROPOSED


def test_the_preview_is_complete_once_the_claim_has_a_rated_verdict_and_a_claimant(editor, checker):
    claim = ClaimFactory.create(
        status=Status.VERDICT_PROPOSED,
        verdict=Verdict.FALSE,
        verdict_summary="No.",
        proposed_by=checker,
        claimers=["The army"],
    )

    page = page_of(client_for(editor), claim)

    assert 'id="claimreview-complete"' in page
    assert "&quot;alternateName&quot;: &quot;False&quot;" in page
    assert re.search(r'<button type="submit" id="action-publish" class="desk-button primary">', page)


def test_evidence_is_linked_to_the_registry_source_of_its_domain(checker):
    claim = ClaimFactory.create(status=Status.IN_REVIEW)
    wire = Source.objects.create(name="Meridian Wire", kind="news", homepage_url="https://www.meridian.example/")
    Source.objects.create(name="Elsewhere", kind="news", homepage_url="https://elsewhere.example/")
    watched = WatchedUrl.objects.create(url="https://meridian.example/story")
    evidence = Evidence.objects.create(
        claim=claim, url=watched.url, watched_url=watched, role="evidence", stance="supports"
    )
    chris = client_for(checker)

    page = page_of(chris, claim)
    row = page[page.index(f'data-evidence="{evidence.pk}"') :]
    assert re.findall(r'<option value="(\d+)">([^<]+)</option>', row.split("</form>")[0]) == [
        (str(wire.pk), "Meridian Wire")
    ]

    response = chris.post(
        reverse("admin:claims_claim_action", args=[claim.pk, "evidence_link"]),
        {"evidence": evidence.pk, "source": wire.pk},
    )

    assert messages_after(chris, response) == [f"Evidence {evidence.pk} linked to source {wire.pk}."]
    assert Evidence.objects.get(pk=evidence.pk).source_id == wire.pk
    event = VerificationEvent.objects.get(claim=claim)
    assert (event.kind, event.actor_label, event.data) == (
        "evidence_linked",
        "chris",
        {"evidence_id": evidence.pk, "source_id": wire.pk, "previous_source_id": None, "url": watched.url},
    )


def test_check_now_stores_a_fresh_source_check(checker, django_capture_on_commit_callbacks):
    claim = ClaimFactory.create(status=Status.IN_REVIEW)
    watched = WatchedUrl.objects.create(url="https://meridian.example/story")
    evidence = Evidence.objects.create(claim=claim, url=watched.url, watched_url=watched, role="evidence")
    chris = client_for(checker)

    with django_capture_on_commit_callbacks(execute=False):
        response = chris.post(
            reverse("admin:claims_claim_action", args=[claim.pk, "evidence_check"]), {"evidence": evidence.pk}
        )

    assert messages_after(chris, response) == [f"Check of evidence {evidence.pk} requested."]
    message = OutboxMessage.objects.get()
    assert message.task_name == "verifier.tasks.sources.source_check"
    assert message.kwargs["url_id"] == watched.pk
    assert message.kwargs["check_run"].startswith(f"evidence-{evidence.pk}-")


def test_evidence_of_another_claim_is_refused(checker):
    claim, other = ClaimFactory.create(status=Status.IN_REVIEW), ClaimFactory.create(status=Status.IN_REVIEW)
    evidence = Evidence.objects.create(claim=other, url="https://a.example/", role="evidence")
    chris = client_for(checker)

    response = chris.post(
        reverse("admin:claims_claim_action", args=[claim.pk, "evidence_check"]), {"evidence": evidence.pk}
    )

    assert messages_after(chris, response) == [f"Check now refused: evidence {evidence.pk} is not on claim {claim.pk}."]
    assert not OutboxMessage.objects.exists()


def test_the_claim_page_shows_the_whole_claim_text_as_its_heading(checker):
    claim = ClaimFactory.create(status=Status.TRIAGED, text="A very long claim " * 12)

    page = page_of(client_for(checker), claim)

    assert f'<h2 id="claim-summary-heading" class="claim-text">{claim.text}</h2>' in page
    assert f"<h1>Claim {claim.pk}</h1>" in page
