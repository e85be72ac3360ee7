"""The small interface every source implements, and the record shape they all produce.

Each source module has a `NAME` (the `source` of its runs and raw rows) and one fetch function —
`fetch_search(spec)` for searches, `fetch_board(*, slug, company, client)` for company boards — returning a `Fetch`: records in python-jobspy's 34-column shape (so one normaliser serves all) and the
errors it met. A failed site inside a source is an error in the Fetch, not an exception; an empty result is fine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any


@dataclass
class Fetch:
    records: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: int = 0


class SourceError(Exception):
    """The whole source failed (bad configuration, board not found): the run is recorded as failed."""


def jsonable(value: Any) -> Any:
    """A value as raw_jobs.payload can store it: dates as ISO text, NaN as None, numpy scalars as Python ones."""
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        value = value.item()
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(jsonable(v)) for v in value)  # JobSpy joins list fields with ", " too
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def record(**fields: Any) -> dict[str, Any]:
    """A JobSpy-shaped record; unknown keys are kept (they are part of the raw payload)."""
    return {name: jsonable(value) for name, value in fields.items() if value not in (None, "", [])}
