"""Normalising records in worker processes, for large imports.

Normalisation is pure Python and most of an import's CPU: in one process it holds the GIL that the database
writer needs too. Worker processes parse the next batches on the other cores while the importing process writes.

Workers run only `jobs.normalize`, which touches no model, setting or connection.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from jobs.normalize.fields import RecordError
from jobs.normalize.record import NormalizedJob, normalize_record

logger = logging.getLogger(__name__)


def normalise_safely(record: dict[str, Any], *, source: str) -> tuple[NormalizedJob | None, str]:
    """(job, "") or (None, why the record cannot become a job). Never raises for one bad record."""
    try:
        return normalize_record(record, source=source), ""
    except RecordError as exc:
        return None, str(exc)
    except Exception as exc:  # a parser bug must not lose the record or the rest of the batch
        logger.exception("normalising a %s record failed", source)
        return None, f"could not be read ({type(exc).__name__}: {exc})"


def normalise_many(records: list[tuple[dict[str, Any], str]]) -> list[tuple[NormalizedJob | None, str]]:
    """What a worker runs: one batch's records (with each one's source), in order."""
    return [normalise_safely(record, source=source) for record, source in records]


def start_pool(workers: int) -> ProcessPoolExecutor | None:
    """A pool of `workers` processes, or None where processes cannot be started here.

    Forked, not spawned: a spawned child re-runs the caller's main script, which a script without a
    `__main__` guard would turn into a second import. A forked child is already set up; it never touches the
    database connections it inherits and leaves through `os._exit`, which does not close them under the parent.
    The pool forks all its workers at the first submit, before it starts its own thread; a process already
    running other threads (a threaded web worker, a progress bar's monitor) is not forked, since a lock one of
    them held would stay locked in the child. A Django-Q2 worker is a daemonic process, which may not have
    children. Both parse on a thread instead.
    """
    if (workers < 1 or multiprocessing.current_process().daemon or threading.active_count() > 1
            or "fork" not in multiprocessing.get_all_start_methods()):
        return None
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))


def default_workers() -> int:
    """One per core but the importing process's own (which writes, and on one machine shares with the database)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, cores - 1)
