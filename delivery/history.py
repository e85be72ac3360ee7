"""Writes on history rows: an operator sends a job again or holds it back (both go through the normal rules), and
a seeker says "not for me".

A resent row becomes PENDING again and the pump's `user_flush` decides as for any match: skipped for a stopped or
blocked seeker, held while paused or outside the window, deferred in quiet hours. Nothing is sent from here.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from delivery.models import DeliveryType, HistoryStatus, UserJobHistory
from delivery.outbound import pump_kick
from matching.services import feedback_not_for_me


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


def history_not_for_me(*, user: User, job_id: int) -> None:
    """The seeker said "not for me" on an alert: mark its history row, then matching remembers the job (similar
    titles and the same company score a little lower for them)."""
    UserJobHistory.objects.filter(user=user, job_id=job_id).update(feedback="not_for_me")
    feedback_not_for_me(user=user, job_id=job_id)
