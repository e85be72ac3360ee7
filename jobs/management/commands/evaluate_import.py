"""`manage.py evaluate_import --data DIR`: per-field accuracy of the importer on hand-labelled real exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from jobs.evaluation import evaluate, format_report

DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "realdata"


class Command(BaseCommand):
    help = ("Read real python-jobspy exports and report how often each stored field (pay, currency, country, city, "
            "arrangement, minimum years; function, industry, skills) matches the hand labels in "
            "jobs/evaluation/realdata_labels.jsonl. Nothing is written to the database.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                            help=f"Folder holding the labelled CSV exports (default: {DEFAULT_DATA}).")

    def handle(self, *args: Any, data: Path, **options: Any) -> None:
        if not data.is_dir() or not any(data.glob("*.csv")):
            raise CommandError(f"{data}: no CSV exports there; pass --data with the folder of labelled exports")
        report = evaluate(data)
        self.stdout.write(format_report(report, verbose=options.get("verbosity", 1) > 1))
