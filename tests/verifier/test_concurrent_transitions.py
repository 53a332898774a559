"""50 pairs of concurrent transitions of one claim (threads, separate database connections): exactly one of each
pair wins, the other gets a conflict; no lost update, no duplicate event. Follow-up jobs run in-process (eager)."""

import threading

import pytest
from django.db import connection

from claims.models import Claim, Status
from config.errors import ConflictError, PreconditionFailed
from tests.factories import ArticleFactory, ClaimFactory, user_with_roles
from tests.verifier.workflow_helpers import actor
from verifier.models import OutboxMessage, VerificationEvent
from verifier.roles import FACT_CHECKER
from verifier.workflow import claim_start_review

pytestmark = pytest.mark.django_db(transaction=True)


def _race(claim_id: int, checker, expected_version: int | None, barrier: threading.Barrier, out: list) -> None:
    try:
        barrier.wait()
        claim_start_review(claim_id=claim_id, actor=actor(checker), expected_version=expected_version)
        out.append("ok")
    except (ConflictError, PreconditionFailed) as exc:
        out.append(exc.status_code)
    finally:
        connection.close()


def test_50_pairs_of_concurrent_transitions_one_wins_the_other_conflicts():
    checker = user_with_roles("fiona", FACT_CHECKER)
    claims = ClaimFactory.create_batch(50, article=ArticleFactory.create(), status=Status.TRIAGED)
    outcomes = []
    for index, claim in enumerate(claims):
        # Even pairs both send If-Match (expected version 1): the loser's precondition fails (412). Odd pairs send
        # none: the loser finds the claim already in review (409).
        expected = 1 if index % 2 == 0 else None
        barrier = threading.Barrier(2)
        out: list[str | int] = []
        threads = [threading.Thread(target=_race, args=(claim.pk, checker, expected, barrier, out)) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        outcomes.append(sorted(out, key=str))

    assert outcomes == [[412, "ok"] if i % 2 == 0 else [409, "ok"] for i in range(50)]
    claim_ids = sorted(c.pk for c in claims)
    assert list(Claim.objects.filter(pk__in=claim_ids).order_by().values_list("status", "version").distinct()) == [
        ("in_review", 2)
    ]
    events = VerificationEvent.objects.filter(claim_id__in=claim_ids)
    assert sorted(events.values_list("claim_id", flat=True)) == claim_ids
    assert set(events.values_list("from_status", "to_status", "actor_label")) == {("triaged", "in_review", "fiona")}
    assert sorted(OutboxMessage.objects.values_list("kwargs__claim_id", flat=True)) == claim_ids
