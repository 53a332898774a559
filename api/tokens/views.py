"""The caller's API tokens: list, create, revoke."""

from datetime import timedelta
from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.schema import READ, WRITE, responses
from api.tokens import selectors
from api.tokens.serializers import TokenCreatedSerializer, TokenInputSerializer, TokenSerializer
from verifier.tokens import api_token_create, api_token_revoke


class TokenListCreateApi(generics.ListAPIView):
    serializer_class = TokenSerializer
    pagination_class = None

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.tokens_of(user=self.request.user)

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
