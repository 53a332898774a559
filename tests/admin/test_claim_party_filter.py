"""The admin claim changelist's claimer filter (the same queryset method as the API's)."""

import pytest
from django.urls import reverse

from tests.api.party_filters import make_party_claims

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("claimer", "expected"),
    [("Officials", ["army", "officials"]), ("the army", ["army"]), ("army", []), (None, None)],
)
def test_changelist_filters_by_claimer(desk, claimer, expected):
    claims = make_party_claims()
    key_of = {claim.pk: key for key, claim in claims.items()}

    response = desk.get(reverse("admin:claims_claim_changelist"), {"claimer": claimer} if claimer else {})

    assert response.status_code == 200
    shown = sorted((key_of[claim.pk] for claim in response.context["cl"].result_list), key=list(claims).index)
    assert shown == (expected if expected is not None else list(claims))
