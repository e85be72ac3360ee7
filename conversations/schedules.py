"""Django-Q2 schedules of the conversations app (created by `manage.py setup_schedules`)."""

from __future__ import annotations

from aremu.schedules import ScheduleSpec

SCHEDULES = [
    # The safety net for inbound messages whose task never ran (broker down at the time, a deploy) or whose worker
    # was killed mid-way. Every minute: a seeker left unanswered after a crash waited up to 8 minutes with 5.
    ScheduleSpec(name="conversations.sweep_inbound", func="conversations.tasks.sweep_inbound",
                 schedule_type="I", minutes=1, interactive=True),
]
