"""A little of everything the dashboard draws, written through factories at a fixed time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
import time_machine

from accounts.tests.factories import UserFactory, UserPreferencesFactory
from console.tests.factories import (
    ConversationWindowFactory,
    InboundMessageFactory,
    OutboundMessageFactory,
    SourceRunFactory,
    UserJobHistoryFactory,
)
from conversations.tests.conftest import app_secret, post_webhook  # noqa: F401 - shared fixtures
from jobs.models import CanonicalJob
from jobs.tests.factories import CanonicalJobFactory

NOW = datetime(2026, 11, 27, 12, 30, tzinfo=UTC)


def backdate(obj, **fields: datetime) -> None:
    """Set auto_now_add fields (created_at, received_at) to a time of the test's choosing."""
    type(obj).objects.filter(pk=obj.pk).update(**fields)


@dataclass
class Seeded:
    now: datetime


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield NOW


def seed(now: datetime) -> Seeded:
    jobs = [CanonicalJobFactory(source="linkedin") for _ in range(3)] + [CanonicalJobFactory(source="greenhouse")
                                                                         for _ in range(2)]
    for job in jobs[3:]:
        backdate(job, created_at=now - timedelta(days=1))
    CanonicalJob.objects.filter(pk=jobs[0].pk).update(ai_tokens=1200, ai_cost_usd=Decimal("0.000300"),
                                                      enhancement_source="openai", enhanced_at=now)
    for status in ("succeeded", "succeeded", "failed"):
        SourceRunFactory(source="linkedin", status=status, started_at=now - timedelta(hours=2))
    SourceRunFactory(source="greenhouse", status="failed", started_at=now - timedelta(hours=1),
                     errors=["HTTPError: 404 board not found"])

    seekers = [UserPreferencesFactory().user, UserPreferencesFactory().user, UserFactory()]
    UserJobHistoryFactory(user=seekers[0], job=jobs[0], match_score=72)
    UserJobHistoryFactory(user=seekers[1], job=jobs[0], match_score=55)
    UserJobHistoryFactory(user=seekers[0], job=jobs[1], match_score=91)
    for status in ("queued", "sent", "delivered", "read", "failed"):
        OutboundMessageFactory(user=seekers[0], status=status)

    for minutes_ago, wait in ((180, 1.5), (170, 2.5), (110, 3.0), (60, 4.0)):
        inbound = InboundMessageFactory(user=seekers[1])
        received = now - timedelta(minutes=minutes_ago)
        backdate(inbound, received_at=received)
        OutboundMessageFactory(user=seekers[1], purpose="reply", sent_at=received + timedelta(seconds=wait))

    ConversationWindowFactory(user=seekers[0])
    ConversationWindowFactory(user=seekers[1], window_status="reminded")
    ConversationWindowFactory(user=seekers[2], window_status="expired")
    return Seeded(now=now)
