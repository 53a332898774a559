from django.urls import path

from api.events_tasks import views

urlpatterns = [
    path("events/", views.EventListApi.as_view(), name="event-list"),
    path("review-tasks/", views.ReviewTaskListApi.as_view(), name="review-task-list"),
    path("review-tasks/<int:pk>/", views.ReviewTaskDetailApi.as_view(), name="review-task-detail"),
]
