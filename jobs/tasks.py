"""Django-Q2 tasks for jobs: thin wrappers that take ids and call services."""

from __future__ import annotations

from jobs import services


def process_new_job(job_id: int) -> int:
    """Enhance a new job, then hand it to delivery. Returns the number of alerts queued."""
    from delivery.services import job_deliver

    services.job_enhance(job_id=job_id)
    return job_deliver(job_id=job_id)
