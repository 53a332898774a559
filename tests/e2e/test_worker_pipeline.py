"""The foundation's real path: API -> commit -> Redis -> live Celery worker -> claims + events in PostgreSQL."""

import pytest

from claims.models import Article, Claim, IngestStatus
from tests.worker import wait_for
from verifier.models import OutboxMessage, VerificationEvent

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.worker]


def test_kidal_article_posted_through_the_api_is_split_by_a_live_worker(celery_worker, write_client, kidal_text):
    response = write_client.post("/api/v1/articles/", {"text": kidal_text, "outlet": "Sahel Desk"}, format="json")

    assert response.status_code == 202
    article_id = response.json()["id"]
    article = wait_for(
        lambda: Article.objects.filter(pk=article_id, ingest_status=IngestStatus.DONE).first(),
        timeout=90,
        message="the worker to extract the article's claims",
    )
    assert "process_article[" in celery_worker.log()
    assert article.published_at.date().isoformat() == "2024-03-28"
    assert article.text.startswith("Last night, Kidal, a pivotal city in Mali")

    # The extraction job triaged the claims in its own transaction: none is new once the article is done, and no
    # triage job ran.
    claims = list(Claim.objects.filter(article=article).order_by("position"))
    assert len(claims) >= 10
    assert not [claim.pk for claim in claims if claim.status == "new"]
    assert "triage_claim[" not in celery_worker.log()
    for claim in claims:
        assert claim.status == ("triaged" if claim.checkworthy else "not_checkworthy")
        assert article.text[claim.start : claim.end] == claim.span_text
        assert (
            article.text[claim.sentence_start : claim.sentence_end].strip()
            == article.text[claim.sentence_start : claim.sentence_end]
        )
    spans = [article.text[c.start : c.end] for c in claims]
    assert any(span.startswith("Last night, Kidal, a pivotal city in Mali") for span in spans)
    assert not any("Strategic Importance of Kidal" in span for span in spans)

    events = VerificationEvent.objects.filter(claim__article=article)
    assert {
        claim.pk: list(events.filter(claim=claim).order_by("id").values_list("kind", "to_status", "actor_label"))
        for claim in claims
    } == {
        claim.pk: [("created", "new", "job:process_article"), ("triaged", claim.status, "job:triage")]
        for claim in claims
    }

    # No follow-up job is left behind (and the worker is idle before the database is flushed).
    wait_for(
        lambda: not OutboxMessage.objects.exclude(state="done").exists(),
        timeout=90,
        message="every follow-up job to be done",
    )

    detail = write_client.get(f"/api/v1/articles/{article_id}/").json()
    assert [c["id"] for c in detail["claims"]] == [c.pk for c in claims]
