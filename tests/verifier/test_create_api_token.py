from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from verifier.models import ApiToken

pytestmark = pytest.mark.django_db


def test_prints_a_working_token_with_the_requested_scope(user, api_client):
    out = StringIO()

    call_command("create_api_token", "newsroom-cms", "--scope", "write", "--name", "CMS", stdout=out)

    secret = out.getvalue().strip()
    token = ApiToken.objects.get()
    assert (token.user, token.scope, token.name) == (user, "write", "CMS")
    assert secret.startswith("cv_")
    assert token.digest != secret  # only the hash is stored
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {secret}")
    assert api_client.get("/api/v1/claims/").status_code == 200


def test_unknown_user_is_an_error_and_creates_nothing(db):
    with pytest.raises(CommandError, match=r"No user named 'ghost'\."):
        call_command("create_api_token", "ghost")

    assert not ApiToken.objects.exists()


def test_expired_token_is_refused(user, api_client):
    from datetime import timedelta

    from verifier.tokens import api_token_create

    _, secret = api_token_create(user=user, scope="read", expiry=timedelta(seconds=-1))
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {secret}")

    assert api_client.get("/api/v1/claims/").status_code == 401
