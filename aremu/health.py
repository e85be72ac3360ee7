"""`GET /health/`: the state of the database, the cache and the task queue, for load balancers and operators."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.core.cache import caches
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET


def _timed(check: Callable[[], dict[str, object]]) -> dict[str, object]:
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
    from django_q.brokers import get_broker
    from django_q.models import Failure

    broker = get_broker()
    broker.ping()
    return {
        "broker": broker.__class__.__name__,
        "queued": broker.queue_size(),
        "failures": Failure.objects.count(),
    }


CHECKS: dict[str, Callable[[], dict[str, object]]] = {"database": _database, "cache": _cache, "queue": _queue}


def extra_checks() -> dict[str, Callable[[], dict[str, object]]]:
    """Checks contributed by the apps (enhancement provider, WhatsApp transport…)."""
    from aremu import health_registry

    return dict(health_registry.CHECKS)


@require_GET
def health_view(request: HttpRequest) -> JsonResponse:
    checks = {name: _timed(check) for name, check in {**CHECKS, **extra_checks()}.items()}
    healthy = all(c["ok"] for name, c in checks.items() if name in CHECKS)
    return JsonResponse({"status": "ok" if healthy else "error", "checks": checks}, status=200 if healthy else 503)
