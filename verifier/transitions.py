"""The one table of allowed status moves. ``verifier.services.claim_transition`` is the only code that uses it."""

from claims.models import Status

TRANSITIONS: dict[str, frozenset[str]] = {
    Status.NEW: frozenset({Status.TRIAGED, Status.NOT_CHECKWORTHY}),
    Status.TRIAGED: frozenset({Status.IN_REVIEW, Status.NOT_CHECKWORTHY, Status.NEEDS_EVIDENCE}),
    Status.NOT_CHECKWORTHY: frozenset({Status.TRIAGED}),
    Status.IN_REVIEW: frozenset({Status.NEEDS_EVIDENCE, Status.VERDICT_PROPOSED, Status.NOT_CHECKWORTHY}),
    Status.NEEDS_EVIDENCE: frozenset({Status.IN_REVIEW, Status.VERDICT_PROPOSED}),
    Status.VERDICT_PROPOSED: frozenset({Status.PUBLISHED, Status.IN_REVIEW, Status.NEEDS_EVIDENCE}),
    Status.PUBLISHED: frozenset({Status.REOPENED}),
    Status.REOPENED: frozenset({Status.IN_REVIEW, Status.NEEDS_EVIDENCE, Status.VERDICT_PROPOSED}),
}


def allowed_targets(from_status: str) -> frozenset[str]:
    return TRANSITIONS.get(from_status, frozenset())


def is_allowed(from_status: str, to_status: str) -> bool:
    return to_status in allowed_targets(from_status)
