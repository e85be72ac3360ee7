"""Django-Q2 tasks for enhancement: thin, by id, idempotent (an unchanged job is skipped by its content hash)."""

from __future__ import annotations

from django.conf import settings

from jobs.enhancement import services


def enhance_job(job_id: int, force: bool = False) -> str:
    """Enhance one job; returns where its fields came from ("openai", "offline")."""
    return services.job_enhance(job_id=job_id, force=force).enhancement_source


def reenhance_pending(limit: int | None = None) -> int:
    """Scheduled: retry jobs that got offline fields while the provider failed. Returns how many were redone."""
    return services.jobs_reenhance_pending(limit=limit or settings.ENHANCEMENT_RETRY_BATCH).enhanced
