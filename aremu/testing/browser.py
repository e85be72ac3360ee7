"""Debian's Chromium, driven headless by Playwright for tests of pages with forms (the test client skips CSRF).

Nothing is downloaded: Playwright launches the system browser. Tests skip when neither is installed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
# Without the background-networking flags Chromium dials Google's hosts, which this machine's network refuses.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]


@contextmanager
def chromium_page(sync_api: Any) -> Iterator[Any]:
    """A fresh headless page; `sync_api` is `pytest.importorskip("playwright.sync_api")`."""
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page()
        page.set_default_timeout(15_000)
        try:
            yield page
        finally:
            browser.close()
