"""The new-job chain: enhance → screen → match and deliver. It lives here, the lowest app that may depend on all
three (jobs, screening, matching); jobs starts it through the hook delivery registers (jobs/hooks.py)."""

from __future__ import annotations

from delivery.services import job_deliver
from jobs.services import job_enhance, job_pipeline_done
from screening.services import job_cleared, job_screen


def job_pipeline_run(job_id: int) -> int:
    """Enhance a new job, screen it for scams, then match and deliver it. Returns the number of alerts queued."""
    if job_pipeline_done(job_id=job_id):
        return 0  # a second copy of the task (the sweep restarted a job that was only queued): nothing to do
    job_enhance(job_id=job_id)
    if not job_cleared(screening=job_screen(job_id=job_id)):
        return 0  # blocked, or waiting in the operators' review queue: their approval starts this task again
    return job_deliver(job_id=job_id)
