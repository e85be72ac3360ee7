from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("health/", include("aremu.health")),
    path("api/", include("aremu.api_urls")),
    path("portal/", include("accounts.urls")),
    path("", include("delivery.urls")),  # /a/<token>/: the tracked Apply links in alerts
    path("", include("conversations.urls")),
]
