"""Reads of the events and review-task resources."""

from django.db.models import QuerySet

from verifier.models import ReviewTask, VerificationEvent


def events() -> QuerySet[VerificationEvent]:
    """Every audit event (cursor pages order them newest first)."""
    return VerificationEvent.objects.all()


def review_tasks() -> QuerySet[ReviewTask]:
    """Review tasks, soonest due first, with their assignees."""
    return ReviewTask.objects.select_related("assignee").order_by("due_at", "id")
