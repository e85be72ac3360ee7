"""Apps add their own health checks here (`register("openai", fn)`); `/health/` runs them.

Every check decides readiness: one that raises turns `/health/` into a 503 and its name into `failing`. A check
that only informs (counts, the provider in use) returns a dict and never raises. What it returns, and the text of
what it raises, is shown to staff and token holders only, so it may name queues, ids and provider errors.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

Check = Callable[[], Mapping[str, object]]

CHECKS: dict[str, Check] = {}


def register(name: str, check: Check) -> None:
    CHECKS[name] = check
