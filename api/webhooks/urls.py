from django.urls import path

from api.webhooks import views

urlpatterns = [
    path("webhooks/", views.WebhookListCreateApi.as_view(), name="webhook-list"),
    path("webhooks/<int:pk>/", views.WebhookDetailApi.as_view(), name="webhook-detail"),
    path("webhooks/<int:pk>/deliveries/", views.WebhookDeliveryListApi.as_view(), name="webhook-delivery-list"),
    path(
        "webhooks/<int:pk>/deliveries/<int:delivery_id>/replay/",
        views.WebhookReplayApi.as_view(),
        name="webhook-delivery-replay",
    ),
]
