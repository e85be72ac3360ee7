"""Large imports: parse the next batches while this one is written.

Normalisation is pure Python, most of an import's CPU. Where this process may fork, worker processes
(`INGEST_WORKERS`, one per core but this one by default) parse the batches ahead and this thread only reads,
decides and writes. Where it may not (see `jobs.normalize.pool.start_pool`), or with `INGEST_WORKERS=0`, this
thread parses the next batch while a writer thread stores the current one, which overlaps the database's work
(or SQLite's C code, which releases the GIL) with the parsing.

Either way the writer has a transaction per batch, so this is only done outside the caller's transaction; a row
the parser read as missing but the writer has since inserted makes the writer's batch fail on a unique
constraint, and the retry re-reads it.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from django.conf import settings
from django.db import connection, transaction

from jobs.bulk import planner_statistics_refresh, table_rows_estimate
from jobs.ingest.batch import BATCH_SIZE, BatchItem, IngestReport, Prepared, batch_ingest, read_ahead
from jobs.models import CanonicalJob, JobKey, RawJob
from jobs.normalize import NormalizedJob
from jobs.normalize.pool import default_workers, normalise_many, normalise_safely, start_pool

logger = logging.getLogger(__name__)

Batch = list[tuple[int, dict[str, Any]]]
Parsed = list[tuple[NormalizedJob | None, str]]  # what the parser made of each record: the job, or why not


def can_overlap(*, big: bool) -> bool:
    return big and settings.INGEST_OVERLAP and not transaction.get_connection().in_atomic_block


def ingest_overlapped(
    batches: Iterable[Batch],
    *,
    source: str,
    start_pipeline: Callable[[int], object] | None,
    progress: Callable[[int], None] | None,
) -> IngestReport:
    workers = default_workers() if settings.INGEST_WORKERS is None else settings.INGEST_WORKERS
    pool = start_pool(workers)
    if pool is None:
        return _with_writer_thread(batches, source=source, start_pipeline=start_pipeline, progress=progress)
    with pool:
        return _with_parser_processes(batches, pool, depth=workers + 1, source=source, start_pipeline=start_pipeline,
                                      progress=progress)


class _PlannerStatistics:
    """Re-ANALYZE the ingest's tables each time this import has doubled them, so each batch's lookups keep using
    the indexes (PostgreSQL; autovacuum would catch up only after the import)."""

    minimum = BATCH_SIZE  # below this, a table is scanned quickly whatever the plan

    def __init__(self) -> None:
        self.rows = table_rows_estimate(RawJob)
        self.added = 0

    def grew(self, records: int) -> None:
        self.added += records
        if self.added >= max(self.rows, self.minimum):
            planner_statistics_refresh({RawJob: ["source", "source_job_id"], JobKey: ["key"],
                                        CanonicalJob: ["fingerprint", "dedupe_block", "status"]})
            self.rows, self.added = self.rows + self.added, 0


def _with_parser_processes(
    batches: Iterable[Batch],
    pool: Executor,
    *,
    depth: int,
    source: str,
    start_pipeline: Callable[[int], object] | None,
    progress: Callable[[int], None] | None,
) -> IngestReport:
    """Up to `depth` batches are parsing in the pool while this thread writes the oldest."""
    report, statistics = IngestReport(), _PlannerStatistics()
    ahead: deque[tuple[Batch, Prepared, list[BatchItem], Future[Parsed] | None]] = deque()

    def write_oldest() -> None:
        batch, prepared, todo, future = ahead.popleft()
        for item, (job, error) in zip(todo, _parsed(future, todo), strict=True):
            item.take_parsed(job, error)
        report.add(batch_ingest(batch, source=source, start_pipeline=start_pipeline, parsed=prepared))
        statistics.grew(len(batch))
        if progress:
            progress(len(batch))

    for batch in batches:
        prepared = read_ahead(batch, source=source)
        todo = [item for item in prepared.items if item.new_or_changed]
        ahead.append((batch, prepared, todo, _submit(pool, todo)))
        if len(ahead) > depth:
            write_oldest()
    while ahead:
        write_oldest()
    return report


def _submit(pool: Executor, todo: list[BatchItem]) -> Future[Parsed] | None:
    try:
        return pool.submit(normalise_many, [(item.record, item.source) for item in todo])
    except BrokenProcessPool:
        return None  # a worker died earlier: this thread parses the rest


def _parsed(future: Future[Parsed] | None, todo: list[BatchItem]) -> Parsed:
    if future is not None:
        try:
            return future.result()
        except BrokenProcessPool:
            logger.warning("a parsing process stopped (killed?); this import parses the rest itself")
        except Exception:  # normalise_many answers for every record: this is the transport (a record pickle refused)
            logger.warning("a batch could not be parsed in a worker process; parsing it here", exc_info=True)
    return normalise_many([(item.record, item.source) for item in todo])


def _with_writer_thread(
    batches: Iterable[Batch],
    *,
    source: str,
    start_pipeline: Callable[[int], object] | None,
    progress: Callable[[int], None] | None,
) -> IngestReport:
    report, statistics = IngestReport(), _PlannerStatistics()

    def written(future: Future[IngestReport], size: int) -> None:
        report.add(future.result())
        statistics.grew(size)
        if progress:
            progress(size)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-writer") as writer:
        pending: list[tuple[Future[IngestReport], int]] = []
        for batch in batches:
            parsed = read_ahead(batch, source=source)
            for item in parsed.items:
                if item.new_or_changed:
                    item.take_parsed(*normalise_safely(item.record, source=item.source))
            for future, size in pending:
                written(future, size)
            pending = [(writer.submit(_write_in_thread, batch, source, start_pipeline, parsed), len(batch))]
        for future, size in pending:
            written(future, size)
    return report


def _write_in_thread(
    batch: Batch,
    source: str,
    start_pipeline: Callable[[int], object] | None,
    parsed: Prepared,
) -> IngestReport:
    try:
        return batch_ingest(batch, source=source, start_pipeline=start_pipeline, parsed=parsed)
    finally:
        connection.close()  # this thread's own connection
