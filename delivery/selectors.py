"""Reads for operators: the state of delivery in numbers (`manage.py delivery_status`, `/health/`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count
from django.utils import timezone

from delivery import policy
from delivery.models import ConversationWindow, HistoryStatus, MessageStatus, OutboundMessage, UserJobHistory

# Due messages older than this mean no pump is running (the schedule restarts one every minute).
BACKLOG_ALARM = timedelta(minutes=10)


def delivery_summary(*, now: datetime | None = None) -> dict[str, dict[str, Any]]:
    now = now or timezone.now()
    day_ago = now - timedelta(hours=24)
    windows = dict(ConversationWindow.objects.values_list("window_status").annotate(n=Count("pk")))
    open_now = ConversationWindow.objects.filter(
        last_activity__gt=now - policy.WINDOW + policy.SAFETY_MARGIN).exclude(window_status="expired").count()
    history = dict(UserJobHistory.objects.values_list("status").annotate(n=Count("pk")))
    sent_24h = dict(
        UserJobHistory.objects.filter(message_sent=True, shown_at__gte=day_ago)
        .values_list("delivery_type").annotate(n=Count("pk"))
    )
    outbound = dict(
        OutboundMessage.objects.filter(created_at__gte=day_ago).values_list("status").annotate(n=Count("pk"))
    )
    by_purpose = dict(
        OutboundMessage.objects.filter(created_at__gte=day_ago, status__in=["sent", "delivered", "read"])
        .values_list("purpose").annotate(n=Count("pk"))
    )
    errors = dict(
        OutboundMessage.objects.filter(created_at__gte=day_ago, status=MessageStatus.FAILED)
        .values_list("error_code").annotate(n=Count("pk")).order_by("-n")[:10]
    )
    return {
        "windows": {**windows, "open_now": open_now},
        "jobs": {"pending": history.get(HistoryStatus.PENDING, 0), "held": history.get(HistoryStatus.HELD, 0),
                 "sent_24h": sent_24h},
        "messages_24h": {"by_status": outbound, "sent_by_purpose": by_purpose,
                         "paid_templates": OutboundMessage.objects.filter(
                             created_at__gte=day_ago, kind="template", status__in=["sent", "delivered", "read"]).count(),
                         "failed_by_code": errors},
        "backlog": backlog(now=now),
    }


def backlog(*, now: datetime | None = None) -> dict[str, int]:
    now = now or timezone.now()
    queued = OutboundMessage.objects.filter(status=MessageStatus.QUEUED)
    oldest = queued.filter(next_attempt_at__lte=now).order_by("next_attempt_at").values_list(
        "next_attempt_at", flat=True).first()
    pending = UserJobHistory.objects.filter(status=HistoryStatus.PENDING, next_attempt_at__lte=now).order_by(
        "next_attempt_at").values_list("next_attempt_at", flat=True).first()
    late = max(((now - t).total_seconds() for t in (oldest, pending) if t is not None), default=0.0)
    return {"queued_messages": queued.count(), "oldest_due_seconds": round(late)}


def health() -> dict[str, int]:
    """`/health/`: fails when due alerts or messages have waited so long that no pump can be running."""
    info = backlog()
    if info["oldest_due_seconds"] > BACKLOG_ALARM.total_seconds():
        raise RuntimeError(f"delivery is {info['oldest_due_seconds']} s behind: is a Django-Q2 cluster running "
                           f"with the delivery.pump schedule? ({info['queued_messages']} messages queued)")
    return info
