"""Workflow roles: Django groups created by ``verifier/migrations/0002_workflow_roles``.

Roles are ranked: an editor can do everything a fact-checker can, and a fact-checker everything a viewer can.
Superusers hold every role. API tokens act with their user's roles; background jobs have no role (the
transition table says which moves a job may make).
"""

from typing import Any

VIEWER = "viewer"
FACT_CHECKER = "fact-checker"
EDITOR = "editor"

# Lowest to highest; holding a role grants every role before it.
ROLE_ORDER: tuple[str, ...] = (VIEWER, FACT_CHECKER, EDITOR)


def roles_granting(role: str) -> tuple[str, ...]:
    """Group names whose members hold ``role`` (the role itself and every higher one)."""
    if role not in ROLE_ORDER:
        raise ValueError(f"Unknown role {role!r}; expected one of {', '.join(ROLE_ORDER)}.")
    return ROLE_ORDER[ROLE_ORDER.index(role) :]


def user_has_role(user: Any, role: str) -> bool:
    """Whether an active ``user`` holds ``role`` (directly, through a higher role, or as a superuser)."""
    granting = roles_granting(role)
    if user is None or not getattr(user, "is_active", False):
        return False
    if user.is_superuser:
        return True
    return bool(user.groups.filter(name__in=granting).exists())


def roles_ensure_groups(*, using: str = "default") -> None:
    """Create any missing role group (idempotent). Runs after every migrate/flush (``verifier.apps``)."""
    from django.contrib.auth.models import Group

    for name in ROLE_ORDER:
        Group.objects.using(using).get_or_create(name=name)
