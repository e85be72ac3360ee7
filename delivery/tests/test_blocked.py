"""A user an operator blocked gets nothing: not matched, queued sends refused, their messages ignored."""

from __future__ import annotations

import pytest

from accounts.services import user_block, user_unblock
from conversations.models import InboundStatus
from conversations.tests.test_inbound_handle import receive
from delivery.models import ErrorCode, HistoryStatus, MessageStatus, OutboundMessage, UserJobHistory
from delivery.services import job_deliver, pending_flush
from delivery.tests.conftest import backend_job, drain

pytestmark = pytest.mark.django_db


def test_a_blocked_user_is_not_matched_to_new_jobs(clock, seeker):
    user = seeker()
    user_block(user=user, reason="spam")
    job_deliver(job_id=backend_job().pk)
    assert not UserJobHistory.objects.filter(user=user).exists()


def test_an_alert_queued_before_the_block_is_refused_at_send_time_and_its_job_skipped(clock, seeker, settings):
    user = seeker()
    job = backend_job()
    job_deliver(job_id=job.pk)
    clock.advance(seconds=settings.ALERT_BATCH_SECONDS)
    pending_flush(now=clock.now())  # the alert row is written, not yet sent
    user_block(user=user, reason="abusive messages")
    drain(clock)
    message = OutboundMessage.objects.get(user=user, purpose="alert")
    assert (message.status, message.error_code) == (MessageStatus.FAILED, ErrorCode.BLOCKED)
    assert UserJobHistory.objects.get(user=user, job=job).status == HistoryStatus.SKIPPED


def test_a_blocked_user_saying_start_is_ignored_and_gets_no_reply(clock, seeker):
    user = seeker(is_active=False)
    user_block(user=user, reason="asked us to")
    inbound = receive(user, "START")
    inbound.refresh_from_db()
    user.refresh_from_db()
    assert inbound.status == InboundStatus.IGNORED and not user.is_active
    assert not OutboundMessage.objects.filter(user=user).exists()


def test_unblocking_lets_them_talk_again(clock, seeker):
    user = seeker()
    user_block(user=user, reason="mistake")
    assert user_unblock(user=user)
    inbound = receive(user, "hi")
    inbound.refresh_from_db()
    assert inbound.status == InboundStatus.PROCESSED and OutboundMessage.objects.filter(user=user).exists()
