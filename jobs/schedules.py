"""Schedules of the jobs app (sources, retention, enhancement); `manage.py setup_schedules` creates them."""

from django.conf import settings

from aremu.schedules import ScheduleSpec
from jobs.enhancement.schedules import SCHEDULES as ENHANCEMENT_SCHEDULES

SCHEDULES = [
    # Each search and board has its own interval; this tick only looks for the ones that are due.
    ScheduleSpec(name="jobs: run due sources", func="jobs.tasks.run_due_sources", schedule_type="I",
                 minutes=settings.SOURCES_TICK_MINUTES),
    ScheduleSpec(name="jobs: archive stale jobs", func="jobs.tasks.archive_stale_jobs", schedule_type="D"),
    # The safety net for new jobs whose enhance → match → deliver task was lost (killed worker, broker down).
    ScheduleSpec(name="jobs: restart stalled pipelines", func="jobs.tasks.sweep_pipeline", schedule_type="I",
                 minutes=2),
    *ENHANCEMENT_SCHEDULES,
]
