"""Source-check rules: what a check of a watched URL found, the state the URL moves to, and what follows from it.

This table is the one place to add or change a rule. Each row names a finding, says when it applies (a condition
over ``CheckFacts``; the first row that matches wins), the URL state it sets, and its consequences:

- ``reopen_claims``: claims resting on the URL that have a verdict (``verdict_proposed``/``published``) are reopened
  by ``job:source_check``; a claim the workflow refuses to reopen gets a ``source_changed`` event instead;
- ``review_task``: each of those claims gets an open ``source_changed`` review task (one at a time);
- ``webhook_event``: one event per check, with the cause, the snapshot, the URL and the claim ids (every event type
  named here is offered to webhook subscribers).

Claims' events and the webhook name the cause ``source_<finding>``. The recording path
(``sources.checks.source_check_record``) picks the row and writes the URL state; the verifier
(``verifier.evidence.source_check_apply``) carries out the consequences in the same transaction.
"""

from collections.abc import Callable
from dataclasses import dataclass

from sources.models import UrlState

SOURCE_CHANGED_EVENT = "source.changed"


@dataclass(frozen=True)
class CheckFacts:
    """What the rules look at: one check's outcome against the URL's state before it."""

    # A 2xx answer (its text was extracted and hashed).
    ok: bool
    # The fetch guard refused the URL: nothing was sent.
    refused: bool
    status_code: int | None
    url: str
    final_url: str
    # Text differs materially from the last (``sources.checks.SOURCES_CHANGE_THRESHOLD``); only a 2xx after a first.
    changed: bool
    # Consecutive 404/410/DNS failures, this check included, reached ``sources.checks.SOURCES_CHECK_DEAD_AFTER``.
    dead: bool
    # The URL's state before this check.
    state_before: str


@dataclass(frozen=True)
class CheckRule:
    finding: str
    when: Callable[[CheckFacts], bool]
    state: str
    reopen_claims: bool = False
    review_task: bool = False
    webhook_event: str = ""

    @property
    def cause(self) -> str:
        return f"source_{self.finding}"

    @property
    def has_consequences(self) -> bool:
        return self.reopen_claims or self.review_task or bool(self.webhook_event)


CHECK_RULES: tuple[CheckRule, ...] = (
    CheckRule("refused", when=lambda f: f.refused, state=UrlState.REFUSED),
    CheckRule(
        "died",
        when=lambda f: f.dead and f.state_before != UrlState.DEAD,
        state=UrlState.DEAD,
        reopen_claims=True,
        review_task=True,
        webhook_event=SOURCE_CHANGED_EVENT,
    ),
    CheckRule("dead", when=lambda f: f.dead, state=UrlState.DEAD),
    CheckRule("failed", when=lambda f: not f.ok, state=UrlState.FAILING),
    CheckRule(
        "changed",
        when=lambda f: f.changed,
        state=UrlState.ALIVE,
        reopen_claims=True,
        review_task=True,
        webhook_event=SOURCE_CHANGED_EVENT,
    ),
    CheckRule("alive", when=lambda f: True, state=UrlState.ALIVE),
)


def check_rule_match(facts: CheckFacts) -> CheckRule:
    """The first rule of ``CHECK_RULES`` whose condition holds for ``facts``."""
    for rule in CHECK_RULES:
        if rule.when(facts):
            return rule
    raise LookupError(f"no source-check rule matches {facts}")


def check_rule_webhook_events() -> frozenset[str]:
    """Every webhook event type a rule sends."""
    return frozenset(rule.webhook_event for rule in CHECK_RULES if rule.webhook_event)
