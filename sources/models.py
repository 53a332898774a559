"""The source registry, claim-to-source evidence links, watched URLs and their snapshots."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower


class SourceKind(models.TextChoices):
    OFFICIAL = "official", "Official / primary"
    NGO = "ngo", "NGO"
    NEWS = "news", "News outlet"
    SOCIAL = "social", "Social media"
    DOCUMENT = "document", "Document"
    PERSON = "person", "Person"
    ARMED_GROUP = "armed_group", "Armed group / party to conflict"
    OTHER = "other", "Other"


class Reliability(models.TextChoices):
    UNRATED = "unrated", "Unrated"
    HIGH = "high", "High"
    MIXED = "mixed", "Mixed"
    LOW = "low", "Low"


class Source(models.Model):
    name = models.CharField(max_length=300, help_text="Canonical name.")
    kind = models.CharField(max_length=16, choices=SourceKind.choices, default=SourceKind.OTHER, db_index=True)
    homepage_url = models.URLField(max_length=2000, blank=True)
    description = models.TextField(blank=True)
    reliability = models.CharField(max_length=10, choices=Reliability.choices, default=Reliability.UNRATED)
    reviewed = models.BooleanField(
        default=True, help_text="False for sources created automatically from an unknown claimer."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(Lower("name"), name="source_unique_name_ci")]

    def __str__(self) -> str:
        return self.name


class SourceAlias(models.Model):
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=300)

    class Meta:
        ordering = ["alias"]
        constraints = [models.UniqueConstraint(Lower("alias"), name="source_alias_unique_ci")]

    def __str__(self) -> str:
        return self.alias


class ReliabilityChange(models.Model):
    """History of a source's reliability rating: who changed it, when and why."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="reliability_changes")
    from_rating = models.CharField(max_length=10, choices=Reliability.choices)
    to_rating = models.CharField(max_length=10, choices=Reliability.choices)
    reason = models.TextField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-changed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.source}: {self.from_rating} -> {self.to_rating}"


class UrlState(models.TextChoices):
    PENDING = "pending", "Not checked yet"
    ALIVE = "alive", "Alive"
    FAILING = "failing", "Failing"
    DEAD = "dead", "Dead (link rot)"
    REFUSED = "refused", "Refused by the fetch guard"


class WatchedUrl(models.Model):
    """A URL the source checker fetches, archives and re-checks on a schedule."""

    url = models.URLField(max_length=2000, unique=True)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="urls")
    state = models.CharField(max_length=10, choices=UrlState.choices, default=UrlState.PENDING, db_index=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    stable_checks = models.PositiveIntegerField(default=0, help_text="Checks in a row without a change.")
    last_text_sha256 = models.CharField(
        max_length=64, blank=True, help_text="text_sha256 of the latest successful snapshot (change detection)."
    )
    next_check_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_checked_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["url"]

    def __str__(self) -> str:
        return self.url


class Snapshot(models.Model):
    """One fetch of a watched URL."""

    watched_url = models.ForeignKey(WatchedUrl, on_delete=models.CASCADE, related_name="snapshots")
    check_run = models.CharField(max_length=64, help_text="Id of the check run; makes a redelivery a no-op.")
    final_url = models.URLField(max_length=2000, blank=True)
    status_code = models.PositiveIntegerField(null=True, blank=True)
    content_type = models.CharField(max_length=200, blank=True)
    headers = models.JSONField(default=dict, blank=True, help_text="Headers of note (etag, last-modified, ...).")
    sha256 = models.CharField(max_length=64, blank=True)
    text = models.TextField(blank=True, help_text="Main text extracted from the body.")
    text_sha256 = models.CharField(max_length=64, blank=True)
    warc_path = models.CharField(max_length=500, blank=True, help_text="WARC record in MEDIA_ROOT.")
    error = models.TextField(blank=True)
    changed = models.BooleanField(default=False, help_text="Text differs materially from the previous snapshot.")
    fetched_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-fetched_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["watched_url", "check_run"], name="snapshot_unique_check_run"),
        ]

    def __str__(self) -> str:
        return f"{self.watched_url} @ {self.fetched_at:%Y-%m-%d %H:%M}"


class EvidenceRole(models.TextChoices):
    CLAIMER = "claimer", "Claimer"
    MENTIONED = "mentioned", "Mentioned"
    EVIDENCE = "evidence", "Evidence"
    CONTEXT = "context", "Context"


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    REFUTES = "refutes", "Refutes"
    MENTIONS = "mentions", "Mentions"
    UNCLEAR = "unclear", "Unclear"


class Evidence(models.Model):
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.PROTECT, related_name="evidence")
    role = models.CharField(max_length=10, choices=EvidenceRole.choices, default=EvidenceRole.EVIDENCE)
    stance = models.CharField(max_length=10, choices=Stance.choices, default=Stance.UNCLEAR)
    quote = models.TextField(blank=True)
    url = models.URLField(max_length=2000, blank=True)
    watched_url = models.ForeignKey(
        WatchedUrl, null=True, blank=True, on_delete=models.SET_NULL, related_name="evidence"
    )
    snapshot = models.ForeignKey(Snapshot, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    quote_missing = models.BooleanField(default=False, help_text="Quote no longer found in the latest snapshot.")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["claim_id", "id"]
        verbose_name_plural = "evidence"
        constraints = [
            # Automatic links (claimer / mentioned) are made once per claim and source.
            models.UniqueConstraint(
                fields=["claim", "source", "role"],
                condition=Q(role__in=["claimer", "mentioned"]),
                name="evidence_unique_auto_link",
            ),
            # A URL is linked once per claim and role: a retried add returns the first row
            # (``verifier.evidence.evidence_add``).
            models.UniqueConstraint(
                fields=["claim", "url", "role"], condition=~Q(url=""), name="evidence_unique_url_link"
            ),
            models.CheckConstraint(
                condition=~Q(role="evidence") | ~Q(url="") | Q(source__isnull=False),
                name="evidence_needs_url_or_source",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()} for claim {self.claim_id}"
