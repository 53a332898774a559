from django.urls import path

from api.verifier import views

urlpatterns = [
    path("claims/<int:pk>/transitions/", views.ClaimTransitionApi.as_view(), name="claim-transition"),
    path("claims/<int:pk>/verdict/", views.ClaimVerdictApi.as_view(), name="claim-verdict"),
    path("claims/<int:pk>/publish/", views.ClaimPublishApi.as_view(), name="claim-publish"),
    path("claims/<int:pk>/reopen/", views.ClaimReopenApi.as_view(), name="claim-reopen"),
    path("claims/<int:pk>/assign/", views.ClaimAssignApi.as_view(), name="claim-assign"),
    path("claims/<int:pk>/evidence/", views.ClaimEvidenceApi.as_view(), name="claim-evidence"),
    path("claims/<int:pk>/claimreview/", views.ClaimReviewApi.as_view(), name="claim-claimreview"),
    path("claimreviews/", views.ClaimReviewFeedApi.as_view(), name="claimreview-list"),
    path("exports/claimreview.jsonl", views.ClaimReviewExportApi.as_view(), name="claimreview-export"),
    path("events/", views.EventListApi.as_view(), name="event-list"),
    path("review-tasks/", views.ReviewTaskListApi.as_view(), name="review-task-list"),
    path("review-tasks/<int:pk>/", views.ReviewTaskDetailApi.as_view(), name="review-task-detail"),
    path("webhooks/", views.WebhookListCreateApi.as_view(), name="webhook-list"),
    path("webhooks/<int:pk>/", views.WebhookDetailApi.as_view(), name="webhook-detail"),
    path("webhooks/<int:pk>/deliveries/", views.WebhookDeliveryListApi.as_view(), name="webhook-delivery-list"),
    path(
        "webhooks/<int:pk>/deliveries/<int:delivery_id>/replay/",
        views.WebhookReplayApi.as_view(),
        name="webhook-delivery-replay",
    ),
    path("tokens/", views.TokenListCreateApi.as_view(), name="token-list"),
    path("tokens/<str:token_key>/", views.TokenRevokeApi.as_view(), name="token-revoke"),
]
