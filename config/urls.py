"""The project's URL map. Interface packages are named by string, so ``config`` imports none of them."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from config.health import healthz
from config.metrics import metrics_view

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("metrics", metrics_view, name="metrics"),
    path("api/v1/", include("api.urls", namespace="api")),
    path("api/", include("api.docs_urls")),
    path(settings.ADMIN_URL, admin.site.urls),
]

# JSON error bodies under /api/, Django's pages elsewhere (the admin).
handler400 = "api.errors.handler400"
handler403 = "api.errors.handler403"
handler404 = "api.errors.handler404"
handler500 = "api.errors.handler500"
