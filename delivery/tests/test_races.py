"""Exactly once under concurrent workers: two threads race on the same job or the same user.

Each thread has its own database connection (closed at its end), so on PostgreSQL the row locks and the
unique constraint do the work; on SQLite the IMMEDIATE transactions serialise the writers. Every job must
reach each matched user in exactly one message, whichever thread wins.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

import pytest
from django.db.models import Q
from django.utils import timezone

from accounts.models import User
from accounts.tests.factories import UserFactory, UserPreferencesFactory
from aremu.tests.races import race
from delivery.models import ApplyLink, HistoryStatus, OutboundMessage, UserJobHistory
from delivery.services import job_deliver, jobs_send_on_request, pending_flush, user_flush
from delivery.windows import window_touch
from jobs.models import CanonicalJob
from jobs.tests.factories import CanonicalJobFactory
from matching.services import find_matches

pytestmark = pytest.mark.django_db(transaction=True)

BATCH_WAIT = timedelta(seconds=31)  # just past ALERT_BATCH_SECONDS (30): the pending rows are due
ROUNDS = 5


def seeker(*, now: datetime) -> User:
    """A backend developer in Lagos with an open window and no quiet hours: the factory job's match."""
    prefs = UserPreferencesFactory(user=UserFactory(quiet_hours="off"))
    window_touch(user=prefs.user, at=now - timedelta(minutes=5))
    return prefs.user


def backend_jobs(count: int) -> list[CanonicalJob]:
    return [CanonicalJobFactory(title=f"Backend Developer {n}") for n in range(count)]


def jobs_in_messages(user: User) -> Counter[int]:
    """How many of the user's messages show each job, read from the payloads the user would receive."""
    shown: Counter[int] = Counter()
    for payload in OutboundMessage.objects.filter(user=user).values_list("payload", flat=True):
        shown.update(payload_job_ids(payload))
    return shown


def payload_job_ids(payload: dict) -> set[int]:
    interactive = payload.get("interactive") or {}
    action = interactive.get("action") or {}
    if interactive.get("type") == "cta_url":
        url = action["parameters"]["url"]
        tracked = ApplyLink.objects.filter(token=url.rstrip("/").rsplit("/", 1)[-1]).values_list("job_id", flat=True)
        if "/a/" in url:  # the seeker's tracked Apply link: only our row knows its job
            return set(tracked)
        return set(CanonicalJob.objects.filter(Q(apply_url=url) | Q(job_url=url)).values_list("pk", flat=True))
    ids = [row["id"] for section in action.get("sections", []) for row in section.get("rows", [])]
    ids += [button["reply"]["id"] for button in action.get("buttons", [])]
    return {int(i.split(":")[1]) for i in ids if i.startswith("job:")}


def assert_each_job_once(user: User, jobs: list[CanonicalJob]) -> None:
    rows = UserJobHistory.objects.filter(user=user)
    assert Counter(rows.values_list("job_id", flat=True)) == Counter(job.pk for job in jobs)
    assert set(rows.values_list("status", flat=True)) == {HistoryStatus.SENT}
    shown = jobs_in_messages(user)
    assert shown == Counter(job.pk for job in jobs), f"jobs shown more than once or never: {shown}"
    for row in rows:
        assert row.job_id in payload_job_ids(row.outbound_message.payload)


def test_two_workers_delivering_and_flushing_the_same_jobs_alert_each_user_once():
    now = timezone.now()
    users = [seeker(now=now) for _ in range(3)]
    jobs = backend_jobs(3)
    assert {m.user_id for m in find_matches(job=jobs[0])} == {u.pk for u in users}

    for job in jobs:
        claimed = race(lambda job=job: job_deliver(job_id=job.pk, now=now),
                       lambda job=job: job_deliver(job_id=job.pk, now=now))
        assert sum(claimed) >= len(users)  # both may count a row; the constraint keeps one
    assert UserJobHistory.objects.count() == len(users) * len(jobs)
    flushed = race(lambda: pending_flush(now=now + BATCH_WAIT), lambda: pending_flush(now=now + BATCH_WAIT))

    assert sum(flushed) == len(users) * len(jobs)
    for user in users:
        assert_each_job_once(user, jobs)
        assert OutboundMessage.objects.filter(user=user, purpose="alert").count() == 1


def test_two_workers_flushing_one_user_send_one_message_and_defer_the_rest_once():
    now = timezone.now()
    user = seeker(now=now)
    jobs = backend_jobs(7)  # more than ALERT_BATCH_MAX (5): the rest waits for the pair spacing
    for job in jobs:
        job_deliver(job_id=job.pk, now=now)

    first = race(lambda: user_flush(user_id=user.pk, now=now + BATCH_WAIT),
                 lambda: user_flush(user_id=user.pk, now=now + BATCH_WAIT))
    assert sorted(first) == [0, 5]
    assert OutboundMessage.objects.filter(user=user, purpose="alert").count() == 1
    later = now + BATCH_WAIT + timedelta(seconds=7)
    second = race(lambda: user_flush(user_id=user.pk, now=later), lambda: user_flush(user_id=user.pk, now=later))

    assert sorted(second) == [0, 2]
    assert_each_job_once(user, jobs)
    assert OutboundMessage.objects.filter(user=user, purpose="alert").count() == 2


def test_jobs_on_request_racing_the_pump_for_one_user_shows_no_job_twice():
    now = timezone.now()
    user = seeker(now=now)
    jobs = backend_jobs(3)
    for job in jobs:
        job_deliver(job_id=job.pk, now=now)
    at = now + BATCH_WAIT

    shown = race(lambda: jobs_send_on_request(user=User.objects.get(pk=user.pk), now=at),
                 lambda: user_flush(user_id=user.pk, now=at))

    assert sorted(shown) == [0, 3]  # whoever locks the user first takes all three; the other finds none
    assert_each_job_once(user, jobs)


def test_jobs_on_request_racing_job_deliver_for_a_new_job_shows_it_once():
    now = timezone.now()
    user = seeker(now=now)
    # Several rounds, each with a brand-new job: one round alone hits the interleaving only some of the time.
    for _ in range(ROUNDS):
        job = backend_jobs(1)[0]  # created each round, so "jobs" has exactly this one new match to find
        race(lambda job=job: job_deliver(job_id=job.pk, now=now),
             lambda: jobs_send_on_request(user=User.objects.get(pk=user.pk), now=now))
        pending_flush(now=now + BATCH_WAIT)

        assert UserJobHistory.objects.filter(user=user, job=job).count() == 1
        assert jobs_in_messages(user)[job.pk] == 1
