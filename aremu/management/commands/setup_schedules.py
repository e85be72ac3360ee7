"""`manage.py setup_schedules`: create or update the Django-Q2 schedules the apps declare (idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from aremu.schedules import schedules_sync


class Command(BaseCommand):
    help = "Create or update every Django-Q2 schedule declared in <app>/schedules.py."

    def handle(self, *args: Any, **options: Any) -> None:
        names = schedules_sync()
        self.stdout.write(f"{len(names)} schedules up to date: {', '.join(names) or '(none declared)'}")
