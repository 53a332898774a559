import pytest

from claims.models import Claim
from verifier.models import VerificationEvent

pytestmark = pytest.mark.django_db


def etag(claim: Claim) -> str:
    claim.refresh_from_db()
    return f'"claim-{claim.pk}-v{claim.version}"'


def post(client, claim, action, body, *, if_match=None):  # type: ignore[no-untyped-def]
    headers = {"HTTP_IF_MATCH": if_match} if if_match is not None else {}
    return client.post(f"/api/v1/claims/{claim.pk}/{action}/", body, format="json", **headers)


def test_transition_needs_if_match_428_and_writes_nothing(checker_client, claims):
    response = post(checker_client, claims[0], "transitions", {"to_status": "triaged"})

    assert response.status_code == 428
    assert response.json() == {
        "type": "precondition_required",
        "title": "Precondition required",
        "status": 428,
        "detail": "This request needs an If-Match header with the object's current ETag.",
        "errors": {},
    }
    assert Claim.objects.get(pk=claims[0].pk).status == "new"
    assert not VerificationEvent.objects.exists()


def test_stale_etag_is_412_and_writes_nothing(checker_client, claims):
    claim = claims[0]
    Claim.objects.filter(pk=claim.pk).update(version=3)

    response = post(checker_client, claim, "transitions", {"to_status": "triaged"}, if_match=f'"claim-{claim.pk}-v2"')

    assert response.status_code == 412
    assert response.json() == {
        "type": "precondition_failed",
        "title": "Precondition failed",
        "status": 412,
        "detail": f'If-Match \'"claim-{claim.pk}-v2"\' does not match the current ETag "claim-{claim.pk}-v3".',
        "errors": {"etag": f'"claim-{claim.pk}-v3"', "version": 3},
    }
    assert Claim.objects.get(pk=claim.pk).status == "new"
    assert not VerificationEvent.objects.exists()


def test_full_workflow_over_http_with_etags(checker_client, editor_client, claims):
    claim = claims[1]

    triaged = post(checker_client, claim, "transitions", {"to_status": "triaged"}, if_match=etag(claim))
    in_review = post(checker_client, claim, "transitions", {"to_status": "in_review"}, if_match=triaged["ETag"])
    proposed = post(
        checker_client,
        claim,
        "verdict",
        {"verdict": "false", "summary": "Hospital records show 3 deaths."},
        if_match=in_review["ETag"],
    )
    published = post(editor_client, claim, "publish", {}, if_match=proposed["ETag"])

    assert [r.status_code for r in (triaged, in_review, proposed, published)] == [200, 200, 200, 200]
    assert [r["ETag"] for r in (triaged, in_review, proposed, published)] == [
        f'"claim-{claim.pk}-v{v}"' for v in (2, 3, 4, 5)
    ]
    body = published.json()
    assert (body["status"], body["verdict"], body["verdict_summary"], body["version"], body["etag"]) == (
        "published",
        "false",
        "Hospital records show 3 deaths.",
        5,
        f'"claim-{claim.pk}-v5"',
    )
    events = VerificationEvent.objects.filter(claim=claim).order_by("id")
    assert [(e.from_status, e.to_status, e.actor_label.split(":")[0]) for e in events] == [
        ("new", "triaged", "token"),
        ("triaged", "in_review", "token"),
        ("in_review", "verdict_proposed", "token"),
        ("verdict_proposed", "published", "token"),
    ]

    reopened = post(editor_client, claim, "reopen", {"reason": "New casualty figures."}, if_match=published["ETag"])
    assert reopened.status_code == 200
    assert reopened.json()["status"] == "reopened"


def test_refused_transition_is_409_with_allowed_targets(checker_client, claims):
    claim = claims[0]

    response = post(checker_client, claim, "transitions", {"to_status": "needs_evidence"}, if_match=etag(claim))

    assert response.status_code == 409
    assert response.json() == {
        "type": "transition_not_allowed",
        "title": "Conflict",
        "status": 409,
        "detail": f"Claim {claim.pk} cannot move from new to needs_evidence.",
        "errors": {"status": "new", "allowed": ["not_checkworthy", "triaged"]},
    }
    assert etag(claim) == f'"claim-{claim.pk}-v1"'


def test_publishing_through_transitions_is_refused(checker_client, claims):
    claim = claims[0]

    response = post(checker_client, claim, "transitions", {"to_status": "published"}, if_match=etag(claim))

    assert response.status_code == 400
    assert response.json()["type"] == "use_action_endpoint"
    assert response.json()["detail"] == f"Use POST /claims/{claim.pk}/publish/ to move a claim to published."


def test_user_without_role_gets_403(write_client, claims):
    claim = claims[0]

    response = post(write_client, claim, "transitions", {"to_status": "triaged"}, if_match=etag(claim))

    assert response.status_code == 403
    assert response.json()["type"] == "role_required"
    assert not VerificationEvent.objects.exists()


def test_read_token_cannot_act(read_client, claims):
    claim = claims[0]

    response = post(read_client, claim, "transitions", {"to_status": "triaged"}, if_match=etag(claim))

    assert response.status_code == 403
    assert response.json()["type"] == "permission_denied"


@pytest.mark.parametrize(
    ("action", "body", "errors"),
    [
        ("transitions", {"to_status": "flying"}, {"to_status": ['"flying" is not a valid choice.']}),
        ("transitions", {"to_status": "triaged", "colour": "red"}, {"colour": ["Unknown field."]}),
        ("verdict", {"verdict": "unrated", "summary": "x"}, {"verdict": ['"unrated" is not a valid choice.']}),
        ("reopen", {}, {"reason": ["This field is required."]}),
    ],
)
def test_bad_action_input_is_400(checker_client, claims, action, body, errors):
    claim = claims[0]

    response = post(checker_client, claim, action, body, if_match=etag(claim))

    assert response.status_code == 400
    assert response.json()["errors"] == errors
    assert not VerificationEvent.objects.exists()


def test_unknown_claim_is_404(checker_client):
    response = post(checker_client, Claim(pk=999999), "transitions", {"to_status": "triaged"}, if_match="*")

    assert response.status_code == 404


def test_assign_sets_assignee_and_bumps_etag(checker_client, claims):
    from tests.api.conftest import user_with_role

    user_with_role("second-checker", "fact-checker")
    claim = claims[0]

    response = post(checker_client, claim, "assign", {"assignee": "second-checker"}, if_match=etag(claim))
    unknown = post(checker_client, claim, "assign", {"assignee": "nobody"}, if_match=etag(claim))

    assert response.status_code == 200
    assert (response.json()["assignee"], response["ETag"]) == ("second-checker", f'"claim-{claim.pk}-v2"')
    assert unknown.status_code == 400
    assert unknown.json()["errors"] == {"assignee": ["No active user with this username."]}


def test_publishing_an_incomplete_claimreview_is_409_with_what_is_missing(checker_client, editor_client, claims):
    claim = claims[0]  # its claimer and the article's outlet are cleared: nobody to name as the claimant
    Claim.objects.filter(pk=claim.pk).update(
        status="verdict_proposed", verdict="false", verdict_summary="No.", claimers=[]
    )
    claim.article.__class__.objects.filter(pk=claim.article_id).update(outlet="")
    events_before = VerificationEvent.objects.count()

    response = post(editor_client, claim, "publish", {}, if_match=etag(claim))

    assert response.status_code == 409
    assert response.json() == {
        "type": "claimreview_incomplete",
        "title": "Conflict",
        "status": 409,
        "detail": f"The ClaimReview of claim {claim.pk} is incomplete: itemReviewed.author.name.",
        "errors": {"missing": ["itemReviewed.author.name"]},
    }
    assert Claim.objects.values_list("status", "published_at").get(pk=claim.pk) == ("verdict_proposed", None)
    assert VerificationEvent.objects.count() == events_before
