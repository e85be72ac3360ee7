"""Delivery services: queue and send outbound messages, keep the 24-hour window, deliver new jobs."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from accounts.models import User
from delivery import messages
from delivery.models import (
    ConversationWindow,
    DeliveryType,
    HistoryStatus,
    MessageStatus,
    OutboundMessage,
    UserJobHistory,
    WindowStatus,
)
from delivery.transports import TransportError, get_transport
from jobs.models import CanonicalJob

logger = logging.getLogger(__name__)

WINDOW = timedelta(hours=24)
# Re-check the clock at send time and keep a margin: Meta's window edge is not exact.
WINDOW_SAFETY_MARGIN = timedelta(minutes=5)


# --- Outbound messages -----------------------------------------------------------------------


def message_queue(*, user: User, payload: messages.Payload, purpose: str = "reply") -> OutboundMessage:
    """Write the outbound row, then send it from a task once the transaction commits."""
    message = OutboundMessage.objects.create(
        user=user,
        to=user.phone_number,
        kind=_kind(payload),
        purpose=purpose,
        payload=payload,
        preview=messages.preview(payload),
    )
    transaction.on_commit(lambda: _enqueue_send(message.pk))
    return message


def _kind(payload: messages.Payload) -> str:
    if payload["type"] == "interactive":
        return str(payload["interactive"]["type"]).replace("button", "buttons")
    return str(payload["type"])


def _enqueue_send(message_id: int) -> None:
    from django_q.tasks import async_task

    async_task("delivery.tasks.send_message", message_id, task_name=f"send-message-{message_id}")


def message_send(*, message_id: int) -> OutboundMessage | None:
    """Send one queued message. The conditional UPDATE is the claim: two workers never both send it."""
    claimed = OutboundMessage.objects.filter(pk=message_id, status=MessageStatus.QUEUED).update(
        status=MessageStatus.SENDING, attempts=F("attempts") + 1, updated_at=timezone.now()
    )
    if not claimed:
        return None
    message = OutboundMessage.objects.get(pk=message_id)
    transport = get_transport()
    message.transport = transport.name
    try:
        message.provider_message_id = transport.send(to=message.to, payload=message.payload)
    except TransportError as exc:
        _record_failure(message, exc)
    else:
        message.status = MessageStatus.SENT
        message.sent_at = timezone.now()
        message.error_code = message.error_message = ""
    message.save()
    return message


def _record_failure(message: OutboundMessage, exc: TransportError) -> None:
    message.error_code = exc.code
    message.error_message = str(exc)
    if exc.permanent:
        message.status = MessageStatus.FAILED
    else:
        # Back to the queue; the retry sweep picks it up after a back-off.
        message.status = MessageStatus.QUEUED
        delay = exc.retry_after or min(60 * 2 ** message.attempts, 3600)
        message.next_attempt_at = timezone.now() + timedelta(seconds=delay)
    logger.warning("send of message %s failed (%s): %s", message.pk, exc.code, exc)


# --- The 24-hour window ----------------------------------------------------------------------


def window_touch(*, user: User, at: datetime | None = None) -> ConversationWindow:
    """Every inbound message (text, tap, reaction) reopens or extends the user's window."""
    at = at or timezone.now()
    window, created = ConversationWindow.objects.get_or_create(
        user=user, defaults={"window_start": at, "last_activity": at, "messages_in_window": 1}
    )
    if created:
        return window
    if window.window_status == WindowStatus.EXPIRED or at - window.last_activity >= WINDOW:
        window.window_start = at
        window.messages_in_window = 0
    window.last_activity = max(window.last_activity, at)
    window.window_status = WindowStatus.ACTIVE
    window.four_hour_reminder_sent = False
    window.battery_warning_sent = False
    window.messages_in_window += 1
    window.save()
    User.objects.filter(pk=user.pk).update(last_active=window.last_activity)
    return window


def window_is_open(*, user: User, now: datetime | None = None) -> bool:
    now = now or timezone.now()
    last = ConversationWindow.objects.filter(user=user).values_list("last_activity", flat=True).first()
    return last is not None and now < last + WINDOW - WINDOW_SAFETY_MARGIN


# --- Job delivery (walking skeleton; smart delivery extends it) --------------------------------


def job_deliver(*, job_id: int) -> int:
    """Match a new job against eligible users and alert those inside their window. Returns alerts queued."""
    from matching.services import find_matches

    job = CanonicalJob.objects.get(pk=job_id)
    sent = 0
    for match in find_matches(job=job):
        history = _history_claim(user=match.user, job=job, score=match.result.total, breakdown=match.result.breakdown)
        if history is None:
            continue  # already shown or held: each user sees a job at most once
        if window_is_open(user=match.user):
            _alert_send(history=history)
            sent += 1
        else:
            UserJobHistory.objects.filter(pk=history.pk).update(
                status=HistoryStatus.HELD, delivery_type=DeliveryType.DIGEST
            )
    return sent


def _history_claim(*, user: User, job: CanonicalJob, score: float, breakdown: dict) -> UserJobHistory | None:
    try:
        with transaction.atomic():
            return UserJobHistory.objects.create(user=user, job=job, match_score=score, match_breakdown=breakdown)
    except IntegrityError:
        return None


def _alert_send(*, history: UserJobHistory) -> None:
    from delivery.alerts import render_job_alert

    message = message_queue(user=history.user, payload=render_job_alert(history.job, history.match_score), purpose="alert")
    UserJobHistory.objects.filter(pk=history.pk).update(
        outbound_message=message, status=HistoryStatus.SENT, message_sent=True, shown_at=timezone.now()
    )


def jobs_send_on_request(*, user: User, page: int = 1) -> int:
    """The user typed "jobs" (or tapped "more"): send their best unseen matches now. Returns jobs sent.

    Walking skeleton: nothing yet; smart delivery fills this in.
    """
    message_queue(user=user, payload=messages.text("No new matching jobs right now. I'll message you when one comes in."))
    return 0
