"""Enhancement schedules (collected by jobs/schedules.py, created by `manage.py setup_schedules`)."""

from __future__ import annotations

from django.conf import settings

from aremu.schedules import ScheduleSpec

SCHEDULES = [
    ScheduleSpec(
        name="enhancement-retry",
        func="jobs.enhancement.tasks.reenhance_pending",
        schedule_type="I",  # Schedule.MINUTES (importing django_q models here would need the app registry)
        minutes=settings.ENHANCEMENT_RETRY_MINUTES,
    ),
]
