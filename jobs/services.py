"""Job services: raw records in, canonical jobs out, and the chain each new job starts."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

import django_q.tasks  # async_task is looked up at each call: tests stand in for the broker there
from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from jobs import hooks
from jobs.enhancement.services import job_enhance as enhance
from jobs.ingest import IngestReport, ingest
from jobs.models import CanonicalJob, JobStatus
from jobs.selectors import open_q

logger = logging.getLogger(__name__)

__all__ = ["IngestReport", "job_enhance", "job_pipeline_start", "jobs_archive_stale", "records_ingest"]


def records_ingest(
    *,
    records: Iterable[tuple[int, dict[str, Any]]],
    source: str,
    start_pipeline: bool = True,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Store each (line, record) as a raw job and link it to a canonical job, in bulk batches. Idempotent.

    Copies (re-scrapes, other boards, URL variants, near-identical titles) link to the job we already have, so
    de-duplication happens before anyone is alerted. Each new canonical job starts the enhance → match → deliver
    chain after commit, unless the caller runs the chain itself (`start_pipeline=False`, as the demo does).
    """
    return ingest(
        records=records,
        source=source,
        start_pipeline=(lambda job_id: job_pipeline_start(job_id=job_id)) if start_pipeline else None,
        progress=progress,
    )


def job_pipeline_start(*, job_id: int) -> bool:
    """A new canonical job: enhance, then match and deliver, in the task queue (by id, after commit).

    The job is saved whatever happens here: with the broker down (Redis restarting), the pipeline sweep starts
    it once the queue is back. Returns whether the task was queued.
    """
    try:
        django_q.tasks.async_task("jobs.tasks.process_new_job", job_id, task_name=f"new-job-{job_id}")
    except Exception as exc:  # noqa: BLE001 - each broker client raises its own errors; the job must stay saved
        logger.warning("job %s is saved but the task queue is unreachable (%s); the pipeline sweep will start it "
                       "within %s minutes of the queue coming back", job_id, exc, settings.PIPELINE_RETRY_MINUTES)
        return False
    return True


def job_pipeline_done(*, job_id: int) -> bool:
    return CanonicalJob.objects.filter(pk=job_id, matched_at__isnull=False).exists()


def jobs_pipeline_sweep(*, now: datetime | None = None, limit: int = 500) -> int:
    """Start the chain again for active jobs it never finished (a task lost with a killed worker or a broker
    that was down): unmatched after PIPELINE_RETRY_MINUTES, and not restarted within PIPELINE_LEASE_MINUTES.

    Each restart is claimed by a conditional UPDATE of pipeline_started_at, so two sweeps never both restart a
    job; the chain itself is idempotent (one history row per user and job), so a restart never alerts twice. A job
    only waiting in a long queue may be queued twice: its second run sees it matched and does nothing.
    """
    now = now or timezone.now()
    stalled = now - timedelta(minutes=settings.PIPELINE_RETRY_MINUTES)
    lease = now - timedelta(minutes=settings.PIPELINE_LEASE_MINUTES)
    candidates = CanonicalJob.objects.filter(
        Q(pipeline_started_at__isnull=True) | Q(pipeline_started_at__lt=lease),
        open_q(today=timezone.localdate(now)), matched_at__isnull=True, created_at__lt=stalled,
    ).values_list("pk", "pipeline_started_at")[:limit]
    restarted = 0
    for pk, started in candidates:
        unchanged = Q(pipeline_started_at__isnull=True) if started is None else Q(pipeline_started_at=started)
        if CanonicalJob.objects.filter(unchanged, pk=pk).update(pipeline_started_at=now):
            restarted += job_pipeline_start(job_id=pk)
    if restarted:
        logger.info("pipeline sweep: restarted %s stalled jobs", restarted)
    return restarted


def jobs_archive_stale(*, now: datetime | None = None) -> tuple[int, int]:
    """Archive jobs no source lists any more, too old or past their closing date; delete long-archived ones nobody
    was offered.

    Returns (archived, deleted). A job any user's history points at is never deleted (it explains past alerts).
    """
    now = now or timezone.now()
    stale = now - timedelta(days=settings.JOB_STALE_DAYS)
    too_old = (now - timedelta(days=settings.JOB_MAX_AGE_DAYS)).date()
    unseen = Q(last_seen_at__lt=stale) | Q(last_seen_at__isnull=True, created_at__lt=stale)
    closed = Q(apply_by__lt=timezone.localdate(now))  # past the closing date the post states
    ending = unseen | Q(posted_date__lt=too_old) | closed
    archived = CanonicalJob.objects.filter(ending, status=JobStatus.ACTIVE).update(
        status=JobStatus.ARCHIVED, archived_at=now, updated_at=now
    )
    deleted = 0
    if settings.JOB_PURGE_DAYS:
        old = CanonicalJob.objects.filter(
            status=JobStatus.ARCHIVED, archived_at__lt=now - timedelta(days=settings.JOB_PURGE_DAYS)
        )
        for in_use in hooks.in_use_queries():  # registered from above: delivery's history (issue 17)
            old = old.exclude(pk__in=in_use)
        deleted = old.delete()[1].get("jobs.CanonicalJob", 0)
    return archived, deleted


def job_enhance(*, job_id: int) -> CanonicalJob:
    """Titles, skills, industry, function and summary for a job (skipped when its content is unchanged)."""
    return enhance(job_id=job_id)
