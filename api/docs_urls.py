"""The OpenAPI schema (/api/schema/) and its Swagger UI page (/api/docs/), outside the versioned API; their errors
are JSON like every other answer under /api/."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from api.renderers import JSONErrorsMixin


class SchemaApi(JSONErrorsMixin, SpectacularAPIView):
    pass


class SchemaDocsPage(JSONErrorsMixin, SpectacularSwaggerView):
    pass


urlpatterns = [
    path("schema/", SchemaApi.as_view(), name="schema"),
    path("docs/", SchemaDocsPage.as_view(url_name="schema"), name="swagger-ui"),
]
