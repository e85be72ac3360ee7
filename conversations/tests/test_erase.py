""""Delete my data": everything that holds the number or the person's words goes, and only the open request's
own "Yes" button erases (never an old one, after a cancel or after the erasure itself)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from accounts.models import User, UserPreferences
from accounts.tests.factories import UserPreferencesFactory
from conversations.dialogue import Effect, EffectName, Message, transition
from conversations.dialogue.state import CONFIRM_DELETE, EDIT, READY, State
from conversations.models import ConversationState, InboundMessage
from conversations.tests.helpers import WA_ID, fixture, message_envelope, text_envelope, with_sender
from delivery.models import ConversationWindow, OutboundMessage, UserJobHistory
from jobs.tests.factories import CanonicalJobFactory

PHONE = f"+{WA_ID}"


# --- The dialogue: which taps erase ----------------------------------------------------------------------


def ready() -> State:
    return State(step=READY, confirmed=True, asked=["background"])


def ask(state: State, ref: str = "41") -> State:
    state, replies = transition(state, Message("text", text="delete my data", ref=ref))
    assert state.step == CONFIRM_DELETE and button_ids(replies) == [f"erase:yes-{ref}", f"erase:no-{ref}"]
    return state


def tap(button_id: str) -> Message:
    return Message("button", text="Yes, delete it all", reply_id=button_id, ref="99")


def button_ids(replies: list) -> list[str]:
    return [
        button["reply"]["id"]
        for reply in replies if isinstance(reply, dict) and reply.get("type") == "interactive"
        for button in reply["interactive"]["action"].get("buttons", [])
    ]


def erases(replies: list) -> bool:
    return Effect(EffectName.ERASE) in replies


def test_the_open_requests_own_yes_erases():
    _, replies = transition(ask(ready()), tap("erase:yes-41"))
    assert erases(replies)


def test_a_yes_tapped_after_cancelling_does_not_erase():
    state, _ = transition(ask(ready()), Message("text", text="no"))
    assert state.step == READY and not state.erase_ref
    state, replies = transition(state, tap("erase:yes-41"))
    assert not erases(replies) and state.step == READY
    assert "haven't deleted anything" in str(replies)


def test_a_yes_from_an_earlier_request_does_not_answer_a_new_one():
    state, _ = transition(ask(ready(), ref="41"), tap("erase:no-41"))
    state = ask(state, ref="57")
    state, replies = transition(state, tap("erase:yes-41"))
    assert not erases(replies) and state.step == CONFIRM_DELETE
    assert button_ids(replies) == ["erase:yes-57", "erase:no-57"]  # asked again, with the current buttons
    _, replies = transition(state, tap("erase:yes-57"))
    assert erases(replies)


def test_a_yes_tapped_on_a_fresh_start_after_the_erasure_does_not_erase():
    _, replies = transition(State(), tap("erase:yes-41"))  # the number came back as a new user
    assert not erases(replies)


def test_a_stopped_user_is_held_to_the_same_rule():
    state, _ = transition(ask(replace(ready(), active=False)), Message("text", text="no"))
    _, replies = transition(state, tap("erase:yes-41"))
    assert not erases(replies)
    state = ask(state, ref="60")
    _, replies = transition(state, tap("erase:yes-60"))
    assert erases(replies)


def test_a_late_no_changes_nothing():
    state = replace(ready(), step=EDIT, editing="salary")
    state, replies = transition(state, tap("erase:no-41"))
    assert (state.step, state.editing) == (EDIT, "salary") and not erases(replies)


def test_typing_yes_answers_the_open_request():
    _, replies = transition(ask(ready()), Message("text", text="yes"))
    assert erases(replies)


def test_the_open_request_survives_a_save_and_load():
    state = ask(ready())
    loaded = State.from_data(state.step, state.data())
    assert loaded.erase_ref == "41"


# --- The service: what is erased, through the webhook -------------------------------------------------------


def interactive(button_id: str, title: str = "Yes, delete it all") -> dict:
    return message_envelope({"type": "interactive",
                             "interactive": {"type": "button_reply", "button_reply": {"id": button_id, "title": title}}})


@pytest.fixture
def send(post_webhook, django_capture_on_commit_callbacks):
    def post(envelope: dict) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            assert post_webhook(envelope).status_code == 200
    return post


def seeker() -> User:
    prefs = UserPreferencesFactory(user__phone_number=PHONE, user_words={"roles": "I fix generators in Aba"})
    UserJobHistory.objects.create(user=prefs.user, job=CanonicalJobFactory(), match_score=80)
    return prefs.user


def confirmation_buttons() -> list[str]:
    asked = OutboundMessage.objects.filter(kind="buttons").latest("pk")
    return [b["reply"]["id"] for b in asked.payload["interactive"]["action"]["buttons"]]


def rows_holding_the_number() -> list[str]:
    found = [f"inbound {row.pk} ({row.message_type})" for row in InboundMessage.objects.all()
             if WA_ID in f"{row.from_number} {row.text} {row.payload}"]
    found += [f"outbound {row.pk} ({row.preview[:30]})" for row in OutboundMessage.objects.all()
              if WA_ID in f"{row.to} {row.payload}"]
    return found


@pytest.mark.django_db
def test_erasure_removes_every_row_with_the_number_including_unlinked_system_notices(send):
    user = seeker()
    send(with_sender(fixture("system", "identity_change")))
    send(with_sender(fixture("system", "phone_number_change")))
    send(text_envelope("hello"))
    assert InboundMessage.objects.filter(user__isnull=True, message_type="system").count() == 2
    OutboundMessage.objects.create(user=None, to=PHONE, kind="text", payload={}, preview="an earlier goodbye")
    send(text_envelope("delete my data"))
    yes = confirmation_buttons()[0]
    send(interactive(yes))

    assert not User.objects.filter(pk=user.pk).exists()
    assert not UserPreferences.objects.exists() and not UserJobHistory.objects.exists()
    assert not ConversationState.objects.exists() and not ConversationWindow.objects.exists()
    goodbye = OutboundMessage.objects.get()  # it carried the number only until it was sent
    assert goodbye.status == "sent" and goodbye.user_id is None
    assert (goodbye.to, goodbye.payload, goodbye.preview) == ("", {}, "")
    assert rows_holding_the_number() == []
    kept = InboundMessage.objects.get()  # the tap being handled: kept for its worker, scrubbed
    assert (kept.text, kept.reply_id, kept.payload, kept.from_number, kept.user_id) == ("", "", {}, "", None)


@pytest.mark.django_db
def test_an_old_yes_after_cancelling_does_not_erase(send):
    user = seeker()
    send(text_envelope("delete my data"))
    yes, no = confirmation_buttons()
    send(interactive(no, "No, keep it"))
    send(interactive(yes))
    assert User.objects.filter(pk=user.pk).exists() and UserPreferences.objects.filter(user=user).exists()
    assert "haven't deleted anything" in OutboundMessage.objects.filter(user=user).latest("pk").preview


@pytest.mark.django_db
def test_tapping_the_used_yes_again_after_the_erasure_erases_nothing_more(send):
    seeker()
    send(text_envelope("delete my data"))
    yes = confirmation_buttons()[0]
    send(interactive(yes))
    assert not User.objects.exists()
    send(text_envelope("hi"))  # they come back: a fresh start
    returning = User.objects.get(phone_number=PHONE)
    send(interactive(yes))
    assert User.objects.filter(pk=returning.pk).exists()
    replies = OutboundMessage.objects.filter(user=returning).values_list("preview", flat=True)
    assert any("haven't deleted anything" in reply for reply in replies)


@pytest.mark.django_db
def test_another_seekers_rows_are_left_alone(send):
    seeker()
    other = UserPreferencesFactory().user
    InboundMessage.objects.create(wa_message_id="wamid.other", user=other, from_number=other.phone_number[1:],
                                  message_type="text", text=f"my friend is {WA_ID}", payload={})
    send(text_envelope("delete my data"))
    send(interactive(confirmation_buttons()[0]))
    assert InboundMessage.objects.filter(wa_message_id="wamid.other").exists()
    assert UserPreferences.objects.filter(user=other).exists()


def test_an_operator_deleting_a_seeker_in_the_admin_erases_their_messages_too(admin_client):
    from accounts.tests.factories import UserFactory
    from conversations.models import InboundMessage
    from delivery.models import OutboundMessage

    user = UserFactory()
    OutboundMessage.objects.create(user=user, to=user.phone_number, kind="text", payload={"type": "text"})
    InboundMessage.objects.create(user=user, wa_message_id="wamid.op-delete", message_type="text",
                                  from_number=user.phone_number.lstrip("+"), text="my words", payload={})
    response = admin_client.post(f"/admin/accounts/user/{user.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not OutboundMessage.objects.filter(to=user.phone_number).exists()
    assert not InboundMessage.objects.filter(text="my words").exists()
