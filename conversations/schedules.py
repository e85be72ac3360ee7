"""Django-Q2 schedules of the conversations app (created by `manage.py setup_schedules`)."""

from __future__ import annotations

from aremu.schedules import ScheduleSpec

SCHEDULES = [
    # The safety net for inbound messages whose task never ran (broker down at the time, a deploy).
    ScheduleSpec(name="conversations.sweep_inbound", func="conversations.tasks.sweep_inbound",
                 schedule_type="I", minutes=5, interactive=True),
]
