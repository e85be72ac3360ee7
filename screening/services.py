"""Screening services: a verdict for each new job before anyone can see it, operators' decisions, seekers' reports.

The chain is enhance → screen → match → deliver (`delivery/pipeline.py`, task `jobs.tasks.process_new_job`). A
job the screen holds (review or blocked) ends its chain there: `matched_at` is stamped so the pipeline sweep does
not restart it every few minutes.
An operator's approval clears that stamp and queues the same task again, so the job continues exactly where it
stopped; the approval itself is claimed by a conditional UPDATE, so two clicks start it once.
"""

from __future__ import annotations

import logging
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from jobs.models import CanonicalJob
from jobs.services import job_pipeline_start
from screening import openai_screen
from screening.models import (
    HELD,
    BlockKind,
    Blocklist,
    JobReport,
    JobScreening,
    ScreeningSource,
    ScreeningStatus,
)
from screening.rules import (
    FREE_MAIL,
    Posting,
    Screened,
    Verdict,
    company_key,
    normalise_block_value,
    phone_key,
    screen,
)
from screening.selectors import blocked_values

logger = logging.getLogger(__name__)

STATUS_FOR = {Verdict.OK: ScreeningStatus.CLEAR, Verdict.REVIEW: ScreeningStatus.REVIEW,
              Verdict.BLOCKED: ScreeningStatus.BLOCKED}


def job_screen(*, job_id: int, now: datetime | None = None) -> JobScreening | None:
    """Screen a job once (a second run of the chain finds its row). Returns None for a job that no longer exists."""
    existing = JobScreening.objects.filter(pk=job_id).first()
    if existing is not None:
        return existing
    job = CanonicalJob.objects.filter(pk=job_id).first()
    if job is None:
        return None
    now = now or timezone.now()
    result, source = posting_screen(Posting.of(job))
    try:
        with transaction.atomic():
            row = JobScreening.objects.create(
                job=job, verdict=result.verdict, status=STATUS_FOR[result.verdict], score=result.score,
                reasons=result.texts(), source=source, screened_at=now,
            )
    except IntegrityError:
        return JobScreening.objects.get(pk=job_id)  # screened by a racing copy of the task
    if row.status in HELD:
        _chain_stopped(job_id, now=now)
        logger.info("job %s %s by screening: %s", job_id, row.status, "; ".join(row.reasons))
    return row


def posting_screen(posting: Posting) -> tuple[Screened, str]:
    """The rules (with the operators' blocklist), then OpenAI's opinion when it is configured."""
    result = screen(posting, blocklist=blocked_values())
    if result.verdict == Verdict.BLOCKED or not openai_screen.enabled():
        return result, ScreeningSource.RULES
    model = openai_screen.model_verdict(posting, result)
    return openai_screen.combined(result, model), ScreeningSource.OPENAI if model else ScreeningSource.RULES


def job_cleared(*, screening: JobScreening | None) -> bool:
    return screening is not None and screening.status not in HELD


def _chain_stopped(job_id: int, *, now: datetime) -> None:
    # The chain is over for now: without this the pipeline sweep would restart a held job every lease forever.
    CanonicalJob.objects.filter(pk=job_id, matched_at__isnull=True).update(matched_at=now)


# --- Operators ------------------------------------------------------------------------------------------------------


def screening_approve(*, job_id: int, operator_id: int | None, now: datetime | None = None) -> bool:
    """Let a held or reported job through. A held one continues down the chain once. Returns whether it changed."""
    now = now or timezone.now()
    decided = {"status": ScreeningStatus.CLEAR, "reviewed_by_id": operator_id, "reviewed_at": now}
    with transaction.atomic():
        if JobScreening.objects.filter(pk=job_id, status=ScreeningStatus.REVIEW).update(**decided):
            # Claimed: only this click gets here. Matching skips seekers who already have the job.
            CanonicalJob.objects.filter(pk=job_id).update(matched_at=None, pipeline_started_at=now)
            transaction.on_commit(lambda: _chain_continue(job_id))
            return True
        return bool(JobScreening.objects.filter(pk=job_id, status=ScreeningStatus.REPORTED).update(**decided))


def _chain_continue(job_id: int) -> None:
    # With the broker down the job stays unmatched, and the pipeline sweep starts it once the queue is back.
    job_pipeline_start(job_id=job_id)


def screening_block(*, job_id: int, operator_id: int | None, now: datetime | None = None) -> bool:
    """Keep a job from everyone for good (alerts not yet sent for it are skipped when their turn comes)."""
    now = now or timezone.now()
    changed = JobScreening.objects.filter(pk=job_id).exclude(status=ScreeningStatus.BLOCKED).update(
        status=ScreeningStatus.BLOCKED, reviewed_by_id=operator_id, reviewed_at=now)
    if not changed and not JobScreening.objects.filter(pk=job_id).exists():
        changed = _row_for_unscreened(job_id, status=ScreeningStatus.BLOCKED, operator_id=operator_id, now=now)
    return bool(changed)


def _row_for_unscreened(job_id: int, *, status: str, operator_id: int | None = None, now: datetime) -> int:
    """A row for a job screened before this app existed (it went out as clear)."""
    if not CanonicalJob.objects.filter(pk=job_id).exists():
        return 0
    try:
        with transaction.atomic():
            JobScreening.objects.create(job_id=job_id, verdict=Verdict.OK, status=status, screened_at=now,
                                        reviewed_by_id=operator_id, reviewed_at=now if operator_id else None)
    except IntegrityError:
        return 0
    return 1


def blocklist_add(*, kind: str, value: str, reason: str = "", operator_id: int | None = None) -> Blocklist | None:
    """Block a company or contact for future postings. None when the value is empty once normalised."""
    if not normalise_block_value(kind, value):
        return None
    entry = Blocklist(kind=kind, value=value, reason=reason[:300], created_by_id=operator_id)
    existing = Blocklist.objects.filter(kind=kind, value=normalise_block_value(kind, value)).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            entry.save()
    except IntegrityError:
        return Blocklist.objects.filter(kind=kind, value=normalise_block_value(kind, value)).first()
    return entry


def job_sources_block(*, job_id: int, operator_id: int | None, reason: str = "") -> list[Blocklist]:
    """Block a job and the company and contacts it gives, so their next postings are blocked on arrival."""
    job = CanonicalJob.objects.filter(pk=job_id).first()
    if job is None:
        return []
    screening_block(job_id=job_id, operator_id=operator_id)
    wanted = []
    if company_key(job.company) and job.company.strip().lower() not in {"confidential", "private"}:
        wanted.append((BlockKind.COMPANY, job.company))
    if job.contact_whatsapp and phone_key(job.contact_whatsapp):
        wanted.append((BlockKind.PHONE, job.contact_whatsapp))
    if job.contact_email:
        domain = job.contact_email.split("@")[-1].lower()
        # Blocking gmail.com would block every small employer: a free address is blocked on its own.
        wanted.append((BlockKind.EMAIL, job.contact_email) if domain in FREE_MAIL else (BlockKind.EMAIL_DOMAIN, domain))
    entries = [blocklist_add(kind=k, value=v, reason=reason or f"job {job_id}", operator_id=operator_id)
               for k, v in wanted]
    return [e for e in entries if e is not None]


# --- Seekers' reports -------------------------------------------------------------------------------------------------


def job_report(*, user_id: int, job_id: int, now: datetime | None = None) -> JobScreening | None:
    """A seeker says a job is a scam: it joins the review queue, and with REPORTS_TO_HOLD reports since the last
    operator decision it is held from everyone until reviewed. A second report by the same seeker counts once."""
    now = now or timezone.now()
    if not CanonicalJob.objects.filter(pk=job_id).exists():
        return None
    try:
        with transaction.atomic():
            JobReport.objects.create(job_id=job_id, user_id=user_id)
    except IntegrityError:
        return JobScreening.objects.filter(pk=job_id).first()
    if not JobScreening.objects.filter(pk=job_id).exists():
        _row_for_unscreened(job_id, status=ScreeningStatus.CLEAR, now=now)
    JobScreening.objects.filter(pk=job_id).update(reports=F("reports") + 1)
    row = JobScreening.objects.get(pk=job_id)
    since = JobReport.objects.filter(job_id=job_id)
    if row.reviewed_at is not None:
        since = since.filter(created_at__gt=row.reviewed_at)  # an operator already looked at the earlier ones
    if since.count() >= settings.SCREENING_REPORTS_TO_HOLD:
        JobScreening.objects.filter(pk=job_id, status__in=[ScreeningStatus.CLEAR, ScreeningStatus.REPORTED]).update(
            status=ScreeningStatus.REVIEW)
    else:
        JobScreening.objects.filter(pk=job_id, status=ScreeningStatus.CLEAR).update(status=ScreeningStatus.REPORTED)
    row.refresh_from_db()
    logger.info("job %s reported by user %s: %s reports, %s", job_id, user_id, row.reports, row.status)
    return row
