from django.urls import path

from api.factchecks import views

urlpatterns = [
    path("factchecks/", views.FactCheckListApi.as_view(), name="factcheck-list"),
    path("factchecks/import/", views.FactCheckImportApi.as_view(), name="factcheck-import"),
    path("claims/<int:pk>/matches/", views.ClaimMatchListApi.as_view(), name="claim-matches"),
]
