import pytest
from django.contrib.auth.models import Group

from claims.models import Verdict
from tests.factories import user_with_roles
from verifier.ratings import UnratedVerdict, claimreview_rating, is_rated
from verifier.roles import EDITOR, FACT_CHECKER, VIEWER, user_has_role


@pytest.mark.django_db
def test_the_roles_are_groups_created_by_a_migration():
    assert sorted(Group.objects.values_list("name", flat=True)) == ["editor", "fact-checker", "viewer"]


@pytest.mark.django_db
def test_roles_are_ranked_and_superusers_hold_all():
    viewer, checker, editor = (
        user_with_roles("v", VIEWER),
        user_with_roles("c", FACT_CHECKER),
        user_with_roles("e", EDITOR),
    )
    nobody = user_with_roles("n")
    admin = user_with_roles("a")
    admin.is_superuser = True
    admin.save()
    inactive = user_with_roles("i", EDITOR)
    inactive.is_active = False
    inactive.save()
    table = {
        user.username: [user_has_role(user, role) for role in (VIEWER, FACT_CHECKER, EDITOR)]
        for user in (viewer, checker, editor, nobody, admin, inactive)
    }
    assert table == {
        "v": [True, False, False],
        "c": [True, True, False],
        "e": [True, True, True],
        "n": [False, False, False],
        "a": [True, True, True],
        "i": [False, False, False],
    }
    assert user_has_role(None, VIEWER) is False
    with pytest.raises(ValueError):
        user_has_role(editor, "admin")


def test_every_rated_verdict_maps_to_a_claimreview_rating():
    assert {v: claimreview_rating(v) for v in Verdict.values if is_rated(v)} == {
        "true": {"ratingValue": 5, "bestRating": 5, "worstRating": 1, "alternateName": "True"},
        "mostly_true": {"ratingValue": 4, "bestRating": 5, "worstRating": 1, "alternateName": "Mostly true"},
        "mixed": {"ratingValue": 3, "bestRating": 5, "worstRating": 1, "alternateName": "Mixed"},
        "unproven": {"ratingValue": 3, "bestRating": 5, "worstRating": 1, "alternateName": "Unproven"},
        "misleading": {"ratingValue": 2, "bestRating": 5, "worstRating": 1, "alternateName": "Misleading"},
        "mostly_false": {"ratingValue": 2, "bestRating": 5, "worstRating": 1, "alternateName": "Mostly false"},
        "false": {"ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "False"},
    }


@pytest.mark.parametrize("verdict", [Verdict.UNRATED, Verdict.UNCONFIRMED, "bogus"])
def test_pending_verdicts_have_no_rating(verdict):
    assert is_rated(verdict) is False
    with pytest.raises(UnratedVerdict):
        claimreview_rating(verdict)
