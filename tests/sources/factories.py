"""factory_boy factories for source tests."""

import hashlib
from typing import Any, cast

import factory

from claims.models import Article, Claim, Status


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    text = factory.Sequence(lambda n: f"Article {n}: Human Rights Watch said 12 civilians were killed in Kidal.")
    content_hash = factory.LazyAttribute(lambda a: hashlib.sha256(a.text.encode()).hexdigest())
    title = factory.Sequence(lambda n: f"Article {n}")


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    position = factory.Sequence(lambda n: n)
    start = 0
    end = factory.LazyAttribute(lambda c: len(c.article.text))
    sentence_start = 0
    sentence_end = factory.LazyAttribute(lambda c: len(c.article.text))
    text = factory.LazyAttribute(lambda c: c.article.text)
    status = Status.NEW


def make_claim(**fields: Any) -> Claim:
    return cast(Claim, ClaimFactory(**fields))
