"""`manage.py serve`: the main job — the web server and a Django-Q2 cluster side by side.

In production run them as separate services (a WSGI server, and one or more `qcluster`s);
this command is the one-machine, one-command way.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Run the web server and a Django-Q2 cluster (scraping, enhancement, matching, delivery, reminders)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument("--no-cluster", action="store_true", help="Only the web server.")

    def handle(self, *args: Any, addrport: str, no_cluster: bool, **options: Any) -> None:
        from aremu.schedules import schedules_sync

        schedules_sync()
        manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
        children = [subprocess.Popen([*manage, "runserver", "--noreload", addrport])]
        if not no_cluster:
            children.append(subprocess.Popen([*manage, "qcluster"]))
        self.stdout.write(f"Aremu is up: http://{addrport}/admin/  http://{addrport}/health/  (Ctrl-C stops)")
        stopping = False

        def stop(signum: int, frame: Any) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        while not stopping and all(child.poll() is None for child in children):
            time.sleep(0.5)
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)  # qcluster stops cleanly on SIGTERM to its main pid
        for child in children:
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                child.kill()
