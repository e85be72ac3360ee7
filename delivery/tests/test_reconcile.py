"""Sends a dead worker left `sending`: sent once more (a missing alert costs a seeker more than a duplicate), then
given up with the jobs held for the digest and "jobs"."""

from __future__ import annotations

from datetime import timedelta

import pytest

from aremu.testing.http import Reply, serve
from delivery.models import ErrorCode, HistoryStatus, MessageStatus, OutboundMessage
from delivery.outbound import messages_reconcile
from delivery.services import pump_tick
from delivery.tests.test_outbound import Graph, queued_alert

pytestmark = pytest.mark.django_db


def crashed_mid_send(message: OutboundMessage, *, attempts: int) -> None:
    # What a worker killed inside transport.send leaves: claimed, no provider id, never moved on.
    OutboundMessage.objects.filter(pk=message.pk).update(status=MessageStatus.SENDING, attempts=attempts)


def test_a_send_interrupted_once_is_sent_again_and_its_job_reaches_the_seeker(clock, seeker, settings, cloud):
    message, history = queued_alert(clock, seeker, settings)
    crashed_mid_send(message, attempts=1)
    assert messages_reconcile() == (0, 0)  # still inside its lease: maybe just slow
    clock.advance(minutes=3)
    assert messages_reconcile() == (1, 0)
    message.refresh_from_db()
    assert (message.status, message.error_code) == (MessageStatus.QUEUED, ErrorCode.UNKNOWN_OUTCOME)
    with serve(Graph()) as server:
        cloud(server)
        pump_tick()
    message.refresh_from_db()
    history.refresh_from_db()
    assert (message.status, message.attempts, len(server.requests)) == (MessageStatus.SENT, 2, 1)
    assert history.status == HistoryStatus.SENT


def test_a_send_interrupted_twice_is_given_up_and_its_jobs_are_held_not_lost(clock, seeker, settings):
    message, history = queued_alert(clock, seeker, settings)
    crashed_mid_send(message, attempts=2)
    clock.advance(minutes=3)
    assert messages_reconcile() == (0, 1)
    message.refresh_from_db()
    history.refresh_from_db()
    assert (message.status, message.error_code) == (MessageStatus.FAILED, ErrorCode.UNKNOWN_OUTCOME)
    assert (history.status, history.outbound_message_id) == (HistoryStatus.HELD, None)


def test_nothing_stays_sending_past_the_lease(clock, seeker, settings):
    message, _ = queued_alert(clock, seeker, settings)
    crashed_mid_send(message, attempts=1)
    clock.advance(minutes=3)
    messages_reconcile()
    later = clock.now() + timedelta(minutes=3)
    assert not OutboundMessage.objects.filter(status=MessageStatus.SENDING, updated_at__lt=later - timedelta(minutes=2))


def test_a_send_that_timed_out_goes_once_more_at_most_then_its_jobs_are_held(clock, seeker, settings, cloud):
    # The request reached WhatsApp and no answer came back: it may have the message. Measured before: a minute of
    # timeouts sent one alert up to six times.
    message, history = queued_alert(clock, seeker, settings)
    slow = Reply(200, {"messaging_product": "whatsapp", "messages": [{"id": "wamid.late"}]}, delay=1.5)
    with serve(lambda request: slow) as server:
        cloud(server)  # the client gives up after 0.5 s
        for _ in range(4):
            pump_tick()
            clock.advance(minutes=10)
    message.refresh_from_db()
    history.refresh_from_db()
    assert len(server.requests) == 2
    assert (message.status, message.error_code) == (MessageStatus.FAILED, ErrorCode.UNKNOWN_OUTCOME)
    assert history.status == HistoryStatus.HELD
