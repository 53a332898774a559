from django.urls import path

from api.tokens import views

urlpatterns = [
    path("tokens/", views.TokenListCreateApi.as_view(), name="token-list"),
    path("tokens/<str:token_key>/", views.TokenRevokeApi.as_view(), name="token-revoke"),
]
