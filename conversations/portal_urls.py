from django.urls import path

from conversations import portal_views

app_name = "portal"

urlpatterns = [
    path("p/<str:token>/", portal_views.preferences_view, name="preferences"),
]
