"""Articles and the claims extracted from them.

Workflow status and verdict are defined here (a claim carries them) but only ``verifier`` changes them, through
``verifier.workflow.claim_transition``.
"""

from datetime import date
from typing import Any

from django.conf import settings
from django.db import connections, models
from django.db.models import BooleanField, F, Func, Q, Value
from django.db.models.sql.compiler import SQLCompiler

# Declared with the rules that assign them (claims/extraction); imported here for the fields and the rest of the
# project (``from claims.models import ClaimType, Hedge``).
from claims.extraction.claim_types import ClaimType
from claims.extraction.hedging import Hedge


class IngestStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    PROCESSING = "processing", "Processing"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class ArticleFormat(models.TextChoices):
    TEXT = "text", "Plain text"
    HTML = "html", "HTML"
    URL = "url", "URL"


class Article(models.Model):
    text = models.TextField(help_text="Normalised article text. Claim spans index this; never edited in place.")
    content_hash = models.CharField(
        max_length=64, unique=True, help_text="sha256 of the normalised text; a re-submission returns the same row."
    )
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True, help_text="Publication that ran the article.")
    author = models.CharField(max_length=300, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, help_text="Date relative dates are resolved against.")
    language = models.CharField(max_length=12, default="en")
    source_format = models.CharField(max_length=8, choices=ArticleFormat.choices, default=ArticleFormat.TEXT)
    ingest_status = models.CharField(
        max_length=12, choices=IngestStatus.choices, default=IngestStatus.PENDING, db_index=True
    )
    ingest_error = models.TextField(blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    @property
    def published_on(self) -> date | None:
        """The day the article was published (UTC): what relative dates and the matcher's date features use."""
        return self.published_at.date() if self.published_at else None


class Status(models.TextChoices):
    """Where the verification work is. Allowed moves live in ``verifier.transitions``."""

    NEW = "new", "New"
    TRIAGED = "triaged", "Triaged"
    NOT_CHECKWORTHY = "not_checkworthy", "Not check-worthy"
    IN_REVIEW = "in_review", "In review"
    NEEDS_EVIDENCE = "needs_evidence", "Needs evidence"
    VERDICT_PROPOSED = "verdict_proposed", "Verdict proposed"
    PUBLISHED = "published", "Published"
    REOPENED = "reopened", "Reopened"


class Verdict(models.TextChoices):
    """What was found. Independent of status; mapped to ClaimReview ratings in ``verifier.ratings``."""

    UNRATED = "unrated", "Unrated"
    UNCONFIRMED = "unconfirmed", "Unconfirmed (pending)"
    TRUE = "true", "True"
    MOSTLY_TRUE = "mostly_true", "Mostly true"
    MIXED = "mixed", "Mixed"
    MOSTLY_FALSE = "mostly_false", "Mostly false"
    FALSE = "false", "False"
    MISLEADING = "misleading", "Misleading"
    UNPROVEN = "unproven", "Unproven"


class ClaimCluster(models.Model):
    """Claims that say the same thing, in one article or across articles."""

    label = models.TextField(help_text="Text of the first claim in the cluster.")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.label[:80]


class PartyRole(models.TextChoices):
    """The claim's JSON list each party filter reads (``Claim.objects.with_party``)."""

    CLAIMER = "claimer", "Claimer"
    TARGET = "target", "Target"
    ENTITY = "entity", "Entity"


# role -> (list field, key of the matched value inside each element; None: the element is the name itself).
PARTY_FIELDS: dict[str, tuple[str, str | None]] = {
    PartyRole.CLAIMER: ("claimers", None),
    PartyRole.TARGET: ("targets", None),
    PartyRole.ENTITY: ("entities", "text"),
}


class JsonArrayHas(Func):
    """True when the JSON array in ``column`` has an element equal to ``value`` (with ``key``: an object element
    whose ``key`` member equals it). SQLite only (``json_each``): the databases with JSON containment use
    ``__contains`` instead, which their indexes serve. A value that is not an array matches nothing, as with
    containment on PostgreSQL.
    """

    output_field = BooleanField()

    def __init__(self, column: str, value: str, key: str | None = None) -> None:
        super().__init__(F(column), Value(value))
        self.key = key

    def as_sql(self, compiler: SQLCompiler, connection: Any, **extra: Any) -> tuple[str, tuple[Any, ...]]:  # type: ignore[override]
        column, value = self.get_source_expressions()
        column_sql, column_params = compiler.compile(column)
        value_sql, value_params = compiler.compile(value)
        element, element_params = "party.value", tuple[str, ...]()
        if self.key is not None:
            element = "CASE WHEN party.type = 'object' THEN json_extract(party.value, %s) END"
            element_params = (f"$.{self.key}",)
        # Only compiled expressions and constants are interpolated; the name and the key path are parameters.
        sql = (
            f"(json_type({column_sql}) = 'array' AND EXISTS "  # noqa: S608
            f"(SELECT 1 FROM json_each({column_sql}) party WHERE {element} = {value_sql}))"
        )
        return sql, (*column_params, *column_params, *element_params, *value_params)


class ClaimQuerySet(models.QuerySet["Claim"]):
    def with_party(self, *, role: str, name: str) -> "ClaimQuerySet":
        """Claims naming ``name`` exactly as a claimer, target or entity (``PartyRole``).

        Databases with JSON containment (PostgreSQL) filter with ``@>``, which the GIN index
        ``claim_claimers_gin_idx`` serves for claimers (claims migration 0100); SQLite looks through the list
        with ``json_each``.
        """
        field, key = PARTY_FIELDS[role]
        if connections[self.db].features.supports_json_field_contains:
            return self.filter(**{f"{field}__contains": [{key: name} if key else name]})
        return self.filter(JsonArrayHas(field, name, key=key))

    def checkworthy(self) -> "ClaimQuerySet":
        return self.filter(checkworthy=True)

    def pending(self) -> "ClaimQuerySet":
        return self.exclude(status__in=[Status.PUBLISHED, Status.NOT_CHECKWORTHY])


class Claim(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    position = models.PositiveIntegerField(help_text="Order of the claim within its article.")
    start = models.PositiveIntegerField(help_text="Start offset (characters) of the claim in article.text.")
    end = models.PositiveIntegerField(help_text="End offset (exclusive) of the claim in article.text.")
    sentence_start = models.PositiveIntegerField(help_text="Start offset of the sentence holding the claim.")
    sentence_end = models.PositiveIntegerField(help_text="End offset of the sentence holding the claim.")
    text = models.TextField(
        help_text=(
            "The claim made to stand alone: pronouns and references resolved, relative dates written out. The "
            "article's own words are article.text[start:end]."
        )
    )
    claim_type = models.CharField(
        max_length=24,
        choices=ClaimType.choices,
        default=ClaimType.EVENT,
        db_index=True,
        help_text=(
            "What kind of claim: casualty = people killed, injured, harmed or displaced; statistic = any other "
            "figure (economy, money, polls, counts); prediction = a statement about the future."
        ),
    )
    checkworthy = models.BooleanField(default=True, db_index=True)
    score = models.FloatField(default=0.0, help_text="Check-worthiness score in [0, 1].")
    score_features = models.JSONField(default=dict, blank=True, help_text="What produced the score.")
    hedge = models.CharField(max_length=12, choices=Hedge.choices, default=Hedge.ASSERTED, db_index=True)
    claimers = models.JSONField(default=list, blank=True, help_text="Names of the parties asserting the claim.")
    targets = models.JSONField(default=list, blank=True, help_text="Names of the parties the claim is about.")
    actors = models.JSONField(default=list, blank=True, help_text="Names of the parties that carried out the event.")
    entities = models.JSONField(default=list, blank=True, help_text="[{text, label, start, end}] in article offsets.")
    numbers = models.JSONField(default=list, blank=True, help_text="[{text, value, start, end}] in article offsets.")
    event_date = models.DateField(null=True, blank=True, db_index=True)
    cluster = models.ForeignKey(ClaimCluster, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims")
    vector = models.BinaryField(
        null=True,
        blank=True,
        editable=False,
        help_text="Sentence embedding of the text (float32 little-endian), stored by fact-check matching.",
    )
    vector_model = models.CharField(max_length=64, blank=True, editable=False, help_text="Encoder that made vector.")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    verdict = models.CharField(max_length=16, choices=Verdict.choices, default=Verdict.UNRATED, db_index=True)
    verdict_summary = models.TextField(blank=True, help_text="Why the verdict was given (ClaimReview text).")
    version = models.PositiveIntegerField(default=1, help_text="Bumped on every transition; the API's ETag.")
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="assigned_claims"
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    first_reviewed_at = models.DateTimeField(null=True, blank=True)
    verdict_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "position"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="claim_span_not_empty"),
            models.CheckConstraint(
                condition=Q(sentence_start__lte=F("start")) & Q(end__lte=F("sentence_end")),
                name="claim_span_within_sentence",
            ),
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_unique_span"),
            models.UniqueConstraint(fields=["article", "position"], name="claim_unique_position"),
        ]
        indexes = [
            models.Index(fields=["status", "-created_at"], name="claim_status_created_idx"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def span_text(self) -> str:
        """The exact article text the claim was taken from."""
        return self.article.text[self.start : self.end]
