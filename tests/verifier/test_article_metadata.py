"""Article metadata edits: audited, spans untouched; a re-submitted text's explicit metadata is applied, not dropped."""

import re
from datetime import UTC, datetime

import pytest

from claims.models import Article, Claim
from config.errors import ApplicationError
from tests.factories import ArticleFactory, ClaimFactory, user_with_roles
from tests.verifier.workflow_helpers import actor
from verifier.articles import article_metadata_update
from verifier.intake import article_intake
from verifier.models import ArticleMetadataChange, OutboxMessage
from verifier.roles import FACT_CHECKER

pytestmark = pytest.mark.django_db

TEXT = "title Dam report\nThe dam failed overnight, officials said. At least 12 people were killed, the army said."


def test_an_edit_changes_the_metadata_records_old_and_new_and_leaves_text_and_spans():
    chris = user_with_roles("chris", FACT_CHECKER)
    article = ArticleFactory.create(text="The dam failed overnight, officials said.", outlet="", title="Dam")
    claim = ClaimFactory.create(article=article, start=4, end=14)
    when = datetime(2025, 9, 14, tzinfo=UTC)

    changed = article_metadata_update(
        article_id=article.pk,
        actor=actor(chris),
        changes={"outlet": "Meridian Wire", "title": "Dam", "published_at": when},
        reason="Outlet was missing.",
    )

    assert changed == ["outlet", "published_at"]
    article.refresh_from_db()
    assert (article.outlet, article.title, article.published_at, article.text) == (
        "Meridian Wire",
        "Dam",
        when,
        "The dam failed overnight, officials said.",
    )
    assert list(Claim.objects.values_list("pk", "start", "end", "text")) == [(claim.pk, 4, 14, claim.text)]
    assert list(
        ArticleMetadataChange.objects.values(
            "article_id", "actor_type", "actor_label", "actor_user", "changes", "reason"
        )
    ) == [
        {
            "article_id": article.pk,
            "actor_type": "user",
            "actor_label": "chris",
            "actor_user": chris.pk,
            "changes": {"outlet": ["", "Meridian Wire"], "published_at": [None, "2025-09-14T00:00:00+00:00"]},
            "reason": "Outlet was missing.",
        }
    ]


def test_an_edit_that_changes_nothing_writes_nothing():
    chris = user_with_roles("chris", FACT_CHECKER)
    article = ArticleFactory.create(outlet="Wire")

    assert article_metadata_update(article_id=article.pk, actor=actor(chris), changes={"outlet": "Wire"}) == []
    assert not ArticleMetadataChange.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"text": "New text"}, "'text' is not article metadata."),
        ({"url": "ftp://example.org/a"}, "url must be an http(s) URL."),
        ({"outlet": "x" * 201}, "outlet must be text of at most 200 characters."),
        ({"published_at": "2025-09-14"}, "published_at must be a date and time."),
    ],
)
def test_bad_metadata_is_refused_and_nothing_is_written(changes, message):
    chris = user_with_roles("chris", FACT_CHECKER)
    article = ArticleFactory.create(outlet="Wire", url="")

    with pytest.raises(ApplicationError, match=re.escape(message)) as refused:
        article_metadata_update(article_id=article.pk, actor=actor(chris), changes={"outlet": "Other", **changes})

    assert refused.value.code == "invalid_metadata"
    assert Article.objects.values_list("outlet", "url").get() == ("Wire", "")
    assert not ArticleMetadataChange.objects.exists()


def test_an_unknown_article_is_404():
    with pytest.raises(ApplicationError) as refused:
        article_metadata_update(article_id=999, actor=actor(user_with_roles("chris", FACT_CHECKER)), changes={})
    assert (refused.value.status_code, refused.value.code) == (404, "not_found")


def test_resubmitting_the_text_with_metadata_applies_it_audited(django_capture_on_commit_callbacks):
    chris = user_with_roles("chris", FACT_CHECKER)
    first = article_intake(actor=actor(chris), text=TEXT)
    outbox_before = OutboxMessage.objects.count()

    again = article_intake(actor=actor(chris), text=TEXT, outlet="Meridian Wire", url="https://wire.example.org/dam")

    assert (again.created, again.article.pk, again.metadata_changed) == (False, first.article.pk, ("outlet", "url"))
    assert Article.objects.values_list("title", "outlet", "url").get() == (
        "Dam report",
        "Meridian Wire",
        "https://wire.example.org/dam",
    )
    change = ArticleMetadataChange.objects.get()
    assert (change.changes, change.reason, change.actor_label) == (
        {"outlet": ["", "Meridian Wire"], "url": ["", "https://wire.example.org/dam"]},
        "Re-submitted with this metadata.",
        "chris",
    )
    assert OutboxMessage.objects.count() == outbox_before  # no second extraction


def test_resubmitting_the_same_text_alone_changes_nothing():
    chris = user_with_roles("chris", FACT_CHECKER)
    article_intake(actor=actor(chris), text=TEXT, outlet="Wire")

    again = article_intake(actor=actor(chris), text=TEXT)

    assert (again.created, again.metadata_changed) == (False, ())
    assert Article.objects.values_list("outlet", flat=True).get() == "Wire"
    assert not ArticleMetadataChange.objects.exists()
