from django.urls import path

from api.articles import views

urlpatterns = [
    path("articles/", views.ArticleListCreateApi.as_view(), name="article-list"),
    path("articles/import/", views.ArticleImportApi.as_view(), name="article-import"),
    path("articles/<int:pk>/", views.ArticleDetailApi.as_view(), name="article-detail"),
]
