"""Delivery rules as pure functions: the 24-hour window, quiet hours, daily caps, the flush, retry back-off.

No database here: services read rows, ask these functions, and write the outcome.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum
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


# --- The flush: what a seeker's due alerts do now ---------------------------------------------------


class FlushOutcome(StrEnum):
    NOT_DUE = "not_due"  # nothing pending, or the first match is still waiting for others to batch with
    SEEKER_STOPPED = "seeker_stopped"  # "stop", or an operator blocked them: every alert is dropped
    NOTHING_LEFT = "nothing_left"  # every alert was for a job closed, blocked or held for review since the match
    UNREACHABLE = "unreachable"  # WhatsApp said the number can't receive: held for the digest
    PAUSED = "paused"  # held for the welcome-back digest
    WINDOW_CLOSED = "window_closed"  # no free-form message outside the 24-hour window: held for the digest
    QUIET_HOURS = "quiet_hours"  # deferred to the end of the seeker's quiet hours
    SPACING = "spacing"  # WhatsApp's pair rate: deferred until PAIR_SPACING after the last message
    OVER_CAP = "over_cap"  # today's cap reached: held, the seeker can still pull them with "jobs"
    SENT = "sent"


@dataclass(frozen=True)
class PendingAlert:
    """One PENDING history row, as the flush rules see it."""

    id: int
    due: datetime | None  # when it may go (the batch wait, a deferral); None is now
    job_active: bool
    job_blocked: bool = False  # screening blocked the job after the match: the alert is dropped
    job_in_review: bool = False  # screening holds the job for an operator: the alert waits in the digest


@dataclass(frozen=True)
class SeekerState:
    """What the flush rules need to know about the seeker at `now`."""

    active: bool  # neither stopped nor blocked
    reachable: bool
    paused: bool
    last_activity: datetime | None  # their window's clock; None when they have no window
    window_expired: bool
    quiet: QuietHours | None
    tz: ZoneInfo
    last_message_at: datetime | None  # the last message of any kind queued for them
    recent_alerts: tuple[datetime, ...]  # when their instant alerts of the last two days went out
    daily_cap: int


@dataclass(frozen=True)
class FlushDecision:
    """Which alerts go in one message now (best first), which are dropped, held for the digest or deferred."""

    outcome: FlushOutcome
    send: tuple[int, ...] = ()
    skip: tuple[int, ...] = ()
    hold: tuple[int, ...] = ()
    defer: tuple[int, ...] = ()
    defer_until: datetime | None = None


def flush_decision(*, alerts: Sequence[PendingAlert], seeker: SeekerState, now: datetime,
                   batch_max: int) -> FlushDecision:
    """The rules of one flush, in order, for a seeker's pending alerts sorted best first."""
    if not alerts or min(a.due or now for a in alerts) > now:
        return FlushDecision(FlushOutcome.NOT_DUE)
    if not seeker.active:
        return FlushDecision(FlushOutcome.SEEKER_STOPPED, skip=_ids(alerts))
    # A closed job is dropped whatever screening says; of the open ones, blocked are dropped, in review held.
    dropped = _ids(a for a in alerts if not a.job_active or a.job_blocked)
    in_review = _ids(a for a in alerts if a.job_active and not a.job_blocked and a.job_in_review)
    live = _ids(a for a in alerts if a.job_active and not a.job_blocked and not a.job_in_review)
    if not live:
        return FlushDecision(FlushOutcome.NOTHING_LEFT, skip=dropped, hold=in_review)
    held = _seeker_holds(seeker, now=now)
    if held is not None:
        return FlushDecision(held, skip=dropped, hold=in_review + live)
    wait = _seeker_waits(seeker, now=now)
    if wait is not None:
        outcome, until = wait
        return FlushDecision(outcome, skip=dropped, hold=in_review, defer=live, defer_until=until)
    day_start = local_day_start(now=now, tz=seeker.tz)
    room = seeker.daily_cap - sum(1 for shown in seeker.recent_alerts if shown >= day_start)
    if room <= 0:
        return FlushDecision(FlushOutcome.OVER_CAP, skip=dropped, hold=in_review + live)
    take, rest = live[: min(batch_max, room)], live[min(batch_max, room):]
    if rest and room - len(take) <= 0:
        return FlushDecision(FlushOutcome.SENT, send=take, skip=dropped, hold=in_review + rest)
    # The rest of a batch over ALERT_BATCH_MAX follows in the next message, as soon as the pair rate allows.
    return FlushDecision(FlushOutcome.SENT, send=take, skip=dropped, hold=in_review, defer=rest,
                         defer_until=now + PAIR_SPACING if rest else None)


def _ids(alerts: Iterable[PendingAlert]) -> tuple[int, ...]:
    return tuple(a.id for a in alerts)


def _seeker_holds(seeker: SeekerState, *, now: datetime) -> FlushOutcome | None:
    """Why alerts go to the digest rather than out now, if they do."""
    if not seeker.reachable:
        return FlushOutcome.UNREACHABLE
    if seeker.paused:
        return FlushOutcome.PAUSED
    if not window_open(last_activity=seeker.last_activity, now=now, expired=seeker.window_expired):
        return FlushOutcome.WINDOW_CLOSED
    return None


def _seeker_waits(seeker: SeekerState, *, now: datetime) -> tuple[FlushOutcome, datetime] | None:
    """Until when alerts wait, if they must: the end of quiet hours, or the pair rate after the last message."""
    quiet_end = quiet_until(now=now, quiet=seeker.quiet, tz=seeker.tz)
    if quiet_end is not None:
        return FlushOutcome.QUIET_HOURS, quiet_end
    if seeker.last_message_at is not None and now < seeker.last_message_at + PAIR_SPACING:
        return FlushOutcome.SPACING, seeker.last_message_at + PAIR_SPACING
    return None


# --- Retries --------------------------------------------------------------------------------------


def retry_delay(*, attempts: int, retry_after: float | None = None) -> timedelta:
    """Back-off before the next try: what the API asked for, else 4^attempt seconds (Meta's advice), ≤ 1 h."""
    if retry_after is not None and retry_after > 0:
        return timedelta(seconds=min(retry_after, 3600))
    return timedelta(seconds=min(4 ** max(attempts, 1), 3600))
