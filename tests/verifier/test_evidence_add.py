"""evidence_add is idempotent for a URL on (claim, url, role): a retry returns the first row and writes nothing."""

import importlib

import pytest
from django.apps import apps
from django.db import IntegrityError, connection, transaction

from sources.models import Evidence, Source, WatchedUrl
from tests.factories import ClaimFactory
from verifier.actors import Actor
from verifier.evidence import SOURCE_CHECK_TASK, check_run_for_evidence, evidence_add
from verifier.models import OutboxMessage, VerificationEvent, WebhookDelivery, WebhookSubscription

pytestmark = pytest.mark.django_db

URL = "https://ngo.example.org/report"


@pytest.fixture
def claim():  # type: ignore[no-untyped-def]
    return ClaimFactory.create()


@pytest.fixture
def subscription(db):  # type: ignore[no-untyped-def]
    return WebhookSubscription.objects.create(url="https://hooks.example.org/", event_types=["evidence.added"])


def add(claim, **fields):  # type: ignore[no-untyped-def]
    return evidence_add(claim_id=claim.pk, actor=Actor.job("tests"), **fields)


def written(claim):  # type: ignore[no-untyped-def]
    """Every row an add can write, for this claim (and the outbox/webhook tables, which only these tests fill)."""
    return {
        "evidence": list(Evidence.objects.filter(claim=claim).values_list("id", "url", "role", "stance", "quote")),
        "events": list(VerificationEvent.objects.filter(claim=claim).values_list("kind", flat=True)),
        "deliveries": WebhookDelivery.objects.count(),
        "outbox": sorted(OutboxMessage.objects.values_list("task_name", flat=True)),
        "watched": list(WatchedUrl.objects.values_list("url", flat=True)),
    }


def test_retried_url_add_returns_the_first_row_and_writes_nothing(
    claim, subscription, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        first = add(claim, url=URL, stance="refutes", quote="12 dead")
        after_first = written(claim)
        retry = add(claim, url=f"  {URL} ", stance="supports", quote="another quote")

    assert retry == first
    assert (retry.stance, retry.quote) == ("refutes", "12 dead")
    assert (
        written(claim)
        == after_first
        == {
            "evidence": [(first.pk, URL, "evidence", "refutes", "12 dead")],
            "events": ["evidence_added"],
            "deliveries": 1,
            "outbox": sorted(["verifier.tasks.webhooks.deliver_webhook", SOURCE_CHECK_TASK]),
            "watched": [URL],
        }
    )
    assert OutboxMessage.objects.get(task_name=SOURCE_CHECK_TASK).kwargs["check_run"] == check_run_for_evidence(
        first.pk
    )


def test_the_same_url_in_another_role_or_on_another_claim_is_a_new_row(claim, django_capture_on_commit_callbacks):
    other = ClaimFactory.create()
    with django_capture_on_commit_callbacks(execute=False):
        evidence = add(claim, url=URL)
        context = add(claim, url=URL, role="context")
        elsewhere = add(other, url=URL)

    assert len({evidence.pk, context.pk, elsewhere.pk}) == 3
    assert sorted(Evidence.objects.values_list("claim_id", "role")) == sorted(
        [(claim.pk, "evidence"), (claim.pk, "context"), (other.pk, "evidence")]
    )


def test_source_only_evidence_is_added_each_time(claim):
    source = Source.objects.create(name="Ministry of Health")

    first = add(claim, source_id=source.pk)
    second = add(claim, source_id=source.pk)

    assert first.pk != second.pk
    assert list(VerificationEvent.objects.filter(claim=claim).values_list("kind", flat=True)) == ["evidence_added"] * 2


def test_the_constraint_refuses_a_second_row_for_the_natural_key(claim):
    Evidence.objects.create(claim=claim, url=URL, role="evidence")

    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(claim=claim, url=URL, role="evidence", stance="supports")

    assert Evidence.objects.filter(claim=claim).count() == 1


def test_an_add_racing_past_the_lookup_returns_the_row_the_constraint_kept(claim, monkeypatch):
    """A writer that does not take the claim lock inserted the row between the lookup and the insert."""
    kept = Evidence.objects.create(claim=claim, url=URL, role="evidence", quote="kept")
    real = importlib.import_module("verifier.evidence")._url_link
    calls: list[dict[str, object]] = []

    def url_link(**key):  # type: ignore[no-untyped-def]
        calls.append(key)
        return None if len(calls) == 1 else real(**key)  # the first lookup ran before the other writer's insert

    monkeypatch.setattr("verifier.evidence._url_link", url_link)

    found = add(claim, url=URL, quote="racing")

    assert found == kept
    assert len(calls) == 2
    assert list(Evidence.objects.filter(claim=claim).values_list("quote", flat=True)) == ["kept"]
    assert not VerificationEvent.objects.filter(claim=claim).exists()
    assert not OutboxMessage.objects.exists()


def test_the_migration_merges_duplicate_url_links_keeping_the_oldest(claim):
    other = ClaimFactory.create()
    with connection.cursor() as cursor:  # the test transaction rolls the index drop back
        cursor.execute("DROP INDEX evidence_unique_url_link")
    oldest = Evidence.objects.create(claim=claim, url=URL, role="evidence", quote="first")
    Evidence.objects.create(claim=claim, url=URL, role="evidence", quote="retry")
    Evidence.objects.create(claim=claim, url=URL, role="evidence", quote="retry again")
    context = Evidence.objects.create(claim=claim, url=URL, role="context")
    elsewhere = Evidence.objects.create(claim=other, url=URL, role="evidence")
    source = Source.objects.create(name="Ministry of Health")
    source_only = [Evidence.objects.create(claim=claim, source=source, role="evidence") for _ in range(2)]
    migration = importlib.import_module("sources.migrations.0003_evidence_merge_duplicate_url_links")

    migration.merge_duplicates(apps, None)

    assert sorted(Evidence.objects.values_list("id", flat=True)) == sorted(
        [oldest.pk, context.pk, elsewhere.pk, *(e.pk for e in source_only)]
    )
    assert Evidence.objects.get(pk=oldest.pk).quote == "first"
