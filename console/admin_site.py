"""The admin site with the operator dashboard on its index (and alone at /admin/dashboard/).

INSTALLED_APPS lists `ConsoleAdminConfig` in place of `django.contrib.admin`, Django's documented way to swap the
default site: `admin.site` and every `@admin.register` keep working unchanged. This module is imported while the
app registry is still loading, so the dashboard (which reads models) is imported inside the methods.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, URLResolver, path

PERMISSION = "console.view_dashboard"


class ConsoleAdminSite(admin.AdminSite):
    index_template = "console/index.html"
    site_header = "Aremu operations"
    site_title = "Aremu admin"
    # The old "View site" went to "/", which has no page: /health/ is what an operator checks first.
    site_url = "/health/"

    def get_urls(self) -> list[URLResolver | URLPattern]:
        return [path("dashboard/", self.admin_view(self.dashboard_view), name="console-dashboard"), *super().get_urls()]

    def index(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> TemplateResponse:
        context = dict(extra_context or {})
        if request.user.has_perm(PERMISSION):
            context.update(_dashboard_context())
        return super().index(request, extra_context=context)

    def dashboard_view(self, request: HttpRequest) -> HttpResponse:
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied  # staff without the permission: 403 (anonymous users are sent to the login)
        context = {**self.each_context(request), "title": "Dashboard", **_dashboard_context()}
        return TemplateResponse(request, "console/dashboard_page.html", context)


def _dashboard_context() -> dict[str, Any]:
    from console import dashboard  # lazy: this module loads with the app registry, the dashboard reads models

    return {"dashboard_panels": dashboard.panels(), "dashboard_failures": dashboard.failures()}


class ConsoleAdminConfig(AdminConfig):
    default_site = "console.admin_site.ConsoleAdminSite"
