"""The one table of allowed status moves and who may make them.

``verifier.workflow.claim_transition`` is the only code that changes a claim's status, and it checks every move
against this table: the move must be listed, and the actor must hold the move's role (``verifier.roles``) or, for
a background job, the move must allow jobs.
"""

from dataclasses import dataclass

from claims.models import Status
from verifier.roles import EDITOR, FACT_CHECKER


@dataclass(frozen=True)
class Move:
    role: str
    """Lowest role that may make the move (editors may do what fact-checkers may)."""
    jobs: bool = False
    """Whether a background job (``Actor.job``) may make the move."""
    reason_required: bool = False


_CHECKER = Move(role=FACT_CHECKER)
_CHECKER_OR_JOB = Move(role=FACT_CHECKER, jobs=True)
_REOPEN = Move(role=EDITOR, jobs=True, reason_required=True)

TRANSITIONS: dict[str, dict[str, Move]] = {
    Status.NEW: {Status.TRIAGED: _CHECKER_OR_JOB, Status.NOT_CHECKWORTHY: _CHECKER_OR_JOB},
    Status.TRIAGED: {Status.IN_REVIEW: _CHECKER, Status.NOT_CHECKWORTHY: _CHECKER, Status.NEEDS_EVIDENCE: _CHECKER},
    Status.NOT_CHECKWORTHY: {Status.TRIAGED: _CHECKER},
    Status.IN_REVIEW: {
        Status.NEEDS_EVIDENCE: _CHECKER,
        Status.VERDICT_PROPOSED: _CHECKER,
        Status.NOT_CHECKWORTHY: _CHECKER,
    },
    Status.NEEDS_EVIDENCE: {Status.IN_REVIEW: _CHECKER, Status.VERDICT_PROPOSED: _CHECKER},
    # Publishing also needs a second person: the editor may not be the one who proposed the verdict.
    # A proposed verdict whose evidence changed is reopened like a published one (by the source-check job).
    Status.VERDICT_PROPOSED: {
        Status.PUBLISHED: Move(role=EDITOR),
        Status.IN_REVIEW: _CHECKER,
        Status.NEEDS_EVIDENCE: _CHECKER,
        Status.REOPENED: _REOPEN,
    },
    # A published verdict is revised only through reopen, with a reason. Jobs reopen on source changes and re-checks.
    Status.PUBLISHED: {Status.REOPENED: _REOPEN},
    Status.REOPENED: {Status.IN_REVIEW: _CHECKER, Status.NEEDS_EVIDENCE: _CHECKER, Status.VERDICT_PROPOSED: _CHECKER},
}

# The only target status at which a verdict may be set.
VERDICT_STATUS = Status.VERDICT_PROPOSED


def allowed_targets(from_status: str) -> frozenset[str]:
    return frozenset(TRANSITIONS.get(from_status, {}))


def is_allowed(from_status: str, to_status: str) -> bool:
    return to_status in allowed_targets(from_status)


def move_rule(from_status: str, to_status: str) -> Move | None:
    """The rule for a move, or ``None`` when the table does not allow it."""
    return TRANSITIONS.get(from_status, {}).get(to_status)
