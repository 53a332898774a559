"""The fact-check collection and the claims' matches in the admin: listed on the desk, browsed and searched by a
fact-checker, never added, changed or deleted there."""

import re
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from factchecks.models import ClaimMatch, Decision, FactCheck, Origin
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def client_for(user):  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


def cells(page: str, field: str) -> list[str]:
    return re.findall(rf'<td class="field-{field}">([^<]*)</td>', page)


@pytest.fixture
def collection():  # type: ignore[no-untyped-def]
    rows = [
        ("Photo shows the bridge collapse in Kidal", "False", "Snopes", date(2024, 3, 1), Origin.IMPORTED),
        ("Turnout in the capital was 61 percent", "Mostly true", "PolitiFact", date(2024, 3, 5), Origin.IMPORTED),
        ("The dam failed overnight", "True", "Meridian Desk", date(2024, 3, 9), Origin.NEWSROOM),
    ]
    return [
        FactCheck.objects.create(
            key=f"k{i}", claim_reviewed=text, rating_text=rating, publisher=publisher, published_on=day, origin=origin
        )
        for i, (text, rating, publisher, day, origin) in enumerate(rows)
    ]


def test_a_fact_checker_browses_the_collection_in_id_order(checker, collection):
    response = client_for(checker).get(reverse("admin:factchecks_factcheck_changelist"))

    page = response.content.decode()
    assert response.status_code == 200
    assert cells(page, "claim_shown") == [f.claim_reviewed for f in collection]
    assert cells(page, "publisher") == ["Snopes", "PolitiFact", "Meridian Desk"]
    assert cells(page, "origin") == ["Imported", "Imported", "Our published verdict"]


def test_search_finds_fact_checks_by_claim_text_and_by_publisher(checker, collection):
    chris = client_for(checker)
    url = reverse("admin:factchecks_factcheck_changelist")

    by_text = chris.get(url, {"q": "bridge collapse"}).content.decode()
    by_publisher = chris.get(url, {"q": "politifact"}).content.decode()
    none = chris.get(url, {"q": "volcano"}).content.decode()

    assert cells(by_text, "claim_shown") == ["Photo shows the bridge collapse in Kidal"]
    assert cells(by_publisher, "claim_shown") == ["Turnout in the capital was 61 percent"]
    assert cells(none, "claim_shown") == []


def test_the_origin_filter_keeps_our_published_verdicts(checker, collection):
    page = (
        client_for(checker)
        .get(reverse("admin:factchecks_factcheck_changelist"), {"origin__exact": Origin.NEWSROOM})
        .content.decode()
    )

    assert cells(page, "claim_shown") == ["The dam failed overnight"]


def test_fact_checks_are_read_only_in_the_admin(desk, collection):
    factcheck = collection[0]

    add = desk.get(reverse("admin:factchecks_factcheck_add"))
    change_page = desk.get(reverse("admin:factchecks_factcheck_change", args=[factcheck.pk])).content.decode()
    posted = desk.post(reverse("admin:factchecks_factcheck_change", args=[factcheck.pk]), {"claim_reviewed": "changed"})
    delete = desk.post(reverse("admin:factchecks_factcheck_delete", args=[factcheck.pk]), {"post": "yes"})

    assert (add.status_code, posted.status_code, delete.status_code) == (403, 403, 403)
    assert "Photo shows the bridge collapse in Kidal" in change_page
    assert 'name="claim_reviewed"' not in change_page
    assert FactCheck.objects.get(pk=factcheck.pk).claim_reviewed == "Photo shows the bridge collapse in Kidal"
    assert FactCheck.objects.count() == 3


def test_matches_are_listed_with_their_decisions_and_searched_by_claim_text(checker, collection):
    bridge = ClaimFactory.create(text="A photo shows the Kidal bridge collapsing")
    turnout = ClaimFactory.create(text="Turnout reached 61 percent in the capital")
    decided = ClaimMatch.objects.create(
        claim=bridge, factcheck=collection[0], score=0.91, rank=1, decision=Decision.SAME, decided_by=checker
    )
    ClaimMatch.objects.create(claim=turnout, factcheck=collection[1], score=0.64, rank=1)
    chris = client_for(checker)
    url = reverse("admin:factchecks_claimmatch_changelist")

    every = chris.get(url).content.decode()
    confirmed = chris.get(url, {"decision__exact": Decision.SAME}).content.decode()
    searched = chris.get(url, {"q": "turnout reached"}).content.decode()

    assert cells(every, "decision") == ["Same claim", "Not reviewed"]
    assert cells(every, "score") == ["0.91", "0.64"]
    assert re.findall(r'href="/admin/factchecks/claimmatch/(\d+)/change/', confirmed) == [str(decided.pk)]
    assert cells(searched, "score") == ["0.64"]
