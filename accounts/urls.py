from django.urls import path

from accounts import portal

app_name = "portal"

urlpatterns = [
    path("p/<str:token>/", portal.preferences_view, name="preferences"),
]
