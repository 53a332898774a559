"""The triage job: status from the check-worthiness flag and score, source suggestions, cluster match as a
suggestion, the review task for the claim type, the re-check of unconfirmed claims."""

from datetime import UTC, timedelta

import pytest
from django.utils import timezone

from claims.extraction.text import parse_plain_text
from claims.models import Claim, ClaimCluster, ClaimType, Hedge, Status, Verdict
from config.errors import ConflictError
from sources.models import Source, SourceAlias
from tests.factories import ClaimFactory
from verifier import reviews, triage
from verifier.actors import Actor
from verifier.articles import article_submit
from verifier.models import ClaimRecheck, OutboxMessage, ReviewTask, TaskKind, VerificationEvent
from verifier.reviews import DEFAULT_TASK_KIND, TASK_KIND_BY_CLAIM_TYPE, review_task_kind
from verifier.triage import claim_triage

pytestmark = pytest.mark.django_db

JOB = Actor.job("triage")


def test_a_casualty_claim_is_triaged_with_suggestions_a_task_and_a_recheck(monkeypatch):
    monkeypatch.setattr(reviews, "WORKFLOW_TASK_DUE_HOURS", 12)
    monkeypatch.setattr(reviews, "WORKFLOW_RECHECK_UNCONFIRMED_HOURS", 48)
    source = Source.objects.create(name="Sahel Monitoring Group")
    SourceAlias.objects.create(source=source, alias="SMG")
    army = Source.objects.create(name="Malian Armed Forces Command")
    cluster = ClaimCluster.objects.create(label="Ten civilians were killed in the Kidal strike")
    earlier = ClaimFactory.create(
        status=Status.PUBLISHED,
        verdict=Verdict.MOSTLY_FALSE,
        verdict_summary="Hospital records show three deaths.",
        cluster=cluster,
        published_at=timezone.now() - timedelta(days=2),
    )
    claim = ClaimFactory.create(
        claim_type=ClaimType.CASUALTY,
        hedge=Hedge.UNCONFIRMED,
        score=0.91,
        cluster=cluster,
        claimers=["malian armed forces command", "a local official"],
        entities=[
            {"text": "SMG", "label": "ORG", "start": 0, "end": 3},
            {"text": "Kidal", "label": "GPE", "start": 10, "end": 15},
            {"text": "A local official", "label": "PERSON", "start": 20, "end": 36},
        ],
    )
    before = timezone.now()

    triaged = claim_triage(claim_id=claim.pk, actor=JOB)

    after = timezone.now()
    assert (triaged.status, triaged.verdict, triaged.version) == (Status.TRIAGED, Verdict.UNRATED, 2)
    event = VerificationEvent.objects.get(claim=claim)
    assert (event.kind, event.from_status, event.to_status, event.actor_label, event.reason) == (
        "triaged",
        "new",
        "triaged",
        "job:triage",
        "score 0.91, check-worthy",
    )
    recheck = ClaimRecheck.objects.get(claim=claim)
    assert before + timedelta(hours=48) <= recheck.due_at <= after + timedelta(hours=48)
    assert recheck.fired_at is None
    suggestion = {
        "claim_id": earlier.pk,
        "verdict": "mostly_false",
        "rating": {"ratingValue": 2, "bestRating": 5, "worstRating": 1, "alternateName": "Mostly false"},
        "summary": "Hospital records show three deaths.",
        "published_at": timezone.localtime(earlier.published_at, UTC).isoformat() if earlier.published_at else None,
    }
    assert event.data == {
        "version": 2,
        "score": 0.91,
        "checkworthy": True,
        "source_suggestions": [
            {"name": "malian armed forces command", "from": "claimer", "source_id": army.pk},
            {"name": "a local official", "from": "claimer", "source_id": None},
            {"name": "SMG", "from": "entity", "source_id": source.pk},
        ],
        "cluster_match": suggestion,
        "review_task": "casualty_figures",
        "recheck_due_at": recheck.due_at.isoformat(),
    }
    task = ReviewTask.objects.get(claim=claim)
    assert (task.kind, task.title, task.state, task.assignee, task.data) == (
        "casualty_figures",
        "Find casualty figures from primary sources",
        "open",
        None,
        {"suggestion": suggestion},
    )
    assert task.due_at is not None
    assert before + timedelta(hours=12) <= task.due_at <= after + timedelta(hours=12)
    # The matching verdict is a suggestion only: the claim keeps no verdict of its own.
    assert Claim.objects.get(pk=claim.pk).verdict == Verdict.UNRATED
    assert list(OutboxMessage.objects.values_list("task_name", "kwargs")) == [
        ("verifier.tasks.workflow.claim_followups", {"claim_id": claim.pk, "event_id": event.pk})
    ]


@pytest.mark.parametrize(
    ("claim_type", "kind", "title"),
    [
        (ClaimType.CASUALTY, "casualty_figures", "Find casualty figures from primary sources"),
        (ClaimType.ACCUSATION, "accuser_report", "Locate the accuser's original report"),
        (ClaimType.ATTRIBUTED_STATEMENT, "original_statement", "Find the original statement"),
        (ClaimType.CONTROL, "confirm_control", "Confirm who holds the place"),
        (ClaimType.EVENT, "corroborate", "Corroborate the event with an independent source"),
    ],
)
def test_the_review_task_depends_on_the_claim_type(claim_type, kind, title):
    claim = ClaimFactory.create(claim_type=claim_type)
    claim_triage(claim_id=claim.pk, actor=JOB)
    assert list(ReviewTask.objects.filter(claim=claim).values_list("kind", "title")) == [(kind, title)]
    assert not ClaimRecheck.objects.exists()


@pytest.mark.parametrize(
    ("claim_type", "checkworthy", "score", "min_score"),
    [
        (ClaimType.OPINION, False, 0.2, 0.0),
        (ClaimType.CASUALTY, False, 0.9, 0.0),
        (ClaimType.CASUALTY, True, 0.4, 0.5),
    ],
)
def test_a_claim_that_is_not_checkworthy_gets_no_task_and_no_recheck(
    monkeypatch, claim_type, checkworthy, score, min_score
):
    monkeypatch.setattr(triage, "WORKFLOW_TRIAGE_MIN_SCORE", min_score)
    claim = ClaimFactory.create(claim_type=claim_type, checkworthy=checkworthy, score=score, hedge=Hedge.UNCONFIRMED)
    claim_triage(claim_id=claim.pk, actor=JOB)
    event = VerificationEvent.objects.get(claim=claim)
    assert (event.kind, event.to_status, event.data["review_task"], event.data["recheck_due_at"]) == (
        "triaged",
        "not_checkworthy",
        None,
        None,
    )
    assert not ReviewTask.objects.exists()
    assert not ClaimRecheck.objects.exists()


def test_an_unpublished_cluster_match_is_not_a_suggestion():
    cluster = ClaimCluster.objects.create(label="x")
    ClaimFactory.create(status=Status.VERDICT_PROPOSED, verdict=Verdict.FALSE, cluster=cluster)
    claim = ClaimFactory.create(cluster=cluster)
    claim_triage(claim_id=claim.pk, actor=JOB)
    assert VerificationEvent.objects.get(claim=claim).data["cluster_match"] is None
    assert ReviewTask.objects.get(claim=claim).data == {}


def test_triaging_twice_is_refused_and_writes_nothing():
    claim = ClaimFactory.create()
    claim_triage(claim_id=claim.pk, actor=JOB)
    with pytest.raises(ConflictError) as exc:
        claim_triage(claim_id=claim.pk, actor=JOB)
    assert exc.value.code == "already_triaged"
    assert VerificationEvent.objects.filter(claim=claim).count() == 1
    assert ReviewTask.objects.filter(claim=claim).count() == 1
    assert OutboxMessage.objects.count() == 1


def test_a_submitted_article_is_extracted_and_triaged_in_one_job_with_no_job_per_claim(
    django_capture_on_commit_callbacks,
):
    text = (
        "Kidal, 28 March 2024. The army said ten civilians were killed in a drone strike on Kidal last night. "
        "Rebels accused the army of targeting a market."
    )
    with django_capture_on_commit_callbacks(execute=True):
        result = article_submit(parsed=parse_plain_text(text), actor=Actor.job("test"))

    claims = list(Claim.objects.filter(article=result.article).order_by("position"))
    assert claims
    for claim in claims:
        expected = Status.TRIAGED if claim.checkworthy else Status.NOT_CHECKWORTHY
        assert (claim.status, claim.version) == (expected, 2)
        assert list(claim.events.order_by("id").values_list("kind", "from_status", "to_status", "actor_label")) == [
            ("created", "", "new", "job:process_article"),
            ("triaged", "new", expected, "job:triage"),
        ]
        triaged = claim.events.get(kind="triaged")
        assert triaged.data["version"] == 2
        assert triaged.data["review_task"] == (review_task_kind(claim.claim_type) if claim.checkworthy else None)
        assert list(ReviewTask.objects.filter(claim=claim).values_list("kind", "state")) == (
            [(review_task_kind(claim.claim_type), "open")] if claim.checkworthy else []
        )
    # The extraction job did the triage in its own transaction: no triage job and no follow-up job per claim; the
    # article's one fact-check matching job follows it.
    assert list(OutboxMessage.objects.order_by("id").values_list("task_name", "kwargs", "state")) == [
        ("verifier.tasks.articles.process_article", {"article_id": result.article.pk}, "done"),
        ("verifier.tasks.matching.match_article_factchecks", {"article_id": result.article.pk}, "done"),
    ]


def test_every_claim_type_resolves_to_a_review_task_kind():
    kinds = {claim_type: review_task_kind(claim_type) for claim_type in ClaimType}

    assert kinds == {
        ClaimType.EVENT: TaskKind.CORROBORATE,
        ClaimType.CASUALTY: TaskKind.CASUALTY_FIGURES,
        ClaimType.STATISTIC: TaskKind.FIGURE_SOURCE,
        ClaimType.ACCUSATION: TaskKind.ACCUSER_REPORT,
        ClaimType.ATTRIBUTED_STATEMENT: TaskKind.ORIGINAL_STATEMENT,
        ClaimType.CONTROL: TaskKind.CONFIRM_CONTROL,
        **{t: DEFAULT_TASK_KIND for t in ClaimType if t not in TASK_KIND_BY_CLAIM_TYPE},
    }
    assert DEFAULT_TASK_KIND == TaskKind.CORROBORATE
    assert review_task_kind(str(ClaimType.CASUALTY)) == TaskKind.CASUALTY_FIGURES  # the stored value resolves too


def test_a_checkworthy_claim_of_a_type_not_listed_gets_the_default_task():
    claim = ClaimFactory.create(claim_type=ClaimType.BACKGROUND)

    claim_triage(claim_id=claim.pk, actor=JOB)

    assert list(ReviewTask.objects.filter(claim=claim).values_list("kind", flat=True)) == [DEFAULT_TASK_KIND]
