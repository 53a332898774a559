"""The second review before publishing goes to an editor other than the proposer, the least loaded one."""

import pytest

from claims.models import Status, Verdict
from tests.factories import ClaimFactory, user_with_roles
from tests.verifier.workflow_helpers import actor
from verifier.models import ReviewTask, TaskKind, TaskState
from verifier.reviews import second_reviewer_pick
from verifier.roles import EDITOR, FACT_CHECKER
from verifier.workflow import claim_assign, claim_propose_verdict

pytestmark = pytest.mark.django_db


def propose(claim, who, django_capture_on_commit_callbacks):  # type: ignore[no-untyped-def]
    with django_capture_on_commit_callbacks(execute=True):
        claim_propose_verdict(claim_id=claim.pk, verdict=Verdict.FALSE, summary="Checked.", actor=actor(who))
    return ReviewTask.objects.get(claim=claim, kind=TaskKind.SECOND_REVIEW, state=TaskState.OPEN)


def test_an_editor_who_proposes_never_gets_the_second_review(django_capture_on_commit_callbacks):
    ada = user_with_roles("ada", EDITOR)
    bea = user_with_roles("bea", EDITOR)
    claim = ClaimFactory.create(status=Status.IN_REVIEW, assignee=ada)

    task = propose(claim, ada, django_capture_on_commit_callbacks)

    assert task.assignee == bea


def test_the_least_loaded_editor_gets_it_and_ties_go_round(django_capture_on_commit_callbacks):
    checker = user_with_roles("chris", FACT_CHECKER)
    ada, bea = user_with_roles("ada", EDITOR), user_with_roles("bea", EDITOR)
    claims = [ClaimFactory.create(status=Status.IN_REVIEW, assignee=checker) for _ in range(4)]

    assignees = [propose(claim, checker, django_capture_on_commit_callbacks).assignee for claim in claims]

    # Equal load: the longest-standing account; then whoever has fewer open second reviews.
    assert assignees == [ada, bea, ada, bea]


def test_without_another_editor_the_task_stays_unassigned(django_capture_on_commit_callbacks):
    ada = user_with_roles("ada", EDITOR)
    user_with_roles("chris", FACT_CHECKER)
    claim = ClaimFactory.create(status=Status.IN_REVIEW)

    task = propose(claim, ada, django_capture_on_commit_callbacks)

    assert task.assignee is None
    claim.refresh_from_db()
    assert second_reviewer_pick(claim=claim) is None


def test_inactive_editors_are_skipped(django_capture_on_commit_callbacks):
    checker = user_with_roles("chris", FACT_CHECKER)
    user_with_roles("ada", EDITOR, is_active=False)
    bea = user_with_roles("bea", EDITOR)
    claim = ClaimFactory.create(status=Status.IN_REVIEW)

    assert propose(claim, checker, django_capture_on_commit_callbacks).assignee == bea


def test_assigning_the_claim_leaves_the_second_review_with_its_editor(django_capture_on_commit_callbacks):
    checker = user_with_roles("chris", FACT_CHECKER)
    user_with_roles("bea", EDITOR)
    claim = ClaimFactory.create(status=Status.IN_REVIEW, claim_type="event")
    ReviewTask.objects.create(claim=claim, kind=TaskKind.CORROBORATE, title="Corroborate")
    propose(claim, checker, django_capture_on_commit_callbacks)

    claim_assign(claim_id=claim.pk, assignee=checker, actor=actor(checker))

    assert sorted(
        ReviewTask.objects.filter(claim=claim, state=TaskState.OPEN).values_list("kind", "assignee__username")
    ) == [(TaskKind.CORROBORATE, "chris"), (TaskKind.SECOND_REVIEW, "bea")]
