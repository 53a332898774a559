"""Builders for workflow tests: users with roles, claims at a given status (written directly, as fixtures)."""

import itertools
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims.models import Article, Claim, ClaimType, Hedge, Status
from verifier.actors import Actor

_counter = itertools.count(1)


def make_user(username: str, *roles: str) -> Any:
    user = get_user_model().objects.create_user(username=username, password=None)  # unusable: no hashing cost
    for role in roles:
        # get_or_create: transactional tests flush the groups the data migration made.
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    return user


def make_article(text: str | None = None) -> Article:
    n = next(_counter)
    text = text or f"Article {n}: the dam failed overnight, officials said."
    return Article.objects.create(text=text, content_hash=f"{n:064x}", title=f"Article {n}")


def make_claim(
    *,
    article: Article | None = None,
    status: str = Status.NEW,
    claim_type: str = ClaimType.EVENT,
    hedge: str = Hedge.ASSERTED,
    checkworthy: bool = True,
    score: float = 0.8,
    **fields: Any,
) -> Claim:
    article = article or make_article()
    position = article.claims.count()
    start = position * 10
    return Claim.objects.create(
        article=article,
        position=position,
        start=start,
        end=start + 9,
        sentence_start=start,
        sentence_end=start + 9,
        text=fields.pop("text", f"Claim {position} of article {article.pk}"),
        status=status,
        claim_type=claim_type,
        hedge=hedge,
        checkworthy=checkworthy,
        score=score,
        **fields,
    )


def make_claims(count: int, *, status: str = Status.NEW, **fields: Any) -> list[Claim]:
    """``count`` claims of one article in one INSERT."""
    article = make_article()
    return Claim.objects.bulk_create(
        [
            Claim(
                article=article,
                position=i,
                start=i * 10,
                end=i * 10 + 9,
                sentence_start=i * 10,
                sentence_end=i * 10 + 9,
                text=f"Claim {i}",
                status=status,
                **fields,
            )
            for i in range(count)
        ]
    )


def actor(user: Any) -> Actor:
    return Actor.for_user(user)
