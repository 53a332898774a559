"""Every REST endpoint under ``/api/v1/`` (namespace ``api``), from each resource's own urls module."""

from django.conf import settings
from django.urls import URLPattern, URLResolver, include, path

from api.bench import BenchConstantApi

app_name = "api"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", include("api.claims.urls")),
    path("", include("api.sources.urls")),
    path("", include("api.verifier.urls")),
]
if settings.API_BENCH_ENDPOINTS:
    urlpatterns.append(path("bench/constant/", BenchConstantApi.as_view(), name="bench-constant"))
