from django.urls import path

from api.claims import views

urlpatterns = [
    path("articles/", views.ArticleListCreateApi.as_view(), name="article-list"),
    path("articles/import/", views.ArticleImportApi.as_view(), name="article-import"),
    path("articles/<int:pk>/", views.ArticleDetailApi.as_view(), name="article-detail"),
    path("claims/", views.ClaimListApi.as_view(), name="claim-list"),
    path("claims/cursor/", views.ClaimCursorListApi.as_view(), name="claim-cursor-list"),
    path("claims/<int:pk>/", views.ClaimDetailApi.as_view(), name="claim-detail"),
    path("clusters/", views.ClusterListApi.as_view(), name="cluster-list"),
    path("clusters/<int:pk>/", views.ClusterDetailApi.as_view(), name="cluster-detail"),
    path("exports/claims.csv", views.ClaimExportCsvApi.as_view(), name="claim-export-csv"),
]
