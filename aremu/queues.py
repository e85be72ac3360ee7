"""Which Django-Q2 queue a task goes to: interactive work (a seeker is waiting) to its own cluster when one is
configured (`Q_INTERACTIVE_CLUSTER`), everything else to the default cluster. Ground floor: apps import it."""

from __future__ import annotations

from typing import Any

import django_q.tasks  # async_task is looked up at each call: tests stand in for the broker there
from django.conf import settings


def interactive_cluster() -> str | None:
    """The interactive cluster's queue name, or None when one cluster does everything."""
    return settings.Q_INTERACTIVE_CLUSTER or None


def enqueue_interactive(func: str, *args: Any, task_name: str) -> str:
    """Queue work a seeker is waiting on (processing their message, a reply, a send): never behind a scrape."""
    return django_q.tasks.async_task(func, *args, task_name=task_name, cluster=interactive_cluster())
