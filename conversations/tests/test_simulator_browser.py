"""The chat simulator in a real headless Chromium: type, see replies, tap buttons and list rows.

Needs Debian's chromium (`apt-get install chromium`) and the `playwright` package; skipped without them.
Playwright drives the system browser (`executable_path`): nothing is downloaded.
"""

from __future__ import annotations

import pytest
from django.db import connections

from aremu.testing.browser import EMOJI_FONT, browser_marks, chromium_context
from conversations.models import InboundMessage
from delivery import messages
from delivery.models import OutboundMessage

PHONE = "+2348035550000"

pytestmark = [*browser_marks(), pytest.mark.django_db(transaction=True)]


def scripted_dialogue(*, inbound_id: int) -> None:
    """A stand-in for the dialogue: answers with each kind of message the simulator must draw."""
    from conversations.models import InboundStatus
    from delivery.outbound import message_queue

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
def browser_page(browser, live_server):
    with chromium_context(browser) as page:
        yield page
        page.goto("about:blank")  # stop the page's polling before the live server and database go away
    # ORM calls made while Playwright's loop runs get their own connection (Django keys them by context).
    connections.close_all()


def staff_opens_the_simulator(page, live_server, django_user_model) -> None:
    """Through the admin's login form: a real POST with the browser's CSRF cookie and token."""
    django_user_model.objects.create_user("op", password="op-password-1", is_staff=True)
    page.goto(f"{live_server.url}/admin/login/?next=/simulator/")
    page.fill("#id_username", "op")
    page.fill("#id_password", "op-password-1")
    page.click("input[type=submit]")
    page.wait_for_url("**/simulator/")
    page.fill("#phone", PHONE)
    page.press("#phone", "Tab")


def test_a_staff_user_chats_taps_a_button_and_picks_a_list_row(live_server, browser_page, django_user_model,
                                                                monkeypatch, settings):
    settings.WHATSAPP_APP_SECRET = "browser-secret"
    monkeypatch.setattr("conversations.services.inbound_handle", scripted_dialogue)
    page = browser_page
    staff_opens_the_simulator(page, live_server, django_user_model)

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


# --- WhatsApp formatting ------------------------------------------------------------------------------------

FORMATTED = ("*Bold* and _italic_ and ~gone~ and ```mono *not bold*``` and `code`\n"
             "snake_case_name, 2*3*4, * not bold *\n*_both_*\n"
             "<img src=x onerror=\"window.pwned=1\"> <script>window.pwned=2</script> 👋 ✅")


def formatting_dialogue(*, inbound_id: int) -> None:
    """A stand-in for the dialogue that answers every message with the formatting sample."""
    from conversations.models import InboundStatus
    from delivery.outbound import message_queue

    inbound = InboundMessage.objects.select_related("user").get(pk=inbound_id)
    message_queue(user=inbound.user, payload=messages.text(FORMATTED))
    InboundMessage.objects.filter(pk=inbound_id).update(status=InboundStatus.PROCESSED)


@pytest.fixture
def formatted_reply(live_server, browser_page, django_user_model, monkeypatch, settings):
    """The simulator after the user typed HTML and the bot answered with the formatting sample."""
    settings.WHATSAPP_APP_SECRET = "browser-secret"
    monkeypatch.setattr("conversations.services.inbound_handle", formatting_dialogue)
    staff_opens_the_simulator(browser_page, live_server, django_user_model)
    browser_page.fill("#text", "<b>hi</b><img src=x onerror=\"window.pwned=3\">")
    browser_page.press("#text", "Enter")
    browser_page.locator(".bubble.out .text").wait_for()
    return browser_page


def test_replies_show_whatsapp_formatting_and_never_run_html_from_messages(formatted_reply):
    page = formatted_reply
    reply = page.locator(".bubble.out .text")
    assert reply.inner_html() == (
        "<strong>Bold</strong> and <em>italic</em> and <s>gone</s> and <code class=\"mono\">mono *not bold*</code>"
        " and <code>code</code>\nsnake_case_name, 2*3*4, * not bold *\n<strong><em>both</em></strong>\n"
        "&lt;img src=x onerror=\"window.pwned=1\"&gt; &lt;script&gt;window.pwned=2&lt;/script&gt; 👋 ✅")
    assert "*Bold*" not in reply.inner_text() and reply.locator("strong").first.inner_text() == "Bold"
    typed = page.locator(".bubble.in .text")
    assert typed.inner_text() == "<b>hi</b><img src=x onerror=\"window.pwned=3\">"
    assert page.locator("#chat img, #chat script, #chat b").count() == 0
    assert page.evaluate("window.pwned") is None


@pytest.mark.skipif(not EMOJI_FONT, reason="no emoji font installed (apt-get install fonts-noto-color-emoji)")
def test_emoji_are_drawn_in_colour_not_as_empty_boxes(formatted_reply):
    drawn = formatted_reply.evaluate(EMOJI_PROBE, ".bubble.out .text")
    assert "Noto Color Emoji" in drawn["fontFamily"]
    assert drawn["fontCheck"]
    for emoji in ("👋", "✅"):
        assert drawn[emoji]["coloured"] > 50, f"{emoji} is not drawn from a colour font: {drawn}"
        assert drawn[emoji]["width"] > 0 and drawn[emoji]["width"] != drawn["box"]["width"]


# Draws each emoji on a canvas in the bubble's own font stack and counts coloured pixels: a colour emoji has
# many, a missing glyph's box (or a black-and-white symbol from a text font) has none.
EMOJI_PROBE = """(selector) => {
  const family = getComputedStyle(document.querySelector(selector)).fontFamily;
  const draw = (text) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 64;
    const ctx = canvas.getContext("2d");
    ctx.font = "32px " + family;
    ctx.textBaseline = "top";
    ctx.fillText(text, 4, 4);
    const data = ctx.getImageData(0, 0, 64, 64).data;
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] && Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 40) coloured++;
    }
    return {coloured, width: ctx.measureText(text).width};
  };
  return {fontFamily: family, fontCheck: document.fonts.check('16px "Noto Color Emoji"', "👋"),
          "👋": draw("👋"), "✅": draw("✅"), box: draw(String.fromCodePoint(0x10FFFD))};
}"""
