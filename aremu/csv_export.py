"""CSV downloads from the admin, streamed: an export of 100,000 seekers starts at once and never sits in memory."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from django.utils import timezone

CHUNK = 2000
# A cell starting with one of these is a formula to Excel and LibreOffice: a job title from a scraped board or a
# seeker's name must not run as one on an operator's machine (CSV injection), so it is quoted with a leading '.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class _Echo:
    def write(self, value: str) -> str:
        return value


def _safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _lines(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow([_safe(value) for value in row])


def csv_stream(*, name: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> StreamingHttpResponse:
    filename = f"aremu-{name}-{timezone.now():%Y%m%d-%H%M}.csv"
    response = StreamingHttpResponse(_lines(header, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def queryset_rows(queryset: QuerySet, columns: Sequence[tuple[str, Callable[[Any], Any]]]) -> Iterator[list[Any]]:
    """Each row's cells, reading the queryset in chunks (no whole-table cache)."""
    for obj in queryset.iterator(chunk_size=CHUNK):
        yield [value(obj) for _, value in columns]
