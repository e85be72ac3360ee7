"""Delivery rules as pure functions: the 24-hour window, quiet hours, daily caps, retry back-off.

No database here: services read rows, ask these functions, and write the outcome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WINDOW = timedelta(hours=24)
REMIND_AFTER = timedelta(hours=20)  # "4 hours left"
WARN_AFTER = timedelta(hours=23)  # the last ("battery low") warning
# Meta's edge of the window is not exact and a send takes time: stop free-form sends a little early.
SAFETY_MARGIN = timedelta(minutes=5)
# WhatsApp's pair rate limit: one message every 6 s to the same user.
PAIR_SPACING = timedelta(seconds=6)
MAX_SEND_ATTEMPTS = 6

_QUIET = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def window_open(*, last_activity: datetime | None, now: datetime, expired: bool = False) -> bool:
    """May a free-form message go out now? Only inside the window, less the safety margin."""
    return last_activity is not None and not expired and now < last_activity + WINDOW - SAFETY_MARGIN


def hours_left(*, last_activity: datetime, now: datetime) -> int:
    left = last_activity + WINDOW - now
    return max(0, round(left.total_seconds() / 3600))


# --- Quiet hours and time zones ---------------------------------------------------------------------


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time

    def contains(self, moment: time) -> bool:
        if self.start <= self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end  # spans midnight, e.g. 22:00-07:00


def parse_quiet_hours(value: str) -> QuietHours | None:
    """`"22:00-07:00"` → QuietHours; empty or "off" → None (no quiet hours). Raises ValueError otherwise."""
    if not value or not value.strip() or value.strip().lower() in {"off", "none"}:
        return None
    found = _QUIET.match(value)
    if not found:
        raise ValueError(f"quiet hours must look like 22:00-07:00, not {value!r}")
    h1, m1, h2, m2 = (int(part) for part in found.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise ValueError(f"quiet hours must look like 22:00-07:00, not {value!r}")
    quiet = QuietHours(time(h1, m1), time(h2, m2))
    return None if quiet.start == quiet.end else quiet


def zone(name: str, *, default: str) -> ZoneInfo:
    for candidate in (name, default, "UTC"):
        try:
            return ZoneInfo(candidate) if candidate else ZoneInfo(default)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ZoneInfo("UTC")


def quiet_until(*, now: datetime, quiet: QuietHours | None, tz: ZoneInfo) -> datetime | None:
    """When the user's quiet hours end, if `now` falls inside them; None when it is fine to send."""
    if quiet is None:
        return None
    local = now.astimezone(tz)
    if not quiet.contains(local.time().replace(tzinfo=None)):
        return None
    end = local.replace(hour=quiet.end.hour, minute=quiet.end.minute, second=0, microsecond=0)
    if end <= local:
        end += timedelta(days=1)
    return end.astimezone(now.tzinfo)


def local_day_start(*, now: datetime, tz: ZoneInfo) -> datetime:
    """Midnight today in the user's time zone: the daily cap counts from here."""
    local = now.astimezone(tz)
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(now.tzinfo)


# --- Retries --------------------------------------------------------------------------------------


def retry_delay(*, attempts: int, retry_after: float | None = None) -> timedelta:
    """Back-off before the next try: what the API asked for, else 4^attempt seconds (Meta's advice), ≤ 1 h."""
    if retry_after is not None and retry_after > 0:
        return timedelta(seconds=min(retry_after, 3600))
    return timedelta(seconds=min(4 ** max(attempts, 1), 3600))
