"""`manage.py qcluster`: Django-Q2's own command, with its sentinel and workers bound to the main process, so a
cluster killed hard leaves nothing running (see aremu/processes.py)."""

from __future__ import annotations

from typing import Any

from django_q.management.commands.qcluster import Command as DjangoQCommand

from aremu.processes import bind_cluster_to_main_process


class Command(DjangoQCommand):
    def handle(self, *args: Any, **options: Any) -> None:
        bind_cluster_to_main_process()
        super().handle(*args, **options)
