"""`manage.py demo`: demo seekers + the sample jobs through the whole chain; prints what each would get."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from aremu.demo import SAMPLE_CSV, demo_run
from delivery.models import MessagePurpose, OutboundMessage


class Command(BaseCommand):
    help = "Create demo job seekers, import the sample jobs, run enhance → match → deliver, and show the outbox."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--csv", default=str(SAMPLE_CSV), help="JobSpy CSV to import (default: the sample).")
        parser.add_argument("--show", type=int, default=2, help="Alerts to print per seeker.")

    def handle(self, *args: Any, csv: str, show: int, **options: Any) -> None:
        # One "Enqueued" or "matched" line per job is noise here.
        for name in ("django-q", "delivery.services"):
            logging.getLogger(name).setLevel(logging.WARNING)
        result = demo_run(csv_path=Path(csv))
        r = result.report
        self.stdout.write(
            f"Imported {r.fetched} rows: {r.new} new jobs, {r.duplicate} duplicates, {r.rejected} rejected; "
            f"{result.alerts} alert messages sent to the outbox."
        )
        for line, reason in r.errors:
            self.stdout.write(f"  line {line}: skipped: {reason}")
        for seeker in result.seekers:
            sent = OutboundMessage.objects.filter(user=seeker, purpose=MessagePurpose.ALERT).order_by("created_at")
            self.stdout.write(self.style.MIGRATE_HEADING(f"\n{seeker.name} {seeker.phone_number}: {sent.count()} alert message{'s' if sent.count() != 1 else ''}"))
            for message in sent[:show]:
                self.stdout.write("  " + message.preview.replace("\n", "\n  "))
                self.stdout.write("  ---")
