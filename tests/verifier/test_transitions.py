"""claim_transition and its wrappers: the table, roles, two-person rule, versions, one event and one outbox row per
change, and refusals that write nothing."""

import pytest

from claims.models import Claim, Status, Verdict
from config.errors import ApplicationError, ConflictError, PermissionDeniedError, PreconditionFailed
from tests.factories import ClaimFactory, user_with_roles
from tests.verifier.workflow_helpers import actor
from verifier.actors import Actor
from verifier.models import OutboxMessage, ReviewTask, TaskKind, TokenScope, VerificationEvent
from verifier.roles import EDITOR, FACT_CHECKER, VIEWER
from verifier.tokens import api_token_create
from verifier.transitions import TRANSITIONS
from verifier.workflow import (
    ClaimNotFound,
    claim_assign,
    claim_propose_verdict,
    claim_publish,
    claim_reopen,
    claim_start_review,
    claim_transition,
)

pytestmark = pytest.mark.django_db

FOLLOWUP = "verifier.tasks.workflow.claim_followups"


@pytest.fixture
def checker():
    return user_with_roles("fiona", FACT_CHECKER)


@pytest.fixture
def editor():
    return user_with_roles("eddie", EDITOR)


@pytest.fixture
def editor2():
    return user_with_roles("erin", EDITOR)


@pytest.fixture
def viewer():
    return user_with_roles("victor", VIEWER)


def event_rows(claim_id):
    return list(
        VerificationEvent.objects.filter(claim_id=claim_id)
        .order_by("id")
        .values_list("kind", "from_status", "to_status", "from_verdict", "to_verdict", "actor_label", "reason")
    )


def assert_nothing_written(claim: Claim) -> None:
    fresh = Claim.objects.get(pk=claim.pk)
    assert (fresh.status, fresh.verdict, fresh.version, fresh.verdict_summary) == (
        claim.status,
        claim.verdict,
        claim.version,
        claim.verdict_summary,
    )
    assert not VerificationEvent.objects.filter(claim=claim).exists()
    assert not OutboxMessage.objects.exists()


def test_a_claim_walks_the_whole_workflow_with_one_event_and_one_follow_up_per_move(checker, editor):
    claim = ClaimFactory.create(status=Status.TRIAGED)
    job = Actor.job("source_check")

    claim_start_review(claim_id=claim.pk, actor=actor(checker), expected_version=1)
    claim_propose_verdict(
        claim_id=claim.pk, verdict=Verdict.FALSE, summary="No strike hit Kidal.", actor=actor(checker)
    )
    claim_publish(claim_id=claim.pk, actor=actor(editor), expected_version=3)
    claim_reopen(claim_id=claim.pk, actor=job, reason="Source page changed.", data={"cause": "source_changed"})
    claim_start_review(claim_id=claim.pk, actor=actor(editor))

    claim.refresh_from_db()
    assert (claim.status, claim.verdict, claim.version) == (Status.IN_REVIEW, Verdict.FALSE, 6)
    assert claim.verdict_summary == "No strike hit Kidal."
    assert (claim.proposed_by, claim.published_by) == (checker, editor)
    first_review, verdict_at, published_at = claim.first_reviewed_at, claim.verdict_at, claim.published_at
    assert first_review is not None and verdict_at is not None and published_at is not None
    assert first_review < verdict_at < published_at
    assert event_rows(claim.pk) == [
        ("transition", "triaged", "in_review", "unrated", "unrated", "fiona", ""),
        ("verdict", "in_review", "verdict_proposed", "unrated", "false", "fiona", ""),
        ("transition", "verdict_proposed", "published", "false", "false", "eddie", ""),
        ("transition", "published", "reopened", "false", "false", "job:source_check", "Source page changed."),
        ("transition", "reopened", "in_review", "false", "false", "eddie", ""),
    ]
    events = list(VerificationEvent.objects.filter(claim=claim).order_by("id"))
    assert [e.data for e in events] == [
        {"version": 2},
        {"version": 3},
        {"version": 4},
        {"version": 5, "cause": "source_changed"},
        {"version": 6},
    ]
    assert [(e.actor_type, e.actor_user_id) for e in events] == [
        ("user", checker.pk),
        ("user", checker.pk),
        ("user", editor.pk),
        ("job", None),
        ("user", editor.pk),
    ]
    assert list(OutboxMessage.objects.order_by("id").values_list("task_name", "kwargs", "state")) == [
        (FOLLOWUP, {"claim_id": claim.pk, "event_id": e.pk}, "pending") for e in events
    ]


def test_first_review_time_is_kept_when_the_claim_returns_to_review(checker):
    claim = ClaimFactory.create(status=Status.TRIAGED)
    claim_start_review(claim_id=claim.pk, actor=actor(checker))
    first = Claim.objects.get(pk=claim.pk).first_reviewed_at
    claim_transition(claim_id=claim.pk, to_status=Status.NEEDS_EVIDENCE, actor=actor(checker))
    claim_start_review(claim_id=claim.pk, actor=actor(checker))
    assert Claim.objects.get(pk=claim.pk).first_reviewed_at == first


@pytest.mark.parametrize(
    ("status", "to_status"),
    [
        (Status.NEW, Status.PUBLISHED),
        (Status.TRIAGED, Status.VERDICT_PROPOSED),
        (Status.PUBLISHED, Status.IN_REVIEW),
        (Status.PUBLISHED, Status.VERDICT_PROPOSED),
        (Status.IN_REVIEW, Status.IN_REVIEW),
    ],
)
def test_a_move_outside_the_table_is_a_conflict_and_writes_nothing(editor, status, to_status):
    claim = ClaimFactory.create(status=status)
    with pytest.raises(ConflictError) as exc:
        claim_transition(claim_id=claim.pk, to_status=to_status, actor=actor(editor), verdict=None, reason="because")
    assert (exc.value.status_code, exc.value.code) == (409, "transition_not_allowed")
    assert exc.value.extra == {"status": status, "allowed": sorted(TRANSITIONS[status])}
    assert_nothing_written(claim)


def test_a_stale_expected_version_is_a_failed_precondition(checker):
    claim = ClaimFactory.create(status=Status.TRIAGED, version=4)
    with pytest.raises(PreconditionFailed) as exc:
        claim_start_review(claim_id=claim.pk, actor=actor(checker), expected_version=3)
    assert (exc.value.status_code, exc.value.extra) == (412, {"version": 4})
    assert_nothing_written(claim)


def test_a_missing_claim_is_not_found(checker):
    with pytest.raises(ClaimNotFound) as exc:
        claim_start_review(claim_id=987654, actor=actor(checker))
    assert exc.value.status_code == 404
    assert not OutboxMessage.objects.exists()


@pytest.mark.parametrize(
    ("status", "to_status", "who", "role"),
    [
        (Status.TRIAGED, Status.IN_REVIEW, "viewer", FACT_CHECKER),
        (Status.NEW, Status.TRIAGED, "viewer", FACT_CHECKER),
        (Status.VERDICT_PROPOSED, Status.PUBLISHED, "checker", EDITOR),
        (Status.PUBLISHED, Status.REOPENED, "checker", EDITOR),
        (Status.TRIAGED, Status.IN_REVIEW, "nobody", FACT_CHECKER),
    ],
)
def test_a_move_needs_its_role(request, status, to_status, who, role):
    user = user_with_roles("nobody") if who == "nobody" else request.getfixturevalue(who)
    claim = ClaimFactory.create(status=status, verdict=Verdict.TRUE)
    with pytest.raises(PermissionDeniedError) as exc:
        claim_transition(claim_id=claim.pk, to_status=to_status, actor=actor(user), reason="r")
    assert (exc.value.status_code, exc.value.code) == (403, "role_required")
    assert exc.value.extra == {"role": role}
    assert_nothing_written(claim)


@pytest.mark.parametrize(
    ("status", "to_status"),
    [
        (Status.TRIAGED, Status.IN_REVIEW),
        (Status.VERDICT_PROPOSED, Status.PUBLISHED),
        (Status.IN_REVIEW, Status.NOT_CHECKWORTHY),
        (Status.NOT_CHECKWORTHY, Status.TRIAGED),
    ],
)
def test_jobs_may_only_triage_and_reopen(status, to_status):
    claim = ClaimFactory.create(status=status, verdict=Verdict.TRUE)
    with pytest.raises(PermissionDeniedError) as exc:
        claim_transition(claim_id=claim.pk, to_status=to_status, actor=Actor.job("x"), reason="r")
    assert exc.value.code == "role_required"
    assert_nothing_written(claim)


def test_jobs_may_triage_and_reopen():
    new, published = (
        ClaimFactory.create(status=Status.NEW),
        ClaimFactory.create(status=Status.PUBLISHED, verdict=Verdict.TRUE),
    )
    claim_transition(claim_id=new.pk, to_status=Status.NOT_CHECKWORTHY, actor=Actor.job("triage"))
    claim_reopen(claim_id=published.pk, actor=Actor.job("recheck"), reason="Re-check due.")
    assert list(Claim.objects.order_by("pk").values_list("status", flat=True)) == ["not_checkworthy", "reopened"]


def test_the_editor_who_proposed_a_verdict_cannot_publish_it(editor, editor2):
    claim = ClaimFactory.create(status=Status.IN_REVIEW)
    claim_propose_verdict(claim_id=claim.pk, verdict=Verdict.MISLEADING, summary="Old video.", actor=actor(editor))
    proposed = Claim.objects.get(pk=claim.pk)
    events_before = event_rows(claim.pk)

    with pytest.raises(PermissionDeniedError) as exc:
        claim_publish(claim_id=claim.pk, actor=actor(editor))
    assert (exc.value.status_code, exc.value.code) == (403, "two_person_rule")
    after = Claim.objects.get(pk=claim.pk)
    assert (after.status, after.version, after.published_by) == (Status.VERDICT_PROPOSED, proposed.version, None)
    assert event_rows(claim.pk) == events_before

    claim_publish(claim_id=claim.pk, actor=actor(editor2), expected_version=proposed.version)
    published = Claim.objects.get(pk=claim.pk)
    assert (published.status, published.verdict, published.published_by) == (Status.PUBLISHED, "misleading", editor2)


def test_a_token_acts_with_its_users_roles(checker, viewer):
    claim = ClaimFactory.create(status=Status.TRIAGED)
    checker_token = api_token_create(user=checker, scope=TokenScope.WRITE, name="cms")[0]
    viewer_token = api_token_create(user=viewer, scope=TokenScope.WRITE, name="cms")[0]

    with pytest.raises(PermissionDeniedError):
        claim_start_review(claim_id=claim.pk, actor=Actor.for_token(viewer_token))
    claim_start_review(claim_id=claim.pk, actor=Actor.for_token(checker_token))

    event = VerificationEvent.objects.get(claim=claim)
    assert (event.actor_type, event.actor_user, event.actor_label) == (
        "token",
        checker,
        f"token:{checker_token.token_key}",
    )


@pytest.mark.parametrize("reason", ["", "   "])
def test_reopening_a_published_verdict_needs_a_reason(editor, reason):
    claim = ClaimFactory.create(status=Status.PUBLISHED, verdict=Verdict.TRUE)
    with pytest.raises(ApplicationError) as exc:
        claim_reopen(claim_id=claim.pk, actor=actor(editor), reason=reason)
    assert (exc.value.status_code, exc.value.code) == (400, "reason_required")
    assert_nothing_written(claim)


@pytest.mark.parametrize(
    ("verdict", "summary", "code"),
    [
        (Verdict.UNCONFIRMED, "Pending.", "invalid_verdict"),
        (Verdict.UNRATED, "Pending.", "invalid_verdict"),
        ("bogus", "Pending.", "invalid_verdict"),
        (Verdict.TRUE, "  ", "summary_required"),
    ],
)
def test_a_proposal_needs_a_rated_verdict_and_a_summary(checker, verdict, summary, code):
    claim = ClaimFactory.create(status=Status.IN_REVIEW)
    with pytest.raises(ApplicationError) as exc:
        claim_propose_verdict(claim_id=claim.pk, verdict=verdict, summary=summary, actor=actor(checker))
    assert (exc.value.status_code, exc.value.code) == (400, code)
    assert_nothing_written(claim)


def test_a_verdict_is_set_only_by_a_proposal(editor):
    claim = ClaimFactory.create(status=Status.REOPENED, verdict=Verdict.TRUE)
    with pytest.raises(ApplicationError) as exc:
        claim_transition(claim_id=claim.pk, to_status=Status.IN_REVIEW, actor=actor(editor), verdict="false")
    assert (exc.value.status_code, exc.value.code) == (400, "verdict_not_allowed")
    assert_nothing_written(claim)


def test_publishing_needs_a_rated_verdict(editor):
    claim = ClaimFactory.create(status=Status.VERDICT_PROPOSED, verdict=Verdict.UNCONFIRMED)
    with pytest.raises(ConflictError) as exc:
        claim_publish(claim_id=claim.pk, actor=actor(editor))
    assert exc.value.code == "verdict_unrated"
    assert_nothing_written(claim)


def test_assigning_bumps_the_version_writes_an_assigned_event_and_moves_open_tasks(checker, editor):
    claim = ClaimFactory.create(status=Status.IN_REVIEW)
    open_task = ReviewTask.objects.create(claim=claim, kind=TaskKind.CORROBORATE, title="t")
    done_task = ReviewTask.objects.create(claim=claim, kind=TaskKind.ORIGINAL_STATEMENT, title="t", state="done")

    claim_assign(claim_id=claim.pk, assignee=checker, actor=actor(editor), expected_version=1)

    claim.refresh_from_db()
    assert (claim.status, claim.version, claim.assignee) == (Status.IN_REVIEW, 2, checker)
    event = VerificationEvent.objects.get(claim=claim)
    assert (event.kind, event.from_status, event.to_status, event.actor_label) == (
        "assigned",
        "in_review",
        "in_review",
        "eddie",
    )
    assert event.data == {"version": 2, "assignee_id": checker.pk, "previous_assignee_id": None}
    assert ReviewTask.objects.get(pk=open_task.pk).assignee == checker
    assert ReviewTask.objects.get(pk=done_task.pk).assignee is None


def test_assignment_refusals_write_nothing(checker, viewer):
    claim = ClaimFactory.create(status=Status.IN_REVIEW)
    with pytest.raises(PermissionDeniedError):
        claim_assign(claim_id=claim.pk, assignee=checker, actor=actor(viewer))
    with pytest.raises(ApplicationError) as exc:
        claim_assign(claim_id=claim.pk, assignee=viewer, actor=actor(checker))
    assert exc.value.code == "assignee_not_fact_checker"
    with pytest.raises(PreconditionFailed):
        claim_assign(claim_id=claim.pk, assignee=checker, actor=actor(checker), expected_version=7)
    with pytest.raises(PermissionDeniedError):
        claim_assign(claim_id=claim.pk, assignee=checker, actor=Actor.job("x"))
    assert_nothing_written(claim)
    assert Claim.objects.get(pk=claim.pk).assignee is None
