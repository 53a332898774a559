"""The claimer/target/entity filters on PostgreSQL: API lists, CSV export, the queryset method and its index."""

import pytest
from django.db import connection

from claims.models import Claim, PartyRole
from tests.api.party_filters import expected_observation, make_party_claims, observe_party_filters

pytestmark = pytest.mark.django_db


def test_party_filters_select_the_same_rows_on_list_cursor_and_csv(read_client):
    claims = make_party_claims()

    assert observe_party_filters(read_client, claims) == expected_observation()


@pytest.mark.parametrize(
    ("role", "name", "expected"),
    [
        (PartyRole.CLAIMER, "Officials", ["army", "officials"]),
        (PartyRole.CLAIMER, "the army", ["army"]),
        (PartyRole.TARGET, "Kidal base", ["army"]),
        (PartyRole.ENTITY, "Kidal", ["army"]),
        (PartyRole.ENTITY, "Kidal base", ["rebels"]),
        (PartyRole.ENTITY, "GPE", []),
    ],
)
def test_with_party_matches_exact_names_in_the_role_list(role, name, expected):
    claims = make_party_claims()
    key_of = {claim.pk: key for key, claim in claims.items()}

    found = Claim.objects.with_party(role=role, name=name).order_by("id").values_list("id", flat=True)

    assert [key_of[pk] for pk in found] == expected


@pytest.mark.postgres_only
def test_claimer_filter_is_served_by_the_gin_index_on_postgresql():
    """Containment (``@>``) on ``claimers``, which ``claim_claimers_gin_idx`` serves: no sequential scan needed."""
    make_party_claims()
    queryset = Claim.objects.with_party(role=PartyRole.CLAIMER, name="Officials").values("id")
    sql, params = queryset.query.sql_with_params()

    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert '"claims_claim"."claimers" @> ' in sql
    assert "claim_claimers_gin_idx" in plan
