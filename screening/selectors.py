"""Reads for screening: which jobs are held from seekers, the blocklist as the rules read it, the review queue."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q, QuerySet

from screening.models import HELD, QUEUE, BlockKind, Blocklist, JobScreening
from screening.rules import BlockedValues


def held_q(prefix: str = "") -> Q:
    """Matches jobs held from seekers; `prefix` reaches the job from another model ("job__"). Use with exclude():
    a job with no screening row (screened before this app, or built by hand) is not held."""
    return Q(**{f"{prefix}screening__status__in": HELD})


def held_statuses(*, job_ids: Iterable[int]) -> dict[int, str]:
    """job id → status, for the given jobs that are held."""
    return dict(JobScreening.objects.filter(pk__in=list(job_ids), status__in=HELD).values_list("pk", "status"))


def blocked_values() -> BlockedValues:
    values: dict[str, set[str]] = {kind: set() for kind in BlockKind.values}
    for kind, value in Blocklist.objects.values_list("kind", "value"):
        values[kind].add(value)
    return BlockedValues(
        companies=frozenset(values[BlockKind.COMPANY]), phones=frozenset(values[BlockKind.PHONE]),
        email_domains=frozenset(values[BlockKind.EMAIL_DOMAIN]), emails=frozenset(values[BlockKind.EMAIL]),
    )


def review_queue() -> QuerySet[JobScreening]:
    return JobScreening.objects.filter(status__in=QUEUE).select_related("job").order_by("-reports", "-screened_at")
