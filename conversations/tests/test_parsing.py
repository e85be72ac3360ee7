"""The envelope parser is pure: every fixture shape parses, broken envelopes raise, broken items don't."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from conversations.parsing import EnvelopeError, parse_body, parse_envelope
from conversations.tests.helpers import fixture, fixture_cases, message_envelope, status_envelope


@pytest.mark.parametrize(("stem", "case", "envelope"), fixture_cases(), ids=lambda v: v if isinstance(v, str) else "")
def test_it_parses_every_fixture_shape_without_raising(stem, case, envelope):
    parsed = parse_envelope(envelope)
    assert len(parsed.messages) + len(parsed.statuses) + len(parsed.ignored) >= 1


def test_it_reads_typed_text_and_whatsapps_timestamp():
    event = parse_envelope(fixture("message", "text")).messages[0]
    assert (event.message_type, event.text, event.reply_id) == ("text", "Body Text", "")
    assert event.sent_at == datetime.fromtimestamp(1697043223, tz=UTC)
    assert event.sender.wa_id == "972987654321"
    assert event.sender.user_id == "US.13491208655302741918"
    assert event.sender.name == "Test Name"


def test_it_reads_the_id_and_title_of_a_tapped_reply_button():
    event = parse_envelope(fixture("callback_button", "button")).messages[0]
    assert (event.message_type, event.reply_id, event.text) == ("interactive", "callback_data", "title")


def test_it_reads_the_id_and_title_of_a_chosen_list_row():
    event = parse_envelope(fixture("callback_selection", "description")).messages[0]
    assert (event.reply_id, event.text) == ("callback_data", "title")


@pytest.mark.parametrize("case", ["quick_reply", "quick_reply_without_context"])
def test_it_reads_template_quick_replies_with_or_without_context(case):
    event = parse_envelope(fixture("callback_button", case)).messages[0]
    assert (event.message_type, event.reply_id, event.text) == ("button", "callback_data", "title")


def test_it_keeps_a_bsuid_when_the_user_has_no_phone_number():
    envelope = message_envelope(
        {"type": "text", "text": {"body": "hi"}, "from": None, "from_user_id": "US.777"},
        contacts=[{"profile": {"name": "Ngozi"}, "user_id": "US.777", "username": "ngozi"}],
    )
    event = parse_envelope(envelope).messages[0]
    assert (event.sender.wa_id, event.sender.user_id, event.sender.name) == ("", "US.777", "Ngozi")


def test_it_reads_media_captions_reactions_and_locations_as_text():
    assert parse_envelope(fixture("message", "video")).messages[0].text == "caption"
    assert parse_envelope(fixture("message", "reaction")).messages[0].text == "😮"
    assert parse_envelope(fixture("message", "unreaction_no_emoji")).messages[0].text == ""
    assert "Facebook HQ" in parse_envelope(fixture("message", "chosen_location")).messages[0].text


def test_it_keeps_unsupported_messages_with_their_error():
    event = parse_envelope(fixture("message", "unsupported")).messages[0]
    assert event.message_type == "unsupported"
    assert event.error.startswith("131051")


def test_it_keeps_an_interactive_message_that_arrived_without_its_body():
    parsed = parse_envelope(fixture("message", "interactive_message_with_err"))
    assert parsed.messages[0].message_type == "interactive"
    assert parsed.errors[0]["code"] == 131000


def test_it_marks_system_notices_as_not_from_the_user():
    event = parse_envelope(fixture("system", "phone_number_change")).messages[0]
    assert event.message_type == "system"
    assert not event.from_user


def test_it_reads_every_message_of_a_batched_envelope():
    first, second = message_envelope({"type": "text", "text": {"body": "a"}}), text_two()
    first["entry"].append(second["entry"][0])
    first["entry"][0]["changes"].append(second["entry"][0]["changes"][0])
    assert len(parse_envelope(first).messages) == 3


def text_two():
    return message_envelope({"type": "text", "text": {"body": "b"}})


def test_it_reads_failed_statuses_with_their_error_code():
    update = parse_envelope(fixture("message_status", "failed")).statuses[0]
    assert (update.provider_message_id, update.status, update.error_code) == ("wamid.xyzxyz", "failed", "130472")
    assert "experiment" in update.error_message


def test_it_ignores_other_fields_on_purpose():
    parsed = parse_envelope(fixture("template_status_update", "approved"))
    assert parsed.messages == [] and parsed.statuses == []
    assert parsed.ignored == ["message_template_status_update:APPROVED"]


def test_it_ignores_call_statuses_which_are_not_message_statuses():
    parsed = parse_envelope(fixture("call_status", "call_status"))
    assert parsed.statuses == []


@pytest.mark.parametrize("body", [b"", b"not json", b"[]", b'{"object": "page", "entry": []}',
                                  b'{"entry": {}}', b'{"entry": [{"changes": {}}]}',
                                  b'{"entry": [{"changes": [{"field": "messages"}]}]}',
                                  b'{"entry": [{"changes": [{"field": "messages", "value": {"messages": {}}}]}]}',
                                  b"\xff\xfe"])
def test_it_rejects_malformed_bodies_and_envelopes(body):
    with pytest.raises(EnvelopeError):
        parse_body(body)


def test_a_message_without_an_id_becomes_an_invalid_event_instead_of_failing_the_batch():
    envelope = message_envelope({"type": "text", "text": {"body": "ok"}})
    envelope["entry"][0]["changes"][0]["value"]["messages"].append({"type": "text", "text": {"body": "no id"}})
    good, bad = parse_envelope(envelope).messages
    assert good.message_type == "text"
    assert bad.message_type == "invalid" and bad.wa_message_id.startswith("invalid.")
    assert parse_envelope(json.loads(json.dumps(envelope))).messages[1].wa_message_id == bad.wa_message_id


def test_a_status_without_an_id_is_ignored():
    envelope = status_envelope("", "sent")
    parsed = parse_envelope(envelope)
    assert parsed.statuses == [] and parsed.ignored == ["messages:status"]
