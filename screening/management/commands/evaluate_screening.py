"""`manage.py evaluate_screening`: how the offline rules do on the labelled scams and the real exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from screening.evaluation import evaluate, format_report

DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "realdata"


class Command(BaseCommand):
    help = ("Screen the labelled postings (screening/evaluation/: scams we wrote, real export rows by key) with the "
            "offline rules and print, per split, recall and precision of held jobs (review or blocked) for scams "
            "and the share of real jobs held. Nothing is written to the database; no OpenAI call is made.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                            help=f"Folder of the real exports (default: {DEFAULT_DATA}); without it, scams only.")

    def handle(self, *args: Any, data: Path, **options: Any) -> None:
        found = data.is_dir() and any(data.glob("*.csv"))
        if not found:
            self.stderr.write(f"{data}: no real exports there; only the scam postings are screened "
                              "(pass --data with the folder of real python-jobspy exports)")
        report = evaluate(data if found else None)
        self.stdout.write(format_report(report, verbose=options.get("verbosity", 1) > 1))
