"""Reading job files: python-jobspy's CSV export, with line numbers for error reports.

JobSpy's documented export is `to_csv(quoting=csv.QUOTE_NONNUMERIC, escapechar="\\")`: the markdown escapes in its
descriptions (`\\-`, `\\*`) arrive doubled. Read without the escape character, "N120,000 \\- 150,000" keeps its
backslash and every parser after it misreads the text, so the file's own style is detected and honoured.
Two shapes are in the wild: the current 34 columns, and an older 26 without `id` (the URL then identifies a row).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator, Sequence
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
REQUIRED_COLUMNS = ("title", "job_url")
# Without these a file may hold jobs, but it is not a JobSpy export: nothing would say where or what they pay.
EXPECTED_COLUMNS = ("site", "company", "location", "description")
SNIFF_BYTES = 1 << 20

# A JobSpy description can exceed the csv module's default 128 kB field limit.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class FileFormatError(ValueError):
    """The file as a whole cannot be read (missing columns, not a CSV)."""


def read_jobspy_csv(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, record) for each data row; the header is line 1."""
    escapechar = "\\" if _uses_backslash_escapes(path) else None
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle, escapechar=escapechar)
        check_columns(path.name, reader.fieldnames or ())
        last_line = reader.line_num
        for row in reader:
            # A record starts on the line after the previous one ended: descriptions may span lines.
            yield last_line + 1, {k: v for k, v in row.items() if k is not None}
            last_line = reader.line_num


def check_columns(name: str, columns: Sequence[str]) -> None:
    """One clear error naming what is missing when a CSV is not a python-jobspy export."""
    present = {column.strip() for column in columns if column}
    missing = [column for column in (*REQUIRED_COLUMNS, *EXPECTED_COLUMNS) if column not in present]
    if not missing:
        return
    found = ", ".join(sorted(present)[:12]) or "none"
    raise FileFormatError(
        f"{name} is not a python-jobspy export: missing column(s) {', '.join(missing)} (found: {found}). "
        f"Export with jobspy's scrape_jobs(...).to_csv(...), whose columns include {', '.join(JOBSPY_COLUMNS[:8])}…"
    )


def _uses_backslash_escapes(path: Path) -> bool:
    """JobSpy's writer doubles every backslash; a file with none doubled was written without an escape character."""
    with path.open("rb") as handle:
        return b"\\\\" in handle.read(SNIFF_BYTES)
