"""Follow-ups of transitions (review-task sync), reminders, escalation, re-checks of unconfirmed claims, metrics."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Claim, ClaimType, Status, Verdict
from tests.factories import ClaimFactory, user_with_roles
from tests.verifier.workflow_helpers import actor
from verifier import reviews
from verifier.actors import Actor
from verifier.models import (
    ClaimRecheck,
    OutboxMessage,
    ReviewTask,
    TaskKind,
    TaskState,
    VerificationEvent,
    WebhookDelivery,
    WebhookSubscription,
)
from verifier.roles import EDITOR, FACT_CHECKER
from verifier.selectors import claim_metrics, claim_qs_with_metrics, review_tasks_overdue
from verifier.tasks.reviews import escalate_review_tasks, fire_due_rechecks, remind_review_tasks
from verifier.workflow import claim_propose_verdict, claim_publish, claim_reopen, claim_start_review, claim_transition

pytestmark = pytest.mark.django_db


def tasks_of(claim):
    return sorted(ReviewTask.objects.filter(claim=claim).values_list("kind", "state"))


def test_follow_ups_keep_review_tasks_in_line_with_the_status(django_capture_on_commit_callbacks):
    checker, editor = user_with_roles("fiona", FACT_CHECKER), user_with_roles("eddie", EDITOR)
    claim = ClaimFactory.create(status=Status.TRIAGED, claim_type=ClaimType.ACCUSATION)

    with django_capture_on_commit_callbacks(execute=True):
        claim_start_review(claim_id=claim.pk, actor=actor(checker))
    assert tasks_of(claim) == [("accuser_report", "open")]

    with django_capture_on_commit_callbacks(execute=True):
        claim_propose_verdict(claim_id=claim.pk, verdict=Verdict.TRUE, summary="Report found.", actor=actor(checker))
    assert tasks_of(claim) == [("accuser_report", "open"), ("second_review", "open")]

    with django_capture_on_commit_callbacks(execute=True):
        claim_transition(claim_id=claim.pk, to_status=Status.IN_REVIEW, actor=actor(editor))
    assert tasks_of(claim) == [("accuser_report", "open"), ("second_review", "cancelled")]

    with django_capture_on_commit_callbacks(execute=True):
        claim_propose_verdict(claim_id=claim.pk, verdict=Verdict.TRUE, summary="Report found.", actor=actor(checker))
    with django_capture_on_commit_callbacks(execute=True):
        claim_publish(claim_id=claim.pk, actor=actor(editor))
    assert tasks_of(claim) == [("accuser_report", "done"), ("second_review", "cancelled"), ("second_review", "done")]

    with django_capture_on_commit_callbacks(execute=True):
        claim_reopen(claim_id=claim.pk, actor=Actor.job("source_check"), reason="Report deleted.")
    reopen_task = ReviewTask.objects.get(claim=claim, state="open")
    assert (reopen_task.kind, reopen_task.data) == ("source_changed", {"reason": "Report deleted."})

    # Each transition's follow-up ran exactly once through the outbox.
    assert set(OutboxMessage.objects.values_list("state", flat=True)) == {"done"}
    assert OutboxMessage.objects.count() == VerificationEvent.objects.filter(claim=claim).count() == 6


def test_a_follow_up_delivered_twice_runs_once(django_capture_on_commit_callbacks):
    from verifier.tasks.workflow import claim_followups

    claim = ClaimFactory.create(status=Status.IN_REVIEW)
    checker = user_with_roles("fiona", FACT_CHECKER)
    with django_capture_on_commit_callbacks(execute=True):
        claim_propose_verdict(claim_id=claim.pk, verdict=Verdict.FALSE, summary="No.", actor=actor(checker))
    message = OutboxMessage.objects.get()
    assert message.state == "done"

    assert claim_followups.apply(kwargs={**message.kwargs, "outbox_id": message.pk}).get() == []
    assert tasks_of(claim) == [("second_review", "open")]


def test_reminders_go_once_to_tasks_due_soon_and_overdue(monkeypatch):
    monkeypatch.setattr(reviews, "WORKFLOW_REMINDER_BEFORE_HOURS", 4)
    now = timezone.now()
    claim = ClaimFactory.create(status=Status.IN_REVIEW)
    soon = ReviewTask.objects.create(claim=claim, kind=TaskKind.CORROBORATE, title="t", due_at=now + timedelta(hours=3))
    overdue = ReviewTask.objects.create(
        claim=claim, kind=TaskKind.ORIGINAL_STATEMENT, title="t", due_at=now - timedelta(hours=1)
    )
    ReviewTask.objects.create(claim=claim, kind=TaskKind.CASUALTY_FIGURES, title="t", due_at=now + timedelta(hours=5))
    ReviewTask.objects.create(claim=claim, kind=TaskKind.CONFIRM_CONTROL, title="t", due_at=now, state="done")

    assert remind_review_tasks.apply().get() == 2
    assert sorted(ReviewTask.objects.filter(reminded_at__isnull=False).values_list("pk", flat=True)) == [
        soon.pk,
        overdue.pk,
    ]
    assert remind_review_tasks.apply().get() == 0


def test_overdue_tasks_are_escalated_once_to_the_editors(monkeypatch):
    monkeypatch.setattr(reviews, "WORKFLOW_ESCALATE_AFTER_HOURS", 2)
    user_with_roles("eddie", EDITOR)
    user_with_roles("erin", EDITOR)
    user_with_roles("fiona", FACT_CHECKER)
    now = timezone.now()
    claim = ClaimFactory.create(status=Status.IN_REVIEW)
    late = ReviewTask.objects.create(claim=claim, kind=TaskKind.CORROBORATE, title="t", due_at=now - timedelta(hours=3))
    ReviewTask.objects.create(claim=claim, kind=TaskKind.ORIGINAL_STATEMENT, title="t", due_at=now - timedelta(hours=1))

    assert escalate_review_tasks.apply().get() == 1
    late.refresh_from_db()
    assert late.escalated_at is not None
    assert late.data == {"escalated_to": ["eddie", "erin"]}
    assert escalate_review_tasks.apply().get() == 0
    assert list(review_tasks_overdue().values_list("pk", flat=True)) == [late.pk, late.pk + 1]


def test_reminders_and_escalations_are_sent_to_webhook_subscribers(monkeypatch):
    monkeypatch.setattr(reviews, "WORKFLOW_REMINDER_BEFORE_HOURS", 4)
    monkeypatch.setattr(reviews, "WORKFLOW_ESCALATE_AFTER_HOURS", 2)
    user_with_roles("eddie", EDITOR)
    fiona = user_with_roles("fiona", FACT_CHECKER)
    alerts = WebhookSubscription.objects.create(
        url="https://alerts.example.org/hook",
        event_types=["review_task.reminder", "review_task.escalated"],
        secret="s",
    )
    WebhookSubscription.objects.create(url="https://cms.example.org/hook", event_types=["claim.created"], secret="s")
    due = (timezone.now() - timedelta(hours=3)).replace(microsecond=0)
    claim = ClaimFactory.create(status=Status.IN_REVIEW)
    task = ReviewTask.objects.create(
        claim=claim, kind=TaskKind.CORROBORATE, title="Corroborate", due_at=due, assignee=fiona
    )

    assert remind_review_tasks.apply().get() == 1
    assert escalate_review_tasks.apply().get() == 1

    payload = {
        "task_id": task.pk,
        "claim_id": claim.pk,
        "kind": "corroborate",
        "title": "Corroborate",
        "due_at": due.isoformat().replace("+00:00", "Z"),
        "assignee": "fiona",
    }
    assert list(
        WebhookDelivery.objects.order_by("id").values_list("subscription_id", "event_type", "payload", "state")
    ) == [
        (alerts.pk, "review_task.reminder", {**payload, "escalated_to": []}, "pending"),
        (alerts.pk, "review_task.escalated", {**payload, "escalated_to": ["eddie"]}, "pending"),
    ]


def test_due_rechecks_reopen_published_claims_and_open_tasks_on_others(monkeypatch):
    monkeypatch.setattr(reviews, "WORKFLOW_RECHECK_UNCONFIRMED_HOURS", 48)
    now = timezone.now()
    published = ClaimFactory.create(status=Status.PUBLISHED, verdict=Verdict.UNPROVEN)
    in_review = ClaimFactory.create(status=Status.IN_REVIEW)
    not_checkworthy = ClaimFactory.create(status=Status.NOT_CHECKWORTHY)
    later = ClaimFactory.create(status=Status.PUBLISHED, verdict=Verdict.TRUE)
    r1 = ClaimRecheck.objects.create(claim=published, due_at=now - timedelta(minutes=1))
    r2 = ClaimRecheck.objects.create(claim=in_review, due_at=now - timedelta(minutes=2))
    r3 = ClaimRecheck.objects.create(claim=not_checkworthy, due_at=now - timedelta(minutes=3))
    ClaimRecheck.objects.create(claim=later, due_at=now + timedelta(hours=1))

    assert fire_due_rechecks.apply().get() == 3

    assert {r.pk: r.outcome for r in ClaimRecheck.objects.filter(fired_at__isnull=False)} == {
        r1.pk: "reopened",
        r2.pk: "task_opened",
        r3.pk: "skipped_not_checkworthy",
    }
    reopened = Claim.objects.get(pk=published.pk)
    assert (reopened.status, reopened.verdict, reopened.version) == (Status.REOPENED, Verdict.UNPROVEN, 2)
    event = VerificationEvent.objects.get(claim=published)
    assert (event.kind, event.from_status, event.to_status, event.actor_label, event.reason, event.data) == (
        "transition",
        "published",
        "reopened",
        "job:recheck_unconfirmed",
        "Scheduled re-check of an unconfirmed claim (48 h after triage).",
        {"version": 2, "cause": "recheck_unconfirmed", "recheck_id": r1.pk},
    )
    assert tasks_of(in_review) == [("recheck_unconfirmed", "open")]
    assert Claim.objects.get(pk=later.pk).status == Status.PUBLISHED
    assert fire_due_rechecks.apply().get() == 0


def test_claim_metrics_give_time_to_first_review_and_to_verdict():
    now = timezone.now()
    claim = ClaimFactory.create(status=Status.PUBLISHED, verdict=Verdict.FALSE)
    Claim.objects.filter(pk=claim.pk).update(
        created_at=now - timedelta(hours=10),
        first_reviewed_at=now - timedelta(hours=8),
        verdict_at=now - timedelta(hours=2),
        published_at=now - timedelta(hours=1),
    )
    fresh = ClaimFactory.create()

    metrics = claim_metrics(claim_id=claim.pk)
    assert (metrics.time_to_first_review, metrics.time_to_verdict) == (timedelta(hours=2), timedelta(hours=8))
    assert (
        claim_metrics(claim_id=fresh.pk).time_to_first_review,
        claim_metrics(claim_id=fresh.pk).time_to_verdict,
    ) == (
        None,
        None,
    )
    annotated = claim_qs_with_metrics().get(pk=claim.pk).__dict__  # annotations, unknown to the type checker
    assert (annotated["time_to_first_review"], annotated["time_to_verdict"]) == (timedelta(hours=2), timedelta(hours=8))


def test_overdue_is_open_and_past_due_for_every_reader():
    now = timezone.now()
    claim = ClaimFactory.create(status=Status.IN_REVIEW)

    def task(kind: str, state: str, due_at):  # type: ignore[no-untyped-def]
        return ReviewTask.objects.create(claim=claim, kind=kind, title="t", state=state, due_at=due_at)

    late = task(TaskKind.CORROBORATE, TaskState.OPEN, now - timedelta(minutes=1))
    task(TaskKind.ORIGINAL_STATEMENT, TaskState.OPEN, now + timedelta(minutes=1))
    task(TaskKind.CASUALTY_FIGURES, TaskState.OPEN, None)
    task(TaskKind.SECOND_REVIEW, TaskState.DONE, now - timedelta(days=1))
    task(TaskKind.SOURCE_CHANGED, TaskState.CANCELLED, now - timedelta(days=1))

    assert list(ReviewTask.objects.overdue(now=now).values_list("pk", flat=True)) == [late.pk]
    assert set(ReviewTask.objects.not_overdue(now=now).values_list("pk", flat=True)) == set(
        ReviewTask.objects.exclude(pk=late.pk).values_list("pk", flat=True)
    )
    flags = dict(ReviewTask.objects.with_overdue(now=now).values_list("pk", "is_overdue"))  # type: ignore[misc]
    assert flags == {pk: pk == late.pk for pk in ReviewTask.objects.values_list("pk", flat=True)}
    assert list(review_tasks_overdue(now=now)) == [late]
    assert list(Claim.objects.filter(review_tasks__in=ReviewTask.objects.overdue(now=now))) == [claim]
    # An hour earlier nothing was overdue yet.
    assert not ReviewTask.objects.overdue(now=now - timedelta(hours=1)).exists()
