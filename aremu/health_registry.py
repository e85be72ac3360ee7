"""Apps add their own health checks here (`register("openai", fn)`); `/health/` reports them.

They are informative: only the database, cache and queue decide the HTTP status.
"""

from __future__ import annotations

from collections.abc import Callable

CHECKS: dict[str, Callable[[], dict[str, object]]] = {}


def register(name: str, check: Callable[[], dict[str, object]]) -> None:
    CHECKS[name] = check
