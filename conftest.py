"""Shared pytest fixtures. App-specific factories live in each app's tests/factories.py."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
