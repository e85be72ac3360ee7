from django.contrib import admin
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from aremu.api_conventions import not_found

urlpatterns = [
    path("admin/", admin.site.urls),
    path("health/", include("aremu.health")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/", include("aremu.api_urls")),
    re_path(r"^api/.*/$", not_found),  # the rest of /api/ answers JSON too (without a slash: redirected first)
    path("portal/", include("conversations.portal_urls")),  # /portal/p/<token>/: the preferences page
    path("", include("delivery.urls")),  # /a/<token>/: the tracked Apply links in alerts
    path("", include("conversations.urls")),
]
