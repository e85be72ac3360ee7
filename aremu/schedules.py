"""Django-Q2 schedules declared in code. Each app lists its own in `<app>/schedules.py` as `SCHEDULES`.

`manage.py setup_schedules` creates or updates them by name (idempotent); `manage.py serve` runs it at start.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from django.apps import apps


@dataclass(frozen=True)
class ScheduleSpec:
    name: str
    func: str
    schedule_type: str  # django_q.models.Schedule.MINUTES, HOURLY, DAILY, CRON…
    minutes: int | None = None
    cron: str | None = None
    kwargs: dict[str, Any] = field(default_factory=dict)


def declared() -> list[ScheduleSpec]:
    specs: list[ScheduleSpec] = []
    for config in apps.get_app_configs():
        try:
            module = import_module(f"{config.name}.schedules")
        except ModuleNotFoundError:
            continue
        specs.extend(getattr(module, "SCHEDULES", []))
    return specs


def schedules_sync() -> list[str]:
    """Create or update every declared schedule; returns their names."""
    from django_q.models import Schedule

    names = []
    for spec in declared():
        Schedule.objects.update_or_create(
            name=spec.name,
            defaults={
                "func": spec.func,
                "schedule_type": spec.schedule_type,
                "minutes": spec.minutes,
                "cron": spec.cron,
                "kwargs": repr(spec.kwargs) if spec.kwargs else "",
                "repeats": -1,
            },
        )
        names.append(spec.name)
    return names
