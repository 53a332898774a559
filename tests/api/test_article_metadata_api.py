"""PATCH /api/v1/articles/<id>/: a newsroom system corrects an article's metadata; the change is recorded."""

from datetime import UTC, datetime

import pytest

from claims.models import Article
from tests.factories import ArticleFactory, ClaimFactory
from verifier.models import ApiToken, ArticleMetadataChange

pytestmark = pytest.mark.django_db


def test_metadata_correction_changes_the_fields_given_and_records_them(write_client):
    article = ArticleFactory.create(text="The dam failed overnight.", outlet="", url="")
    claim = ClaimFactory.create(article=article, start=0, end=14)

    response = write_client.patch(
        f"/api/v1/articles/{article.pk}/",
        {
            "outlet": "Meridian Wire",
            "url": "https://wire.example/dam",
            "published_at": "2025-09-14T06:00:00Z",
            "reason": "CMS backfill",
        },
        format="json",
    )

    assert response.status_code == 200
    body = response.json()
    assert {name: body[name] for name in ("id", "title", "outlet", "source_url", "published_at", "text")} == {
        "id": article.pk,
        "title": article.title,
        "outlet": "Meridian Wire",
        "source_url": "https://wire.example/dam",
        "published_at": "2025-09-14T06:00:00Z",
        "text": "The dam failed overnight.",
    }
    assert [c["id"] for c in body["claims"]] == [claim.pk]
    article.refresh_from_db()
    assert (article.outlet, article.url, article.published_at) == (
        "Meridian Wire",
        "https://wire.example/dam",
        datetime(2025, 9, 14, 6, tzinfo=UTC),
    )
    change = ArticleMetadataChange.objects.get()
    assert (change.article_id, change.actor_type, change.actor_label, change.reason, change.changes) == (
        article.pk,
        "token",
        f"token:{ApiToken.objects.get().token_key}",
        "CMS backfill",
        {
            "outlet": ["", "Meridian Wire"],
            "url": ["", "https://wire.example/dam"],
            "published_at": [None, "2025-09-14T06:00:00+00:00"],
        },
    )


def test_a_value_already_there_records_nothing(write_client):
    article = ArticleFactory.create(outlet="Meridian Wire")

    response = write_client.patch(f"/api/v1/articles/{article.pk}/", {"outlet": "Meridian Wire"}, format="json")

    assert response.status_code == 200
    assert response.json()["outlet"] == "Meridian Wire"
    assert not ArticleMetadataChange.objects.exists()


@pytest.mark.parametrize(
    ("payload", "errors"),
    [
        ({"text": "Rewritten."}, {"text": ["Unknown field."]}),
        ({"outlet": "x" * 201}, {"outlet": ["Ensure this field has no more than 200 characters."]}),
        ({"url": "ftp://wire.example/dam"}, {"url": ["Enter a valid URL."]}),
        ({"published_at": "last Tuesday"}, None),
        (
            {"reason": "only a reason"},
            {"non_field_errors": ["Give at least one of title, outlet, author, url, published_at."]},
        ),
        ({}, {"non_field_errors": ["Give at least one of title, outlet, author, url, published_at."]}),
    ],
)
def test_bad_metadata_is_400_and_writes_nothing(write_client, payload, errors):
    article = ArticleFactory.create(outlet="Wire")

    response = write_client.patch(f"/api/v1/articles/{article.pk}/", payload, format="json")

    assert response.status_code == 400
    body = response.json()
    assert body["type"] == "validation_error"
    if errors is not None:
        assert body["errors"] == errors
    else:
        assert list(body["errors"]) == ["published_at"]
    assert Article.objects.get(pk=article.pk).outlet == "Wire"
    assert not ArticleMetadataChange.objects.exists()


def test_unknown_article_is_404(write_client):
    response = write_client.patch("/api/v1/articles/999999/", {"outlet": "Wire"}, format="json")

    assert response.status_code == 404
    assert response.json() == {
        "type": "not_found",
        "title": "Not found",
        "status": 404,
        "detail": "Article 999999 does not exist.",
        "errors": {},
    }
    assert not ArticleMetadataChange.objects.exists()


def test_a_read_token_cannot_correct_metadata(read_client):
    article = ArticleFactory.create(outlet="Wire")

    response = read_client.patch(f"/api/v1/articles/{article.pk}/", {"outlet": "Other"}, format="json")

    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).outlet == "Wire"
    assert not ArticleMetadataChange.objects.exists()
