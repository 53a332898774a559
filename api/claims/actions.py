"""Workflow actions on a claim (``POST /claims/<id>/<action>/``): each needs ``If-Match`` with the claim's current
ETag, calls one workflow service and answers with the claim and its new ETag."""

from collections.abc import Callable
from typing import Any

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.claims import selectors
from api.claims.serializers import (
    AssignInputSerializer,
    PublishInputSerializer,
    ReopenInputSerializer,
    TransitionInputSerializer,
    VerdictInputSerializer,
)
from api.preconditions import expected_version, stale_if_match, with_etag
from api.schema import IF_MATCH, WRITE, responses
from api.serializers import ClaimSerializer
from claims import selectors as claim_selectors
from claims.models import Claim, Status
from config.errors import ApplicationError, PreconditionFailed
from verifier.actors import Actor
from verifier.workflow import claim_assign, claim_propose_verdict, claim_publish, claim_reopen, claim_transition

ACTION_ERRORS = (*WRITE, 409, 412, 428)
# Statuses reached only through their own endpoint (they carry more than a status change).
ACTION_STATUSES = {Status.VERDICT_PROPOSED: "verdict", Status.PUBLISHED: "publish", Status.REOPENED: "reopen"}


class ClaimActionApi(APIView):
    """POST an action on a claim. ``If-Match`` must carry the claim's current ETag; the response has the new one."""

    input_serializer: type[serializers.Serializer]

    def act(self, *, claim_id: int, actor: Actor, version: int, data: dict[str, Any]) -> Claim:
        raise NotImplementedError

    def post(self, request: Request, pk: int) -> Response:
        current = get_object_or_404(claim_selectors.claim_versions(), pk=pk)
        serializer = self.input_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        version = expected_version(request, kind="claim", pk=pk, current_version=current.version)
        try:
            claim = self.act(
                claim_id=pk, actor=Actor.for_request(request), version=version, data=serializer.validated_data
            )
        except PreconditionFailed as exc:
            # Another request changed the claim since the If-Match check (a race): the same 412 as a stale header.
            raise stale_if_match(request, kind="claim", pk=pk, current_version=exc.extra["version"]) from exc
        body = ClaimSerializer(claim, context={"request": request}).data
        return with_etag(Response(body), kind="claim", pk=claim.pk, version=claim.version)


def _action_schema(operation_id: str, summary: str, request: type[serializers.Serializer]) -> Callable[[Any], Any]:
    return extend_schema(
        operation_id=operation_id,
        summary=summary,
        request=request,
        parameters=[IF_MATCH],
        responses=responses({200: ClaimSerializer}, *ACTION_ERRORS),
    )


class ClaimTransitionApi(ClaimActionApi):
    input_serializer = TransitionInputSerializer

    @_action_schema(
        "claims_transition",
        "Move a claim to another status (verdicts, publishing and reopening have their own endpoints).",
        TransitionInputSerializer,
    )
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)

    def act(self, *, claim_id: int, actor: Actor, version: int, data: dict[str, Any]) -> Claim:
        to_status = data["to_status"]
        if to_status in ACTION_STATUSES:
            raise ApplicationError(
                f"Use POST /claims/{claim_id}/{ACTION_STATUSES[to_status]}/ to move a claim to {to_status}.",
                code="use_action_endpoint",
            )
        return claim_transition(
            claim_id=claim_id, to_status=to_status, actor=actor, reason=data["reason"], expected_version=version
        )


class ClaimVerdictApi(ClaimActionApi):
    input_serializer = VerdictInputSerializer

    @_action_schema("claims_propose_verdict", "Propose a verdict (status -> verdict_proposed).", VerdictInputSerializer)
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)

    def act(self, *, claim_id: int, actor: Actor, version: int, data: dict[str, Any]) -> Claim:
        return claim_propose_verdict(
            claim_id=claim_id, verdict=data["verdict"], summary=data["summary"], actor=actor, expected_version=version
        )


class ClaimPublishApi(ClaimActionApi):
    input_serializer = PublishInputSerializer

    @_action_schema("claims_publish", "Publish the proposed verdict (needs a second reviewer).", PublishInputSerializer)
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)

    def act(self, *, claim_id: int, actor: Actor, version: int, data: dict[str, Any]) -> Claim:
        return claim_publish(claim_id=claim_id, actor=actor, expected_version=version)


class ClaimReopenApi(ClaimActionApi):
    input_serializer = ReopenInputSerializer

    @_action_schema("claims_reopen", "Reopen a published claim.", ReopenInputSerializer)
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)

    def act(self, *, claim_id: int, actor: Actor, version: int, data: dict[str, Any]) -> Claim:
        return claim_reopen(claim_id=claim_id, actor=actor, reason=data["reason"], expected_version=version)


class ClaimAssignApi(ClaimActionApi):
    input_serializer = AssignInputSerializer

    @_action_schema("claims_assign", "Assign the claim to a user (null unassigns).", AssignInputSerializer)
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)

    def act(self, *, claim_id: int, actor: Actor, version: int, data: dict[str, Any]) -> Claim:
        assignee = None
        if data["assignee"] is not None:
            assignee = selectors.active_user(username=data["assignee"])
            if assignee is None:
                raise serializers.ValidationError({"assignee": ["No active user with this username."]})
        claim_assign(claim_id=claim_id, assignee=assignee, actor=actor, expected_version=version)
        return claim_selectors.claim_with_assignee(claim_id=claim_id)
