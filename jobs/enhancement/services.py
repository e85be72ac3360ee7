"""Enhancement services: run the configured enhancer over canonical jobs and store what it found.

A job is enhanced when it never was, when its content changed (content hash) or when it was flagged
for re-enhancement after a provider failure; an unchanged posting is never paid for twice.
"""

from __future__ import annotations

import hashlib
import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

import django_q.tasks  # async_task is looked up at each call: tests stand in for the broker there
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from jobs.enhancement import Enhancement, Enhancer, JobText, get_enhancer
from jobs.enhancement.offline import OfflineEnhancer
from jobs.models import CanonicalJob

logger = logging.getLogger(__name__)

Progress = Callable[[CanonicalJob, Enhancement], None]


@dataclass
class BatchReport:
    enhanced: int = 0
    skipped: int = 0  # unchanged since the last enhancement
    fell_back: int = 0  # some or all fields from the offline enhancer
    retry_later: int = 0  # the provider failed; flagged for re-enhancement
    tokens: int = 0
    cost_usd: float = 0.0


def content_hash(job: CanonicalJob) -> str:
    parts = (job.title, job.company, job.location, job.description)
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def job_text(job: CanonicalJob) -> JobText:
    return JobText(title=job.title, company=job.company, location=job.location, description=job.description)


def needs_enhancement(job: CanonicalJob) -> bool:
    return not job.ai_enhanced or job.needs_reenhancement or job.enhancement_hash != content_hash(job)


def job_enhance(*, job_id: int, force: bool = False, enhancer: Enhancer | None = None) -> CanonicalJob:
    """Enhance one job unless it is unchanged since it last was (`force` re-enhances anyway)."""
    job = CanonicalJob.objects.get(pk=job_id)
    if not force and not needs_enhancement(job):
        return job
    result = (enhancer or get_enhancer()).enhance(job_text(job))
    return job_save_enhancement(job=job, result=result)


def job_save_enhancement(*, job: CanonicalJob, result: Enhancement) -> CanonicalJob:
    """Store an enhancement. Updates only the enhancement columns, so a concurrent import's edits survive."""
    fields = {
        "ai_job_titles": result.job_titles, "ai_skills": result.skills, "ai_industry": result.industry[:120],
        "ai_job_function": result.job_function[:120], "ai_summary": result.summary, "ai_enhanced": True,
        "enhancement_source": result.source, "enhancement_hash": content_hash(job),
        "enhancement_error": result.error, "needs_reenhancement": result.retry_later,
        "enhanced_at": timezone.now(), "ai_tokens": F("ai_tokens") + result.tokens,
        "ai_cost_usd": F("ai_cost_usd") + Decimal(str(result.cost_usd)),
        **_stated_facts(job, result),
    }
    CanonicalJob.objects.filter(pk=job.pk).update(**fields)
    job.refresh_from_db()
    return job


def _stated_facts(job: CanonicalJob, result: Enhancement) -> dict[str, object]:
    """Experience and arrangement the posting states but normalisation missed; never overwrite what it found."""
    facts: dict[str, object] = {}
    if result.experience_level and not job.experience_level:
        facts["experience_level"] = result.experience_level
    if result.years_experience_min is not None and job.years_experience_min is None:
        facts["years_experience_min"] = result.years_experience_min
        if result.years_experience_max is not None and job.years_experience_max is None:
            facts["years_experience_max"] = result.years_experience_max
    # On-site is the normaliser's default when a source says nothing, so a model's stated remote/hybrid wins over
    # it. The offline enhancer reads the same words the normaliser already weighed (with the board's flag and the
    # kind of work), so its looser keyword reading never overrules it.
    if (result.source != OfflineEnhancer.name and result.work_arrangement in {"remote", "hybrid"}
            and job.work_arrangement in {"", "onsite"}):
        facts["work_arrangement"] = result.work_arrangement
    return facts


def jobs_enhance(
    *, jobs: Iterable[CanonicalJob], force: bool = False, enhancer: Enhancer | None = None,
    progress: Progress | None = None, stop_on_failure: bool = False,
) -> BatchReport:
    """Enhance many jobs: remote providers in parallel threads (within their rate limiter), saves in this thread.

    `stop_on_failure` ends the run at the first provider failure (the retry task: if the API is still down,
    there is no point spending the whole batch finding out again).
    """
    enhancer = enhancer or get_enhancer()
    report = BatchReport()
    todo = []
    for job in jobs:
        if force or needs_enhancement(job):
            todo.append(job)
        else:
            report.skipped += 1
    for job, result in _results(enhancer, todo):
        job_save_enhancement(job=job, result=result)
        _count(report, result)
        if progress:
            progress(job, result)
        if stop_on_failure and result.retry_later:
            logger.warning("Stopping re-enhancement: %s", result.error)
            break
    return report


def _results(enhancer: Enhancer, jobs: list[CanonicalJob]) -> Iterator[tuple[CanonicalJob, Enhancement]]:
    workers = max(1, int(getattr(enhancer, "concurrency", 1)))
    if workers == 1 or len(jobs) < 2:
        yield from ((job, enhancer.enhance(job_text(job))) for job in jobs)
        return
    # Threads only wait on HTTP; the ORM stays in this thread. At most `workers` calls are in flight, so a
    # stopped run leaves the rest of the jobs alone instead of queueing every call up front.
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="enhance") as pool:
        pending: deque[tuple[CanonicalJob, Future[Enhancement]]] = deque()
        queue = iter(jobs)
        try:
            for job in queue:
                pending.append((job, pool.submit(enhancer.enhance, job_text(job))))
                if len(pending) >= workers:
                    done_job, future = pending.popleft()
                    yield done_job, future.result()
            while pending:
                done_job, future = pending.popleft()
                yield done_job, future.result()
        finally:
            for _, future in pending:
                future.cancel()


def _count(report: BatchReport, result: Enhancement) -> None:
    report.enhanced += 1
    report.fell_back += bool(result.fallback_fields or result.retry_later)
    report.retry_later += result.retry_later
    report.tokens += result.tokens
    report.cost_usd += result.cost_usd


def jobs_reenhance_pending(*, limit: int) -> BatchReport:
    """Retry the jobs that got offline fields while the provider failed, oldest first."""
    enhancer = get_enhancer()
    if enhancer.name == "offline":
        return BatchReport()  # nothing better to offer until a key is configured
    pending = CanonicalJob.objects.filter(needs_reenhancement=True).order_by("enhanced_at", "pk")[:limit]
    return jobs_enhance(jobs=pending, enhancer=enhancer, force=True, stop_on_failure=True)


def jobs_request_reenhancement(*, job_ids: Iterable[int]) -> int:
    """Flag jobs and queue one forced re-enhancement task each, after commit. Returns how many were flagged."""
    ids = list(job_ids)
    flagged = CanonicalJob.objects.filter(pk__in=ids).update(needs_reenhancement=True)
    for job_id in ids:
        transaction.on_commit(partial(django_q.tasks.async_task, "jobs.enhancement.tasks.enhance_job", job_id, True,
                                      task_name=f"reenhance-job-{job_id}"))
    return flagged
