from django.urls import path

from api.clusters import views

urlpatterns = [
    path("clusters/", views.ClusterListApi.as_view(), name="cluster-list"),
    path("clusters/<int:pk>/", views.ClusterDetailApi.as_view(), name="cluster-detail"),
]
