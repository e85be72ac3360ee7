"""The 24-hour window: one clock per user, refreshed by every inbound message, and the sweep that
sends the "4 hours left" reminder (20 h), the last warning (23 h) and closes it (24 h).

The sweep is safe to run from several clusters at once: each reminder is claimed with a conditional
UPDATE on its flag (and on the `last_activity` it was computed from), so it goes out once per window.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.selectors import alert_eligible
from aremu.voice import speaking
from delivery import messages, policy
from delivery.alerts import render_reminder
from delivery.models import ConversationWindow, HistoryStatus, MessagePurpose, UserJobHistory, WindowStatus
from delivery.outbound import message_queue
from delivery.quiet import user_quiet_until
from jobs.selectors import open_q

logger = logging.getLogger(__name__)

SWEEP_BATCH = 2000
REENGAGE_WITHIN = timedelta(hours=24)  # after expiry, a re-engagement template is still worth sending


def window_touch(*, user: User, at: datetime | None = None) -> ConversationWindow:
    """Every inbound message (text, tap, list choice, reaction) reopens or extends the user's window.

    The returned row carries `reopened`: True when the window had closed (or never existed), so the caller
    can greet a returning user with what they missed.
    """
    at = at or timezone.now()
    window, created = ConversationWindow.objects.get_or_create(
        user=user, defaults={"window_start": at, "last_activity": at, "messages_in_window": 1}
    )
    if created:
        window.reopened = True
        User.objects.filter(pk=user.pk).update(last_active=at)
        return window
    was_closed = window.window_status == WindowStatus.EXPIRED or at - window.last_activity >= policy.WINDOW
    if was_closed:
        window.window_start = at
        window.messages_in_window = 0
    window.last_activity = max(window.last_activity, at)
    window.window_status = WindowStatus.ACTIVE
    window.four_hour_reminder_sent = False
    window.battery_warning_sent = False
    window.reengagement_sent = False
    window.messages_in_window += 1
    window.save()
    window.reopened = was_closed
    User.objects.filter(pk=user.pk).update(last_active=window.last_activity)
    return window


def window_is_open(*, user: User, now: datetime | None = None) -> bool:
    row = ConversationWindow.objects.filter(user=user).values("last_activity", "window_status").first()
    if row is None:
        return False
    return policy.window_open(
        last_activity=row["last_activity"], now=now or timezone.now(), expired=row["window_status"] == WindowStatus.EXPIRED
    )


def jobs_waiting(*, user_id: int) -> int:
    return UserJobHistory.objects.filter(
        open_q("job__"), user_id=user_id, status__in=[HistoryStatus.PENDING, HistoryStatus.HELD]
    ).count()


# --- The sweep ---------------------------------------------------------------------------------------


@dataclass
class SweepReport:
    reminded: int = 0
    warned: int = 0
    expired: int = 0
    reengaged: int = 0
    skipped_quiet: int = 0


def windows_sweep(*, now: datetime | None = None) -> SweepReport:
    """Run every minute: reminders at 20 h and 23 h, expiry at 24 h, optional re-engagement after it."""
    now = now or timezone.now()
    report = SweepReport()
    _warnings_send(now=now, report=report)
    _reminders_send(now=now, report=report)
    report.expired = ConversationWindow.objects.filter(
        last_activity__lte=now - policy.WINDOW
    ).exclude(window_status=WindowStatus.EXPIRED).update(window_status=WindowStatus.EXPIRED)
    if settings.WHATSAPP_REENGAGEMENT_TEMPLATE:
        _reengage(now=now, report=report)
    if report.reminded or report.warned or report.expired or report.reengaged:
        logger.info("window sweep: %s", report)
    return report


def _candidates(**filters):
    return (
        ConversationWindow.objects.filter(**filters)
        .exclude(window_status=WindowStatus.EXPIRED)
        .filter(alert_eligible())
        .select_related("user")
        .order_by("last_activity")[:SWEEP_BATCH]
    )


def _reminders_send(*, now: datetime, report: SweepReport) -> None:
    due = _candidates(
        last_activity__lte=now - policy.REMIND_AFTER,
        last_activity__gt=now - policy.WARN_AFTER,
        four_hour_reminder_sent=False,
    )
    for window in due:
        if _quiet_or_paused(window.user, now=now):
            report.skipped_quiet += 1
            continue
        if _claim_and_send(window, now=now, flags={"four_hour_reminder_sent": True},
                           status=WindowStatus.REMINDED, last=False):
            report.reminded += 1


def _warnings_send(*, now: datetime, report: SweepReport) -> None:
    due = _candidates(
        last_activity__lte=now - policy.WARN_AFTER,
        last_activity__gt=now - policy.WINDOW + policy.SAFETY_MARGIN,
        battery_warning_sent=False,
    )
    for window in due:
        if _quiet_or_paused(window.user, now=now):
            report.skipped_quiet += 1
            continue
        # Sent once; a 4-hour reminder that never went out (quiet hours, sweep down) is not sent after it.
        if _claim_and_send(window, now=now, flags={"battery_warning_sent": True, "four_hour_reminder_sent": True},
                           status=WindowStatus.WARNED, last=True):
            report.warned += 1


def _quiet_or_paused(user: User, *, now: datetime) -> bool:
    if user.is_paused(now):
        return True
    return user_quiet_until(user, now=now) is not None


def _claim_and_send(window: ConversationWindow, *, now: datetime, flags: dict[str, bool], status: str,
                    last: bool) -> bool:
    # The first flag is this message's own guard; the others are set with it (a warning supersedes the reminder).
    unset = {next(iter(flags)): False}
    with transaction.atomic():
        claimed = ConversationWindow.objects.filter(
            pk=window.pk, last_activity=window.last_activity, **unset
        ).exclude(window_status=WindowStatus.EXPIRED).update(window_status=status, **flags)
        if not claimed:
            return False  # another sweep sent it, or the user wrote in between
        with speaking(window.user.language):
            payload = render_reminder(
                hours_left=policy.hours_left(last_activity=window.last_activity, now=now),
                waiting=jobs_waiting(user_id=window.user_id),
                last=last,
            )
        message_queue(user=window.user, payload=payload, purpose=MessagePurpose.WARNING if last else MessagePurpose.REMINDER)
    return True


def _reengage(*, now: datetime, report: SweepReport) -> None:
    """Once per closed window, an approved template to a user who has jobs waiting. Paid: off by default."""
    due = (
        ConversationWindow.objects.filter(
            alert_eligible(),
            window_status=WindowStatus.EXPIRED, reengagement_sent=False,
            last_activity__lte=now - policy.WINDOW, last_activity__gt=now - policy.WINDOW - REENGAGE_WITHIN,
            user__job_history__status=HistoryStatus.HELD,
        ).distinct().select_related("user").order_by("last_activity")[:SWEEP_BATCH]
    )
    for window in due:
        if _quiet_or_paused(window.user, now=now):
            continue
        with transaction.atomic():
            if not ConversationWindow.objects.filter(pk=window.pk, reengagement_sent=False,
                                                     last_activity=window.last_activity).update(reengagement_sent=True):
                continue
            waiting = jobs_waiting(user_id=window.user_id)
            payload = messages.template(
                settings.WHATSAPP_REENGAGEMENT_TEMPLATE,
                language=settings.WHATSAPP_REENGAGEMENT_TEMPLATE_LANGUAGE,
                body_params=[str(waiting)],
            )
            message_queue(user=window.user, payload=payload, purpose=MessagePurpose.REENGAGEMENT)
        report.reengaged += 1

