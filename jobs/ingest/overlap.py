"""Parsing the next batch while the database writes this one.

On a large import the database (or SQLite's C code, which releases the GIL) works while this thread parses the
next batch. The writer thread has its own connection and a transaction per batch, so this is only done outside
the caller's transaction; a row the parser read as missing but the writer has since inserted makes the writer's
batch fail on a unique constraint, and the retry re-reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from django.conf import settings
from django.db import connection, transaction

from jobs.ingest.batch import (
    IngestReport,
    Prepared,
    _attach_existing,
    _ingest_batch_with_retry,
    _normalise,
    _prepare,
)
from jobs.models import RawJobStatus


def can_overlap(*, big: bool) -> bool:
    return big and settings.INGEST_OVERLAP and not transaction.get_connection().in_atomic_block


def ingest_overlapped(
    batches: Iterable[list[tuple[int, dict[str, Any]]]],
    *,
    source: str,
    start_pipeline: Callable[[int], None] | None,
    progress: Callable[[int], None] | None,
) -> IngestReport:
    report = IngestReport()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-writer") as writer:
        pending: list[tuple[Future[IngestReport], int]] = []
        for batch in batches:
            parsed = _parse_ahead(batch, source=source)
            for future, size in pending:
                report.add(future.result())
                if progress:
                    progress(size)
            pending = [(writer.submit(_write_in_thread, batch, source, start_pipeline, parsed), len(batch))]
        for future, size in pending:
            report.add(future.result())
            if progress:
                progress(size)
    return report


def _parse_ahead(batch: list[tuple[int, dict[str, Any]]], *, source: str) -> Prepared:
    """The batch's items, with every record that looks new or changed already parsed."""
    counts = IngestReport()
    items = _prepare(batch, source=source, report=counts)
    _attach_existing(items)
    for item in items:
        if item.existing is None or item.existing[1] != item.content_hash or item.existing[2] == RawJobStatus.NEW:
            _normalise(item)
            item.parsed = True
    return Prepared(items, counts.duplicate)


def _write_in_thread(
    batch: list[tuple[int, dict[str, Any]]],
    source: str,
    start_pipeline: Callable[[int], None] | None,
    parsed: Prepared,
) -> IngestReport:
    try:
        return _ingest_batch_with_retry(batch, source=source, start_pipeline=start_pipeline, parsed=parsed)
    finally:
        connection.close()  # this thread's own connection


