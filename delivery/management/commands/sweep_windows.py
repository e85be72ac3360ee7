"""`manage.py sweep_windows`: the every-minute window sweep, by hand."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from delivery.windows import windows_sweep


class Command(BaseCommand):
    help = "Send due 20 h reminders and 23 h warnings, expire 24 h-old windows (safe to run any time)."

    def handle(self, *args: Any, **options: Any) -> None:
        report = windows_sweep()
        self.stdout.write(
            f"reminded {report.reminded}, warned {report.warned}, expired {report.expired}, "
            f"re-engaged {report.reengaged}, skipped for quiet hours or pause {report.skipped_quiet}"
        )
