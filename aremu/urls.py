from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

urlpatterns = [
    path("admin/", admin.site.urls),
    path("health/", include("aremu.health")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/", include("aremu.api_urls")),
    path("portal/", include("accounts.urls")),
    path("", include("delivery.urls")),  # /a/<token>/: the tracked Apply links in alerts
    path("", include("conversations.urls")),
]
