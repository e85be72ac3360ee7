"""The pure delivery rules, without a database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import pytest

from delivery import policy

LAGOS = policy.zone("Africa/Lagos", default="UTC")
T0 = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def test_free_form_sends_stop_five_minutes_before_the_window_closes():
    assert policy.window_open(last_activity=T0, now=T0 + timedelta(hours=23, minutes=54))
    assert not policy.window_open(last_activity=T0, now=T0 + timedelta(hours=23, minutes=55))
    assert not policy.window_open(last_activity=T0, now=T0, expired=True)
    assert not policy.window_open(last_activity=None, now=T0)


@pytest.mark.parametrize("text,start,end", [("22:00-07:00", time(22), time(7)), (" 9:30 - 17:00 ", time(9, 30), time(17))])
def test_quiet_hours_are_read(text, start, end):
    assert policy.parse_quiet_hours(text) == policy.QuietHours(start, end)


@pytest.mark.parametrize("text", ["", "  ", "off", "OFF", "none", "07:00-07:00"])
def test_empty_off_or_zero_length_quiet_hours_mean_none(text):
    assert policy.parse_quiet_hours(text) is None


@pytest.mark.parametrize("text", ["late", "25:00-07:00", "22:61-07:00", "22-07"])
def test_unreadable_quiet_hours_are_refused(text):
    with pytest.raises(ValueError, match="22:00-07:00"):
        policy.parse_quiet_hours(text)


def test_quiet_hours_over_midnight_end_the_next_morning_in_the_users_zone():
    quiet = policy.parse_quiet_hours("22:00-07:00")
    at_2300_lagos = datetime(2026, 11, 27, 22, 0, tzinfo=UTC)
    assert policy.quiet_until(now=at_2300_lagos, quiet=quiet, tz=LAGOS) == datetime(2026, 11, 28, 6, 0, tzinfo=UTC)
    at_0300_lagos = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
    assert policy.quiet_until(now=at_0300_lagos, quiet=quiet, tz=LAGOS) == datetime(2026, 11, 28, 6, 0, tzinfo=UTC)
    assert policy.quiet_until(now=T0, quiet=quiet, tz=LAGOS) is None
    assert policy.quiet_until(now=at_2300_lagos, quiet=None, tz=LAGOS) is None


def test_daytime_quiet_hours_work_too():
    quiet = policy.parse_quiet_hours("12:00-14:00")
    assert policy.quiet_until(now=T0, quiet=quiet, tz=LAGOS) == datetime(2026, 11, 27, 13, 0, tzinfo=UTC)


def test_the_day_starts_at_local_midnight():
    late = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)  # 00:30 on the 28th in Lagos
    assert policy.local_day_start(now=late, tz=LAGOS) == datetime(2026, 11, 27, 23, 0, tzinfo=UTC)


def test_an_unknown_time_zone_falls_back_to_the_default():
    assert policy.zone("Mars/Olympus", default="Africa/Lagos") == LAGOS
    assert policy.zone("", default="Africa/Lagos") == LAGOS


def test_retries_wait_what_the_api_asked_or_4_to_the_attempt_capped_at_an_hour():
    assert policy.retry_delay(attempts=1, retry_after=7) == timedelta(seconds=7)
    assert [policy.retry_delay(attempts=n).total_seconds() for n in (1, 2, 3)] == [4, 16, 64]
    assert policy.retry_delay(attempts=20) == timedelta(hours=1)


# --- The flush ---------------------------------------------------------------------------------------------

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)  # 13:00 in Lagos
Outcome = policy.FlushOutcome


def alert(pk: int, *, due: timedelta = timedelta(0), **job: bool) -> policy.PendingAlert:
    return policy.PendingAlert(id=pk, due=NOW + due, **{"job_active": True, **job})


def seeker(**changes: object) -> policy.SeekerState:
    state = policy.SeekerState(
        active=True, reachable=True, paused=False, last_activity=NOW - timedelta(hours=1), window_expired=False,
        quiet=policy.parse_quiet_hours("22:00-07:00"), tz=LAGOS, last_message_at=None, recent_alerts=(), daily_cap=10,
    )
    return replace(state, **changes)


def decide(alerts: list[policy.PendingAlert], state: policy.SeekerState, batch_max: int = 3) -> policy.FlushDecision:
    return policy.flush_decision(alerts=alerts, seeker=state, now=NOW, batch_max=batch_max)


D = policy.FlushDecision
FLUSH_CASES = [
    # (what happens, alerts best first, the seeker, the decision)
    ("nothing pending", [], seeker(), D(Outcome.NOT_DUE)),
    ("the first match still waits for others", [alert(1, due=timedelta(seconds=1))], seeker(), D(Outcome.NOT_DUE)),
    ("one due alert brings the others along", [alert(1, due=timedelta(seconds=5)), alert(2, due=-timedelta(seconds=1))],
     seeker(), D(Outcome.SENT, send=(1, 2))),
    ("a row with no due time is due now", [policy.PendingAlert(1, None, job_active=True)], seeker(),
     D(Outcome.SENT, send=(1,))),
    ("a stopped or blocked seeker loses every alert", [alert(1), alert(2, job_active=False)], seeker(active=False),
     D(Outcome.SEEKER_STOPPED, skip=(1, 2))),
    ("closed and blocked jobs are dropped, one in review held, the rest sent",
     [alert(1, job_active=False), alert(2, job_blocked=True), alert(3, job_in_review=True), alert(4)], seeker(),
     D(Outcome.SENT, send=(4,), skip=(1, 2), hold=(3,))),
    ("a closed job is dropped even when screening holds it",
     [alert(1, job_active=False, job_in_review=True)], seeker(), D(Outcome.NOTHING_LEFT, skip=(1,))),
    ("nothing left once closed and held jobs are out", [alert(1, job_in_review=True), alert(2, job_blocked=True)],
     seeker(), D(Outcome.NOTHING_LEFT, skip=(2,), hold=(1,))),
    ("an unreachable number: held for the digest", [alert(1), alert(2, job_in_review=True)],
     seeker(reachable=False, paused=True), D(Outcome.UNREACHABLE, hold=(2, 1))),
    ("paused: held", [alert(1)], seeker(paused=True, last_message_at=NOW), D(Outcome.PAUSED, hold=(1,))),
    ("no window yet: held", [alert(1)], seeker(last_activity=None), D(Outcome.WINDOW_CLOSED, hold=(1,))),
    ("an expired window: held", [alert(1)], seeker(window_expired=True), D(Outcome.WINDOW_CLOSED, hold=(1,))),
    ("the window's last five minutes: held", [alert(1)], seeker(last_activity=NOW - timedelta(hours=23, minutes=56)),
     D(Outcome.WINDOW_CLOSED, hold=(1,))),
    ("quiet hours: deferred to their end in the seeker's zone", [alert(1)],
     seeker(quiet=policy.parse_quiet_hours("12:00-14:00"), last_message_at=NOW),
     D(Outcome.QUIET_HOURS, defer=(1,), defer_until=datetime(2026, 11, 27, 13, 0, tzinfo=UTC))),
    ("a message went out 2 s ago: deferred by the pair rate", [alert(1)],
     seeker(last_message_at=NOW - timedelta(seconds=2)),
     D(Outcome.SPACING, defer=(1,), defer_until=NOW + timedelta(seconds=4))),
    ("a message 6 s ago is far enough", [alert(1)], seeker(last_message_at=NOW - policy.PAIR_SPACING),
     D(Outcome.SENT, send=(1,))),
    ("today's cap reached: held", [alert(1)], seeker(daily_cap=2, recent_alerts=(NOW - timedelta(hours=1),) * 2),
     D(Outcome.OVER_CAP, hold=(1,))),
    ("yesterday's alerts (before local midnight) don't count", [alert(1)],
     seeker(daily_cap=1, recent_alerts=(datetime(2026, 11, 26, 22, 59, tzinfo=UTC),)), D(Outcome.SENT, send=(1,))),
    ("more than a batch: the rest follow after the pair rate", [alert(n) for n in range(1, 6)], seeker(),
     D(Outcome.SENT, send=(1, 2, 3), defer=(4, 5), defer_until=NOW + policy.PAIR_SPACING)),
    ("more than today's room: the rest held", [alert(n) for n in range(1, 6)],
     seeker(daily_cap=4, recent_alerts=(NOW - timedelta(hours=1),) * 2), D(Outcome.SENT, send=(1, 2), hold=(3, 4, 5))),
    ("a batch that fills today's room exactly: the rest held", [alert(n) for n in range(1, 6)], seeker(daily_cap=3),
     D(Outcome.SENT, send=(1, 2, 3), hold=(4, 5))),
]


@pytest.mark.parametrize("alerts,state,expected", [case[1:] for case in FLUSH_CASES],
                         ids=[case[0] for case in FLUSH_CASES])
def test_the_flush_decides_what_each_pending_alert_does_now(alerts, state, expected):
    assert decide(alerts, state) == expected
