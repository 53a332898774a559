"""factory_boy factories: the one way tests make rows directly (no extraction, no services).

``ClaimFactory`` takes a span (``start``/``end``) into its article's text; the sentence defaults to the span and the
text to the spanned characters, so a claim made from a real article reads like one. Without a span, a claim gets a
9-character slot of its own (position * 10), so many claims fit one article.
"""

import hashlib
from datetime import UTC, datetime
from typing import Any

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims.models import Article, Claim, IngestStatus


class UserFactory(factory.django.DjangoModelFactory[Any]):
    """A user with an unusable password (no hashing cost); ``roles=["editor", ...]`` adds workflow groups."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password(None)  # unusable: no hashing cost

    @factory.post_generation
    def roles(user: Any, create: bool, extracted: Any, **kwargs: Any) -> None:  # first argument: the built user
        # get_or_create: transactional tests flush the groups the data migration made.
        for role in extracted or ():
            user.groups.add(Group.objects.get_or_create(name=role)[0])


class ArticleFactory(factory.django.DjangoModelFactory[Article]):
    class Meta:
        model = Article

    text = factory.Sequence(lambda n: f"Article {n}: the dam failed overnight, officials said.")
    content_hash = factory.LazyAttribute(lambda a: hashlib.sha256(a.text.encode()).hexdigest())
    title = factory.Sequence(lambda n: f"Article {n}")
    # Every article runs somewhere: the outlet names a claim's claimant in its ClaimReview when no claimer was found,
    # and a verdict whose ClaimReview would be incomplete cannot be published.
    outlet = "Example Wire"
    ingest_status = IngestStatus.DONE


class NewsArticleFactory(ArticleFactory):
    """An article with the metadata a newsroom's CMS sends (outlet, URL, publication date)."""

    title: Any = "Bridge reopens"
    outlet = "Example News"
    url = "https://news.example.org/bridge"
    published_at = datetime(2024, 5, 2, tzinfo=UTC)


class ClaimFactory(factory.django.DjangoModelFactory[Claim]):
    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    position = factory.LazyAttribute(lambda c: c.article.claims.count())
    start = factory.LazyAttribute(lambda c: c.position * 10)
    end = factory.LazyAttribute(lambda c: c.start + 9)
    sentence_start = factory.SelfAttribute("start")
    sentence_end = factory.SelfAttribute("end")
    text = factory.LazyAttribute(lambda c: c.article.text[c.start : c.end] or f"Claim {c.position}")


def user_with_roles(username: str, *roles: str, **fields: Any) -> Any:
    """A user in the given workflow groups ("viewer", "fact-checker", "editor")."""
    return UserFactory.create(username=username, roles=roles, **fields)
