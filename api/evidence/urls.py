from django.urls import path

from api.evidence import views

urlpatterns = [
    path("claims/<int:pk>/evidence/", views.ClaimEvidenceApi.as_view(), name="claim-evidence"),
]
