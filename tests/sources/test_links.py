"""claim_sources_link: claimers and registry entities link claims to sources, idempotently."""

import io

import pytest

from sources.models import Evidence, Source, SourceAlias
from sources.services import claim_sources_link
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry() -> dict[str, Source]:
    hrw = Source.objects.create(name="Human Rights Watch", kind="ngo")
    SourceAlias.objects.create(source=hrw, alias="HRW")
    wagner = Source.objects.create(name="Wagner Group", kind="armed_group")
    SourceAlias.objects.create(source=wagner, alias="Wagner")
    fama = Source.objects.create(name="Malian Armed Forces", kind="official")
    SourceAlias.objects.create(source=fama, alias="FAMa")
    return {"hrw": hrw, "wagner": wagner, "fama": fama}


def _links() -> list[tuple[int, str, str, str, str, bool]]:
    return sorted(
        Evidence.objects.values_list("claim_id", "source__name", "role", "stance", "quote", "source__reviewed")
    )


def test_claimers_and_entities_link_to_sources(registry) -> None:  # type: ignore[no-untyped-def]
    first = ClaimFactory.create(
        claimers=["hrw"],
        entities=[
            {"text": "the Malian Armed Forces", "label": "ORG", "start": 0, "end": 1},
            {"text": "Wagner", "label": "ORG", "start": 2, "end": 3},
            {"text": "HRW", "label": "ORG", "start": 4, "end": 5},
            {"text": "Kidal", "label": "GPE", "start": 6, "end": 7},
            {"text": "Wagner", "label": "DATE", "start": 8, "end": 9},
        ],
    )
    second = ClaimFactory.create(
        claimers=["The Kidal Regional Council", "officials", "Officials", "Two human rights organisations"], entities=[]
    )
    created = claim_sources_link(claims=[first, second])
    assert len(created) == 4
    assert _links() == sorted(
        [
            (first.pk, "Human Rights Watch", "claimer", "unclear", "", True),
            (first.pk, "Malian Armed Forces", "mentioned", "mentions", "the Malian Armed Forces", True),
            (first.pk, "Wagner Group", "mentioned", "mentions", "Wagner", True),
            (second.pk, "Kidal Regional Council", "claimer", "unclear", "", False),
        ]
    )
    council = Source.objects.get(name="Kidal Regional Council")
    assert (council.kind, council.reviewed) == ("other", False)
    # Idempotent: a second run creates nothing, and the unknown claimer is not created twice.
    assert claim_sources_link(claims=[first, second]) == []
    assert len(_links()) == 4
    assert Source.objects.filter(name__iexact="kidal regional council").count() == 1


def test_unknown_claimer_reused_case_insensitively_across_claims(registry) -> None:  # type: ignore[no-untyped-def]
    a = ClaimFactory.create(claimers=["Sahel Monitor"])
    b = ClaimFactory.create(claimers=["SAHEL MONITOR"])
    claim_sources_link(claims=[a])
    claim_sources_link(claims=[b])
    assert list(Source.objects.filter(reviewed=False).values_list("name", flat=True)) == ["Sahel Monitor"]
    assert _links() == sorted(
        [
            (a.pk, "Sahel Monitor", "claimer", "unclear", "", False),
            (b.pk, "Sahel Monitor", "claimer", "unclear", "", False),
        ]
    )


def test_kidal_article_links_the_parties(kidal_text, django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    from django.core.management import call_command

    from claims.extraction.text import parse_plain_text
    from verifier.actors import Actor
    from verifier.articles import article_submit

    call_command("load_sources", "sources/data/starter_registry.json", stdout=io.StringIO())
    with django_capture_on_commit_callbacks(execute=True):
        result = article_submit(parsed=parse_plain_text(kidal_text), actor=Actor.job("tests"))
    links = set(
        Evidence.objects.filter(claim__article=result.article).values_list("source__name", "role", "source__reviewed")
    )
    assert links == {
        ("Human Rights Watch", "claimer", True),
        ("Amnesty International", "claimer", True),
        ("Malian Armed Forces", "mentioned", True),
        ("Wagner Group", "mentioned", True),
        ("MINUSMA", "mentioned", True),
        ("Cadre Stratégique Permanent", "mentioned", True),
    }
    # Re-processing the article links nothing new.
    before = Evidence.objects.count()
    from verifier.articles import article_process

    article_process(article_id=result.article.pk, actor=Actor.job("tests"))
    assert Evidence.objects.count() == before
