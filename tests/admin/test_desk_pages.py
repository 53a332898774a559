"""The readable article page (categories and legend, claim ids, claimer column, audited metadata edit), the claim
list's filters (article, claimer, assignee "me", work), the sources list, and a re-submission's metadata."""

import re
from datetime import UTC, datetime

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Article, Status, Verdict
from sources.models import Source
from sources.services import claim_sources_link
from tests.factories import ArticleFactory, ClaimFactory
from verifier.models import ArticleMetadataChange

pytestmark = pytest.mark.django_db


def client_for(user):  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


def test_the_legend_counts_four_categories_and_the_table_has_claimer_and_tooltip(checker):
    article = ArticleFactory.create(text="One two three four five six seven eight nine ten eleven twelve.")
    claims = [
        ClaimFactory.create(article=article, status=status, claimers=claimers)
        for status, claimers in [
            (Status.TRIAGED, ["The army"]),
            (Status.NEW, []),
            (Status.NOT_CHECKWORTHY, []),
            (Status.IN_REVIEW, ["Border Watch", "HRW"]),
            (Status.PUBLISHED, ["The army"]),
        ]
    ]

    page = client_for(checker).get(reverse("admin:claims_article_change", args=[article.pk])).content.decode()

    legend = page[page.index('id="legend"') : page.index("</ul>", page.index('id="legend"'))]
    assert re.findall(r'<li class="legend-([\w-]+)">.*?</span>([^<]+): <strong>(\d+)</strong>', legend) == [
        ("checkworthy", "Check-worthy, not started", "2"),
        ("not-checkworthy", "Not check-worthy", "1"),
        ("in-work", "In work", "1"),
        ("published", "Published", "1"),
    ]
    table = page[page.index('id="article-claims"') : page.index('id="article-metadata"')]
    assert re.findall(r'<tr title="[^"]+" data-claim="(\d+)"><td>#(\d+)</td>', table) == [
        (str(c.pk), str(c.pk)) for c in claims
    ]
    assert re.findall(r'<td class="claimer">([^<]+)</td>', table) == [
        "The army",
        "the outlet",
        "the outlet",
        "Border Watch, HRW",
        "The army",
    ]
    assert 'title="Type: Event · Claimer: Border Watch, HRW · Hedge: Asserted' in table


def test_metadata_is_edited_from_the_article_page_audited_and_spans_untouched(checker):
    article = ArticleFactory.create(text="The dam failed overnight.", outlet="", url="")
    claim = ClaimFactory.create(article=article, start=4, end=14)
    chris = client_for(checker)

    response = chris.post(
        reverse("admin:claims_article_metadata", args=[article.pk]),
        {
            "title": article.title,
            "outlet": "Meridian Wire",
            "author": "",
            "url": "https://wire.example/dam",
            "published_at": "2025-09-14",
            "reason": "Outlet missing",
        },
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.outlet, article.url, article.published_at, article.text) == (
        "Meridian Wire",
        "https://wire.example/dam",
        datetime(2025, 9, 14, tzinfo=UTC),
        "The dam failed overnight.",
    )
    claim.refresh_from_db()
    assert (claim.start, claim.end) == (4, 14)
    change = ArticleMetadataChange.objects.get()
    assert (change.actor_label, change.reason, sorted(change.changes)) == (
        "chris",
        "Outlet missing",
        ["outlet", "published_at", "url"],
    )
    page = chris.get(response["Location"]).content.decode()
    assert f"Article {article.pk}: outlet, url, published_at changed." in page
    assert "outlet “” → “Meridian Wire”" in page[page.index('id="metadata-changes"') :]


def test_a_viewer_cannot_edit_metadata(viewer):
    article = ArticleFactory.create(outlet="Wire")
    vera = client_for(viewer)

    assert (
        'id="metadata-form"' not in vera.get(reverse("admin:claims_article_change", args=[article.pk])).content.decode()
    )
    response = vera.post(reverse("admin:claims_article_metadata", args=[article.pk]), {"outlet": "Other"})

    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).outlet == "Wire"
    assert not ArticleMetadataChange.objects.exists()


def test_bad_metadata_is_refused_and_writes_nothing(checker):
    article = ArticleFactory.create(outlet="Wire")
    chris = client_for(checker)

    response = chris.post(reverse("admin:claims_article_metadata", args=[article.pk]), {"outlet": "x" * 201})

    page = chris.get(response["Location"]).content.decode()
    assert "Metadata change refused: outlet: Ensure this value has at most 200 characters (it has 201)." in page
    assert Article.objects.get(pk=article.pk).outlet == "Wire"
    assert not ArticleMetadataChange.objects.exists()


def listed(client, query: str) -> list[int]:  # type: ignore[no-untyped-def]
    page = client.get(reverse("admin:claims_claim_changelist") + query).content.decode()
    return sorted(int(pk) for pk in re.findall(r'name="_selected_action" value="(\d+)"', page))


def test_the_claim_list_filters_by_article_claimer_and_assignee_me(checker, editor):
    one, two = ArticleFactory.create(), ArticleFactory.create()
    a = ClaimFactory.create(article=one, claimers=["The army"], assignee=checker)
    b = ClaimFactory.create(article=one, claimers=["Border Watch"])
    c = ClaimFactory.create(article=two, claimers=["The army"], assignee=editor)
    chris = client_for(checker)

    assert listed(chris, f"?article={one.pk}") == [a.pk, b.pk]
    assert listed(chris, "?claimer=The+army") == [a.pk, c.pk]
    assert listed(chris, "?assignee=me") == [a.pk]
    assert listed(chris, f"?assignee=me&article={two.pk}") == []
    page = chris.get(reverse("admin:claims_claim_changelist")).content.decode()
    assert '<details id="filter-panel" class="filter-panel" open>' in page
    assert re.findall(r'<th scope="col" class="[^"]*column-(\w+)', page) == [
        "id",
        "short_text",
        "status_pill",
        "verdict",
        "claim_type",
        "claimer",
        "score_shown",
        "assignee",
        "article_link",
        "created",
    ]


def test_the_work_filter_lists_open_claims(checker):
    open_claim = ClaimFactory.create(status=Status.IN_REVIEW, assignee=checker)
    ClaimFactory.create(status=Status.PUBLISHED, verdict=Verdict.TRUE, assignee=checker)
    ClaimFactory.create(status=Status.NOT_CHECKWORTHY, assignee=checker)

    assert listed(client_for(checker), "?work=open") == [open_claim.pk]


def test_an_outlet_found_as_claimer_becomes_a_news_outlet_and_unknown_claimers_say_they_are_unclassified(desk):
    article = ArticleFactory.create(outlet="Meridian Wire")
    claim = ClaimFactory.create(article=article, claimers=["Meridian Wire", "Border Watch"])

    claim_sources_link(claims=[claim])

    assert sorted(Source.objects.values_list("name", "kind", "reviewed")) == [
        ("Border Watch", "other", False),
        ("Meridian Wire", "news", False),
    ]
    page = desk.get(reverse("admin:sources_source_changelist")).content.decode()
    rows = dict(re.findall(r'<a href="[^"]+">([^<]+)</a></th><td class="field-kind_shown">([^<]+)</td>', page))
    assert rows == {"Border Watch": "Not classified yet (from a claimer)", "Meridian Wire": "News outlet"}
    assert page.count('<td class="field-reliability_shown">Not rated yet</td>') == 2


def test_resubmitting_the_text_with_new_metadata_says_what_changed(checker):
    chris = client_for(checker)
    text = "The dam failed overnight, officials said on Monday in the capital."
    chris.post(reverse("admin:claims_article_add"), {"text": text})
    article = Article.objects.get()

    response = chris.post(reverse("admin:claims_article_add"), {"text": text, "outlet": "Meridian Wire"})

    page = chris.get(response["Location"]).content.decode()
    assert f"This text was already ingested as article {article.pk}; its outlet changed." in page
    assert Article.objects.get().outlet == "Meridian Wire"
    assert ArticleMetadataChange.objects.get().changes == {"outlet": ["", "Meridian Wire"]}
