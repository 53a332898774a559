"""POST /claims/<id>/evidence/: a retried add of a URL answers like the first add and writes nothing."""

import pytest

from sources.models import Evidence
from verifier.models import OutboxMessage, VerificationEvent

pytestmark = pytest.mark.django_db

URL = "https://ngo.example.org/report"


def test_retried_url_evidence_answers_201_with_the_first_row(checker_client, claims):
    claim = claims[1]
    path = f"/api/v1/claims/{claim.pk}/evidence/"

    first = checker_client.post(path, {"url": URL, "stance": "refutes", "quote": "12 dead"}, format="json")
    retry = checker_client.post(path, {"url": URL, "stance": "supports", "quote": "other"}, format="json")

    evidence = Evidence.objects.get(claim=claim)
    assert (first.status_code, retry.status_code) == (201, 201)
    assert (
        retry.json()
        == first.json()
        == {
            "id": evidence.pk,
            "claim_id": claim.pk,
            "source": None,
            "role": "evidence",
            "stance": "refutes",
            "quote": "12 dead",
            "url": URL,
            "quote_missing": False,
            "snapshot_id": None,
            "added_by": "checker",
            "created_at": evidence.created_at.isoformat().replace("+00:00", "Z"),
        }
    )
    assert list(VerificationEvent.objects.filter(claim=claim).values_list("kind", flat=True)) == ["evidence_added"]
    assert list(OutboxMessage.objects.values_list("kwargs", flat=True)) == [
        {"url_id": evidence.watched_url_id, "check_run": f"evidence-{evidence.pk}"}
    ]
    listed = checker_client.get(path)
    assert [item["id"] for item in listed.json()] == [evidence.pk]


def test_the_same_url_in_another_role_is_a_second_row(checker_client, claims):
    path = f"/api/v1/claims/{claims[0].pk}/evidence/"

    first = checker_client.post(path, {"url": URL}, format="json")
    context = checker_client.post(path, {"url": URL, "role": "context"}, format="json")

    assert (first.status_code, context.status_code) == (201, 201)
    assert list(Evidence.objects.filter(claim=claims[0]).values_list("id", "role")) == [
        (first.json()["id"], "evidence"),
        (context.json()["id"], "context"),
    ]
