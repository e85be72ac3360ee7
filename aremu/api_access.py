"""Who may use the DRF API, and how often: model permissions, rate limits and the login lockout.

A ground-floor helper: each app's `api.py` builds its views on `ApiViewMixin`; settings name the classes here.
"""

from __future__ import annotations

from typing import Any

from axes.helpers import get_cool_off
from django.http import HttpRequest
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BasicAuthentication
from rest_framework.permissions import DjangoModelPermissions
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle

VIEW_PERMISSION = "%(app_label)s.view_%(model_name)s"


class ModelViewPermissions(DjangoModelPermissions):
    """DRF's model permissions, with reads needing `view_<model>` too (DRF lets any signed-in user read).

    A view may name more permissions in `extra_view_permissions`, for related rows it shows (a seeker's preferences).
    """

    perms_map = {**DjangoModelPermissions.perms_map, "GET": [VIEW_PERMISSION], "HEAD": [VIEW_PERMISSION],
                 "OPTIONS": [VIEW_PERMISSION]}

    def has_permission(self, request: Request, view: Any) -> bool:
        if not super().has_permission(request, view):
            return False
        return request.user.has_perms(getattr(view, "extra_view_permissions", ()))


def view_permission(model: Any) -> str:
    return VIEW_PERMISSION % {"app_label": model._meta.app_label, "model_name": model._meta.model_name}


class ApiViewMixin:
    """Every API view: a refused request (anonymous, wrong password) counts against the rate limit too.

    DRF checks throttles after authentication and permissions, so a guesser who is always refused is never
    slowed down. Here they run right after authentication, whatever its outcome, and only once per request.
    """

    def perform_authentication(self, request: Request) -> None:
        try:
            super().perform_authentication(request)  # type: ignore[misc]
        finally:
            self.check_throttles(request)

    def check_throttles(self, request: Request) -> None:
        if getattr(request, "_aremu_throttles_checked", False):
            return
        request._aremu_throttles_checked = True  # type: ignore[attr-defined]  # our own once-per-request mark
        super().check_throttles(request)  # type: ignore[misc]


class LockedOut(exceptions.Throttled):
    default_detail = "Too many failed logins: this account is locked for now from this address."
    default_code = "locked_out"


class LockoutBasicAuthentication(BasicAuthentication):
    """HTTP Basic that says "locked out" (429) instead of "wrong password" once django-axes locks the login.

    Axes counts the failure either way (its backend sits first in AUTHENTICATION_BACKENDS and DRF passes
    the request to `authenticate`); this only makes the refusal honest, with a Retry-After.
    """

    def authenticate_credentials(self, userid: str, password: str, request: Request | None = None) -> Any:
        try:
            return super().authenticate_credentials(userid, password, request)
        except exceptions.AuthenticationFailed:
            if getattr(request, "axes_locked_out", False):
                cool_off = get_cool_off(request)
                raise LockedOut(wait=cool_off.total_seconds() if cool_off else None) from None
            raise


def client_ip(request: HttpRequest) -> str | None:
    """The caller's address as DRF's throttles see it (REST_FRAMEWORK["NUM_PROXIES"]), so axes agrees with them."""
    # get_ident reads only request.META, which axes' plain HttpRequest has as DRF's Request does.
    return BaseThrottle().get_ident(request)  # type: ignore[arg-type]


class LockoutBasicScheme(OpenApiAuthenticationExtension):
    """Tells the OpenAPI schema that our HTTP Basic is plain HTTP Basic."""

    target_class = LockoutBasicAuthentication
    name = "basicAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "http", "scheme": "basic"}
