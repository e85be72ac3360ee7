from django.urls import path

from delivery.views import apply_redirect

urlpatterns = [
    path("a/<slug:token>/", apply_redirect, name="apply-redirect"),
]
