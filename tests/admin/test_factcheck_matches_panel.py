"""The claim page's fact-check matches: shown with their scores, "same claim" / "not the same" stored and audited,
and a confirmed match proposing its verdict with the fact-check as evidence."""

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Status
from factchecks.models import ClaimMatch, Decision, FactCheck
from sources.models import Evidence
from tests.admin.test_workbench import shown_messages
from tests.factories import ClaimFactory
from verifier.models import VerificationEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def match(checker):  # type: ignore[no-untyped-def]
    claim = ClaimFactory.create(text="The harbour bridge is closed to traffic.", status=Status.IN_REVIEW)
    factcheck = FactCheck.objects.create(
        key="k1",
        claim_reviewed="The harbour bridge has been closed to all traffic since June.",
        title="No, the bridge is not closed",
        rating_text="False",
        rating_value=1,
        best_rating=5,
        worst_rating=1,
        publisher="Coastal Checkers",
        url="https://checkers.example.org/reviews/bridge",
    )
    return ClaimMatch.objects.create(claim=claim, factcheck=factcheck, score=0.93, rank=1)


def client_for(user):  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


def post(client, match, action):  # type: ignore[no-untyped-def]
    url = reverse("admin:claims_claim_match_action", args=[match.claim_id, match.pk, action])
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:claims_claim_change", args=[match.claim_id]) + "#factcheck-matches"
    return shown_messages(client.get(response["Location"]).content.decode())


def test_the_panel_lists_matches(checker, match):
    page = client_for(checker).get(reverse("admin:claims_claim_change", args=[match.claim_id])).content.decode()

    assert '<div class="panel" id="factcheck-matches">' in page
    assert f'<tr class="factcheck-match" data-match="{match.pk}">' in page
    assert "<td>0.93</td>" in page
    assert '<a href="https://checkers.example.org/reviews/bridge" rel="noopener noreferrer">' in page
    assert 'class="match-propose"' not in page  # only a confirmed match can be cited


def test_same_then_not_the_same_are_stored_and_audited(checker, match):
    client = client_for(checker)

    assert post(client, match, "same") == ["Match recorded as “Same claim”."]
    assert post(client, match, "different") == ["Match recorded as “Not the same”."]

    match.refresh_from_db()
    assert (match.decision, match.decided_by) == (Decision.DIFFERENT, checker)
    assert list(VerificationEvent.objects.values_list("kind", "actor_label", "data__decision", "data__previous")) == [
        ("match_decided", "chris", "same", "pending"),
        ("match_decided", "chris", "different", "same"),
    ]


def test_a_confirmed_match_proposes_its_verdict(checker, match):
    client = client_for(checker)
    post(client, match, "same")
    page = client.get(reverse("admin:claims_claim_change", args=[match.claim_id])).content.decode()
    assert 'class="match-propose"' in page

    assert post(client, match, "propose") == [f"Verdict proposed for claim {match.claim_id}, citing the fact-check."]

    match.claim.refresh_from_db()
    assert (match.claim.status, match.claim.verdict) == (Status.VERDICT_PROPOSED, "false")
    assert list(Evidence.objects.values_list("url", "stance")) == [
        ("https://checkers.example.org/reviews/bridge", "refutes")
    ]


def test_refusals_are_shown_and_write_nothing(checker, viewer, match):
    assert post(client_for(checker), match, "propose") == [
        "Refused: Only a match confirmed as the same claim can be cited."
    ]
    assert Evidence.objects.count() == 0

    other = ClaimFactory.create(text="Another claim.")
    wrong_claim = reverse("admin:claims_claim_match_action", args=[other.pk, match.pk, "same"])
    assert client_for(checker).post(wrong_claim).status_code == 403
    assert (
        client_for(checker)
        .get(reverse("admin:claims_claim_match_action", args=[match.claim_id, match.pk, "same"]))
        .status_code
        == 405
    )
    assert post(client_for(viewer), match, "same") == ["Refused: Deciding a match needs the fact-checker role."]
    assert ClaimMatch.objects.get().decision == Decision.PENDING
    assert not VerificationEvent.objects.exists()
