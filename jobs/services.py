"""Job services: raw records in, canonical jobs out, and the chain each new job starts."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone

from jobs.models import CanonicalJob, RawJob, RawJobStatus
from jobs.normalize import RecordError, normalize_record

logger = logging.getLogger(__name__)


@dataclass
class IngestReport:
    fetched: int = 0
    new: int = 0
    updated: int = 0
    duplicate: int = 0
    rejected: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line or index, reason)
    new_job_ids: list[int] = field(default_factory=list)


def _content_hash(record: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(record, sort_keys=True, default=str).encode()).hexdigest()


def records_ingest(
    *, records: Iterable[tuple[int, dict[str, Any]]], source: str, start_pipeline: bool = True
) -> IngestReport:
    """Store each (line, record) as a raw job and link it to a canonical job. Idempotent.

    Each new canonical job starts the enhance → match → deliver chain after commit, unless the
    caller runs the chain itself (`start_pipeline=False`, as the demo does).
    """
    report = IngestReport()
    for line, record in records:
        report.fetched += 1
        with transaction.atomic():
            _ingest_one(line=line, record=record, source=source, report=report, start_pipeline=start_pipeline)
    return report


def _ingest_one(
    *, line: int, record: dict[str, Any], source: str, report: IngestReport, start_pipeline: bool
) -> None:
    source_id = str(record.get("id") or record.get("job_url") or f"line-{line}")
    site = str(record.get("site") or source)
    content_hash = _content_hash(record)
    raw, created = RawJob.objects.get_or_create(
        source=site, source_job_id=source_id, defaults={"payload": record, "content_hash": content_hash}
    )
    if not created and raw.content_hash == content_hash and raw.status != RawJobStatus.NEW:
        report.duplicate += 1
        return
    raw.payload, raw.content_hash = record, content_hash
    try:
        normalized = normalize_record(record, source=site)
    except RecordError as exc:
        raw.status, raw.reason = RawJobStatus.REJECTED, str(exc)
        raw.save()
        report.rejected += 1
        report.errors.append((line, str(exc)))
        return
    job, job_created = CanonicalJob.objects.get_or_create(
        fingerprint=normalized.fingerprint,
        defaults={**normalized.model_fields(), "scraped_at": timezone.now()},
    )
    raw.canonical_job = job
    raw.reason = ""
    if job_created:
        raw.status = RawJobStatus.NORMALISED
        report.new += 1
        report.new_job_ids.append(job.pk)
        if start_pipeline:
            transaction.on_commit(lambda: job_pipeline_start(job_id=job.pk))
    elif created:
        raw.status = RawJobStatus.DUPLICATE  # a copy of a job we already have: linked, never re-alerted
        report.duplicate += 1
    else:
        raw.status = RawJobStatus.NORMALISED
        report.updated += 1
    raw.save()


def job_pipeline_start(*, job_id: int) -> None:
    """A new canonical job: enhance, then match and deliver, in the task queue (by id, after commit)."""
    from django_q.tasks import async_task

    async_task("jobs.tasks.process_new_job", job_id, task_name=f"new-job-{job_id}")


def job_enhance(*, job_id: int) -> CanonicalJob:
    """Titles, skills, industry, function and summary for a job (skipped when its content is unchanged)."""
    from jobs.enhancement.services import job_enhance as enhance

    return enhance(job_id=job_id)
