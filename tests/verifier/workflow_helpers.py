"""Workflow test helpers: the actor a service call is made as. Rows come from tests.factories."""

from typing import Any

from verifier.actors import Actor


def actor(user: Any) -> Actor:
    return Actor.for_user(user)
