"""Django-Q2 schedules declared in code. Each app lists its own in `<app>/schedules.py` as `SCHEDULES`.

Every `migrate` creates or updates them by name (post_migrate), so every way of deploying has them;
`manage.py setup_schedules` does the same by hand and `manage.py serve` at start. Interactive schedules (window
reminders, the delivery pump, the inbound safety net) run on the interactive cluster when one is configured.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from django.apps import apps
from django_q.models import Schedule

from aremu.queues import interactive_cluster


@dataclass(frozen=True)
class ScheduleSpec:
    name: str
    func: str
    schedule_type: str  # django_q.models.Schedule.MINUTES, HOURLY, DAILY, CRON…
    minutes: int | None = None
    cron: str | None = None
    kwargs: dict[str, Any] = field(default_factory=dict)
    interactive: bool = False  # a seeker is waiting on it: runs on the interactive cluster when there is one


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
                # None: the default cluster's scheduler runs it and queues it there.
                "cluster": interactive_cluster() if spec.interactive else None,
            },
        )
        names.append(spec.name)
    return names


def schedules_sync_after_migrate(sender: Any, **kwargs: Any) -> None:
    """post_migrate receiver: once per migrate (for the django_q app, whose table must exist by then)."""
    if getattr(sender, "name", "") != "django_q":
        return
    schedules_sync()


def cluster_processes() -> list[dict[str, Any]]:
    """The `manage.py qcluster` processes a one-machine deployment runs: one, or interactive + batch."""
    name = interactive_cluster()
    if not name:
        return [{"name": "all work", "env": {}}]
    return [{"name": "interactive", "env": {"Q_CLUSTER_NAME": name}}, {"name": "batch", "env": {}}]
