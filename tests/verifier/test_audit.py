"""The audit trail: PostgreSQL refuses UPDATE and DELETE of events by any route, and replaying a claim's events
gives its current status and verdict after any sequence of transitions."""

import random

import pytest
from django.db import ProgrammingError, connection, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.models import Claim, Status, Verdict
from config.errors import ApplicationError
from tests.factories import ClaimFactory, user_with_roles
from tests.verifier.workflow_helpers import actor
from verifier.actors import Actor
from verifier.models import VerificationEvent
from verifier.roles import EDITOR, FACT_CHECKER, VIEWER
from verifier.selectors import claim_history, claim_replay
from verifier.transitions import allowed_targets
from verifier.triage import claim_triage
from verifier.workflow import claim_assign, claim_propose_verdict, claim_start_review, claim_transition

pytestmark = pytest.mark.django_db

REFUSED = ProgrammingError
MESSAGE = "Cannot update or delete rows from verifier_verificationevent"


@pytest.fixture
def event():
    claim = ClaimFactory.create(status=Status.TRIAGED)
    claim_start_review(claim_id=claim.pk, actor=actor(user_with_roles("fiona", FACT_CHECKER)))
    return VerificationEvent.objects.get(claim=claim)


def assert_unchanged(event: VerificationEvent) -> None:
    fresh = VerificationEvent.objects.get(pk=event.pk)
    assert (fresh.reason, fresh.to_status, fresh.actor_label) == ("", "in_review", "fiona")


@pytest.mark.postgres_only
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE verifier_verificationevent SET reason = 'edited' WHERE id = %s",
        "UPDATE verifier_verificationevent SET to_status = 'published' WHERE id = %s",
        "DELETE FROM verifier_verificationevent WHERE id = %s",
    ],
)
def test_raw_sql_cannot_change_or_delete_an_event(event, statement):
    with pytest.raises(REFUSED, match=MESSAGE), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(statement, [event.pk])
    assert_unchanged(event)


@pytest.mark.postgres_only
def test_queryset_update_and_delete_are_refused(event):
    with pytest.raises(REFUSED, match=MESSAGE), transaction.atomic():
        VerificationEvent.objects.filter(pk=event.pk).update(reason="edited")
    with pytest.raises(REFUSED, match=MESSAGE), transaction.atomic():
        VerificationEvent.objects.filter(pk=event.pk).delete()
    assert_unchanged(event)


@pytest.mark.postgres_only
def test_model_save_and_delete_are_refused(event):
    event.reason = "edited"
    with pytest.raises(REFUSED, match=MESSAGE), transaction.atomic():
        event.save()
    with pytest.raises(REFUSED, match=MESSAGE), transaction.atomic():
        VerificationEvent.objects.get(pk=event.pk).delete()
    assert_unchanged(event)


def test_a_claim_with_events_cannot_be_deleted(event):
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError), transaction.atomic():
        Claim.objects.get(pk=event.claim_id).delete()
    assert VerificationEvent.objects.filter(pk=event.pk).exists()


def test_replay_of_a_history_without_a_created_event_is_refused():
    with pytest.raises(ValueError, match="created"):
        claim_replay([])


# --- Replay ------------------------------------------------------------------------------------------------------

# Mostly people who may act, sometimes a viewer or a job (refused for most moves).
ACTORS = ["checker", "editor1", "editor2", "checker", "editor1", "editor2", "viewer", "job"]
VERDICTS = [Verdict.FALSE, Verdict.TRUE, Verdict.MIXED, Verdict.UNCONFIRMED, Verdict.UNRATED]
REASONS = ["", "Source page changed."]


def random_step(rng, status: str) -> tuple[str, str, str, str, bool]:
    """A step: mostly a move the table allows from ``status`` (so walks reach published and reopened), sometimes
    any status at all (refused moves must leave no trace); mostly people who may act, sometimes a viewer or a job."""
    options = ["triage", *sorted(allowed_targets(status))]
    target = rng.choice(options) if rng.random() < 0.85 else rng.choice(Status.values)
    who = rng.choice(["checker", "editor1", "editor2"]) if rng.random() < 0.8 else rng.choice(["viewer", "job"])
    return target, who, rng.choice(VERDICTS), rng.choice(REASONS), rng.random() < 0.1


@pytest.fixture
def users():
    return {
        "checker": user_with_roles("checker", FACT_CHECKER),
        "editor1": user_with_roles("editor1", EDITOR),
        "editor2": user_with_roles("editor2", EDITOR),
        "viewer": user_with_roles("viewer", VIEWER),
    }


@pytest.fixture
def reached():
    """Statuses the random walks reached, checked after all examples ran."""
    statuses: set[str] = set()
    yield statuses
    assert statuses == set(Status.values)


@settings(max_examples=50, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(min_value=0, max_value=2**32), length=st.integers(min_value=1, max_value=30))
def test_replaying_the_events_gives_the_current_status_and_verdict(users, reached, seed, length):
    rng = random.Random(seed)  # a uniform walk; hypothesis picks the seed and the length
    claim = ClaimFactory.create()
    from verifier.events import claims_created_events

    claims_created_events(claims=[claim], actor=Actor.job("process_article"))
    applied = 0
    for _ in range(length):
        target, who, verdict, reason, assign = random_step(rng, Claim.objects.get(pk=claim.pk).status)
        act = Actor.job("job") if who == "job" else actor(users[who])
        try:
            if assign:
                claim_assign(claim_id=claim.pk, assignee=users["checker"], actor=act)
            elif target == "triage":
                claim_triage(claim_id=claim.pk, actor=act)
            elif target == Status.VERDICT_PROPOSED:
                claim_propose_verdict(claim_id=claim.pk, verdict=verdict, summary="Because.", actor=act)
            else:
                claim_transition(claim_id=claim.pk, to_status=target, actor=act, reason=reason)
            applied += 1
        except ApplicationError:
            pass
    claim.refresh_from_db()
    events = list(claim_history(claim_id=claim.pk))
    assert len(events) == 1 + applied
    assert claim.version == 1 + applied
    assert claim_replay(events) == (claim.status, claim.verdict)
    reached.update(e.to_status for e in events)
    # Every event records the version it produced: the history has no gaps and no duplicates.
    assert [e.data.get("version") for e in events[1:]] == list(range(2, 2 + applied))
