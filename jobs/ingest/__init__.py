"""The bulk raw → canonical ingest: batches of records (see `batch`), parsed ahead on large imports (`overlap`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import Any

from jobs.ingest.batch import BATCH_SIZE, IngestReport, batch_ingest, content_hash
from jobs.ingest.overlap import can_overlap, ingest_overlapped

__all__ = ["IngestReport", "content_hash", "ingest"]


def _batches(records: Iterable[tuple[int, dict[str, Any]]], size: int) -> Iterator[list[tuple[int, dict[str, Any]]]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


def ingest(
    *,
    records: Iterable[tuple[int, dict[str, Any]]],
    source: str,
    start_pipeline: Callable[[int], object] | None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    report = IngestReport()
    batches = _batches(records, batch_size)
    first = next(batches, None)
    if first is None:
        return report
    batches = chain([first], batches)
    if can_overlap(big=len(first) == batch_size):
        return ingest_overlapped(batches, source=source, start_pipeline=start_pipeline, progress=progress)
    for batch in batches:
        report.add(batch_ingest(batch, source=source, start_pipeline=start_pipeline))
        if progress:
            progress(len(batch))
    return report


