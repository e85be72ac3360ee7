"""Django-Q2 tasks for delivery: thin wrappers that take ids and call services."""

from __future__ import annotations

import logging
import time
import uuid

from django.conf import settings
from django.utils import timezone

from delivery import lease, outbound, services, windows

logger = logging.getLogger(__name__)

PUMP_LEASE = lease.PUMP


def send_message(message_id: int) -> int:
    """Send this message when its turn in the seeker's line has come, and the ones queued behind it."""
    return outbound.messages_send_in_order(message_id=message_id)


def deliver_job(job_id: int) -> int:
    return services.job_deliver(job_id=job_id)


def sweep_windows() -> str:
    return str(windows.windows_sweep())


def reconcile_sends() -> tuple[int, int]:
    """Scheduled: messages a dead worker left `sending` are sent once more, then given up (jobs held)."""
    return outbound.messages_reconcile()


def pump(seconds: int | None = None) -> int:
    """Drain due alerts and messages for up to DELIVERY_PUMP_SECONDS, one tick a second at most.

    One pump runs at a time (a lease in the database, renewed while it works, so it holds across processes
    without Redis and lapses within seconds when its worker is killed); a kick while one runs is a no-op because
    the running pump sees new rows at its next tick. The every-minute schedule restarts it.
    """
    seconds = settings.DELIVERY_PUMP_SECONDS if seconds is None else seconds
    token = uuid.uuid4().hex
    if not lease.lease_take(name=PUMP_LEASE, holder=token):
        return 0
    deadline = time.monotonic() + seconds
    renewed = time.monotonic()
    dispatched, behind = 0, False
    try:
        while True:
            started = time.monotonic()
            if started - renewed >= lease.RENEW_SECONDS:
                if not lease.lease_take(name=PUMP_LEASE, holder=token):
                    break  # it lapsed (this worker was stalled) and another pump has it now
                renewed = started
            report = services.pump_tick()
            dispatched += report.messages_dispatched
            if report.next_due is None:
                break
            wait = max((report.next_due - timezone.now()).total_seconds(), 0.0)
            wait = max(wait, 1.0 - (time.monotonic() - started))  # at most one tick (one rate budget) a second
            if time.monotonic() + wait >= deadline:
                behind = wait < 60  # work is due soon: hand over now rather than at the next schedule run
                break
            time.sleep(min(wait, lease.RENEW_SECONDS))
    finally:
        lease.lease_release(name=PUMP_LEASE, holder=token)
    if behind and seconds > 0:
        outbound.pump_kick()
    return dispatched
