"""`manage.py import_jobs FILE.csv`: import a python-jobspy CSV export, idempotently."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from jobs.importers import FileFormatError, read_jobspy_csv
from jobs.runs import run_record
from jobs.services import records_ingest


class Command(BaseCommand):
    help = "Import jobs from a python-jobspy CSV export into raw_jobs and canonical_jobs (running it twice adds nothing)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", type=Path, help="CSV file(s) in python-jobspy's column format.")
        parser.add_argument("--source", default="csv", help="Source name for rows with no 'site' column value.")

    def handle(self, *args: Any, files: list[Path], source: str, **options: Any) -> None:
        failed = False
        for path in files:
            if not path.is_file():
                raise CommandError(f"{path}: no such file")
            started = timezone.now()
            try:
                report = records_ingest(records=read_jobspy_csv(path), source=source)
            except (FileFormatError, UnicodeDecodeError, csv.Error) as exc:
                raise CommandError(f"{path}: {exc}") from exc
            run_record(source=source, label=str(path), started_at=started, report=report)
            for line, reason in report.errors:
                self.stderr.write(f"{path}:{line}: skipped: {reason}")
            self.stdout.write(
                f"{path}: {report.fetched} rows: {report.new} new, {report.updated} updated, "
                f"{report.duplicate} duplicate, {report.rejected} rejected"
            )
            failed = failed or bool(report.rejected)
        if failed and options.get("verbosity", 1) > 1:
            self.stderr.write("Some rows were rejected; they are kept in raw_jobs with the reason.")
