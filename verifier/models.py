"""Workflow records: the audit trail, review tasks, API tokens, the outbox and webhooks."""

from datetime import datetime

import pgtrigger
from django.conf import settings
from django.db import models
from django.db.models.expressions import Combinable
from django.utils import timezone
from knox.models import AbstractAuthToken

from claims.models import Status, Verdict


class ActorType(models.TextChoices):
    USER = "user", "User"
    TOKEN = "token", "API token"
    JOB = "job", "Background job"


class EventKind(models.TextChoices):
    CREATED = "created", "Claim created"
    TRANSITION = "transition", "Status changed"
    VERDICT = "verdict", "Verdict proposed"
    ASSIGNED = "assigned", "Assigned"
    EVIDENCE_ADDED = "evidence_added", "Evidence added"
    EVIDENCE_LINKED = "evidence_linked", "Evidence linked to a source"
    SOURCE_CHANGED = "source_changed", "Source changed"
    TRIAGED = "triaged", "Triaged"
    MATCH_DECIDED = "match_decided", "Fact-check match decided"


@pgtrigger.register(
    pgtrigger.Protect(name="verification_event_append_only", operation=pgtrigger.Update | pgtrigger.Delete),
)
class VerificationEvent(models.Model):
    """Append-only audit record. PostgreSQL refuses UPDATE and DELETE on this table (trigger)."""

    claim = models.ForeignKey("claims.Claim", on_delete=models.PROTECT, related_name="events")
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    actor_type = models.CharField(max_length=8, choices=ActorType.choices)
    actor_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    actor_label = models.CharField(max_length=200, help_text="Username, token key or job name.")
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    from_verdict = models.CharField(max_length=16, choices=Verdict.choices, blank=True)
    to_verdict = models.CharField(max_length=16, choices=Verdict.choices, blank=True)
    reason = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["claim_id", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on claim {self.claim_id} by {self.actor_label}"


@pgtrigger.register(
    pgtrigger.Protect(name="article_metadata_change_append_only", operation=pgtrigger.Update | pgtrigger.Delete),
)
class ArticleMetadataChange(models.Model):
    """Append-only audit record of an edit to an article's metadata (title, outlet, author, URL, date). The text,
    and so every claim span, never changes. PostgreSQL refuses UPDATE and DELETE on this table (trigger)."""

    article = models.ForeignKey("claims.Article", on_delete=models.PROTECT, related_name="metadata_changes")
    actor_type = models.CharField(max_length=8, choices=ActorType.choices)
    actor_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    actor_label = models.CharField(max_length=200, help_text="Username, token key or job name.")
    changes = models.JSONField(help_text='Each changed field with its old and new value: {"outlet": ["", "Wire"]}.')
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["article_id", "id"]

    def __str__(self) -> str:
        return f"Metadata of article {self.article_id} changed by {self.actor_label}"


class TaskKind(models.TextChoices):
    CASUALTY_FIGURES = "casualty_figures", "Find casualty figures from primary sources"
    FIGURE_SOURCE = "figure_source", "Trace the figure to its primary data (dataset, report, poll)"
    ACCUSER_REPORT = "accuser_report", "Locate the accuser's original report"
    ORIGINAL_STATEMENT = "original_statement", "Find the original statement"
    CONFIRM_CONTROL = "confirm_control", "Confirm who holds the place"
    CORROBORATE = "corroborate", "Corroborate the event with an independent source"
    RECHECK_UNCONFIRMED = "recheck_unconfirmed", "Re-check an unconfirmed claim"
    SOURCE_CHANGED = "source_changed", "Review a claim whose source changed"
    SECOND_REVIEW = "second_review", "Second review before publishing"


class TaskState(models.TextChoices):
    OPEN = "open", "Open"
    DONE = "done", "Done"
    CANCELLED = "cancelled", "Cancelled"


class ReviewTaskQuerySet(models.QuerySet["ReviewTask"]):
    """The rules "open" and "overdue" of review tasks, in one place for every caller."""

    @staticmethod
    def overdue_condition(*, now: datetime | Combinable | None = None) -> models.Q:
        """Open and due before ``now``: this process's clock by default; pass ``Now()`` for the database's (a
        statement that is compiled once and reused must not carry this process's time)."""
        due_before = timezone.now() if now is None else now
        return models.Q(state=TaskState.OPEN, due_at__isnull=False, due_at__lt=due_before)

    def open(self) -> "ReviewTaskQuerySet":
        return self.filter(state=TaskState.OPEN)

    def overdue(self, *, now: datetime | Combinable | None = None) -> "ReviewTaskQuerySet":
        """Open tasks past their due date (tasks without one are never overdue)."""
        return self.filter(self.overdue_condition(now=now))

    def not_overdue(self, *, now: datetime | Combinable | None = None) -> "ReviewTaskQuerySet":
        return self.exclude(self.overdue_condition(now=now))

    def with_overdue(self, *, now: datetime | Combinable | None = None) -> "ReviewTaskQuerySet":
        """Each task annotated with ``is_overdue`` (the same rule as ``overdue()``)."""
        condition = models.ExpressionWrapper(self.overdue_condition(now=now), output_field=models.BooleanField())
        return self.annotate(is_overdue=condition)


class ReviewTask(models.Model):
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="review_tasks")
    kind = models.CharField(max_length=24, choices=TaskKind.choices)
    title = models.CharField(max_length=300)
    state = models.CharField(max_length=10, choices=TaskState.choices, default=TaskState.OPEN, db_index=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="review_tasks"
    )
    due_at = models.DateTimeField(null=True, blank=True, db_index=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    escalated_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    data = models.JSONField(
        default=dict, blank=True, help_text="What triage found for the reviewer, e.g. a matching published verdict."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ReviewTaskQuerySet.as_manager()

    class Meta:
        ordering = ["due_at", "id"]
        constraints = [
            # One open task of a kind per claim: a redelivered triage job cannot create a second one.
            models.UniqueConstraint(
                fields=["claim", "kind"], condition=models.Q(state=TaskState.OPEN), name="reviewtask_one_open_per_kind"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class ClaimRecheck(models.Model):
    """A re-check of an unconfirmed claim, due at ``due_at``; a beat job fires it (reopens the claim for review).

    A due timestamp scanned by beat rather than a broker ETA: ETAs longer than the visibility timeout would be
    redelivered early, and they die with the broker's memory.
    """

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="rechecks")
    due_at = models.DateTimeField(db_index=True)
    fired_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=40, blank=True, help_text="What the re-check did when it fired.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim"], condition=models.Q(fired_at__isnull=True), name="claimrecheck_one_pending"
            ),
        ]

    def __str__(self) -> str:
        return f"Re-check of claim {self.claim_id} due {self.due_at:%Y-%m-%d %H:%M}"


class TokenScope(models.TextChoices):
    READ = "read", "Read"
    WRITE = "write", "Read and write"


class ApiToken(AbstractAuthToken):
    """Knox token (stored hashed, expiring) with a scope."""

    scope = models.CharField(max_length=8, choices=TokenScope.choices, default=TokenScope.READ)
    name = models.CharField(max_length=200, blank=True, help_text="What the token is for (which system).")

    class Meta:
        verbose_name = "API token"


class OutboxState(models.TextChoices):
    PENDING = "pending", "Pending"
    PUBLISHED = "published", "Published"
    DONE = "done", "Done"


class OutboxMessage(models.Model):
    """A follow-up job written in the same transaction as the change that needs it (transactional outbox).

    A relay publishes pending rows to Celery; a sweeper re-publishes rows stuck in pending/published. The
    consuming task marks the row done, which makes redelivery harmless.
    """

    task_name = models.CharField(max_length=200)
    kwargs = models.JSONField(default=dict)
    state = models.CharField(max_length=10, choices=OutboxState.choices, default=OutboxState.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [
            models.Index(
                fields=["state", "created_at"],
                condition=models.Q(state__in=[OutboxState.PENDING, OutboxState.PUBLISHED]),
                name="outbox_open_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.task_name} {self.kwargs} ({self.state})"


class WebhookSubscription(models.Model):
    url = models.URLField(max_length=2000)
    event_types = models.JSONField(default=list, help_text="Event types delivered, e.g. ['claim.published'].")
    secret = models.CharField(max_length=128, help_text="HMAC-SHA256 key for signing deliveries.")
    active = models.BooleanField(default=True)
    description = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.url


class DeliveryState(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed (retrying)"
    GAVE_UP = "gave_up", "Gave up"


class WebhookDelivery(models.Model):
    subscription = models.ForeignKey(WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries")
    event_id = models.UUIDField(help_text="Stable id of the event; receivers dedupe on it.")
    event_type = models.CharField(max_length=60)
    payload = models.JSONField()
    state = models.CharField(max_length=10, choices=DeliveryState.choices, default=DeliveryState.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    response_status = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        constraints = [
            models.UniqueConstraint(fields=["subscription", "event_id"], name="webhook_delivery_unique_event"),
        ]

    def __str__(self) -> str:
        return f"{self.event_type} -> {self.subscription} ({self.state})"


class IdempotencyKey(models.Model):
    """First response to a POST carrying an ``Idempotency-Key`` header, replayed for retries of it."""

    token = models.ForeignKey(ApiToken, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=200)
    request_hash = models.CharField(max_length=64, help_text="sha256 of method, path and body.")
    response_status = models.PositiveIntegerField()
    response_body = models.JSONField()
    response_headers = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["token", "key"], name="idempotency_unique_key")]

    def __str__(self) -> str:
        return self.key
