"""Django-Q2 schedules of the delivery app (created by `manage.py setup_schedules`)."""

from __future__ import annotations

from aremu.schedules import ScheduleSpec

SCHEDULES = [
    # The 20 h / 23 h reminders and 24 h expiry; idempotent, safe from several clusters.
    ScheduleSpec(name="delivery.sweep_windows", func="delivery.tasks.sweep_windows", schedule_type="I", minutes=1,
                 interactive=True),
    # Restarts the pump that drains alerts, digests and retries; it stops itself when nothing is due.
    ScheduleSpec(name="delivery.pump", func="delivery.tasks.pump", schedule_type="I", minutes=1, interactive=True),
    # Sends a killed worker left `sending`: once more, then held (delivery/outbound.py, messages_reconcile).
    ScheduleSpec(name="delivery.reconcile_sends", func="delivery.tasks.reconcile_sends", schedule_type="I",
                 minutes=1, interactive=True),
]
