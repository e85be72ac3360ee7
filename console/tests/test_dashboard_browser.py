"""The dashboard in a real headless Chromium: an operator logs in, lands on it, and every chart has drawn its
bars or lines; a staff user without the permission is refused it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.contrib.auth.models import User as Operator
from django.db import connections
from django.utils import timezone

from aremu.testing.browser import browser_marks, chromium_context
from console.tests.conftest import seed
from console.tests.test_dashboard import PANELS

PASSWORD = "the-right-long-password"
# A wide operator's screen; the dashboard packs two or three charts a row there.
DESKTOP = {"viewport": {"width": 1440, "height": 1000}}

pytestmark = [*browser_marks(), pytest.mark.django_db(transaction=True)]



@pytest.fixture
def page(browser, live_server):
    with chromium_context(browser, base_url=live_server.url, **DESKTOP) as page:
        yield page
    connections.close_all()


@pytest.fixture(autouse=True)
def fast_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def log_in(page, username: str) -> None:
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("input[type=submit]")


def drawn(page, key: str) -> int:
    return page.locator(f"#panel-{key} svg.chart").locator("rect.bar, path.line, circle.point").count()


def test_an_operator_logs_in_to_the_dashboard_and_every_chart_is_drawn(page, tmp_path):
    seed(timezone.now())
    Operator.objects.create_superuser("ops", password=PASSWORD)
    log_in(page, "ops")
    page.wait_for_url("**/admin/")

    for key in PANELS:
        assert drawn(page, key) > 0, key
        assert page.locator(f"#panel-{key} svg[role=img] > title").text_content()
    assert page.locator("#panel-replies path.line").count() >= 1
    assert "2 failed scrape runs" in page.inner_text("#panel-failures")
    assert page.locator("#content-main .app-accounts").is_visible()  # the app list is still there, below
    # Drawn to a size, not collapsed: the browser laid the SVG out.
    assert page.locator("#panel-jobs svg").bounding_box()["width"] > 300

    shot = Path(os.environ.get("DASHBOARD_SCREENSHOT") or tmp_path / "dashboard.png")
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def test_a_staff_user_without_the_permission_is_refused_the_dashboard(page):
    Operator.objects.create_user("staff", password=PASSWORD, is_staff=True)
    log_in(page, "staff")
    assert page.locator("svg.chart").count() == 0
    response = page.goto("/admin/dashboard/")
    assert response.status == 403
    assert page.locator("svg.chart").count() == 0
