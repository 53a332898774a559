from django.conf import settings
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from config.health import healthz

api_patterns: list[URLPattern | URLResolver] = [
    path("", include("claims.api.urls")),
    path("", include("sources.api.urls")),
    path("", include("verifier.api.urls")),
]
if settings.API_BENCH_ENDPOINTS:
    from config.api.bench import BenchConstantApi

    api_patterns.append(path("bench/constant/", BenchConstantApi.as_view(), name="bench-constant"))

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("api/v1/", include((api_patterns, "api"), namespace="api")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path(settings.ADMIN_URL, admin.site.urls),
]


def handler404(request, exception):  # type: ignore[no-untyped-def]
    """JSON 404 under /api/; Django's page elsewhere (the admin)."""
    from django.views.defaults import page_not_found

    from config.api.errors import json_error_view

    if request.path.startswith("/api/"):
        return json_error_view(404, "not_found", "Not found.")
    return page_not_found(request, exception)


def handler500(request):  # type: ignore[no-untyped-def]
    from django.views.defaults import server_error

    from config.api.errors import json_error_view

    if request.path.startswith("/api/"):
        return json_error_view(500, "server_error", "Internal server error.")
    return server_error(request)
