import pytest
from django.contrib.auth import get_user_model

from claims.models import Article, Claim


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
    return Article.objects.create(text=ARTICLE_TEXT, content_hash="a" * 64, title="Bridge <b>reopens</b>")


def make_claim(article, position, start, end, **fields):  # type: ignore[no-untyped-def]
    text = article.text
    sentence_start = text.rfind("\n", 0, start) + 1
    sentence_end = min(i for i in (text.find("\n", end), len(text)) if i >= 0)
    return Claim.objects.create(
        article=article,
        position=position,
        start=start,
        end=end,
        sentence_start=fields.pop("sentence_start", sentence_start),
        sentence_end=fields.pop("sentence_end", sentence_end),
        text=fields.pop("text", text[start:end]),
        **fields,
    )


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
