from django.contrib import admin
from django.urls import include, path

from aremu import health

urlpatterns = [
    path("admin/", admin.site.urls),
    path("health/", health.health_view, name="health"),
    path("api/", include("aremu.api_urls")),
    path("portal/", include("accounts.urls")),
    path("", include("conversations.urls")),
]
