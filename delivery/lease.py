"""Named leases in the database (delivery.models.Lease): one pump at a time, whatever the cache and the number of
clusters. A holder renews its lease while it works; a killed holder's lease runs out within LEASE_SECONDS."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from delivery.models import Lease

PUMP = "pump"  # the delivery pump: one at a time
LEASE_SECONDS = 30
# Renewed this often by a working holder: a third of the lease, so a slow tick never lets it lapse.
RENEW_SECONDS = 10
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def lease_take(*, name: str, holder: str, now: datetime | None = None) -> bool:
    """Take (or renew) the lease if it is free, expired or already ours."""
    now = now or timezone.now()
    _ensure(name)
    free = Q(expires_at__lt=now) | Q(holder=holder)
    return bool(Lease.objects.filter(free, name=name).update(holder=holder,
                                                             expires_at=now + timedelta(seconds=LEASE_SECONDS)))


def lease_release(*, name: str, holder: str) -> None:
    Lease.objects.filter(name=name, holder=holder).update(holder="", expires_at=_EPOCH)


def lease_held(*, name: str, now: datetime | None = None) -> bool:
    return Lease.objects.filter(name=name, expires_at__gte=now or timezone.now()).exists()


def _ensure(name: str) -> None:
    if Lease.objects.filter(name=name).exists():
        return
    try:
        with transaction.atomic():
            Lease.objects.create(name=name, holder="", expires_at=_EPOCH)
    except IntegrityError:
        pass  # another process made it first
