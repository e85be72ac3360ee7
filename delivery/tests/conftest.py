"""Delivery test helpers: a frozen clock, seekers inside their window, matching jobs, the pump."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from accounts.tests.factories import UserPreferencesFactory
from conversations.tests.conftest import app_secret, post_webhook  # noqa: F401 - shared fixtures
from delivery.services import pump_tick
from delivery.transports import _build
from delivery.windows import window_touch
from jobs.tests.factories import CanonicalJobFactory

# 13:00 in Lagos: outside the default quiet hours (22:00-07:00 Africa/Lagos).
NOON = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self, traveller) -> None:
        self._traveller = traveller

    def now(self) -> datetime:
        return timezone.now()

    def advance(self, **delta: float) -> datetime:
        self._traveller.shift(timedelta(**delta))
        return timezone.now()


@pytest.fixture
def clock():
    with time_machine.travel(NOON, tick=False) as traveller:
        yield Clock(traveller)


@pytest.fixture
def seeker(clock):
    """A confirmed backend developer in Lagos who wrote to us an hour ago."""

    def make(**user_fields):
        prefs = UserPreferencesFactory()
        user = prefs.user
        for name, value in user_fields.items():
            setattr(user, name, value)
        user.save()
        window_touch(user=user, at=clock.now() - timedelta(hours=1))
        return user

    return make


def backend_job(**fields):
    """A job the default seeker matches; `rank` lowers its score a little (fewer skills) to order jobs."""
    return CanonicalJobFactory(**fields)


def drain(clock, *, seconds: int = 120) -> None:
    """Run the pump on the test clock, a tick a second, until nothing is due in `seconds`."""
    end = clock.now() + timedelta(seconds=seconds)
    while clock.now() <= end:
        report = pump_tick()
        if report.next_due is None:
            return
        clock.advance(seconds=max((report.next_due - clock.now()).total_seconds(), 1))


@pytest.fixture
def cloud(settings):
    """Aim the Cloud API transport at a local Graph API stand-in: `cloud(server)`."""

    def aim(server) -> None:
        settings.WHATSAPP_API_BASE_URL = server.url
        settings.WHATSAPP_PHONE_NUMBER_ID = "1122334455667"
        settings.WHATSAPP_ACCESS_TOKEN = "EAAG-token"
        settings.WHATSAPP_API_TIMEOUT = 0.5
        settings.WHATSAPP_TRANSPORT = "cloud"
        _build.cache_clear()

    yield aim
    _build.cache_clear()
