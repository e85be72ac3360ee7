"""The chat simulator in a real headless Chromium: type, see replies, tap buttons and list rows.

Needs Debian's chromium (`apt-get install chromium`) and the `playwright` package; skipped without them.
Playwright drives the system browser (`executable_path`): nothing is downloaded.
"""

from __future__ import annotations

import pytest
from django.db import connections

from aremu.testing.browser import CHROMIUM, chromium_page
from conversations.models import InboundMessage
from delivery import messages
from delivery.models import OutboundMessage

PHONE = "+2348035550000"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not CHROMIUM, reason="no chromium installed (apt-get install chromium)"),
]


def scripted_dialogue(*, inbound_id: int) -> None:
    """A stand-in for the dialogue: answers with each kind of message the simulator must draw."""
    from conversations.models import InboundStatus
    from delivery.services import message_queue

    inbound = InboundMessage.objects.select_related("user").get(pk=inbound_id)
    if inbound.reply_id == "demo:why":
        reply = messages.list_message("Pick your experience", button="Experience",
                                      rows=[("exp:0", "Fresh graduate", ""), ("exp:3", "3-5 years", "Mid level")])
    elif inbound.reply_id.startswith("exp:"):
        reply = messages.text(f"Noted: {inbound.text} ({inbound.reply_id})")
    else:
        reply = messages.buttons(f"You said: {inbound.text}", [("demo:why", "Why?"), ("demo:ok", "OK")])
    message_queue(user=inbound.user, payload=reply)
    InboundMessage.objects.filter(pk=inbound_id).update(status=InboundStatus.PROCESSED)


@pytest.fixture
def browser_page(monkeypatch):
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; the ORM calls here happen outside it.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with chromium_page(sync_api) as page:
        yield page
        page.goto("about:blank")  # stop the page's polling before the live server and database go away
    # ORM calls made while Playwright's loop runs get their own connection (Django keys them by context).
    connections.close_all()


def test_a_staff_user_chats_taps_a_button_and_picks_a_list_row(live_server, browser_page, django_user_model,
                                                                monkeypatch, settings):
    settings.WHATSAPP_APP_SECRET = "browser-secret"
    monkeypatch.setattr("conversations.services.inbound_handle", scripted_dialogue)
    django_user_model.objects.create_user("op", password="op-password-1", is_staff=True)
    page = browser_page

    page.goto(f"{live_server.url}/admin/login/?next=/simulator/")
    page.fill("#id_username", "op")
    page.fill("#id_password", "op-password-1")
    page.click("input[type=submit]")
    page.wait_for_url("**/simulator/")

    page.fill("#phone", PHONE)
    page.press("#phone", "Tab")
    page.fill("#text", "hello bot")
    page.press("#text", "Enter")
    page.locator(".bubble.in", has_text="hello bot").wait_for()
    page.locator(".bubble.out", has_text="You said: hello bot").wait_for()

    page.locator(".reply-button", has_text="Why?").click()
    page.locator(".bubble.in", has_text="Why?").wait_for()
    page.locator(".list-open", has_text="Experience").click()
    page.locator(".list-row", has_text="3-5 years").click()
    page.locator(".bubble.out", has_text="Noted: 3-5 years (exp:3)").wait_for()

    assert list(InboundMessage.objects.order_by("pk").values_list("message_type", "reply_id")) == [
        ("text", ""), ("interactive", "demo:why"), ("interactive", "exp:3")]
    assert set(OutboundMessage.objects.values_list("transport", flat=True)) == {"outbox"}


def test_the_simulator_asks_staff_to_log_in(live_server, browser_page):
    browser_page.goto(f"{live_server.url}/simulator/")
    assert "/admin/login/" in browser_page.url
