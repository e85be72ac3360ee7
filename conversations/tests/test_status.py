"""Status callbacks move outbound rows forward only, record failures, and ignore ids we don't know."""

from __future__ import annotations

import pytest

from accounts.tests.factories import UserFactory
from conversations.tests.helpers import status_envelope
from delivery.models import MessageStatus, OutboundMessage
from delivery.status import StatusUpdate, status_apply

pytestmark = pytest.mark.django_db


def sent_message(wamid: str = "wamid.ours", status: str = MessageStatus.SENT, **kwargs) -> OutboundMessage:
    user = kwargs.pop("user", None) or UserFactory()
    return OutboundMessage.objects.create(user=user, to=user.phone_number, kind="text", payload={"type": "text"},
                                          provider_message_id=wamid, status=status, **kwargs)


@pytest.mark.parametrize("status", ["delivered", "read"])
def test_it_moves_a_sent_message_forward(post_webhook, status):
    message = sent_message()
    assert post_webhook(status_envelope("wamid.ours", status)).json()["statuses"] == 1
    message.refresh_from_db()
    assert message.status == status


def test_a_late_delivered_never_overwrites_read(post_webhook):
    message = sent_message()
    post_webhook(status_envelope("wamid.ours", "read"))
    post_webhook(status_envelope("wamid.ours", "delivered"))
    post_webhook(status_envelope("wamid.ours", "sent"))
    message.refresh_from_db()
    assert message.status == MessageStatus.READ


def test_a_failed_status_records_the_error_code_and_message(post_webhook):
    message = sent_message()
    errors = [{"code": 131047, "title": "Re-engagement message",
               "error_data": {"details": "Message failed to send because more than 24 hours have passed"}}]
    assert post_webhook(status_envelope("wamid.ours", "failed", errors=errors)).status_code == 200
    message.refresh_from_db()
    assert (message.status, message.error_code) == (MessageStatus.FAILED, "131047")
    assert "24 hours" in message.error_message


def test_an_undeliverable_failure_marks_the_user_unreachable(post_webhook):
    message = sent_message()
    post_webhook(status_envelope("wamid.ours", "failed", errors=[{"code": 131026, "title": "Undeliverable"}]))
    message.user.refresh_from_db()
    assert message.user.unreachable_at is not None


def test_an_unknown_id_answers_200_and_changes_nothing(post_webhook):
    message = sent_message()
    response = post_webhook(status_envelope("wamid.someone-elses", "delivered"))
    assert response.status_code == 200 and response.json()["statuses"] == 0
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT


def test_played_counts_as_read_and_unknown_statuses_are_ignored():
    message = sent_message()
    assert status_apply(update=StatusUpdate("wamid.ours", "played")) is True
    assert status_apply(update=StatusUpdate("wamid.ours", "deleted")) is False
    assert status_apply(update=StatusUpdate("wamid.ours", "queued")) is False
    message.refresh_from_db()
    assert message.status == MessageStatus.READ


def test_a_status_can_arrive_while_our_send_is_still_recording(post_webhook):
    # The row is still `sending` (the API answered, the worker hasn't saved yet): forward is still forward.
    message = sent_message(status=MessageStatus.SENDING)
    post_webhook(status_envelope("wamid.ours", "delivered"))
    message.refresh_from_db()
    assert message.status == MessageStatus.DELIVERED


def test_a_redelivered_status_is_harmless(post_webhook):
    sent_message()
    assert post_webhook(status_envelope("wamid.ours", "delivered")).json()["statuses"] == 1
    assert post_webhook(status_envelope("wamid.ours", "delivered")).json()["statuses"] == 0


def test_a_failure_after_acceptance_is_announced_to_delivery(post_webhook):
    from delivery.status import message_failed

    message, heard = sent_message(), []

    def listener(sender, *, message_id, error_code, **kwargs):
        heard.append((message_id, error_code))

    message_failed.connect(listener)
    try:
        post_webhook(status_envelope("wamid.ours", "failed", errors=[{"code": 131047, "title": "Re-engagement"}]))
        post_webhook(status_envelope("wamid.ours", "failed", errors=[{"code": 131047, "title": "Re-engagement"}]))
    finally:
        message_failed.disconnect(listener)
    assert heard == [(message.pk, "131047")]
