"""Django-Q2 tasks for jobs: thin wrappers that take ids and call services."""

from __future__ import annotations

from jobs import hooks, runs, services


def process_new_job(job_id: int) -> int:
    """The new-job chain, by the task name already queued and used by the sweep and screening approvals.

    The chain itself (enhance → screen → match → deliver) is delivery's, registered as a hook, so jobs never
    imports the apps above it. Returns the number of alerts queued.
    """
    return hooks.pipeline_run(job_id=job_id)


def sweep_pipeline() -> int:
    """Scheduled: start the chain again for new jobs it never finished (lost task, broker down)."""
    return services.jobs_pipeline_sweep()


def run_due_sources() -> int:
    """Scheduled: enqueue every search and board whose interval has passed (claimed, so never twice)."""
    return runs.sources_enqueue_due()


def run_search(search_id: int) -> list[int]:
    return [run.pk for run in runs.search_run(search_id=search_id)]


def run_board(board_id: int) -> int:
    return runs.board_run(board_id=board_id).pk


def archive_stale_jobs() -> tuple[int, int]:
    return services.jobs_archive_stale()
