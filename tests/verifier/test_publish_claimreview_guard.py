"""Publishing is refused while the ClaimReview the claim would have is incomplete; nothing is written then."""

from datetime import date

import pytest

from claims.models import Claim, Status, Verdict
from config.errors import ConflictError
from tests.factories import ArticleFactory, ClaimFactory, user_with_roles
from tests.verifier.workflow_helpers import actor
from verifier.claimreview import claimreview_document, claimreview_missing, claimreview_preview
from verifier.models import OutboxMessage, VerificationEvent
from verifier.roles import EDITOR, FACT_CHECKER
from verifier.workflow import claim_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposed():  # type: ignore[no-untyped-def]
    checker = user_with_roles("chris", FACT_CHECKER)
    article = ArticleFactory.create(outlet="")
    return ClaimFactory.create(
        article=article,
        status=Status.VERDICT_PROPOSED,
        verdict=Verdict.FALSE,
        verdict_summary="No.",
        proposed_by=checker,
    )


def test_no_claimer_and_no_outlet_refuses_publishing_and_writes_nothing(proposed):
    editor = user_with_roles("eddie", EDITOR)

    with pytest.raises(ConflictError) as refused:
        claim_publish(claim_id=proposed.pk, actor=actor(editor))

    assert (refused.value.code, refused.value.extra) == (
        "claimreview_incomplete",
        {"missing": ["itemReviewed.author.name"]},
    )
    assert refused.value.message == f"The ClaimReview of claim {proposed.pk} is incomplete: itemReviewed.author.name."
    claim = Claim.objects.get(pk=proposed.pk)
    assert (claim.status, claim.version, claim.published_at, claim.published_by) == (
        "verdict_proposed",
        proposed.version,
        None,
        None,
    )
    assert not VerificationEvent.objects.exists()
    assert not OutboxMessage.objects.exists()


def test_once_the_outlet_is_set_it_publishes_and_the_claimreview_validates(proposed):
    editor = user_with_roles("eddie", EDITOR)
    proposed.article.__class__.objects.filter(pk=proposed.article_id).update(outlet="Meridian Wire")

    claim = claim_publish(claim_id=proposed.pk, actor=actor(editor))

    claim = Claim.objects.select_related("article").get(pk=claim.pk)
    document = claimreview_document(claim=claim)
    assert document["itemReviewed"]["author"] == {"@type": "Organization", "name": "Meridian Wire"}
    assert claimreview_missing(document) == []


def test_the_preview_names_what_is_missing_before_publishing(proposed):
    document = claimreview_preview(claim=proposed, published_on=date(2025, 9, 15))

    assert claimreview_missing(document) == ["itemReviewed.author.name"]
    assert document["datePublished"] == "2025-09-15"
    assert document["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "False",
    }


def test_the_preview_of_an_unrated_claim_misses_its_rating():
    claim = ClaimFactory.create(status=Status.IN_REVIEW, claimers=["The army"])

    assert claimreview_missing(claimreview_preview(claim=claim, published_on=date(2025, 9, 15))) == [
        "reviewRating.ratingValue",
        "reviewRating.bestRating",
        "reviewRating.worstRating",
        "reviewRating.alternateName",
    ]
