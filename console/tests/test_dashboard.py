"""The dashboard in the admin: who sees it, and that every figure is drawn (the test client; the browser test
checks the drawing itself)."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.contrib.auth.models import User as Operator

from console.admin_site import ConsoleAdminSite
from console.tests.conftest import seed

pytestmark = pytest.mark.django_db

PANELS = ["jobs", "scrapes", "alerts", "replies", "scores", "matches_per_job", "windows", "funnel", "openai"]


@pytest.fixture
def staff(client):
    operator = Operator.objects.create_user("staff", password="x", is_staff=True)
    client.force_login(operator)
    return operator


def test_the_admin_index_opens_on_the_dashboard_above_the_app_list(admin_client, frozen):
    seed(frozen)
    html = admin_client.get("/admin/").content.decode()
    for key in PANELS:
        assert f'id="panel-{key}"' in html
    assert html.index('id="panel-jobs"') < html.index('class="app-accounts')
    assert html.count('<svg class="chart" role="img"') == len(PANELS)
    assert "2 failed scrape runs" in html


def test_the_standalone_dashboard_page_shows_the_same_panels(admin_client, frozen):
    seed(frozen)
    html = admin_client.get("/admin/dashboard/").content.decode()
    assert all(f'id="panel-{key}"' in html for key in PANELS)


def test_staff_without_the_permission_get_a_403_and_an_index_without_the_dashboard(client, staff):
    assert client.get("/admin/dashboard/").status_code == 403
    index = client.get("/admin/")
    assert index.status_code == 200
    assert "panel-jobs" not in index.content.decode()


def test_staff_given_view_dashboard_see_it(client, staff):
    staff.user_permissions.add(Permission.objects.get(codename="view_dashboard", content_type__app_label="console"))
    assert client.get("/admin/dashboard/").status_code == 200
    assert "panel-jobs" in client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get("/admin/dashboard/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_empty_database_still_draws_every_panel_with_words_where_there_is_no_data(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "offline enhancer: 0" in html
    assert "No scrape runs in the last 7 days" in html


def test_view_site_leads_to_a_real_page_and_every_registration_is_kept(admin_client):
    assert isinstance(admin.site._wrapped if hasattr(admin.site, "_wrapped") else admin.site, ConsoleAdminSite)
    html = admin_client.get("/admin/").content.decode()
    assert 'href="/health/"' in html
    assert admin_client.get("/health/").status_code in (200, 503)
    for label in ("accounts", "jobs", "delivery", "conversations", "django_q", "axes", "console"):
        assert f'class="app-{label}' in html, label
