"""The preferences portal in a real headless Chromium: the browser's own CSRF and Origin rules apply
(Django's test client skips them; a page that made browsers send `Origin: null` could never save).

The whole link flow runs as a seeker lives it: `settings` through the signed webhook, the link from the bot's
button, the form on a live server, and `settings` again to see the change.
"""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.db import connections
from django.test import Client
from django.utils import timezone

from accounts.models import User, UserPreferences
from accounts.tests.factories import UserPreferencesFactory
from aremu.testing.browser import PHONE, browser_marks, chromium_context
from conversations.models import ConversationState
from conversations.portal import portal_url
from conversations.webhook import sign
from delivery.models import OutboundMessage
from matching.scoring import seeker_from_preferences

WA_ID = "2348031234567"
SECRET = "portal-browser-secret"

pytestmark = [*browser_marks(), pytest.mark.django_db(transaction=True)]



@pytest.fixture
def page(browser, live_server, settings):
    settings.SITE_URL = live_server.url
    with chromium_context(browser) as page:
        yield page
    connections.close_all()


@pytest.fixture
def phone_page(browser, live_server, settings):
    settings.SITE_URL = live_server.url
    with chromium_context(browser, **PHONE) as page:
        yield page
    connections.close_all()


# --- The seeker's side of WhatsApp: signed webhook posts in, outbound rows out -------------------------------


@pytest.fixture
def whatsapp(settings):
    settings.WHATSAPP_APP_SECRET = SECRET
    return Seeker(Client())


class Seeker:
    """One WhatsApp user writing to the bot through `/webhook/`, signed as Meta signs it."""

    def __init__(self, client: Client) -> None:
        self.client = client

    def send(self, body: str) -> dict[str, Any]:
        return self._post({"type": "text", "text": {"body": body}})

    def tap_row(self, row_id: str, title: str) -> dict[str, Any]:
        return self._post({"type": "interactive",
                           "interactive": {"type": "list_reply", "list_reply": {"id": row_id, "title": title}}})

    def _post(self, message: dict[str, Any]) -> dict[str, Any]:
        message = {"from": WA_ID, "id": f"wamid.{uuid.uuid4().hex}", "timestamp": "1764331200", **message}
        value = {"messaging_product": "whatsapp",
                 "metadata": {"display_phone_number": "2348000000000", "phone_number_id": "1122334455667"},
                 "contacts": [{"profile": {"name": "Ada"}, "wa_id": WA_ID}], "messages": [message]}
        body = json.dumps({"object": "whatsapp_business_account",
                           "entry": [{"id": "WABA", "changes": [{"field": "messages", "value": value}]}]}).encode()
        response = self.client.post("/webhook/", data=body, content_type="application/json",
                                    HTTP_X_HUB_SIGNATURE_256=sign(body, SECRET))
        assert response.status_code == 200 and response.json()["stored"] == 1, response.content
        return self.last_reply()

    def last_reply(self) -> dict[str, Any]:
        """The bot's last non-alert reply (the task queue runs synchronously in tests)."""
        return OutboundMessage.objects.filter(to="+" + WA_ID, purpose="reply").latest("pk").payload


def body(payload: dict[str, Any]) -> str:
    return payload["interactive"]["body"]["text"] if payload["type"] == "interactive" else payload["text"]["body"]


def onboarded() -> User:
    """A seeker who finished onboarding and confirmed (factories: the dialogue's onboarding has tests of its own)."""
    prefs = UserPreferencesFactory(user__phone_number="+" + WA_ID, user__name="Ada", job_roles=["Accountant"],
                                   preferred_locations=["Lagos"], salary_min=200_000)
    ConversationState.objects.create(user=prefs.user, step="ready")
    return prefs.user


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


# --- The link flow ---------------------------------------------------------------------------------------------


def test_a_seeker_asks_for_settings_opens_the_link_changes_their_preferences_and_the_bot_knows(whatsapp, page):
    user = onboarded()
    menu = whatsapp.send("settings")
    rows = {row["id"]: row["title"] for s in menu["interactive"]["action"]["sections"] for row in s["rows"]}
    link = whatsapp.tap_row("portal:link", rows["portal:link"])
    assert link["interactive"]["type"] == "cta_url"
    url = link["interactive"]["action"]["parameters"]["url"]

    page.goto(url)
    page.fill("#id_locations", "Lagos, Abuja")
    page.fill("#id_salary", "350k a month")
    page.fill("#id_quiet_hours", "22:00-06:00")
    page.click("button[type=submit]")

    page.locator("h2", has_text="Saved").wait_for()
    assert "Abuja" in page.inner_text("main")
    user.refresh_from_db()
    assert user.quiet_hours == "22:00-06:00"
    now = body(whatsapp.send("settings"))
    assert "Abuja" in now and "350,000" in now, now


def test_a_seeker_opens_their_link_changes_their_work_and_saves(page):
    prefs = UserPreferencesFactory(job_roles=["Accountant"], preferred_locations=["Lagos"])

    page.goto(portal_url(user=prefs.user))
    page.fill("#id_roles", "Accountant, Auditor")
    page.check("input[name=holds][value=chartered]")  # what posts may require: ICAN/ACA/ACCA
    page.click("button[type=submit]")

    page.wait_for_selector("text=Saved")
    assert "Forbidden" not in page.content() and "CSRF" not in page.content()
    prefs = UserPreferences.objects.get(pk=prefs.pk)
    assert prefs.job_roles == ["Accountant", "Auditor"]
    assert prefs.credentials["chartered"] is True and prefs.credentials["licence"] is False


def test_a_seller_ticks_the_neighbouring_lines_they_would_take_and_the_rest_are_answered_no(page):
    prefs = UserPreferencesFactory(job_roles=["Sales Executive"], preferred_locations=["Lagos"],
                                   also_take={"bank": True})  # answered in the chat once, not shown here

    page.goto(portal_url(user=prefs.user))
    assert page.is_visible("text=Also send me jobs in these lines")
    assert not page.is_checked("input[name=also_take][value=care]")  # never answered, not in their family
    assert page.is_checked("input[name=also_take][value=cashier]")  # never answered: their family already sends it
    assert not page.is_checked("input[name=also_take][value=bd]")  # the rules keep BD posts from a sales rep
    page.check("input[name=also_take][value=care]")
    page.uncheck("input[name=also_take][value=cashier]")
    page.click("button[type=submit]")

    page.wait_for_selector("text=Saved")
    saved = UserPreferences.objects.get(pk=prefs.pk).also_take
    assert saved == {"care": True, "field": False, "bd": False, "cashier": False, "bank": True}


def test_a_line_taken_only_at_a_supervisors_level_is_named_and_kept_through_a_real_submit(page):
    prefs = UserPreferencesFactory(job_roles=["Sales Executive"], preferred_locations=["Lagos"],
                                   also_take={"care": False, "field": "senior", "bd": True, "cashier": False})
    page.goto(portal_url(user=prefs.user))
    assert page.is_visible("text=Field marketing / direct sales (supervisor level and up, as you said)")
    assert page.is_checked("input[name=also_take][value=field]")
    page.check("input[name=also_take][value=care]")
    page.click("button[type=submit]")

    page.wait_for_selector("text=Saved")
    assert "Forbidden" not in page.content() and "CSRF" not in page.content()
    saved = UserPreferences.objects.get(pk=prefs.pk).also_take
    assert saved == {"care": True, "field": "senior", "bd": True, "cashier": False}


def test_a_seeker_sees_lagos_kept_only_with_accommodation_and_lifts_it(page):
    prefs = UserPreferencesFactory(
        job_roles=["Customer Service Representative"], preferred_locations=["Ibadan, Oyo", "Lagos"],
        user_words={"role_text": "I'm in Ibadan but I can work in Lagos too if there is accommodation",
                    "role_text_for": "Customer Service Representative"})
    page.goto(portal_url(user=prefs.user))
    assert page.is_visible("text=Only where the job gives accommodation")
    assert page.is_checked("input[name=housed][value=Lagos]")
    assert not page.is_checked("input[name=housed][value='Ibadan, Oyo']")
    page.uncheck("input[name=housed][value=Lagos]")
    page.click("button[type=submit]")

    page.wait_for_selector("text=Saved")
    saved = UserPreferences.objects.get(pk=prefs.pk)
    assert saved.user_words["housed"] == "" and seeker_from_preferences(saved).housed == ()


def test_a_nurse_is_not_asked_about_neighbouring_lines(page):
    prefs = UserPreferencesFactory(job_roles=["Nurse"], preferred_locations=["Kano"])
    page.goto(portal_url(user=prefs.user))
    page.wait_for_selector("#id_roles")
    assert not page.is_visible("text=Also send me jobs in these lines")
    page.click("button[type=submit]")
    page.wait_for_selector("text=Saved")
    assert UserPreferences.objects.get(pk=prefs.pk).also_take == {}


def test_a_mistake_in_the_form_is_shown_beside_the_field_and_nothing_is_saved(page):
    prefs = UserPreferencesFactory(preferred_locations=["Lagos"])
    page.goto(portal_url(user=prefs.user))
    page.fill("#id_locations", "Atlantis")
    page.click("button[type=submit]")
    page.locator(".errors", has_text="We don't know Atlantis").wait_for()
    assert page.input_value("#id_locations") == "Atlantis"  # what they typed is kept to correct
    assert UserPreferences.objects.get(pk=prefs.pk).preferred_locations == ["Lagos"]


# --- Links that no longer work ---------------------------------------------------------------------------------


def test_an_expired_link_says_so_and_how_to_get_a_new_one_without_the_form(page, settings):
    prefs = UserPreferencesFactory()
    with time_machine.travel(timezone.now() - timedelta(hours=settings.PORTAL_LINK_MAX_AGE_HOURS, minutes=1)):
        url = portal_url(user=prefs.user)
    response = page.goto(url)
    assert response.status == 410
    assert "This link has expired" in page.inner_text("main")
    assert_explains_how_to_get_a_new_link(page)


def test_a_tampered_link_says_it_does_not_work_and_how_to_get_a_new_one(page):
    response = page.goto(tampered(portal_url(user=UserPreferencesFactory().user)))
    assert response.status == 404
    assert "This link doesn't work" in page.inner_text("main")
    assert_explains_how_to_get_a_new_link(page)


def tampered(url: str) -> str:
    """The link with one character of its signature changed."""
    at = len(url) - 5
    return url[:at] + ("B" if url[at] == "A" else "A") + url[at + 1:]


def assert_explains_how_to_get_a_new_link(page) -> None:
    assert "Send settings to Aremu on WhatsApp" in page.inner_text("main")
    assert page.locator("form, input, button").count() == 0


# --- On a phone ------------------------------------------------------------------------------------------------


def test_on_a_phone_the_form_fits_the_screen_and_saves_by_touch(phone_page):
    page = phone_page
    prefs = UserPreferencesFactory(preferred_locations=["Lagos"], work_arrangements=["onsite"])
    page.goto(portal_url(user=prefs.user))
    assert page.evaluate("window.innerWidth") == 390
    assert no_sideways_scroll(page)

    page.fill("#id_locations", "Lagos, Port Harcourt")
    page.locator("input[name=work_arrangements][value=remote]").tap()
    page.fill("#id_alerts_per_day", "3")
    page.locator("button[type=submit]").tap()

    page.locator("h2", has_text="Saved").wait_for()
    assert no_sideways_scroll(page)
    prefs = UserPreferences.objects.select_related("user").get(pk=prefs.pk)
    assert prefs.work_arrangements == ["onsite", "remote"] and len(prefs.preferred_locations) == 2
    assert prefs.user.alert_daily_cap == 3


def test_on_a_phone_a_dead_link_page_fits_the_screen(phone_page):
    phone_page.goto(tampered(portal_url(user=UserPreferencesFactory().user)))
    assert "This link doesn't work" in phone_page.inner_text("main")
    assert no_sideways_scroll(phone_page)
