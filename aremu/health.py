"""Readiness (`GET /health/`: every check) and liveness (`GET /health/live/`: the process answers).

Anonymous callers learn only whether we are healthy and which checks fail; the details (error texts, queue sizes,
counts) go to staff and to monitors holding `HEALTH_TOKEN`, because they describe our traffic and our providers.
"""

from __future__ import annotations

import hmac
import time

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django_q.brokers import get_broker
from django_q.models import Failure

from aremu import health_registry
from aremu.health_registry import Check


def _timed(check: Check) -> dict[str, object]:
    started = time.perf_counter()
    try:
        result: dict[str, object] = {"ok": True, **check()}
    except Exception as exc:  # noqa: BLE001 - a health check reports every failure, it never raises
        result = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def _database() -> dict[str, object]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"vendor": connection.vendor}


def _cache() -> dict[str, object]:
    cache = caches["default"]
    cache.set("health:ping", "pong", 10)
    if cache.get("health:ping") != "pong":
        raise RuntimeError("cache did not return what was written")
    return {"backend": cache.__class__.__name__}


def _queue() -> dict[str, object]:
    broker = get_broker()
    broker.ping()
    return {
        "broker": broker.__class__.__name__,
        "queued": broker.queue_size(),
        "failures": Failure.objects.count(),
    }


CHECKS: dict[str, Check] = {"database": _database, "cache": _cache, "queue": _queue}


def checks_run() -> dict[str, dict[str, object]]:
    """The project's own checks, then each app's (`aremu.health_registry`); every one of them decides readiness."""
    return {name: _timed(check) for name, check in {**CHECKS, **health_registry.CHECKS}.items()}


def _presented_token(request: HttpRequest) -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    # The header is preferred: a query string ends up in access logs. `?token=` is for monitors that can't set one.
    return request.GET.get("token", "")


def _token_accepted(presented: str) -> bool:
    expected: str = getattr(settings, "HEALTH_TOKEN", "")
    if not expected or not presented:
        return False  # an unset HEALTH_TOKEN must not let an empty `?token=` in
    # Bytes, because compare_digest refuses non-ASCII str; constant time so the token can't be guessed byte by byte.
    return hmac.compare_digest(presented.encode(), expected.encode())


def may_see_details(request: HttpRequest) -> bool:
    # The token first: a monitor holding it needs no session, so the session table is not read.
    if _token_accepted(_presented_token(request)):
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_staff)


@never_cache
@require_safe
def health_view(request: HttpRequest) -> JsonResponse:
    """Readiness: 200 only when every check passes, 503 as soon as one fails."""
    checks = checks_run()
    failing = [name for name, result in checks.items() if not result["ok"]]
    body: dict[str, object] = {"status": "fail" if failing else "ok", "failing": failing}
    if may_see_details(request):
        body["checks"] = checks
    return JsonResponse(body, status=503 if failing else 200)


@never_cache
@require_safe
def live_view(request: HttpRequest) -> JsonResponse:
    """Liveness: no database, cache or broker, so a slow dependency never gets a healthy process restarted."""
    return JsonResponse({"status": "ok"})


# Mounted with `path("health/", include("aremu.health"))` in aremu/urls.py.
urlpatterns = [
    path("", health_view, name="health"),
    path("live/", live_view, name="health-live"),
]
