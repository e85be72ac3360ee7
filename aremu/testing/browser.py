"""Debian's Chromium, driven headless by Playwright for tests of pages with forms (the test client skips CSRF).

Nothing is downloaded: Playwright launches the system browser. Tests skip when neither is installed.
Launching takes about a second, so a test module shares one browser (`chromium_browser`) and gives each test a
fresh context (`chromium_context`): its own cookies and storage, as a new visitor has.
"""

from __future__ import annotations

import glob
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
# Without the background-networking flags Chromium dials Google's hosts, which this machine's network refuses.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]
# Debian's fonts-noto-color-emoji. Without it Chromium draws emoji as empty boxes.
EMOJI_FONT = bool(glob.glob("/usr/share/fonts/**/NotoColorEmoji*.ttf", recursive=True))
# A mid-size phone (an iPhone 12-14's CSS pixels), the kind of screen the portal link opens on.
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True}


def browser_marks() -> list[Any]:
    """The marks of a browser test module (with its database marks): `pytest -m browser`, skipped without Chromium."""
    return [pytest.mark.browser,
            pytest.mark.skipif(not CHROMIUM, reason="no chromium installed (apt-get install chromium)")]


@contextmanager
def chromium_browser(sync_api: Any) -> Iterator[Any]:
    """A headless browser; `sync_api` is `pytest.importorskip("playwright.sync_api")`."""
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def chromium_context(browser: Any, **options: Any) -> Iterator[Any]:
    """A fresh page in its own context (no cookies from other tests); `options` as `browser.new_context`'s."""
    context = browser.new_context(**options)
    context.set_default_timeout(15_000)
    try:
        yield context.new_page()
    finally:
        context.close()
