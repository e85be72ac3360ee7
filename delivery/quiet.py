"""Each seeker's quiet hours, read in their own time zone: when an alert or reminder must wait."""

from __future__ import annotations

import logging
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from django.conf import settings

from accounts.models import User
from delivery import policy

logger = logging.getLogger(__name__)


@cache
def _default_quiet() -> policy.QuietHours | None:
    return policy.parse_quiet_hours(settings.QUIET_HOURS)


def user_quiet_hours(user: User) -> policy.QuietHours | None:
    if user.quiet_hours:
        try:
            return policy.parse_quiet_hours(user.quiet_hours)
        except ValueError:
            logger.warning("user %s has unreadable quiet hours %r; using the default", user.pk, user.quiet_hours)
    return _default_quiet()


def user_zone(user: User) -> ZoneInfo:
    return policy.zone(user.timezone, default=settings.DEFAULT_TIMEZONE)


def user_quiet_until(user: User, *, now: datetime) -> datetime | None:
    return policy.quiet_until(now=now, quiet=user_quiet_hours(user), tz=user_zone(user))
