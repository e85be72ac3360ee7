"""The pure delivery rules, without a database."""

from __future__ import annotations

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
