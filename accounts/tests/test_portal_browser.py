"""The preferences portal saves in a real headless Chromium: the browser's own CSRF and Origin rules apply
(Django's test client skips them; a page that made browsers send `Origin: null` could never save)."""

from __future__ import annotations

import pytest
from django.db import connections

from accounts.models import UserPreferences
from accounts.portal import portal_url
from accounts.tests.factories import UserPreferencesFactory
from aremu.testing.browser import CHROMIUM, chromium_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not CHROMIUM, reason="no chromium installed (apt-get install chromium)"),
]


@pytest.fixture
def page(monkeypatch):
    sync_api = pytest.importorskip("playwright.sync_api")
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # ORM calls outside Playwright's loop
    with chromium_page(sync_api) as page:
        yield page
    connections.close_all()


def test_a_seeker_opens_their_link_changes_their_work_and_saves(live_server, page, settings):
    settings.SITE_URL = live_server.url
    prefs = UserPreferencesFactory(job_roles=["Accountant"], preferred_locations=["Lagos"])

    page.goto(portal_url(user=prefs.user))
    page.fill("#id_roles", "Accountant, Auditor")
    page.click("button[type=submit]")

    page.wait_for_selector("text=Saved")
    assert "Forbidden" not in page.content() and "CSRF" not in page.content()
    prefs = UserPreferences.objects.get(pk=prefs.pk)
    assert prefs.job_roles == ["Accountant", "Auditor"]
