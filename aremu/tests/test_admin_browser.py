"""The admin's forms in a real headless Chromium: login (with the django-axes lockout), a change form, a delete
confirmation and logout, each a real POST with the browser's CSRF cookie and token (the test client skips CSRF)."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth.models import User as Operator
from django.db import connections

from accounts.models import User
from accounts.tests.factories import UserPreferencesFactory
from aremu.testing.browser import browser_marks, chromium_context

PASSWORD = "the-right-long-password"

pytestmark = [*browser_marks(), pytest.mark.django_db(transaction=True)]



@pytest.fixture
def page(browser, live_server):
    with chromium_context(browser, base_url=live_server.url) as page:
        yield page
    connections.close_all()


@pytest.fixture
def operator(settings) -> Operator:
    # The production hasher takes most of a second per login, and these tests log in a dozen times.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return Operator.objects.create_superuser("ops", password=PASSWORD)


def log_in(page, password: str = PASSWORD):
    page.fill("#id_username", "ops")
    page.fill("#id_password", password)
    with page.expect_navigation() as navigation:
        page.click("input[type=submit]")
    return navigation.value


def test_an_operator_logs_in_reaches_the_admin_index_and_logs_out(page, operator):
    page.goto("/admin/")
    assert "/admin/login/" in page.url
    log_in(page)
    page.wait_for_url("**/admin/")
    assert "Site administration" in page.inner_text("#content")

    page.click("#logout-form button")  # a POST form since Django 5
    page.locator("h1", has_text="Logged out").wait_for()


def test_too_many_wrong_passwords_lock_the_login_with_a_clear_message_even_for_the_right_one(page, operator):
    page.goto("/admin/login/")
    for attempt in range(1, settings.AXES_FAILURE_LIMIT):
        assert log_in(page, f"guess-{attempt}").status == 200
        assert "Please enter the correct username and password" in page.inner_text("body")

    assert log_in(page, "one-guess-too-many").status == 429
    assert "Account locked: too many login attempts. Please try again later." in page.inner_text("body")
    assert page.locator("form").count() == 0
    page.goto("/admin/login/")
    assert log_in(page, PASSWORD).status == 429
    assert "/admin/login/" in page.url


def test_an_operator_changes_a_seeker_in_the_admin_and_saves(page, operator):
    seeker = UserPreferencesFactory(user__name="Ada").user
    page.goto(f"/admin/login/?next=/admin/accounts/user/{seeker.pk}/change/")
    log_in(page)
    page.fill("#id_name", "Ada Obi")
    page.click("input[name=_save]")
    page.locator(".messagelist .success").wait_for()
    assert User.objects.get(pk=seeker.pk).name == "Ada Obi"


def test_an_operator_deletes_a_seeker_after_the_confirmation_page(page, operator):
    seeker = UserPreferencesFactory().user
    page.goto(f"/admin/login/?next=/admin/accounts/user/{seeker.pk}/delete/")
    log_in(page)
    page.click("input[type=submit]")  # "Yes, I'm sure"
    page.locator(".messagelist .success").wait_for()
    assert not User.objects.filter(pk=seeker.pk).exists()


def test_an_operator_blocks_a_seeker_with_a_reason_through_the_action_form(page, operator):
    seeker = UserPreferencesFactory(user__name="Spammer").user
    page.goto("/admin/login/?next=/admin/accounts/user/")
    log_in(page)
    page.check(f"input[name=_selected_action][value='{seeker.pk}']")
    page.select_option("select[name=action]", "block")
    page.click("button[name=index]")  # "Go": the intermediate page asks for the reason
    page.fill("[name=reason]", "Sends insults to the bot")
    page.click("input[name=apply]")
    page.locator(".messagelist").wait_for()
    seeker.refresh_from_db()
    assert seeker.blocked_at is not None and seeker.blocked_reason == "Sends insults to the bot"


def test_an_operator_approves_a_job_from_the_review_queue_in_one_click(page, operator):
    from jobs.tasks import process_new_job
    from screening.models import JobScreening, ScreeningStatus
    from screening.tests.factories import SuspectJobFactory

    job = SuspectJobFactory()
    process_new_job(job.pk)
    assert JobScreening.objects.get(pk=job.pk).status == ScreeningStatus.REVIEW
    page.goto("/admin/login/?next=/admin/screening/reviewqueueitem/")
    log_in(page)
    page.click("button:has-text('Approve')")
    page.locator(".messagelist", has_text="approved").wait_for()
    assert JobScreening.objects.get(pk=job.pk).status != ScreeningStatus.REVIEW
