from django.urls import path

from api.sources import views

urlpatterns = [
    path("sources/", views.SourceListApi.as_view(), name="source-list"),
    path("sources/<int:pk>/", views.SourceDetailApi.as_view(), name="source-detail"),
]
