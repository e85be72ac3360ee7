"""Django-Q2 entry points for matching; thin wrappers around services (idempotent: a refresh recomputes)."""

from __future__ import annotations

from matching.services import index_refresh_stale


def refresh_stale_profiles() -> int:
    return index_refresh_stale()
