"""Reads for jobs: what the sources have been doing (health, admin)."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone

from jobs.models import RunStatus, SourceRun


def sources_health() -> dict[str, object]:
    """Informative: runs in the last 24 hours by outcome, and when a source last brought anything in."""
    since = timezone.now() - timedelta(hours=24)
    counts = SourceRun.objects.filter(started_at__gte=since).aggregate(
        runs=Count("id"),
        failed=Count("id", filter=Q(status=RunStatus.FAILED)),
        partial=Count("id", filter=Q(status=RunStatus.PARTIAL)),
    )
    last = SourceRun.objects.filter(fetched__gt=0).order_by("-started_at").values_list("started_at", flat=True).first()
    return {"status": "ok", **counts, "last_fetch": last.isoformat() if last else None}
