"""Operator actions on history rows: send a job again, or hold it back. Both go through the normal rules.

A resent row becomes PENDING again and the pump's `user_flush` decides as for any match: skipped for a stopped or
blocked seeker, held while paused or outside the window, deferred in quiet hours. Nothing is sent from here.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from delivery.models import DeliveryType, HistoryStatus, UserJobHistory
from delivery.outbound import pump_kick


def history_resend(*, history_ids: Iterable[int]) -> int:
    """Queue the jobs of these rows for their seekers again. Returns rows queued (pending ones are left alone)."""
    now = timezone.now()
    count = UserJobHistory.objects.filter(pk__in=list(history_ids)).exclude(status=HistoryStatus.PENDING).update(
        status=HistoryStatus.PENDING, delivery_type=DeliveryType.INSTANT, message_sent=False, shown_at=None,
        outbound_message=None, next_attempt_at=now, attempts=0, updated_at=now,
    )
    if count:
        transaction.on_commit(pump_kick)
    return count


def history_hold(*, history_ids: Iterable[int]) -> int:
    """Keep these waiting jobs from going out now: held, the seeker still sees them in the digest or with "jobs"."""
    return UserJobHistory.objects.filter(pk__in=list(history_ids), status=HistoryStatus.PENDING).update(
        status=HistoryStatus.HELD, delivery_type=DeliveryType.DIGEST, next_attempt_at=None,
        updated_at=timezone.now(),
    )
