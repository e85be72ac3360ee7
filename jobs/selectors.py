"""Reads for jobs: which jobs still take applications, and what the sources have been doing (health, admin)."""

from __future__ import annotations

from datetime import date, timedelta

from django.db.models import Count, Q
from django.utils import timezone

from jobs.models import CanonicalJob, JobStatus, RunStatus, SourceRun


def open_q(prefix: str = "", *, today: date | None = None) -> Q:
    """Jobs still taking applications: active, and not past a closing date the post states (`apply_by`, the last
    day applications are taken). `prefix` reaches them through a relation ("job__")."""
    today = today or timezone.localdate()
    return Q(**{f"{prefix}status": JobStatus.ACTIVE}) & (
        Q(**{f"{prefix}apply_by__isnull": True}) | Q(**{f"{prefix}apply_by__gte": today}))


def job_is_open(job: CanonicalJob, *, today: date | None = None) -> bool:
    """`open_q` for a job already read."""
    return job.status == JobStatus.ACTIVE and (job.apply_by is None or job.apply_by >= (today or timezone.localdate()))

# A source fails `/health/` when most of its finished runs of the last 24 hours failed: one failed run is a
# blip (a timeout), a majority is a source that stopped bringing jobs in. Too few runs to tell: not judged.
SOURCE_FAILURE_SHARE = 0.5
SOURCE_MIN_RUNS = 3


def sources_health() -> dict[str, object]:
    """Runs in the last 24 hours by outcome, per source; fails when most of one source's runs failed."""
    since = timezone.now() - timedelta(hours=24)
    recent = SourceRun.objects.filter(started_at__gte=since)
    counts = recent.aggregate(
        runs=Count("id"),
        failed=Count("id", filter=Q(status=RunStatus.FAILED)),
        partial=Count("id", filter=Q(status=RunStatus.PARTIAL)),
    )
    per_source = {
        row["source"]: {"runs": row["runs"], "failed": row["failed"]}
        for row in recent.exclude(status=RunStatus.RUNNING).values("source").annotate(
            runs=Count("id"), failed=Count("id", filter=Q(status=RunStatus.FAILED))).order_by("source")
    }
    last = SourceRun.objects.filter(fetched__gt=0).order_by("-started_at").values_list("started_at", flat=True).first()
    failing = [f"{source}: {c['failed']} of {c['runs']} runs failed" for source, c in per_source.items()
               if c["runs"] >= SOURCE_MIN_RUNS and c["failed"] > c["runs"] * SOURCE_FAILURE_SHARE]
    if failing:
        raise RuntimeError(f"in the last 24 hours {'; '.join(failing)} (see the failed source runs in the admin)")
    return {"status": "ok", **counts, "sources": per_source, "last_fetch": last.isoformat() if last else None}
