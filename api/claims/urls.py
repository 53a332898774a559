from django.urls import path

from api.claims import actions, detail, export, lists

urlpatterns = [
    path("claims/", lists.ClaimListApi.as_view(), name="claim-list"),
    path("claims/cursor/", lists.ClaimCursorListApi.as_view(), name="claim-cursor-list"),
    path("claims/<int:pk>/", detail.ClaimDetailApi.as_view(), name="claim-detail"),
    path("claims/<int:pk>/transitions/", actions.ClaimTransitionApi.as_view(), name="claim-transition"),
    path("claims/<int:pk>/verdict/", actions.ClaimVerdictApi.as_view(), name="claim-verdict"),
    path("claims/<int:pk>/publish/", actions.ClaimPublishApi.as_view(), name="claim-publish"),
    path("claims/<int:pk>/reopen/", actions.ClaimReopenApi.as_view(), name="claim-reopen"),
    path("claims/<int:pk>/assign/", actions.ClaimAssignApi.as_view(), name="claim-assign"),
    path("exports/claims.csv", export.ClaimExportCsvApi.as_view(), name="claim-export-csv"),
]
