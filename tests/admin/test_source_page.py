import pytest
from django.urls import reverse

from sources.models import Evidence, ReliabilityChange, Snapshot, Source, SourceAlias, WatchedUrl
from tests.admin.test_workbench import client_for, shown_messages
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def source(db):  # type: ignore[no-untyped-def]
    source = Source.objects.create(name="Human Rights Watch", kind="ngo")
    SourceAlias.objects.create(source=source, alias="HRW")
    return source


def test_source_page_shows_aliases_claims_and_snapshots(desk, source, article):
    claim = ClaimFactory.create(article=article, position=0, start=0, end=45)
    Evidence.objects.create(claim=claim, source=source, role="claimer", stance="supports", quote="q <x>")
    watched = WatchedUrl.objects.create(url="https://hrw.example/report", source=source)
    snapshot = Snapshot.objects.create(watched_url=watched, check_run="r1", status_code=200, text="t")

    page = desk.get(reverse("admin:sources_source_change", args=[source.pk])).content.decode()

    assert 'value="HRW"' in page
    claims_panel = page[page.index('id="source-claims"') : page.index('id="source-snapshots"')]
    assert f'href="/admin/claims/claim/{claim.pk}/change/"' in claims_panel
    assert "q &lt;x&gt;" in claims_panel
    snapshots_panel = page[page.index('id="source-snapshots"') :]
    assert f'href="/admin/sources/snapshot/{snapshot.pk}/change/"' in snapshots_panel
    # The rating is not a plain form field: it changes only with a reason, through the service.
    assert 'name="reliability"' not in page


def test_reliability_changes_through_the_service_and_lands_in_the_history(editor, source):
    client = client_for(editor)
    url = reverse("admin:sources_source_reliability", args=[source.pk])

    refused = client.post(url, {"rating": "low", "reason": ""})
    assert shown_messages(client.get(refused["Location"]).content.decode()) == [
        "Reliability change refused: reason: This field is required."
    ]
    response = client.post(url, {"rating": "low", "reason": "Two retracted reports."})

    assert response.status_code == 302
    assert list(ReliabilityChange.objects.values_list("from_rating", "to_rating", "reason", "changed_by")) == [
        ("unrated", "low", "Two retracted reports.", editor.pk)
    ]
    page = client.get(response["Location"]).content.decode()
    assert shown_messages(page) == ["Reliability of Human Rights Watch is now low."]
    assert "Two retracted reports." in page


def test_a_viewer_cannot_change_reliability(viewer, source):
    response = client_for(viewer).post(
        reverse("admin:sources_source_reliability", args=[source.pk]), {"rating": "low", "reason": "x"}
    )

    assert response.status_code == 403
    assert not ReliabilityChange.objects.exists()
