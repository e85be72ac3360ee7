"""Schedules exist after every migrate; interactive work has its own queue when one is configured."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_q.models import Schedule

from aremu.queues import enqueue_interactive
from aremu.schedules import cluster_processes, declared, schedules_sync
from jobs.models import JobSearch
from jobs.runs import sources_claim_due

pytestmark = pytest.mark.django_db

INTERACTIVE = {"delivery.sweep_windows", "delivery.pump", "delivery.reconcile_sends", "conversations.sweep_inbound",
               "console.check_alerts"}


def test_migrate_alone_creates_every_declared_schedule():
    # The test database was made by `migrate`, and nothing here ran setup_schedules.
    assert set(Schedule.objects.values_list("name", flat=True)) >= {spec.name for spec in declared()}
    assert INTERACTIVE <= {spec.name for spec in declared() if spec.interactive}


def test_with_no_interactive_cluster_one_cluster_runs_every_schedule(settings):
    settings.Q_INTERACTIVE_CLUSTER = ""
    schedules_sync()
    assert set(Schedule.objects.exclude(cluster=None).values_list("name", flat=True)) == set()
    assert cluster_processes() == [{"name": "all work", "env": {}}]


def test_an_interactive_cluster_takes_the_reminders_the_pump_inbound_and_operator_alerts(settings):
    settings.Q_INTERACTIVE_CLUSTER = "interactive"
    schedules_sync()
    assert set(Schedule.objects.filter(cluster="interactive").values_list("name", flat=True)) == INTERACTIVE
    assert Schedule.objects.get(name="jobs: run due sources").cluster is None
    assert [p["env"] for p in cluster_processes()] == [{"Q_CLUSTER_NAME": "interactive"}, {}]


@pytest.mark.parametrize(("configured", "queue"), [("", None), ("interactive", "interactive")])
def test_interactive_tasks_go_to_the_interactive_queue_when_there_is_one(settings, monkeypatch, configured, queue):
    settings.Q_INTERACTIVE_CLUSTER = configured
    sent = []
    monkeypatch.setattr("django_q.tasks.async_task", lambda func, *args, **options: sent.append((func, options)))
    enqueue_interactive("conversations.tasks.process_inbound", 7, task_name="inbound-7")
    assert sent == [("conversations.tasks.process_inbound", {"task_name": "inbound-7", "cluster": queue})]


def test_sources_due_together_are_spread_over_ticks_most_overdue_first():
    JobSearch.objects.all().delete()  # the seeded ones
    now = timezone.now()
    searches = [JobSearch.objects.create(name=f"s{n}", search_term="x", interval_minutes=360,
                                         last_run_at=None if n < 2 else now - timedelta(hours=7 + n))
                for n in range(8)]
    first, _ = sources_claim_due(now=now, limit=3)
    assert first == [searches[0].pk, searches[1].pk, searches[7].pk]  # never run first, then the most overdue
    second, _ = sources_claim_due(now=now, limit=3)
    third, _ = sources_claim_due(now=now, limit=3)
    assert len(first) == len(second) == 3 and len(third) == 2
    assert set(first) | set(second) | set(third) == {s.pk for s in searches}
