"""Django-Q2 schedules of the console (created by every `migrate` and `manage.py setup_schedules`)."""

from __future__ import annotations

from aremu.schedules import ScheduleSpec

SCHEDULES = [
    # Operator alerts: cheap counts every minute; each condition mails at most once an hour (console/alerts.py).
    # On the interactive cluster when there is one, so a long scrape on the batch cluster never delays an alert
    # about that very backlog.
    ScheduleSpec(name="console.check_alerts", func="console.tasks.check_alerts", schedule_type="I", minutes=1,
                 interactive=True),
]
