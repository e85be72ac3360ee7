from __future__ import annotations

from pathlib import Path

import pytest

from aremu.demo import SAMPLE_CSV, demo_run
from delivery.models import MessageStatus, OutboundMessage, UserJobHistory

SMALL_CSV = Path(__file__).resolve().parents[2] / "jobs" / "tests" / "data" / "small_jobs.csv"

pytestmark = pytest.mark.django_db


def test_the_demo_chain_imports_enhances_matches_and_delivers_to_the_outbox():
    result = demo_run(csv_path=SMALL_CSV)
    assert result.report.new == 4  # the nurse with an unreadable amount is kept, without pay
    assert result.alerts > 0
    alerts = OutboundMessage.objects.filter(purpose="alert")
    assert alerts.count() == result.alerts
    assert set(alerts.values_list("status", flat=True)) == {MessageStatus.SENT}
    assert set(alerts.values_list("transport", flat=True)) == {"outbox"}
    backend = alerts.filter(to="+2348030000001")
    assert any("Backend Developer" in m.preview for m in backend)


def test_running_the_demo_twice_sends_nothing_new():
    demo_run(csv_path=SMALL_CSV)
    counts = (OutboundMessage.objects.count(), UserJobHistory.objects.count())
    again = demo_run(csv_path=SMALL_CSV)
    assert again.alerts == 0
    assert (OutboundMessage.objects.count(), UserJobHistory.objects.count()) == counts


def test_the_sample_file_ships_with_the_repo_and_gives_every_demo_seeker_alerts():
    assert SAMPLE_CSV.is_file()
    result = demo_run()
    assert result.report.new >= 200
    for seeker in result.seekers:
        assert OutboundMessage.objects.filter(user=seeker, purpose="alert").exists(), seeker.name
