from django.urls import path

from api.claimreview import views

urlpatterns = [
    path("claims/<int:pk>/claimreview/", views.ClaimReviewApi.as_view(), name="claim-claimreview"),
    path("claimreviews/", views.ClaimReviewFeedApi.as_view(), name="claimreview-list"),
    path("exports/claimreview.jsonl", views.ClaimReviewExportApi.as_view(), name="claimreview-export"),
]
