"""Reading job files: python-jobspy's CSV export (34 columns), with line numbers for error reports."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

JOBSPY_COLUMNS = (
    "id", "site", "job_url", "job_url_direct", "title", "company", "location", "date_posted", "job_type",
    "salary_source", "interval", "min_amount", "max_amount", "currency", "is_remote", "job_level",
    "job_function", "listing_type", "emails", "description", "company_industry", "company_url",
    "company_logo", "company_url_direct", "company_addresses", "company_num_employees", "company_revenue",
    "company_description", "skills", "experience_range", "company_rating", "company_reviews_count",
    "vacancy_count", "work_from_home_type",
)
REQUIRED_COLUMNS = {"title", "job_url"}


class FileFormatError(ValueError):
    """The file as a whole cannot be read (missing columns, not a CSV)."""


def read_jobspy_csv(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, record) for each data row; the header is line 1."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = REQUIRED_COLUMNS - set(reader.fieldnames or ())
        if missing:
            raise FileFormatError(f"{path.name}: missing column(s) {', '.join(sorted(missing))}")
        last_line = reader.line_num
        for row in reader:
            # A record starts on the line after the previous one ended: descriptions may span lines.
            yield last_line + 1, {k: v for k, v in row.items() if k is not None}
            last_line = reader.line_num
