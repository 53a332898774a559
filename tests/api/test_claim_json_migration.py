"""claims migration 0102 drops the stored list JSON of 0101 (column, triggers, functions); reversing restores it."""

import pytest
from django.core.management import call_command
from django.db import connection

from tests.factories import ClaimFactory, NewsArticleFactory

OBJECTS = """
SELECT
    (SELECT count(*) FROM information_schema.columns
     WHERE table_name = 'claims_claim' AND column_name = 'api_json_tail'),
    (SELECT count(*) FROM pg_trigger WHERE tgname IN ('claims_claim_api_json', 'claims_claim_assignee_username')),
    (SELECT count(*) FROM pg_proc WHERE proname IN ('claims_claim_api_json', 'claims_claim_assignee_username'))
"""


def stored_json_objects() -> tuple[int, int, int]:
    with connection.cursor() as cursor:
        cursor.execute(OBJECTS)
        return cursor.fetchone()  # type: ignore[return-value]


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_migration_drops_the_stored_json_and_its_reverse_restores_it():
    claim = ClaimFactory.create(article=NewsArticleFactory.create(), position=0, start=0, end=45)
    migrated = stored_json_objects()
    call_command("migrate", "claims", "0101", verbosity=0)
    try:
        restored = stored_json_objects()
        with connection.cursor() as cursor:
            cursor.execute("SELECT api_json_tail LIKE ',\"article_id\":%%' FROM claims_claim WHERE id = %s", [claim.pk])
            (rendered,) = cursor.fetchone()  # type: ignore[misc]
    finally:
        # Every app: migrating claims back to 0101 also unapplied the apps that depend on 0102 (factchecks).
        call_command("migrate", verbosity=0)

    assert migrated == (0, 0, 0)
    assert restored == (1, 2, 2)
    assert rendered is True
    assert stored_json_objects() == (0, 0, 0)
