"""What the apps above jobs plug in, so jobs starts their work without importing them (issue 17: each app
depends only downward). Each upper app registers in its AppConfig.ready, as the health registry does.

- the new-job pipeline: `jobs.tasks.process_new_job` (the task name already in the queue) runs whatever
  delivery registered (enhance → screen → match → deliver, in `delivery/pipeline.py`);
- jobs in use: the purge never deletes a job any registered query names (a user's history points at it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ImproperlyConfigured

PipelineRunner = Callable[[int], int]
JobsInUse = Callable[[], Any]  # -> a QuerySet of job ids, used in `pk__in`

_pipeline: list[PipelineRunner] = []
_in_use: dict[str, JobsInUse] = {}


def pipeline_register(runner: PipelineRunner) -> None:
    _pipeline[:] = [runner]  # one chain; registering again (a reloaded app) replaces it


def pipeline_run(*, job_id: int) -> int:
    if not _pipeline:
        raise ImproperlyConfigured("no app registered the new-job pipeline (delivery does, in its AppConfig.ready)")
    return _pipeline[0](job_id)


def in_use_register(name: str, query: JobsInUse) -> None:
    _in_use[name] = query


def in_use_queries() -> list[Any]:
    return [query() for query in _in_use.values()]
