"""Every REST endpoint under ``/api/v1/`` (namespace ``api``), from each resource's own urls module."""

from django.conf import settings
from django.urls import URLPattern, URLResolver, include, path

from api.bench import BenchConstantApi, BenchPeerClaimListApi

app_name = "api"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", include("api.articles.urls")),
    path("", include("api.claims.urls")),
    path("", include("api.evidence.urls")),
    path("", include("api.claimreview.urls")),
    path("", include("api.clusters.urls")),
    path("", include("api.factchecks.urls")),
    path("", include("api.sources.urls")),
    path("", include("api.events_tasks.urls")),
    path("", include("api.webhooks.urls")),
    path("", include("api.tokens.urls")),
]
if settings.API_BENCH_ENDPOINTS:
    urlpatterns += [
        path("bench/constant/", BenchConstantApi.as_view(), name="bench-constant"),
        path("bench/claims/", BenchPeerClaimListApi.as_view(), name="bench-claim-list"),
    ]
