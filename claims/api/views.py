from dataclasses import replace

from django.http import Http404
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from claims.api.serializers import (
    ArticleAcceptedSerializer,
    ArticleInputSerializer,
    ArticleSerializer,
    ClaimSerializer,
)
from claims.extraction.text import parse_plain_text
from claims.models import Article
from claims.selectors import article_get_with_claims, claim_list
from verifier.actors import Actor
from verifier.services import article_submit

ERRORS = {
    400: OpenApiResponse(description="Invalid input"),
    401: OpenApiResponse(description="Missing or invalid token"),
    403: OpenApiResponse(description="Token lacks the write scope"),
    413: OpenApiResponse(description="Body or article over the size limit"),
    415: OpenApiResponse(description="Body is not JSON"),
}


class ArticleListCreateApi(APIView):
    @extend_schema(
        operation_id="articles_create",
        request=ArticleInputSerializer,
        responses={202: ArticleAcceptedSerializer, **ERRORS},
        summary="Submit an article; its claims are extracted in the background.",
    )
    def post(self, request: Request) -> Response:
        serializer = ArticleInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        # Leading metadata lines in the text fill fields the request left empty.
        parsed = parse_plain_text(data["text"])
        parsed = replace(parsed, **{name: data[name] for name in ("title", "outlet", "author", "url") if data[name]})
        result = article_submit(parsed=parsed, actor=Actor.for_request(request), published_at=data["published_at"])
        article = result.article
        location = reverse("api:article-detail", kwargs={"pk": article.pk}, request=request)
        body = ArticleAcceptedSerializer(
            {"id": article.pk, "url": location, "ingest_status": article.ingest_status, "created": result.created}
        ).data
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": location})


class ArticleDetailApi(APIView):
    @extend_schema(operation_id="articles_retrieve", responses={200: ArticleSerializer, 401: ERRORS[401]})
    def get(self, request: Request, pk: int) -> Response:
        try:
            article = article_get_with_claims(article_id=pk)
        except Article.DoesNotExist as exc:
            raise Http404 from exc
        return Response(ArticleSerializer(article, context={"request": request}).data)


class ClaimListApi(generics.ListAPIView):
    serializer_class = ClaimSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return claim_list()


class ClaimDetailApi(generics.RetrieveAPIView):
    serializer_class = ClaimSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return claim_list()
