"""Operators' commands and the /health/ check for delivery."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from delivery.models import OutboundMessage
from delivery.services import job_deliver
from delivery.tests.conftest import backend_job

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_deliver_matches_a_job_and_pumps_what_is_due(clock, seeker, settings):
    settings.ALERT_BATCH_SECONDS = 0
    user = seeker()
    job = backend_job()
    assert f"job {job.pk}: 1 new matches claimed" in run("deliver", "--job", str(job.pk))
    assert OutboundMessage.objects.get(user=user).status == "sent"
    assert "0 new matches" in run("deliver", "--job", str(job.pk))  # at most once, by hand too


def test_deliver_refuses_an_unknown_job():
    with pytest.raises(CommandError, match="no job with id 404"):
        run("deliver", "--job", "404")


def test_sweep_windows_reports_what_it_did(clock, seeker):
    seeker(quiet_hours="off")
    clock.advance(hours=19)
    assert "reminded 1" in run("sweep_windows")
    assert "reminded 0" in run("sweep_windows")


def test_delivery_status_shows_held_jobs_and_the_backlog(clock, seeker):
    seeker()
    clock.advance(hours=30)
    job_deliver(job_id=backend_job().pk)
    summary = json.loads(run("delivery_status", "--json"))
    assert summary["jobs"]["held"] == 1
    assert summary["backlog"] == {"queued_messages": 0, "oldest_due_seconds": 0}
    assert "held: 1" in run("delivery_status")


def test_health_fails_when_no_pump_has_run_for_ten_minutes(clock, seeker, admin_client, settings):
    settings.WHATSAPP_SEND_RATE = 0
    seeker()
    job_deliver(job_id=backend_job().pk)
    clock.advance(minutes=5)
    assert admin_client.get("/health/").json()["checks"]["delivery"]["ok"] is True
    clock.advance(minutes=10)
    check = admin_client.get("/health/").json()["checks"]["delivery"]
    assert check["ok"] is False and "behind" in check["error"]
