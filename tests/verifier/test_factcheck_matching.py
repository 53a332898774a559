"""Published fact-checks: import (update in place), matching after ingest, decisions, verdicts citing a match,
our published verdicts joining the collection, and decisions as training feedback. Both with the sentence encoder
and lexical only."""

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from io import StringIO
from pathlib import Path

import numpy as np
import pytest
from django.core.management import CommandError, call_command

from claims.extraction.text import parse_plain_text
from claims.models import Claim, Status, Verdict
from claims.retrieval import encoder
from claims.retrieval.collection import embed_queries
from claims.retrieval.vectors import from_bytes
from config.errors import ConflictError
from factchecks.models import ClaimMatch, Decision, FactCheck, Origin
from factchecks.parsing import parse
from factchecks.services import claims_match_factchecks, factchecks_import, feedback_examples, matcher
from sources.models import Evidence
from tests.factories import ClaimFactory, UserFactory
from tests.sources import http_server
from verifier.actors import Actor
from verifier.articles import article_submit
from verifier.factcheck_matches import (
    article_match_factchecks,
    claim_match_decide,
    claim_match_propose_verdict,
)
from verifier.followups import claim_followups
from verifier.models import VerificationEvent, WebhookDelivery, WebhookSubscription
from verifier.workflow import claim_transition

pytestmark = pytest.mark.django_db
FEED = Path(__file__).parent.parent / "factchecks" / "fixtures" / "feed.json"
BRIDGE_URL = "https://checkers.example.org/reviews/harbour-bridge-closed"


@pytest.fixture
def mode(retrieval_mode):  # type: ignore[no-untyped-def]
    """Every matching test runs with the encoder and as the embedded default without it."""
    return retrieval_mode


@pytest.fixture
def feed(db):  # type: ignore[no-untyped-def]
    factchecks_import(records=parse(FEED.read_bytes(), name="feed.json"))
    return {f.url: f for f in FactCheck.objects.all()}


def test_import_creates_then_updates_in_place():
    records = parse(FEED.read_bytes(), name="feed.json")

    first = factchecks_import(records=records)
    changed = [replace(records[0], rating_text="Pants on fire"), *records[1:]]
    second = factchecks_import(records=changed)

    assert (first.created, first.updated, first.unchanged) == (3, 0, 0)
    assert (second.created, second.updated, second.unchanged) == (0, 1, 2)
    assert list(FactCheck.objects.order_by("id").values_list("url", "rating_text", "publisher", "origin")) == [
        (BRIDGE_URL, "Pants on fire", "Coastal Checkers", "imported"),
        ("https://checkers.example.org/reviews/school-meals-budget", "Mostly false", "Coastal Checkers", "imported"),
        ("https://checkers.example.org/reviews/river-flood-warning", "True", "Coastal Checkers", "imported"),
    ]


def test_records_without_url_are_keyed_by_publisher_and_claim():
    record = parse(b'{"id": "a", "text": "The pier  was sold."}', name="x.jsonl")[0]

    factchecks_import(records=[replace(record, publisher="P")])
    again = factchecks_import(records=[replace(record, publisher="P", claim_reviewed="the pier was sold.")])
    other = factchecks_import(records=[replace(record, publisher="Q")])

    assert (again.created, again.updated, other.created) == (0, 1, 1)
    assert FactCheck.objects.count() == 2


def test_import_command_shows_progress_and_counts(mode):
    out, err = StringIO(), StringIO()

    call_command("import_factchecks", str(FEED), stdout=out, stderr=err)

    expected = ["3 created, 0 updated, 0 unchanged"]
    expected.append(
        "3 embedded"
        if mode == "full"
        else "sentence encoder not installed: matching is lexical only (make venv-encoder)"
    )
    assert out.getvalue().splitlines() == expected
    assert err.getvalue().splitlines()[0].startswith("import [##############################] 3/3 ")
    stored = FactCheck.objects.exclude(vectors=None).count()
    assert stored == (3 if mode == "full" else 0)


def test_the_matcher_is_rebuilt_only_when_the_fact_checks_change(mode, feed, django_assert_num_queries):
    first = matcher()

    with django_assert_num_queries(2):  # the version: latest updated_at, count; nothing else while it holds
        assert matcher() is first
    records = parse(FEED.read_bytes(), name="feed.json")
    factchecks_import(records=[replace(records[0], claim_reviewed="The harbour bridge reopened to cars in July.")])
    second = matcher()

    assert second is not first
    assert second.documents[0].claim == "The harbour bridge reopened to cars in July."
    embedded = FactCheck.objects.exclude(vectors=None).count()
    assert embedded == (3 if mode == "full" else 0)  # the changed text was embedded again on the rebuild


@pytest.fixture
def web(settings):  # type: ignore[no-untyped-def]
    server = http_server.TestHTTPServer().start()
    settings.SOURCES_FETCH_TEST_LOOPBACK_PORTS = [server.port]
    yield server
    server.stop()


def test_import_command_fetches_a_page_through_the_guarded_client(web):
    web.pages["stadium"] = (FEED.parent / "review-page.html").read_text()
    out = StringIO()

    call_command("import_factchecks", web.url("/page/stadium"), "--no-embed", stdout=out, stderr=StringIO())

    assert out.getvalue().splitlines() == ["1 created, 0 updated, 0 unchanged"]
    assert list(FactCheck.objects.values_list("claim_reviewed", "publisher", "url")) == [
        ("The new stadium seats 90,000 people.", "Review Desk", "https://review.example.net/stadium-capacity")
    ]
    assert web.requests == [("GET", "/page/stadium", f"127.0.0.1:{web.port}")]


def test_import_command_refuses_a_private_url_and_stores_nothing():
    with pytest.raises(CommandError) as caught:
        call_command("import_factchecks", "http://127.0.0.1/feed.json", stdout=StringIO(), stderr=StringIO())

    assert str(caught.value).startswith("http://127.0.0.1/feed.json: The URL was refused: ")
    assert FactCheck.objects.count() == 0


def test_import_command_refuses_a_bad_file_and_stores_nothing(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "fine"}\n{"id": "2"}\n')

    with pytest.raises(CommandError) as caught:
        call_command("import_factchecks", str(FEED), str(bad), stdout=StringIO(), stderr=StringIO())

    assert (
        str(caught.value) == f"{bad}: line 2: a JSON object with 'id' and 'text' is expected"
        or str(caught.value) == f"{bad}: line 2: no claim reviewed"
    )
    assert FactCheck.objects.count() == 0


def test_claims_are_matched_after_ingest_with_a_webhook_on_a_strong_match(
    mode, feed, django_capture_on_commit_callbacks
):
    WebhookSubscription.objects.create(url="https://hooks.example.org/", event_types=["factcheck.matched"])
    text = (
        "Port Avalon, 3 July 2024. The harbour bridge in Port Avalon has been closed to all traffic since June, "
        "a viral post claimed on Tuesday."
    )
    with django_capture_on_commit_callbacks(execute=True):
        result = article_submit(parsed=parse_plain_text(text), actor=Actor.job("test"))

    claims = list(Claim.objects.filter(article=result.article))
    bridge_claims = [c for c in claims if "bridge" in c.text]
    assert bridge_claims
    matches = list(ClaimMatch.objects.filter(claim__in=bridge_claims).order_by("claim_id", "rank"))
    assert matches[0].factcheck == feed[BRIDGE_URL]
    assert matches[0].rank == 1
    assert matches[0].score >= 0.8
    assert matches[0].decision == Decision.PENDING
    assert (matches[0].semantic > 0.5) == (mode == "full")
    deliveries = list(WebhookDelivery.objects.filter(event_type="factcheck.matched"))
    assert [d.payload["factcheck_id"] for d in deliveries] == [feed[BRIDGE_URL].pk] * len(deliveries)
    assert deliveries[0].payload == {
        "claim_id": matches[0].claim_id,
        "factcheck_id": feed[BRIDGE_URL].pk,
        "score": matches[0].score,
        "claim_reviewed": "The harbour bridge in Port Avalon has been closed to all traffic since June.",
        "rating": "False",
        "publisher": "Coastal Checkers",
        "url": BRIDGE_URL,
    }

    # The job is idempotent: a second run creates nothing and sends nothing.
    assert article_match_factchecks(article_id=result.article.pk) == []
    assert WebhookDelivery.objects.filter(event_type="factcheck.matched").count() == len(deliveries)


def test_the_matching_job_stores_each_claims_vector_once(mode, feed, monkeypatch):
    claim = ClaimFactory.create(text="The Port Avalon harbour bridge is closed to traffic.")

    article_match_factchecks(article_id=claim.article_id)

    claim.refresh_from_db()
    if mode == "lexical":
        assert (claim.vector, claim.vector_model) == (None, "")
        return
    assert claim.vector_model == encoder.MODEL_NAME
    stored = from_bytes([bytes(claim.vector or b"")], encoder.DIMENSIONS)
    np.testing.assert_allclose(stored, embed_queries([claim.text]), atol=1e-5)

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the stored vector was embedded again")

    monkeypatch.setattr(encoder, "encode", refuse)
    assert article_match_factchecks(article_id=claim.article_id) == []
    assert ClaimMatch.objects.filter(claim=claim, factcheck=feed[BRIDGE_URL], rank=1).count() == 1


@pytest.fixture
def matched(mode, feed):  # type: ignore[no-untyped-def]
    claim = ClaimFactory.create(text="The Port Avalon harbour bridge is closed to traffic.", status=Status.IN_REVIEW)
    article_match_factchecks(article_id=claim.article_id)
    return ClaimMatch.objects.get(claim=claim, factcheck=feed[BRIDGE_URL])


def test_a_decision_is_stored_and_audited_once(matched):
    checker = UserFactory.create(username="chris", roles=["fact-checker"])

    claim_match_decide(match_id=matched.pk, decision="same", actor=Actor.for_user(checker))
    claim_match_decide(match_id=matched.pk, decision="same", actor=Actor.for_user(checker))

    matched.refresh_from_db()
    assert (matched.decision, matched.decided_by) == (Decision.SAME, checker)
    assert list(VerificationEvent.objects.values_list("kind", "actor_label", "data")) == [
        (
            "match_decided",
            "chris",
            {
                "match_id": matched.pk,
                "factcheck_id": matched.factcheck_id,
                "decision": "same",
                "previous": "pending",
                "score": matched.score,
            },
        )
    ]


def test_a_confirmed_match_starts_a_verdict_proposal_citing_it(matched):
    checker = UserFactory.create(username="chris", roles=["fact-checker"])
    actor = Actor.for_user(checker)

    with pytest.raises(ConflictError) as refused:
        claim_match_propose_verdict(match_id=matched.pk, actor=actor)
    assert refused.value.code == "match_not_confirmed"
    assert Evidence.objects.count() == 0

    claim_match_decide(match_id=matched.pk, decision="same", actor=actor)
    claim = claim_match_propose_verdict(match_id=matched.pk, actor=actor)

    assert (claim.status, claim.verdict) == (Status.VERDICT_PROPOSED, Verdict.FALSE)
    assert claim.verdict_summary == f"Coastal Checkers rated this claim False: {BRIDGE_URL}"
    assert list(Evidence.objects.values_list("claim_id", "url", "role", "stance")) == [
        (claim.pk, BRIDGE_URL, "evidence", "refutes")
    ]


def test_our_published_verdict_joins_the_collection(settings, mode):
    settings.NEWSROOM_NAME = "Our desk"
    checker = UserFactory.create(username="chris", roles=["fact-checker"])
    editor = UserFactory.create(username="eddie", roles=["editor"])
    claim = ClaimFactory.create(text="The tram line to the airport opened in May.", status=Status.IN_REVIEW)
    claim_transition(
        claim_id=claim.pk,
        to_status=Status.VERDICT_PROPOSED,
        actor=Actor.for_user(checker),
        verdict=Verdict.MOSTLY_TRUE,
        summary="It opened in late May.",
    )
    claim_transition(claim_id=claim.pk, to_status=Status.PUBLISHED, actor=Actor.for_user(editor))
    event = VerificationEvent.objects.filter(claim=claim, to_status=Status.PUBLISHED).get()

    assert "factcheck" in claim_followups(claim_id=claim.pk, event_id=event.pk)

    factcheck = FactCheck.objects.get()
    assert (factcheck.origin, factcheck.claim_id, factcheck.claim_reviewed, factcheck.rating_text) == (
        Origin.NEWSROOM,
        claim.pk,
        "The tram line to the airport opened in May.",
        "Mostly true",
    )
    assert (factcheck.rating_value, factcheck.best_rating, factcheck.publisher) == (4, 5, "Our desk")
    assert factcheck.url == f"{settings.NEWSROOM_URL.rstrip('/')}/claims/{claim.pk}/"
    assert factcheck.published_on == date.today()

    # A later claim saying the same thing is matched to our verdict; the claim itself is never matched to it.
    later = ClaimFactory.create(text="The airport tram line opened in May.")
    article_match_factchecks(article_id=later.article_id)
    article_match_factchecks(article_id=claim.article_id)
    assert list(ClaimMatch.objects.values_list("claim_id", "factcheck_id")) == [(later.pk, factcheck.pk)]


def test_decisions_are_training_feedback(mode, matched, feed, tmp_path):
    checker = Actor.for_user(UserFactory.create(username="chris", roles=["fact-checker"]))
    meals = feed["https://checkers.example.org/reviews/school-meals-budget"]
    wrong = ClaimMatch.objects.create(claim=matched.claim, factcheck=meals, score=0.3, rank=2)
    claim_match_decide(match_id=matched.pk, decision="same", actor=checker)
    claim_match_decide(match_id=wrong.pk, decision="different", actor=checker)

    features = ("lex", "cos_best") if mode == "full" else ("lex", "lex_rr")
    x, y = feedback_examples(features=features, semantic=mode == "full")

    # The matcher's candidates for the claim: the bridge fact-check always; the meals one (no word in common) only
    # through the semantic stage.
    assert y.tolist() == ([1, 0] if mode == "full" else [1])
    assert x.shape == (len(y), 2)

    collection = tmp_path / "c.jsonl"
    texts = ["the pier was painted", "the pier was sold", "bridge closed"]
    collection.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)))
    queries = tmp_path / "q.jsonl"
    queries.write_text(json.dumps({"id": "q", "text": "was the pier sold", "gold": ["1"]}) + "\n")
    output = tmp_path / "weights.json"
    out = StringIO()
    call_command(
        "fit_matching_weights",
        *("--collection", str(collection), "--queries", str(queries), "--feedback", "--output", str(output)),
        stdout=out,
    )

    # lexical: the file's two candidates (one gold) and the one decision the lexical stage still ranks.
    assert out.getvalue().splitlines()[0] == "lexical: 3 pairs, 2 matching"
    assert sorted(json.loads(output.read_text())) == (["full", "lexical"] if mode == "full" else ["lexical"])


def test_the_fact_check_nearer_the_claims_article_date_is_the_match(mode):
    # Two fact-checks of one wording years apart. Without a date both are kept (their order is BM25's among equal
    # scores); with the article's date the one of its time is the match, and the one of 15 years before falls
    # under MATCH_MIN_SCORE.
    text = "The harbour bridge in Port Avalon is closed to all traffic."
    common = {"claim_reviewed": text, "publisher": "Coastal Checkers", "rating_text": "False"}
    old = FactCheck.objects.create(
        key="old", url="https://checkers.example.org/old", published_on=date(2009, 5, 2), **common
    )
    recent = FactCheck.objects.create(
        key="recent", url="https://checkers.example.org/recent", published_on=date(2024, 6, 20), **common
    )
    dated = ClaimFactory.create(text=text, article__published_at=datetime(2024, 6, 25, 9, tzinfo=UTC))
    undated = ClaimFactory.create(text=text, article__published_at=None)

    claims_match_factchecks(claim_ids=[dated.pk, undated.pk])

    def ranked(claim: Claim) -> list[tuple[int, int]]:
        return list(ClaimMatch.objects.filter(claim=claim).order_by("rank").values_list("factcheck_id", "rank"))

    assert ranked(dated) == [(recent.pk, 1)]
    assert [rank for _, rank in ranked(undated)] == [1, 2]
    assert sorted(factcheck for factcheck, _ in ranked(undated)) == [old.pk, recent.pk]
