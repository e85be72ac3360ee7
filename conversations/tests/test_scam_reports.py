"""Seekers report scams from an alert (issue 18), each played through the signed webhook as WhatsApp delivers it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from conversations.tests.test_conversation_fixes import Seeker
from delivery.quiet import _default_quiet
from delivery.services import pump_tick
from jobs.tasks import process_new_job
from jobs.tests.factories import CanonicalJobFactory
from screening.models import JobReport, JobScreening, ScreeningStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def seekers(post_webhook, settings, django_capture_on_commit_callbacks):
    settings.QUIET_HOURS = "off"
    settings.ALERT_BATCH_SECONDS = 0
    settings.SCREENING_REPORTS_TO_HOLD = 3
    _default_quiet.cache_clear()
    yield lambda n: [Seeker(post_webhook, django_capture_on_commit_callbacks, wa_id=f"23480312345{i:02d}")
                     for i in range(n)]
    _default_quiet.cache_clear()


def new_job(**fields):
    """A backend job arriving through the chain (enhance → screen → match → deliver) and the pump."""
    job = CanonicalJobFactory(title=fields.pop("title", "Backend Developer"), work_arrangement="hybrid", **fields)
    process_new_job(job.pk)
    pump_tick(now=timezone.now() + timedelta(seconds=10))  # past the 6 s after the last reply (one line per seeker)
    return job


def test_na_wayo_after_an_alert_reports_that_job_and_thanks_the_seeker_in_pidgin(seekers):
    [ada] = seekers(1)
    ada.onboard()
    job = new_job()
    assert any(job.title in r for r in ada.replies())
    [reply] = ada.say("abeg this job na wayo")
    assert "Thank you well well" in reply and "No pay anybody money" in reply
    assert JobReport.objects.filter(job=job).count() == 1
    assert JobScreening.objects.get(pk=job.pk).status == ScreeningStatus.REPORTED  # in the queue, not yet held


def test_this_is_a_scam_in_english_is_thanked_in_english(seekers):
    [ada] = seekers(1)
    ada.onboard()
    new_job()
    ada.replies()
    [reply] = ada.say("This is a scam")
    assert reply.startswith("Thank you for telling us") and "Never pay money to get a job" in reply


def test_the_report_button_on_a_listed_job_reports_that_job(seekers):
    [ada] = seekers(1)
    first, second = CanonicalJobFactory(title="Backend Developer A", work_arrangement="hybrid"), \
        CanonicalJobFactory(title="Backend Developer B", work_arrangement="hybrid")
    ada.onboard()  # the two matches come as one list
    rows = ada.payloads()[-1]["interactive"]["action"]["sections"][0]["rows"]
    row = next(r for r in rows if r["title"].endswith(second.title))
    [choice] = ada.tap(row["id"], row["title"], row=True)
    assert "[Why this job?]" in choice and "[Not for me]" in choice and "[Report scam]" in choice
    [reply] = ada.tap(f"job:{second.pk}:report", "Report scam")
    assert "Thank you" in reply
    assert list(JobReport.objects.values_list("job_id", flat=True)) == [second.pk]
    assert first.pk not in JobReport.objects.values_list("job_id", flat=True)


def test_report_with_no_alert_yet_says_when_to_use_it(seekers):
    [ada] = seekers(1)
    ada.onboard()
    [reply] = ada.say("report")
    assert "no job alert to report yet" in reply
    assert not JobReport.objects.exists()


def test_three_reports_hold_the_job_from_a_seeker_who_has_not_seen_it_yet(seekers):
    *reporters, away = seekers(4)
    for seeker in (*reporters, away):
        seeker.onboard()
    away.say("pause 3 days")  # their match waits for them
    job = new_job()
    for seeker in reporters:
        assert any(job.title in r for r in seeker.replies())
        seeker.say("scam")
    assert JobScreening.objects.get(pk=job.pk).status == ScreeningStatus.REVIEW
    replies = away.say("resume")
    assert not any(job.title in r for r in replies)  # held from everyone until an operator has looked
