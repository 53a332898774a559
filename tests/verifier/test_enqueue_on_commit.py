import pytest
from django.conf import settings
from django.db import transaction

from claims.extraction.text import parse_plain_text
from claims.models import Article
from verifier.actors import Actor
from verifier.articles import article_submit
from verifier.models import OutboxMessage

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.worker]


class Boom(Exception):
    pass


@pytest.fixture
def queue(redis_client):
    """A queue no worker consumes, so every message published in the test stays countable."""
    from config.celery import app

    name = f"{settings.CELERY_TASK_DEFAULT_QUEUE}-probe"
    previous = app.conf.task_routes
    app.conf.update(task_routes={"verifier.tasks.articles.process_article": {"queue": name}})
    redis_client.delete(name)
    yield name
    app.conf.update(task_routes=previous)
    redis_client.delete(name)


def test_task_enqueued_in_a_rolled_back_transaction_is_never_published(redis_client, queue):
    with pytest.raises(Boom), transaction.atomic():
        article_submit(parsed=parse_plain_text("The dam failed overnight, officials said."), actor=Actor.job("t"))
        raise Boom

    assert redis_client.llen(queue) == 0
    assert not Article.objects.exists()
    assert not OutboxMessage.objects.exists()


def test_task_enqueued_in_a_committed_transaction_is_published_once(redis_client, queue):
    with transaction.atomic():
        result = article_submit(
            parsed=parse_plain_text("The dam failed overnight, officials said."), actor=Actor.job("t")
        )
        assert redis_client.llen(queue) == 0
        # The job is stored in the same transaction (outbox) and published only after the commit.
        assert list(OutboxMessage.objects.values_list("task_name", "kwargs", "state")) == [
            ("verifier.tasks.articles.process_article", {"article_id": result.article.pk}, "pending")
        ]

    assert redis_client.llen(queue) == 1
    assert result.article.ingest_status == "pending"
    message = OutboxMessage.objects.get()
    assert (message.state, message.attempts) == ("published", 1)
