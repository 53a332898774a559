"""Workflow over HTTP: claim actions (with If-Match), evidence, ClaimReview, events, review tasks, webhooks, tokens."""

import json
import logging
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import django_filters
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.claims.filters import MAX_ID, UtcIsoDateTimeFilter
from api.claims.serializers import ClaimSerializer
from api.filters import FilterSet
from api.pagination import CursorPagination
from api.preconditions import expected_version, with_etag
from api.renderers import JSONRenderer
from api.schema import IF_MATCH, READ, WRITE, responses
from api.sources.serializers import EvidenceInputSerializer, EvidenceSerializer
from api.verifier import selectors
from api.verifier.serializers import (
    AssignInputSerializer,
    EventSerializer,
    PublishInputSerializer,
    ReopenInputSerializer,
    ReviewTaskSerializer,
    TokenCreatedSerializer,
    TokenInputSerializer,
    TokenSerializer,
    TransitionInputSerializer,
    VerdictInputSerializer,
    WebhookDeliverySerializer,
    WebhookSubscriptionCreatedSerializer,
    WebhookSubscriptionInputSerializer,
    WebhookSubscriptionSerializer,
    WebhookSubscriptionUpdateSerializer,
)
from claims.models import Claim, Status
from config.errors import ApplicationError
from sources.models import Evidence
from verifier.actors import Actor
from verifier.claimreview import ClaimReviewUnavailable, claimreview_document
from verifier.evidence import evidence_add
from verifier.models import EventKind, ReviewTask, TaskState, VerificationEvent, WebhookDelivery
from verifier.services import claim_assign, claim_propose_verdict, claim_publish, claim_reopen, claim_transition
from verifier.tokens import api_token_create, api_token_revoke
from verifier.webhooks import (
    webhook_replay,
    webhook_subscription_create,
    webhook_subscription_delete,
    webhook_subscription_update,
)

logger = logging.getLogger(__name__)

ACTION_ERRORS = (*WRITE, 409, 412, 428)
# Statuses reached only through their own endpoint (they carry more than a status change).
ACTION_STATUSES = {Status.VERDICT_PROPOSED: "verdict", Status.PUBLISHED: "publish", Status.REOPENED: "reopen"}


# --- claim actions ---------------------------------------------------------------------------------------------


class ClaimActionApi(APIView):
    """POST an action on a claim. ``If-Match`` must carry the claim's current ETag; the response has the new one."""

    input_serializer: type[serializers.Serializer]

    def act(self, *, claim_id: int, actor: Actor, version: int, data: dict[str, Any]) -> Claim:
        raise NotImplementedError

    def post(self, request: Request, pk: int) -> Response:
        current = get_object_or_404(Claim.objects.only("id", "version"), pk=pk)
        serializer = self.input_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        version = expected_version(request, kind="claim", pk=pk, current_version=current.version)
        claim = self.act(claim_id=pk, actor=Actor.for_request(request), version=version, data=serializer.validated_data)
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
        from django.contrib.auth import get_user_model

        assignee = None
        if data["assignee"] is not None:
            assignee = get_user_model().objects.filter(username=data["assignee"], is_active=True).first()
            if assignee is None:
                raise serializers.ValidationError({"assignee": ["No active user with this username."]})
        claim_assign(claim_id=claim_id, assignee=assignee, actor=actor, expected_version=version)
        return Claim.objects.select_related("assignee").get(pk=claim_id)


# --- evidence ----------------------------------------------------------------------------------------------------


class ClaimEvidenceApi(generics.ListAPIView):
    serializer_class = EvidenceSerializer
    queryset = Evidence.objects.none()  # for the schema; get_queryset filters by claim
    pagination_class = None

    def get_queryset(self):  # type: ignore[no-untyped-def]
        get_object_or_404(Claim.objects.only("id"), pk=self.kwargs["pk"])
        return selectors.api_evidence_for_claim(claim_id=self.kwargs["pk"])

    @extend_schema(
        operation_id="claims_evidence_list", responses=responses({200: EvidenceSerializer(many=True)}, *READ)
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="claims_evidence_create",
        summary="Link evidence (a URL and/or a registered source) to the claim; the URL is checked in the background.",
        request=EvidenceInputSerializer,
        responses=responses({201: EvidenceSerializer}, *WRITE, 409),
    )
    def post(self, request: Request, pk: int) -> Response:
        get_object_or_404(Claim.objects.only("id"), pk=pk)
        serializer = EvidenceInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        if not data["url"] and data["source_id"] is None:
            raise serializers.ValidationError({"url": ["Give a url or a source_id."]})
        evidence = evidence_add(claim_id=pk, actor=Actor.for_request(request), **data)
        evidence = selectors.api_evidence_for_claim(claim_id=pk).get(pk=evidence.pk)
        return Response(EvidenceSerializer(evidence).data, status=status.HTTP_201_CREATED)


# --- ClaimReview ---------------------------------------------------------------------------------------------------

CLAIMREVIEW_SCHEMA = OpenApiResponse(OpenApiTypes.OBJECT, description="schema.org ClaimReview JSON-LD")


class ClaimReviewApi(APIView):
    @extend_schema(
        operation_id="claims_claimreview",
        summary="schema.org ClaimReview JSON-LD of a claim with a published verdict (409 when there is none).",
        responses=responses({(200, "application/ld+json"): CLAIMREVIEW_SCHEMA}, *READ, 409),
    )
    def get(self, request: Request, pk: int) -> Response:
        claim = get_object_or_404(Claim.objects.select_related("article"), pk=pk)
        return Response(claimreview_document(claim=claim), content_type="application/ld+json")


class ClaimReviewPage(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = serializers.ListField(child=serializers.DictField())


def _valid_documents(claims: Any) -> Iterator[dict[str, Any]]:
    for claim in claims:
        try:
            yield claimreview_document(claim=claim)
        except ClaimReviewUnavailable as exc:  # published earlier, incomplete now: never serve it
            logger.warning("ClaimReview of claim %s not served: %s", claim.pk, exc.message)


class ClaimReviewFeedApi(generics.GenericAPIView):
    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.api_published_claims()

    @extend_schema(
        operation_id="claimreviews_list",
        summary="Every published ClaimReview, newest first (validated; incomplete ones are left out).",
        responses=responses({200: ClaimReviewPage}, *READ),
    )
    def get(self, request: Request) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(list(_valid_documents(page)))


class ClaimReviewExportApi(generics.GenericAPIView):
    pagination_class = None

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.api_published_claims()

    def perform_content_negotiation(self, request: Request, force: bool = False) -> Any:
        return JSONRenderer(), JSONRenderer.media_type

    @extend_schema(
        operation_id="claimreviews_export",
        summary="Every published ClaimReview as JSON lines, streamed.",
        responses=responses({(200, "application/x-ndjson"): OpenApiResponse(OpenApiTypes.STR)}, *READ),
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        claims = self.get_queryset().iterator(chunk_size=500)
        lines = (json.dumps(doc, separators=(",", ":")) + "\n" for doc in _valid_documents(claims))
        response = StreamingHttpResponse(lines, content_type="application/x-ndjson")
        response["Content-Disposition"] = 'attachment; filename="claimreview.jsonl"'
        return response


# --- events and review tasks ---------------------------------------------------------------------------------------


class EventFilter(FilterSet):
    claim = django_filters.NumberFilter(field_name="claim_id", min_value=1, max_value=MAX_ID)
    kind = django_filters.MultipleChoiceFilter(choices=EventKind.choices, distinct=False)
    actor_type = django_filters.CharFilter()
    since = UtcIsoDateTimeFilter(field_name="created_at", lookup_expr="gte")

    class Meta:
        model = VerificationEvent
        fields: list[str] = []


@extend_schema_view(
    get=extend_schema(
        operation_id="events_list",
        summary="The audit trail (append-only), newest first, cursor-paginated.",
        responses=responses({200: EventSerializer(many=True)}, *READ),
    )
)
class EventListApi(generics.ListAPIView):
    serializer_class = EventSerializer
    filterset_class = EventFilter
    pagination_class = CursorPagination

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return VerificationEvent.objects.all()


class ReviewTaskFilter(FilterSet):
    claim = django_filters.NumberFilter(field_name="claim_id", min_value=1, max_value=MAX_ID)
    state = django_filters.MultipleChoiceFilter(choices=TaskState.choices, distinct=False)
    assignee = django_filters.CharFilter(field_name="assignee__username")
    overdue = django_filters.BooleanFilter(method="filter_overdue", help_text="Open and past its due date.")

    class Meta:
        model = ReviewTask
        fields = ["kind"]

    def filter_overdue(self, queryset: Any, name: str, value: bool) -> Any:
        late = {"state": TaskState.OPEN, "due_at__lt": timezone.now()}
        return queryset.filter(**late) if value else queryset.exclude(**late)


@extend_schema_view(
    get=extend_schema(
        operation_id="review_tasks_list", responses=responses({200: ReviewTaskSerializer(many=True)}, *READ)
    )
)
class ReviewTaskListApi(generics.ListAPIView):
    serializer_class = ReviewTaskSerializer
    filterset_class = ReviewTaskFilter

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return ReviewTask.objects.select_related("assignee").order_by("due_at", "id")


@extend_schema_view(
    get=extend_schema(operation_id="review_tasks_retrieve", responses=responses({200: ReviewTaskSerializer}, *READ))
)
class ReviewTaskDetailApi(generics.RetrieveAPIView):
    serializer_class = ReviewTaskSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return ReviewTask.objects.select_related("assignee")


# --- webhooks ------------------------------------------------------------------------------------------------------


class WebhookListCreateApi(generics.ListAPIView):
    serializer_class = WebhookSubscriptionSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.api_webhook_subscriptions()

    @extend_schema(
        operation_id="webhooks_list", responses=responses({200: WebhookSubscriptionSerializer(many=True)}, *READ)
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="webhooks_create",
        summary="Subscribe a URL to event types. The response shows the signing secret, once.",
        request=WebhookSubscriptionInputSerializer,
        responses=responses({201: WebhookSubscriptionCreatedSerializer}, *WRITE),
    )
    def post(self, request: Request) -> Response:
        serializer = WebhookSubscriptionInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        subscription = webhook_subscription_create(
            url=data["target_url"],
            event_types=data["event_types"],
            active=data["active"],
            description=data["description"],
            actor_user=request.user,
        )
        body = WebhookSubscriptionCreatedSerializer(subscription, context={"request": request}).data
        return Response(body, status=status.HTTP_201_CREATED)


class WebhookDetailApi(APIView):
    @extend_schema(operation_id="webhooks_retrieve", responses=responses({200: WebhookSubscriptionSerializer}, *READ))
    def get(self, request: Request, pk: int) -> Response:
        subscription = get_object_or_404(selectors.api_webhook_subscriptions(), pk=pk)
        return Response(WebhookSubscriptionSerializer(subscription, context={"request": request}).data)

    @extend_schema(
        operation_id="webhooks_update",
        request=WebhookSubscriptionUpdateSerializer,
        responses=responses({200: WebhookSubscriptionSerializer}, *WRITE),
    )
    def patch(self, request: Request, pk: int) -> Response:
        get_object_or_404(selectors.api_webhook_subscriptions(), pk=pk)
        serializer = WebhookSubscriptionUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        if "target_url" in changes:
            changes["url"] = changes.pop("target_url")
        subscription = webhook_subscription_update(subscription_id=pk, **changes)
        return Response(WebhookSubscriptionSerializer(subscription, context={"request": request}).data)

    @extend_schema(operation_id="webhooks_destroy", responses=responses({204: None}, *WRITE))
    def delete(self, request: Request, pk: int) -> Response:
        get_object_or_404(selectors.api_webhook_subscriptions(), pk=pk)
        webhook_subscription_delete(subscription_id=pk)
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema_view(
    get=extend_schema(
        operation_id="webhooks_deliveries_list",
        summary="The delivery log of a subscription, newest first.",
        responses=responses({200: WebhookDeliverySerializer(many=True)}, *READ),
    )
)
class WebhookDeliveryListApi(generics.ListAPIView):
    serializer_class = WebhookDeliverySerializer
    queryset = WebhookDelivery.objects.none()  # for the schema; get_queryset filters by subscription
    filterset_fields = ["state", "event_type"]

    def get_queryset(self):  # type: ignore[no-untyped-def]
        get_object_or_404(selectors.api_webhook_subscriptions(), pk=self.kwargs["pk"])
        return selectors.api_webhook_deliveries(subscription_id=self.kwargs["pk"])


class WebhookReplayApi(APIView):
    @extend_schema(
        operation_id="webhooks_deliveries_replay",
        summary="Send a delivery again (same event id); it is queued and sent in the background.",
        request=None,
        responses=responses({202: WebhookDeliverySerializer}, *WRITE),
    )
    def post(self, request: Request, pk: int, delivery_id: int) -> Response:
        get_object_or_404(selectors.api_webhook_deliveries(subscription_id=pk), pk=delivery_id)
        delivery = webhook_replay(delivery_id=delivery_id)
        return Response(WebhookDeliverySerializer(delivery).data, status=status.HTTP_202_ACCEPTED)


# --- tokens --------------------------------------------------------------------------------------------------------


class TokenListCreateApi(generics.ListAPIView):
    serializer_class = TokenSerializer
    pagination_class = None

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.api_tokens_of(user=self.request.user)

    @extend_schema(
        operation_id="tokens_list",
        summary="The caller's own live tokens (never their secrets).",
        responses=responses({200: TokenSerializer(many=True)}, *READ),
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="tokens_create",
        summary="A new token for the caller; the secret is in the response only.",
        request=TokenInputSerializer,
        responses=responses({201: TokenCreatedSerializer}, *WRITE),
    )
    def post(self, request: Request) -> Response:
        serializer = TokenInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        token, secret = api_token_create(
            user=request.user, scope=data["scope"], name=data["name"], expiry=timedelta(days=data["expiry_days"])
        )
        token.token = secret  # type: ignore[attr-defined]
        return Response(
            TokenCreatedSerializer(token, context={"request": request}).data, status=status.HTTP_201_CREATED
        )


CURRENT_TOKEN = "current"  # noqa: S105 - a path word, not a secret


class TokenRevokeApi(APIView):
    @extend_schema(
        operation_id="tokens_revoke",
        summary="Revoke one of the caller's tokens by its key (`current` revokes the token making the request).",
        responses=responses({204: None}, *WRITE),
    )
    def delete(self, request: Request, token_key: str) -> Response:
        if token_key == CURRENT_TOKEN:
            token_key = request.auth.token_key  # type: ignore[union-attr]
        revoked = api_token_revoke(user=request.user, token_key=token_key)
        if not revoked:
            return Response(
                {"type": "not_found", "title": "Not found", "status": 404, "detail": "No such token.", "errors": {}},
                status=status.HTTP_404_NOT_FOUND,
            )
        return Response(status=status.HTTP_204_NO_CONTENT)
