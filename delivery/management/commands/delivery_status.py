"""`manage.py delivery_status`: windows, held and pending jobs, messages of the last 24 h, the backlog."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from delivery.selectors import delivery_summary


class Command(BaseCommand):
    help = "Show the state of delivery: windows, pending/held jobs, messages of the last 24 hours, the backlog."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", dest="as_json", help="Print JSON instead of text.")

    def handle(self, *args: Any, as_json: bool = False, **options: Any) -> None:
        summary = delivery_summary()
        if as_json:
            self.stdout.write(json.dumps(summary, indent=2, default=str))
            return
        for section, values in summary.items():
            self.stdout.write(self.style.MIGRATE_HEADING(section.replace("_", " ")))
            for key, value in values.items():
                shown = ", ".join(f"{k}: {v}" for k, v in value.items()) if isinstance(value, dict) else value
                self.stdout.write(f"  {key.replace('_', ' ')}: {shown if shown != '' else '-'}")
