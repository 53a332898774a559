"""The source-check rules table (``sources.check_rules``): which rule a check matches, and that a new rule is one row
of the table, carried out by the recording path and the verifier without another change."""

import pytest
from django.db import transaction

from claims.models import Status
from sources import check_rules
from sources.check_rules import SOURCE_CHANGED_EVENT, CheckFacts, CheckRule, check_rule_match
from sources.models import Snapshot, UrlState
from tests.factories import ClaimFactory
from tests.sources.http_server import article_html
from tests.sources.test_checks import PARAGRAPHS
from verifier.actors import Actor
from verifier.evidence import evidence_add
from verifier.models import EventKind, ReviewTask, VerificationEvent, WebhookDelivery, WebhookSubscription
from verifier.webhooks import EVENT_TYPES

pytestmark = pytest.mark.django_db(transaction=True)


def facts(**changes: object) -> CheckFacts:
    values: dict[str, object] = {
        "ok": True,
        "refused": False,
        "status_code": 200,
        "url": "https://example.org/a",
        "final_url": "https://example.org/a",
        "changed": False,
        "dead": False,
        "state_before": UrlState.ALIVE,
    }
    return CheckFacts(**{**values, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "finding", "state", "consequences"),
    [
        ({}, "alive", UrlState.ALIVE, False),
        ({"changed": True}, "changed", UrlState.ALIVE, True),
        ({"ok": False, "refused": True, "status_code": None}, "refused", UrlState.REFUSED, False),
        ({"ok": False, "status_code": 503}, "failed", UrlState.FAILING, False),
        ({"ok": False, "status_code": 404, "dead": True}, "died", UrlState.DEAD, True),
        ({"ok": False, "status_code": 404, "dead": True, "state_before": UrlState.DEAD}, "dead", UrlState.DEAD, False),
    ],
)
def test_each_check_matches_one_rule(changes, finding, state, consequences):
    rule = check_rule_match(facts(**changes))

    assert (rule.finding, rule.state, rule.has_consequences) == (finding, state, consequences)


def test_the_rules_webhook_events_are_offered_to_subscribers():
    assert {rule.webhook_event for rule in check_rules.CHECK_RULES if rule.webhook_event} == {SOURCE_CHANGED_EVENT}
    assert SOURCE_CHANGED_EVENT in EVENT_TYPES


def test_a_new_rule_is_one_row_of_the_table(server, monkeypatch):
    """A page that now redirects elsewhere: a review task, an audit event and a webhook, no reopen -- declared by
    one row; the recording path, the claims' events, the review task and the webhook follow from it."""
    moved = CheckRule(
        "moved",
        when=lambda f: f.ok and f.final_url != f.url,
        state=UrlState.ALIVE,
        review_task=True,
        webhook_event=SOURCE_CHANGED_EVENT,
    )
    monkeypatch.setattr(check_rules, "CHECK_RULES", (moved, *check_rules.CHECK_RULES))
    server.pages["final"] = article_html("Strike on the market", PARAGRAPHS)
    url = server.url("/redirect/1")
    claim = ClaimFactory.create(status=Status.PUBLISHED, verdict="true")
    server.pages["hook"] = "ok"
    alerts = WebhookSubscription.objects.create(url=server.url("/page/hook"), event_types=["source.changed"])

    with transaction.atomic():
        evidence = evidence_add(claim_id=claim.pk, actor=Actor.job("tests"), url=url)

    claim.refresh_from_db()
    snapshot = Snapshot.objects.get()
    data = {"cause": "source_moved", "snapshot_id": snapshot.pk, "watched_url_id": snapshot.watched_url_id, "url": url}
    assert (claim.status, snapshot.final_url, snapshot.watched_url.state) == (
        Status.PUBLISHED,
        server.url("/page/final"),
        UrlState.ALIVE,
    )
    assert list(VerificationEvent.objects.filter(claim=claim).values_list("kind", "actor_label", "reason", "data")) == [
        (
            EventKind.EVIDENCE_ADDED,
            "job:tests",
            "",
            {
                "evidence_id": evidence.pk,
                "source_id": None,
                "role": "evidence",
                "stance": "unclear",
                "url": url,
                "quote": "",
            },
        ),
        (EventKind.SOURCE_CHANGED, "job:source_check", f"Source moved: {url} (snapshot {snapshot.pk}).", data),
    ]
    assert list(ReviewTask.objects.values_list("claim_id", "kind", "title", "state")) == [
        (claim.pk, "source_changed", f"Source moved: {url}", "open")
    ]
    assert list(WebhookDelivery.objects.values_list("subscription_id", "event_type", "payload", "state")) == [
        (alerts.pk, "source.changed", {**data, "claim_ids": [claim.pk]}, "delivered")
    ]
