"""Published fact-checks (ours or another publisher's) and the ranked matches of claims against them."""

import hashlib
import re

from django.conf import settings
from django.db import models

_SPACE = re.compile(r"\s+")


def natural_key(*, url: str, publisher: str, claim_reviewed: str) -> str:
    """The identity a re-import updates in place: the URL when there is one, else publisher + claim text
    (case and spacing folded). Stored as a sha256 hex digest so the unique index stays small."""
    if url.strip():
        basis = "url:" + url.strip()
    else:
        basis = (
            "claim:"
            + _SPACE.sub(" ", publisher.strip().lower())
            + "|"
            + _SPACE.sub(" ", claim_reviewed).strip().lower()
        )
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


class Origin(models.TextChoices):
    IMPORTED = "imported", "Imported"
    NEWSROOM = "newsroom", "Our published verdict"


class FactCheck(models.Model):
    key = models.CharField(max_length=64, unique=True, help_text="sha256 of the URL, or of publisher + claim text.")
    claim_reviewed = models.TextField(help_text="The claim the fact-check rates (ClaimReview claimReviewed).")
    title = models.TextField(blank=True, help_text="Headline of the fact-check.")
    summary = models.TextField(blank=True, help_text="Further summary text (description, subtitle).")
    rating_text = models.CharField(max_length=200, blank=True, help_text="The rating as published (alternateName).")
    rating_value = models.FloatField(null=True, blank=True, help_text="ClaimReview ratingValue.")
    best_rating = models.FloatField(null=True, blank=True, help_text="ClaimReview bestRating.")
    worst_rating = models.FloatField(null=True, blank=True, help_text="ClaimReview worstRating.")
    publisher = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=12, blank=True, default="en")
    claimant = models.CharField(max_length=300, blank=True, help_text="Who made the claim (itemReviewed author).")
    external_id = models.CharField(max_length=200, blank=True, db_index=True, help_text="Id in the imported file.")
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.IMPORTED, db_index=True)
    claim = models.OneToOneField(
        "claims.Claim",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="published_factcheck",
        help_text="Our own claim, for the newsroom's published verdicts.",
    )
    vectors = models.BinaryField(
        null=True, blank=True, help_text="Sentence embeddings of claim, title, summary: float32 little-endian."
    )
    vector_model = models.CharField(max_length=64, blank=True, help_text="Encoder that made ``vectors``.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.claim_reviewed[:80]


class Decision(models.TextChoices):
    PENDING = "pending", "Not reviewed"
    SAME = "same", "Same claim"
    DIFFERENT = "different", "Not the same"


class ClaimMatch(models.Model):
    """A fact-check ranked for a claim by the matcher; a fact-checker's decision on it is training feedback."""

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="factcheck_matches")
    factcheck = models.ForeignKey(FactCheck, on_delete=models.CASCADE, related_name="claim_matches")
    score = models.FloatField(help_text="Calibrated probability that both state the same claim.")
    lexical = models.FloatField(default=0.0, help_text="BM25 over the query's bound, in [0, 1].")
    semantic = models.FloatField(default=0.0, help_text="Best cosine over the embedded fields (0: lexical only).")
    rank = models.PositiveSmallIntegerField(help_text="1 = best match when ranked.")
    decision = models.CharField(max_length=10, choices=Decision.choices, default=Decision.PENDING, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["claim_id", "rank", "id"]
        constraints = [models.UniqueConstraint(fields=["claim", "factcheck"], name="claimmatch_unique_pair")]

    def __str__(self) -> str:
        return f"claim {self.claim_id} ~ fact-check {self.factcheck_id} ({self.score:.2f})"
