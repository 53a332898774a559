from django.urls import path

from claims.api import views

urlpatterns = [
    path("articles/", views.ArticleListCreateApi.as_view(), name="article-list"),
    path("articles/<int:pk>/", views.ArticleDetailApi.as_view(), name="article-detail"),
    path("claims/", views.ClaimListApi.as_view(), name="claim-list"),
    path("claims/<int:pk>/", views.ClaimDetailApi.as_view(), name="claim-detail"),
]
