"""Django-Q2 tasks for jobs: thin wrappers that take ids and call services."""

from __future__ import annotations

from jobs import runs, services


def process_new_job(job_id: int) -> int:
    """Enhance a new job, screen it for scams, then hand it to delivery. Returns the number of alerts queued."""
    from delivery.services import job_deliver
    from screening.services import job_cleared, job_screen

    if services.job_pipeline_done(job_id=job_id):
        return 0  # a second copy of the task (the sweep restarted a job that was only queued): nothing to do
    services.job_enhance(job_id=job_id)
    if not job_cleared(screening=job_screen(job_id=job_id)):
        return 0  # blocked, or waiting in the operators' review queue: their approval starts this task again
    return job_deliver(job_id=job_id)


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
