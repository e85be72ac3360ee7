"""`/webhook/`: Meta's handshake, the signature, every payload shape, idempotent storage and the inbound task."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from django.db import DataError, IntegrityError

from accounts.models import User
from accounts.tests.factories import UserFactory
from conversations.models import InboundMessage, InboundStatus
from conversations.parsing import InboundEvent, Sender
from conversations.tests.helpers import (
    WA_ID,
    fixture,
    fixture_cases,
    message_envelope,
    text_envelope,
    with_sender,
)
from conversations.views import MAX_BODY_BYTES
from conversations.webhook import inbound_store, sign
from delivery.models import ConversationWindow, OutboundMessage

pytestmark = pytest.mark.django_db

WHATSAPP_TIME = datetime.fromtimestamp(1764331200, tz=UTC)


# --- GET: the verification handshake ----------------------------------------------------------------


def test_it_echoes_the_challenge_when_the_verify_token_matches(client, settings):
    settings.WHATSAPP_VERIFY_TOKEN = "tok"
    response = client.get("/webhook/", {"hub.mode": "subscribe", "hub.verify_token": "tok", "hub.challenge": "1158201444"})
    assert response.status_code == 200
    assert response.content == b"1158201444"
    assert response["Content-Type"].startswith("text/plain")


@pytest.mark.parametrize("params", [
    {"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"},
    {"hub.mode": "unsubscribe", "hub.verify_token": "tok", "hub.challenge": "1"},
    {"hub.challenge": "1"},
])
def test_it_refuses_the_handshake_otherwise(client, settings, params):
    settings.WHATSAPP_VERIFY_TOKEN = "tok"
    assert client.get("/webhook/", params).status_code == 403


def test_it_refuses_the_handshake_when_no_verify_token_is_configured(client, settings):
    settings.WHATSAPP_VERIFY_TOKEN = ""
    params = {"hub.mode": "subscribe", "hub.verify_token": "", "hub.challenge": "1"}
    assert client.get("/webhook/", params).status_code == 403


# --- POST: the signature ------------------------------------------------------------------------------


@pytest.mark.parametrize("signature", [None, "", "sha256=" + "0" * 64, "sha1=abc", "garbage"])
def test_it_refuses_unsigned_or_wrongly_signed_posts_and_stores_nothing(post_webhook, signature):
    response = post_webhook(text_envelope(), signature=signature)
    assert response.status_code == 403
    assert InboundMessage.objects.count() == 0


def test_it_checks_the_signature_over_the_raw_bytes(post_webhook):
    # Meta signs its escaped-unicode form; re-serialising the JSON would change the bytes and the HMAC.
    body = b'{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{' \
           b'"contacts":[{"wa_id":"' + WA_ID.encode() + b'"}],"messages":[{"from":"' + WA_ID.encode() + \
           b'","id":"wamid.raw","timestamp":"1764331200","type":"text","text":{"body":"\\u00e4\\u00f6\\u00e5 @"}}]}}]}]}'
    assert post_webhook(body).status_code == 200
    assert InboundMessage.objects.get().text == "äöå @"


def test_a_non_ascii_signature_is_refused_not_crashed_on(post_webhook):
    assert post_webhook(text_envelope(), signature="sha256=é").status_code == 403


def test_it_accepts_bodies_up_to_metas_3_mb(post_webhook):
    envelope = text_envelope("x" * 4000)
    for _ in range(700):  # ~2.9 MB: more than Django's default 2.5 MB upload limit
        envelope["entry"].append(text_envelope("x" * 4000)["entry"][0])
    response = post_webhook(envelope)
    assert response.status_code == 200
    assert response.json()["stored"] == 701


def test_it_refuses_posts_when_no_secret_is_configured_and_debug_is_off(client, settings):
    settings.WHATSAPP_APP_SECRET, settings.DEBUG = "", False
    response = client.post("/webhook/", data=json.dumps(text_envelope()), content_type="application/json")
    assert response.status_code == 403
    assert InboundMessage.objects.count() == 0


def test_it_accepts_unsigned_posts_without_a_secret_only_in_debug(client, settings):
    settings.WHATSAPP_APP_SECRET, settings.DEBUG = "", True
    response = client.post("/webhook/", data=json.dumps(text_envelope()), content_type="application/json")
    assert response.status_code == 200
    assert InboundMessage.objects.count() == 1


def test_it_only_allows_get_and_post(client):
    assert client.put("/webhook/").status_code == 405


# --- POST: shapes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("stem", "case", "envelope"), fixture_cases(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_fixture_shape_answers_200_and_is_stored_or_ignored_deliberately(
    post_webhook, django_capture_on_commit_callbacks, stem, case, envelope
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_webhook(envelope)
    assert response.status_code == 200
    messages = [m for e in envelope["entry"] for c in e["changes"] if c["field"] == "messages"
                for m in c["value"].get("messages", [])]
    assert InboundMessage.objects.count() == len(messages)
    # The fixtures' sender 972987654321 is not a valid number: stored and marked, never silently dropped.
    assert not InboundMessage.objects.filter(status=InboundStatus.RECEIVED).exists()


@pytest.mark.parametrize(("stem", "case"), [
    ("message", "text"), ("message", "image"), ("message", "reaction"), ("message", "unreaction_empty"),
    ("message", "current_location"), ("message", "voice"), ("message", "contacts"), ("message", "unsupported"),
    ("message", "interactive_message_with_err"), ("callback_button", "button"), ("callback_button", "quick_reply"),
    ("callback_button", "quick_reply_without_context"), ("callback_selection", "callback"),
    ("flow_completion", "completion"),
])
def test_every_kind_of_user_message_touches_the_window_and_reaches_the_dialogue(
    post_webhook, django_capture_on_commit_callbacks, stem, case
):
    with django_capture_on_commit_callbacks(execute=True):
        assert post_webhook(with_sender(fixture(stem, case))).status_code == 200
    inbound = InboundMessage.objects.get()
    assert inbound.status == InboundStatus.PROCESSED, inbound.error
    assert inbound.user.phone_number == "+" + WA_ID
    assert ConversationWindow.objects.get(user=inbound.user).last_activity == inbound.sent_at
    answered = OutboundMessage.objects.filter(user=inbound.user).exists()
    assert answered != ("reaction" in case)  # the dialogue answers everything but reactions, on purpose


def test_it_stores_what_the_user_typed_or_tapped_and_the_raw_message(post_webhook):
    post_webhook(with_sender(fixture("callback_selection", "description")))
    inbound = InboundMessage.objects.get()
    assert (inbound.message_type, inbound.text, inbound.reply_id) == ("interactive", "title", "callback_data")
    assert inbound.payload["interactive"]["list_reply"]["description"] == "description"
    assert inbound.payload["_sender"] == {"wa_id": WA_ID, "user_id": "US.13491208655302741918", "name": "Test Name"}
    assert inbound.from_number == WA_ID


def test_it_stores_the_payload_of_a_template_quick_reply(post_webhook):
    post_webhook(with_sender(fixture("callback_button", "quick_reply_without_context")))
    inbound = InboundMessage.objects.get()
    assert (inbound.message_type, inbound.reply_id, inbound.text) == ("button", "callback_data", "title")


def test_system_notices_are_stored_but_not_answered(post_webhook, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        post_webhook(with_sender(fixture("system", "identity_change")))
    assert InboundMessage.objects.get().status == InboundStatus.IGNORED
    assert callbacks == []


def test_it_stores_every_message_of_a_batch(post_webhook):
    envelope = text_envelope("one")
    for body in ("two", "three"):
        envelope["entry"].append(text_envelope(body)["entry"][0])
    assert post_webhook(envelope).json()["stored"] == 3
    assert sorted(InboundMessage.objects.values_list("text", flat=True)) == ["one", "three", "two"]


@pytest.mark.parametrize("body", [b"not json", b"{}", b'{"object":"whatsapp_business_account","entry":"x"}', b"[1]"])
def test_malformed_bodies_get_a_400_and_store_nothing(post_webhook, body):
    assert post_webhook(body).status_code == 400
    assert InboundMessage.objects.count() == 0


def test_a_broken_message_is_kept_as_failed_beside_the_good_ones(post_webhook):
    envelope = text_envelope("good")
    envelope["entry"][0]["changes"][0]["value"]["messages"].append({"type": "text"})
    assert post_webhook(envelope).status_code == 200
    assert set(InboundMessage.objects.values_list("message_type", "status")) == {
        ("text", InboundStatus.RECEIVED), ("invalid", InboundStatus.FAILED)}


# --- Exactly once -------------------------------------------------------------------------------------------


def test_a_redelivered_message_is_stored_and_processed_once(post_webhook, django_capture_on_commit_callbacks):
    envelope = text_envelope("hi")
    with django_capture_on_commit_callbacks(execute=True) as first:
        assert post_webhook(envelope).json() == {"stored": 1, "duplicates": 0, "statuses": 0, "rejected": 0}
    with django_capture_on_commit_callbacks(execute=True) as second:
        assert post_webhook(envelope).json() == {"stored": 0, "duplicates": 1, "statuses": 0, "rejected": 0}
    assert InboundMessage.objects.count() == 1
    assert len(first) >= 1 and second == []
    assert OutboundMessage.objects.count() == 1


def test_the_task_is_enqueued_only_after_the_row_is_committed(post_webhook, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post_webhook(text_envelope())
    assert InboundMessage.objects.get().status == InboundStatus.RECEIVED
    assert len(callbacks) == 1


def test_processing_the_same_id_twice_answers_once(post_webhook):
    from conversations.inbound import inbound_process

    post_webhook(text_envelope())
    inbound = InboundMessage.objects.get()
    assert inbound_process(inbound_id=inbound.pk) is not None
    assert inbound_process(inbound_id=inbound.pk) is None
    assert OutboundMessage.objects.count() == 1


# --- Who is it ------------------------------------------------------------------------------------------------


def test_a_new_sender_becomes_a_user_with_their_profile_name_and_bsuid(post_webhook, django_capture_on_commit_callbacks):
    contacts = [{"profile": {"name": "Ada"}, "wa_id": WA_ID, "user_id": "US.42"}]
    with django_capture_on_commit_callbacks(execute=True):
        post_webhook(message_envelope({"type": "text", "text": {"body": "hi"}}, contacts=contacts))
    user = User.objects.get()
    assert (user.phone_number, user.name, user.whatsapp_user_id) == ("+" + WA_ID, "Ada", "US.42")
    assert ConversationWindow.objects.get(user=user).last_activity == WHATSAPP_TIME


def test_an_existing_user_is_found_by_phone_and_keeps_their_name(post_webhook, django_capture_on_commit_callbacks):
    user = UserFactory(phone_number="+" + WA_ID, name="Chidi")
    with django_capture_on_commit_callbacks(execute=True):
        post_webhook(text_envelope())
    assert User.objects.get() == user
    assert User.objects.get().name == "Chidi"
    assert InboundMessage.objects.get().user == user


def test_a_user_without_a_phone_number_is_found_by_their_bsuid(post_webhook, django_capture_on_commit_callbacks):
    user = UserFactory(whatsapp_user_id="US.777")
    envelope = message_envelope({"type": "text", "text": {"body": "hi"}, "from": None, "from_user_id": "US.777"},
                                contacts=[{"profile": {"name": "N"}, "user_id": "US.777", "username": "ngozi"}])
    with django_capture_on_commit_callbacks(execute=True):
        assert post_webhook(envelope).status_code == 200
    inbound = InboundMessage.objects.get()
    assert (inbound.user, inbound.status, inbound.from_number) == (user, InboundStatus.PROCESSED, "US.777")


def test_an_unknown_user_without_a_phone_number_is_kept_as_failed_with_the_reason(
    post_webhook, django_capture_on_commit_callbacks
):
    envelope = message_envelope({"type": "text", "text": {"body": "hi"}, "from": None, "from_user_id": "US.9"},
                                contacts=[{"user_id": "US.9"}])
    with django_capture_on_commit_callbacks(execute=True):
        assert post_webhook(envelope).status_code == 200
    inbound = InboundMessage.objects.get()
    assert inbound.status == InboundStatus.FAILED
    assert "phone number" in inbound.error
    assert User.objects.count() == 0


def test_writing_to_us_makes_an_unreachable_user_reachable_again(post_webhook, django_capture_on_commit_callbacks):
    user = UserFactory(phone_number="+" + WA_ID, unreachable_at=WHATSAPP_TIME)
    with django_capture_on_commit_callbacks(execute=True):
        post_webhook(text_envelope())
    user.refresh_from_db()
    assert user.unreachable_at is None


def test_a_crash_in_the_dialogue_is_recorded_on_the_message(post_webhook, django_capture_on_commit_callbacks,
                                                             monkeypatch):
    def boom(*, inbound_id):
        raise RuntimeError("dialogue bug")

    monkeypatch.setattr("conversations.services.inbound_handle", boom)
    with django_capture_on_commit_callbacks(execute=True):
        assert post_webhook(text_envelope()).status_code == 200
    inbound = InboundMessage.objects.get()
    assert inbound.status == InboundStatus.FAILED
    assert "dialogue bug" in inbound.error


# --- The sweep --------------------------------------------------------------------------------------------------


def test_the_sweep_reenqueues_messages_whose_task_was_lost(post_webhook, django_capture_on_commit_callbacks):
    from datetime import timedelta

    from django.utils import timezone

    from conversations.inbound import inbound_sweep

    with django_capture_on_commit_callbacks(execute=False):
        post_webhook(text_envelope())  # the task is never enqueued: the broker was down
    assert inbound_sweep() == 0  # too fresh: its task may still be on its way
    assert inbound_sweep(now=timezone.now() + timedelta(minutes=3)) == 1
    assert InboundMessage.objects.get().status == InboundStatus.PROCESSED


def test_a_message_a_stopped_worker_left_mid_way_runs_once_more_then_fails(post_webhook):
    from datetime import timedelta

    from django.utils import timezone

    from conversations.inbound import RERUN, inbound_sweep

    post_webhook(text_envelope())
    # Claimed by a worker that was killed (or lost its database) before it finished.
    claimed = timezone.now() - timedelta(minutes=4)
    InboundMessage.objects.update(received_at=claimed, processed_at=claimed)
    inbound_sweep()
    message = InboundMessage.objects.get()
    assert (message.status, message.error) == (InboundStatus.PROCESSED, RERUN)  # answered after all

    InboundMessage.objects.update(status=InboundStatus.RECEIVED, processed_at=timezone.now() - timedelta(hours=1))
    inbound_sweep()  # its re-run stopped too: never a third time
    assert InboundMessage.objects.get().status == InboundStatus.FAILED


def test_a_message_stored_while_the_broker_is_down_is_acknowledged_and_swept(post_webhook, monkeypatch,
                                                                              django_capture_on_commit_callbacks):
    from datetime import timedelta

    from django.utils import timezone

    from conversations.inbound import inbound_sweep

    def broker_down(*args, **kwargs):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr("django_q.tasks.async_task", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_webhook(text_envelope())
    assert response.status_code == 200  # a 500 would only make Meta redeliver what is stored
    monkeypatch.undo()
    assert inbound_sweep(now=timezone.now() + timedelta(minutes=3)) == 1
    assert InboundMessage.objects.get().status == InboundStatus.PROCESSED


def test_sign_matches_metas_format():
    assert sign(b"{}", "s").startswith("sha256=") and len(sign(b"{}", "s")) == 71


def test_nul_characters_are_dropped_instead_of_failing_the_batch(post_webhook):
    body = json.dumps(text_envelope("nul\u0000here")).encode()
    assert b"\\u0000" in body
    assert post_webhook(body).status_code == 200
    assert InboundMessage.objects.get().text == "nulhere"


# --- Never a 5xx: what fuzzing found (issue 13) ------------------------------------------------------------------


def batch(*texts: str) -> dict[str, Any]:
    envelope = text_envelope(texts[0])
    for text in texts[1:]:
        envelope["entry"][0]["changes"][0]["value"]["messages"].append(text_envelope(text)["entry"][0]["changes"][0]
                                                                         ["value"]["messages"][0])
    return envelope


def nested(depth: int) -> dict[str, Any]:
    envelope = text_envelope("deep")
    envelope["entry"][0]["changes"][0]["value"]["messages"][0]["extra"] = json.loads("[" * depth + "]" * depth)
    return envelope


@pytest.mark.parametrize("body", [
    json.dumps(text_envelope("deep")).replace('"deep"', "[" * 938 + "]" * 938).encode(),  # RecursionError before
    b"[" * 100_000,  # not JSON, but json.loads would recurse into it before noticing
    b'{"entry": ' + b'{"a": ' * 5000 + b"1" + b"}" * 5001,
])
def test_json_nested_too_deep_gets_a_400_not_a_recursion_error(post_webhook, body):
    response = post_webhook(body)
    assert response.status_code == 400
    assert "nested deeper" in response.json()["error"]
    assert InboundMessage.objects.count() == 0


def test_nesting_within_the_limit_is_stored(post_webhook):
    assert post_webhook(nested(50)).status_code == 200
    assert InboundMessage.objects.get().text == "deep"


def test_a_lone_surrogate_is_stored_as_the_replacement_character(post_webhook):
    body = json.dumps(text_envelope("hi \ud800 there")).encode()
    assert b"\\ud800" in body  # escaped, as Meta sends it
    assert post_webhook(body).status_code == 200
    inbound = InboundMessage.objects.get()
    assert inbound.text == "hi \ufffd there"
    assert inbound.payload["text"]["body"] == "hi \ufffd there"


def test_a_surrogate_pair_split_into_two_escapes_is_joined_not_replaced(post_webhook):
    body = json.dumps(text_envelope("\U0001f600")).encode()
    assert b"\\ud83d\\ude00" in body
    post_webhook(body)
    assert InboundMessage.objects.get().text == "\U0001f600"


def test_a_batch_with_a_lone_surrogate_in_the_middle_stores_all_three_every_time(post_webhook):
    envelope = batch("first", "bad \udfff", "third")
    assert post_webhook(envelope).json() == {"stored": 3, "duplicates": 0, "statuses": 0, "rejected": 0}
    assert sorted(InboundMessage.objects.values_list("text", flat=True)) == ["bad \ufffd", "first", "third"]
    assert post_webhook(envelope).json() == {"stored": 0, "duplicates": 3, "statuses": 0, "rejected": 0}


@pytest.mark.parametrize("length", ["abc", "-1", "1e3", "12 34", "\u0661\u0662", "0x10"])
def test_a_content_length_that_is_not_a_number_gets_a_400_not_a_500(client, app_secret, length):
    body = json.dumps(text_envelope()).encode()
    response = client.post("/webhook/", data=body, content_type="application/json", CONTENT_LENGTH=length,
                           HTTP_X_HUB_SIGNATURE_256=sign(body, app_secret))
    assert response.status_code == 400
    assert InboundMessage.objects.count() == 0


def test_an_absurd_content_length_is_refused_as_too_large_without_reading(client, app_secret):
    body = json.dumps(text_envelope()).encode()
    response = client.post("/webhook/", data=body, content_type="application/json", CONTENT_LENGTH="9" * 5000,
                           HTTP_X_HUB_SIGNATURE_256=sign(body, app_secret))
    assert response.status_code == 413


def test_a_body_over_the_limit_gets_a_413_and_a_log_line(post_webhook, caplog):
    envelope = text_envelope("x" * (MAX_BODY_BYTES + 1))
    response = post_webhook(envelope)
    assert response.status_code == 413
    assert InboundMessage.objects.count() == 0
    assert "over the" in caplog.text and str(MAX_BODY_BYTES) in caplog.text


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400", "1" * 5000])
def test_a_message_with_a_non_finite_or_huge_number_is_stored_not_counted_as_a_duplicate(post_webhook, number):
    body = json.dumps(text_envelope("nan", extra="__NUMBER__")).replace('"__NUMBER__"', number).encode()
    assert post_webhook(body).json() == {"stored": 1, "duplicates": 0, "statuses": 0, "rejected": 0}
    inbound = InboundMessage.objects.get()
    assert (inbound.text, inbound.payload["extra"]) == ("nan", number)  # kept as the text WhatsApp sent


def event(raw: dict[str, Any], wamid: str = "wamid.refused", text: str = "hi") -> InboundEvent:
    return InboundEvent(wa_message_id=wamid, message_type="text", sender=Sender(wa_id=WA_ID), text=text, raw=raw)


@pytest.mark.parametrize("raw", [{"x": float("nan")}, {"x": "\ud800"}])
def test_a_row_the_database_refuses_is_kept_in_plain_form_failed_with_the_reason(raw):
    inbound = inbound_store(event=event(raw, text="\ud800" if "x" in raw else ""))
    assert inbound is not None  # refused by a CHECK or the encoder: not a duplicate
    inbound.refresh_from_db()
    assert (inbound.wa_message_id, inbound.status, inbound.from_number) == ("wamid.refused", InboundStatus.FAILED,
                                                                             WA_ID)
    assert "the database refused the message" in inbound.error
    assert "refused" in inbound.payload
    assert inbound_store(event=event(raw)) is None  # the redelivery is the duplicate


def test_only_an_existing_row_with_the_id_makes_a_duplicate(monkeypatch):
    def refuse(**row):
        raise IntegrityError("CHECK constraint failed: some_other_check")

    monkeypatch.setattr(InboundMessage.objects, "create", refuse)
    with pytest.raises(IntegrityError):  # refused even in plain form: the caller counts it rejected, not duplicate
        inbound_store(event=event({"x": 1}))


def test_one_message_the_database_refuses_never_stops_the_others(post_webhook, monkeypatch, caplog):
    create = InboundMessage.objects.create

    def create_unless_bad(**row):
        if row.get("text") == "bad" or row.get("payload", {}).get("refused"):
            raise DataError("value refused")
        return create(**row)

    monkeypatch.setattr(InboundMessage.objects, "create", create_unless_bad)
    response = post_webhook(batch("good one", "bad", "good two"))
    assert response.json() == {"stored": 2, "duplicates": 0, "statuses": 0, "rejected": 1}
    assert sorted(InboundMessage.objects.values_list("text", flat=True)) == ["good one", "good two"]
    assert "rejected, not stored: value refused" in caplog.text


def test_a_status_the_database_refuses_never_stops_the_messages(post_webhook, monkeypatch):
    def refuse(*, update):
        raise DataError("status refused")

    monkeypatch.setattr("conversations.webhook.status_apply", refuse)
    envelope = text_envelope("still here")
    envelope["entry"][0]["changes"][0]["value"]["statuses"] = [{"id": "wamid.x", "status": "read", "timestamp": "1"}]
    assert post_webhook(envelope).json() == {"stored": 1, "duplicates": 0, "statuses": 0, "rejected": 1}
