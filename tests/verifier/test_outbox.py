"""The outbox relay and sweeper against a broker that is down, and in eager mode."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from claims.models import Status
from tests.factories import ClaimFactory
from verifier.models import OutboxMessage
from verifier.outbox import WORKFLOW_OUTBOX_CONNECT_TIMEOUT, outbox_add, outbox_consume, outbox_relay, outbox_sweep

pytestmark = pytest.mark.django_db(transaction=True)

TRIAGE = "verifier.tasks.workflow.triage_claim"


class Boom(Exception):
    pass


def test_a_rolled_back_change_leaves_no_outbox_row():
    claim = ClaimFactory.create()
    with pytest.raises(Boom), transaction.atomic():
        outbox_add(task_name=TRIAGE, kwargs={"claim_id": claim.pk})
        raise Boom
    assert not OutboxMessage.objects.exists()


def test_with_the_broker_down_rows_stay_pending_and_the_sweeper_publishes_them_later():
    """Eager off, broker unreachable: the relay gives up fast; eager on again (a broker back), the sweep runs them."""
    from config.celery import app
    from tests.verifier.faults import celery_broker

    claim = ClaimFactory.create()
    app.conf.task_always_eager = False
    app.loader.import_default_modules()  # not part of the publish being timed
    with celery_broker("redis://127.0.0.1:1/0", {}):  # nothing listens on port 1
        started = timezone.now()
        with transaction.atomic():
            message = outbox_add(task_name=TRIAGE, kwargs={"claim_id": claim.pk})
        elapsed = timezone.now() - started
    message.refresh_from_db()
    assert (message.state, message.attempts, message.published_at) == ("pending", 1, None)
    assert elapsed < timedelta(seconds=WORKFLOW_OUTBOX_CONNECT_TIMEOUT + 1)

    # Too recent for the sweeper's threshold: left alone.
    assert outbox_sweep(pending_after=timedelta(hours=1)).published == []
    app.conf.task_always_eager = True
    result = outbox_sweep(pending_after=timedelta(0))
    assert (result.published, result.failed) == ([message.pk], [])
    message.refresh_from_db()
    assert (message.state, message.attempts) == ("done", 2)
    claim.refresh_from_db()
    assert claim.status == Status.TRIAGED


def test_rows_stuck_published_are_republished_and_the_consumer_skips_done_ones():
    claim = ClaimFactory.create()
    with transaction.atomic():
        message = outbox_add(task_name=TRIAGE, kwargs={"claim_id": claim.pk})
    message.refresh_from_db()
    assert message.state == "done"  # eager relay ran the consumer after commit

    OutboxMessage.objects.filter(pk=message.pk).update(
        state="published", published_at=timezone.now() - timedelta(hours=1)
    )
    assert outbox_relay(published_before=timezone.now() - timedelta(minutes=15)).published == [message.pk]
    with outbox_consume(outbox_id=message.pk) as run:
        assert run.fresh is False  # the re-published run found the triage done and marked its row done again
    assert OutboxMessage.objects.get(pk=message.pk).state == "done"
