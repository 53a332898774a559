"""The claim workbench: every action goes through the workflow services and refusals are shown plainly."""

import html
import re

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Claim, Status
from sources.models import Evidence, Snapshot, WatchedUrl
from tests.factories import ClaimFactory
from verifier.models import VerificationEvent

pytestmark = pytest.mark.django_db


def client_for(user):  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


def shown_messages(page):  # type: ignore[no-untyped-def]
    """The messages as the page shows them (the admin's message list), unescaped."""
    listing = re.search(r'<ul class="messagelist">(.*?)</ul>', page, re.S)
    return (
        [html.unescape(text) for text in re.findall(r"<li class=\"\w+\">(.*?)</li>", listing.group(1))]
        if listing
        else []
    )


def act(client, claim, action, **data):  # type: ignore[no-untyped-def]
    response = client.post(reverse("admin:claims_claim_action", args=[claim.pk, action]), data)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:claims_claim_change", args=[claim.pk])
    return shown_messages(client.get(response["Location"]).content.decode())


@pytest.fixture
def claim(article):  # type: ignore[no-untyped-def]
    return ClaimFactory.create(
        article=article, position=0, start=0, end=45, score=0.9, claim_type="casualty", claimers=["Officials"]
    )


def events_of(claim):  # type: ignore[no-untyped-def]
    return list(
        VerificationEvent.objects.filter(claim=claim)
        .order_by("id")
        .values_list("kind", "from_status", "to_status", "to_verdict", "actor_label")
    )


def test_propose_as_one_user_and_publish_as_another(checker, editor, claim):
    chris, eddie = client_for(checker), client_for(editor)

    assert act(chris, claim, "assign") == [f"Claim {claim.pk} assigned to you."]
    assert act(chris, claim, "triage") == [f"Claim {claim.pk} triaged."]
    assert act(chris, claim, "start_review", version=3) == [f"Review of claim {claim.pk} started."]
    claim.refresh_from_db()
    assert act(
        chris, claim, "propose", verdict="false", summary="Hospital records show 12.", version=claim.version
    ) == [f"Verdict proposed for claim {claim.pk}."]
    claim.refresh_from_db()
    assert act(eddie, claim, "publish", version=claim.version) == [f"Claim {claim.pk} published."]

    claim.refresh_from_db()
    assert (
        claim.status,
        claim.verdict,
        claim.verdict_summary,
        claim.assignee,
        claim.proposed_by,
        claim.published_by,
    ) == (
        "published",
        "false",
        "Hospital records show 12.",
        checker,
        checker,
        editor,
    )
    kinds = [(kind, to_status, to_verdict, actor) for kind, _, to_status, to_verdict, actor in events_of(claim)]
    assert kinds[0][0] == "assigned"
    assert kinds[1][:2] == ("triaged", "triaged")
    assert kinds[2:] == [
        ("transition", "in_review", "unrated", "chris"),
        ("verdict", "verdict_proposed", "false", "chris"),
        ("transition", "published", "false", "eddie"),
    ]
    page = eddie.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    timeline = page[page.index('id="event-timeline"') :]
    assert timeline.count('<li class="event ') == 5
    assert "Hospital records show 12." in page


def test_publishing_your_own_verdict_is_refused_and_shown(editor, claim):
    eddie = client_for(editor)
    act(eddie, claim, "triage")
    act(eddie, claim, "start_review")
    act(eddie, claim, "propose", verdict="true", summary="Confirmed.")
    claim.refresh_from_db()
    before = events_of(claim)

    messages = act(eddie, claim, "publish", version=claim.version)

    assert messages == [
        "Publish refused: The verdict must be published by an editor other than the person who proposed it."
    ]
    claim.refresh_from_db()
    assert claim.status == "verdict_proposed"
    assert events_of(claim) == before


def test_a_refused_transition_is_shown_and_writes_nothing(checker, claim):
    chris = client_for(checker)

    messages = act(chris, claim, "publish")

    assert messages == [f"Publish refused: Claim {claim.pk} cannot move from new to published."]
    claim.refresh_from_db()
    assert (claim.status, claim.version) == ("new", 1)
    assert events_of(claim) == []


def test_a_stale_version_is_refused(checker, claim):
    chris = client_for(checker)
    act(chris, claim, "triage")

    messages = act(chris, claim, "start_review", version=1)

    assert messages == [f"Start review refused: Claim {claim.pk} is at version 2, not 1."]
    claim.refresh_from_db()
    assert claim.status == "triaged"


def test_a_viewer_may_look_but_not_act(viewer, claim):
    vera = client_for(viewer)

    assert vera.get(reverse("admin:claims_claim_change", args=[claim.pk])).status_code == 200
    messages = act(vera, claim, "triage")

    assert messages == ["Triage refused: Moving a claim from new to triaged needs the fact-checker role."]
    claim.refresh_from_db()
    assert claim.status == "new"


def test_propose_without_a_summary_is_refused_by_the_form(checker, claim):
    messages = act(client_for(checker), claim, "propose", verdict="false", summary="")

    assert messages == ["Propose verdict refused: summary: This field is required."]
    assert events_of(claim) == []


def test_reopen_needs_a_reason(checker, claim):
    messages = act(client_for(checker), claim, "reopen", reason="")

    assert messages == ["Reopen refused: reason: This field is required."]


def test_actions_are_post_only_and_unknown_actions_are_refused(checker, claim):
    chris = client_for(checker)

    assert chris.get(reverse("admin:claims_claim_action", args=[claim.pk, "triage"])).status_code == 405
    assert chris.post(reverse("admin:claims_claim_action", args=[claim.pk, "delete"])).status_code == 403
    assert chris.post(reverse("admin:claims_claim_action", args=[999999, "triage"])).status_code == 404
    claim.refresh_from_db()
    assert claim.status == "new"


def test_status_and_verdict_are_not_editable_fields(desk, claim):
    response = desk.post(
        reverse("admin:claims_claim_change", args=[claim.pk]), {"status": "published", "verdict": "true"}
    )

    assert response.status_code == 403
    claim.refresh_from_db()
    assert (claim.status, claim.verdict) == ("new", "unrated")
    page = desk.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert 'name="status"' not in page
    assert 'name="verdict" ' not in page.replace('<select name="verdict" id="id_verdict"', "")


def test_bulk_actions_report_each_claim(checker, article, claim):
    other = ClaimFactory.create(article=article, position=1, start=46, end=103, status="published")
    chris = client_for(checker)

    response = chris.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "triage", "_selected_action": [claim.pk, other.pk]},
    )

    assert response.status_code == 302
    assert sorted(shown_messages(chris.get(response["Location"]).content.decode())) == sorted(
        [f"Claim {claim.pk} triaged.", f"Triage refused: Claim {other.pk} is already triaged (published)."]
    )
    assert Claim.objects.get(pk=claim.pk).status == "triaged"


def test_add_evidence_goes_through_evidence_add(checker, claim, django_capture_on_commit_callbacks):
    chris = client_for(checker)

    with django_capture_on_commit_callbacks(execute=False) as scheduled:
        messages = act(
            chris, claim, "evidence", url="https://ngo.example.org/report", stance="refutes", quote="12 <b>dead</b>"
        )

    assert messages == [f"Evidence added to claim {claim.pk}."]
    assert list(Evidence.objects.filter(claim=claim).values_list("url", "stance", "quote", "role", "added_by")) == [
        ("https://ngo.example.org/report", "refutes", "12 <b>dead</b>", "evidence", checker.pk)
    ]
    assert [kind for kind, *_ in events_of(claim)] == ["evidence_added"]
    assert len(scheduled) == 1  # the URL's check, after commit
    page = chris.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    evidence_panel = page[page.index('id="evidence"') : page.index('id="linked-sources"')]
    assert "12 &lt;b&gt;dead&lt;/b&gt;" in evidence_panel
    assert evidence_panel.count('<tr class="evidence-row" ') == 1


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://x.example/a", "Add evidence refused: The evidence URL must be an http(s) URL."),
        ("not a url", "Add evidence refused: url: Enter a valid URL."),
    ],
)
def test_bad_evidence_is_refused_and_writes_nothing(checker, claim, url, message):
    messages = act(client_for(checker), claim, "evidence", url=url, stance="refutes")

    assert messages == [message]
    assert not Evidence.objects.exists()
    assert events_of(claim) == []


def test_snapshot_diff_between_two_snapshots_is_escaped(desk, claim):
    watched = WatchedUrl.objects.create(url="https://ngo.example.org/report")
    Evidence.objects.create(claim=claim, url=watched.url, watched_url=watched)
    old = Snapshot.objects.create(watched_url=watched, check_run="r1", text="line one\n12 dead\nline three")
    new = Snapshot.objects.create(watched_url=watched, check_run="r2", text="line one\n<i>40</i> dead\nline three")
    url = reverse("admin:claims_claim_change", args=[claim.pk])

    page = desk.get(url, {"a": old.pk, "b": new.pk}).content.decode()

    diff = page[page.index('id="snapshot-diff"') :].split("</div>", 1)[0]
    assert re.findall(r'<span class="(\w+)">([^<]*)</span>', diff) == [
        ("hunk", "@@ -1,3 +1,3 @@"),
        ("same", " line one"),
        ("del", "-12 dead"),
        ("add", "+&lt;i&gt;40&lt;/i&gt; dead"),
        ("same", " line three"),
    ]
    other = Snapshot.objects.create(
        watched_url=WatchedUrl.objects.create(url="https://elsewhere.example/"), check_run="r1", text="secret"
    )
    page = desk.get(url, {"a": old.pk, "b": other.pk}).content.decode()
    assert 'id="snapshot-diff"' not in page
    assert "Pick two snapshots of this claim&#x27;s evidence." in page


def test_workbench_changelist_filters_and_counts_without_a_full_count(desk, article, claim, checker):
    other = ClaimFactory.create(
        article=article, position=1, start=46, end=103, status="in_review", assignee=checker, claimers=["Rebels"]
    )
    Evidence.objects.create(claim=other, url="https://a.example/")
    changelist = reverse("admin:claims_claim_changelist")

    def ids(**params):  # type: ignore[no-untyped-def]
        page = desk.get(changelist, params).content.decode()
        return [int(i) for i in re.findall(r'name="_selected_action" value="(\d+)"', page)]

    assert sorted(ids()) == sorted([claim.pk, other.pk])
    assert ids(status__exact="in_review") == [other.pk]
    assert ids(assignee=str(checker.pk)) == [other.pk]
    assert ids(assignee="none") == [claim.pk]
    assert ids(has_evidence="yes") == [other.pk]
    assert ids(has_evidence="no") == [claim.pk]
    assert ids(claimer="Rebels") == [other.pk]
    assert ids(claimer="Officials") == [claim.pk]
    assert ids(q="bridge") == [claim.pk]
    assert ids(overdue="yes") == []
    page = desk.get(changelist).content.decode()
    assert '<span id="result-count">2</span> claims' in page


@pytest.mark.parametrize(
    ("status", "offered"),
    [(Status.NOT_CHECKWORTHY, True), (Status.NEW, False), (Status.TRIAGED, False), (Status.PUBLISHED, False)],
)
def test_mark_checkworthy_is_offered_only_on_a_claim_that_is_not_checkworthy(checker, article, status, offered):
    claim = ClaimFactory.create(article=article, position=0, start=0, end=45, status=status)

    page = client_for(checker).get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()

    assert ('id="action-checkworthy"' in page) is offered
