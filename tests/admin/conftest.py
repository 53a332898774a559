import pytest
from django.contrib.auth import get_user_model

from tests.factories import ArticleFactory


@pytest.fixture
def desk_user(db):  # type: ignore[no-untyped-def]
    return get_user_model().objects.create_superuser(username="ana", password="desk-password-123", email="")


@pytest.fixture
def desk(client, desk_user):  # type: ignore[no-untyped-def]
    client.force_login(desk_user)
    return client


ARTICLE_TEXT = (
    "Officials said the bridge reopened on Monday. <script>alert('x')</script> Traffic resumed within an hour.\n\n"
    "Residents disputed the figures."
)


@pytest.fixture
def article(db):  # type: ignore[no-untyped-def]
    return ArticleFactory.create(text=ARTICLE_TEXT, title="Bridge <b>reopens</b>")


def staff_user(username, role):  # type: ignore[no-untyped-def]
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(username=username, password=f"{username}-password-123", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def checker(db):  # type: ignore[no-untyped-def]
    return staff_user("chris", "fact-checker")


@pytest.fixture
def editor(db):  # type: ignore[no-untyped-def]
    return staff_user("eddie", "editor")


@pytest.fixture
def viewer(db):  # type: ignore[no-untyped-def]
    return staff_user("vera", "viewer")
