"""Shared pytest fixtures. App-specific factories live in each app's tests/factories.py."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix: None, tmp_path_factory) -> None:
    """On SQLite, test in a file as production runs, not Django's shared-cache in-memory database.

    Threads writing to the in-memory database fail at once with "database table is locked" (shared-cache
    locks ignore busy_timeout), so the race tests could not run there; a file gets WAL and the busy timeout.
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("TEST", {})["NAME"] = str(tmp_path_factory.mktemp("db") / "test.sqlite3")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `once` (pure evaluations over ../shared's exports) prove nothing more on a second database.

    They run on SQLite unless ONCE_ON names another engine: CI runs both passes side by side and puts them in the
    PostgreSQL pass, which is otherwise the shorter of the two.
    """
    import os

    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    once_on = os.environ.get("ONCE_ON", "sqlite3")
    if engine == once_on:
        return
    skip = pytest.mark.skip(reason=f"touches no database: it runs in the {once_on} pass")
    for item in items:
        if item.get_closest_marker("once"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per browser test module (aremu/testing/browser.py); each test opens its own context."""
    from aremu.testing.browser import chromium_browser

    sync_api = pytest.importorskip("playwright.sync_api")
    with pytest.MonkeyPatch.context() as patch:
        # Playwright's sync API runs an event loop in this thread; the tests' ORM calls happen outside it.
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with chromium_browser(sync_api) as browser:
            yield browser


@pytest.fixture(scope="session")
def real_reports():
    """Matching over the real-postings seekers, as `matching.evaluation.real.evaluate` reports it with their answers
    about neighbouring lines: computed once for the tests of both apps that read it (a minute of the suite each)."""
    from pathlib import Path

    from matching.evaluation.real import evaluate

    return evaluate(data_dir=Path(__file__).resolve().parent.parent / "shared" / "realdata", threshold=39)
