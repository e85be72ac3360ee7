"""Screening in the chain: enhance → screen → match → deliver, and what operators and seekers' reports change."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from delivery.models import HistoryStatus, OutboundMessage, UserJobHistory
from delivery.services import digest_send, job_deliver, jobs_send_on_request, pump_tick
from delivery.tests.conftest import drain
from jobs.models import CanonicalJob
from jobs.services import jobs_pipeline_sweep
from jobs.tasks import process_new_job
from jobs.tests.factories import CanonicalJobFactory
from screening.models import BlockKind, Blocklist, JobScreening, ScreeningStatus
from screening.selectors import review_queue
from screening.services import job_report, job_screen, job_sources_block, screening_approve, screening_block
from screening.tests.factories import ScamJobFactory, SuspectJobFactory

pytestmark = pytest.mark.django_db


def alerts_to(user) -> list[str]:
    return list(OutboundMessage.objects.filter(user=user).values_list("preview", flat=True))


def test_a_clean_job_is_screened_ok_and_alerted(seeker, clock):
    seeker()
    job = CanonicalJobFactory()
    assert process_new_job(job.pk) == 1
    assert JobScreening.objects.get(pk=job.pk).status == ScreeningStatus.CLEAR


def test_a_scam_is_blocked_never_matched_never_alerted_and_never_restarted(seeker, clock):
    user = seeker()
    scam = ScamJobFactory()
    assert process_new_job(scam.pk) == 0
    screening = JobScreening.objects.get(pk=scam.pk)
    assert screening.status == ScreeningStatus.BLOCKED and screening.verdict == "blocked"
    assert any("asks applicants to pay" in r for r in screening.reasons)
    assert not UserJobHistory.objects.filter(job=scam).exists()
    assert job_deliver(job_id=scam.pk) == 0  # whoever calls delivery directly (manage.py deliver, admin)
    clock.advance(minutes=30)
    assert jobs_pipeline_sweep() == 0  # its chain is over: the sweep does not start it every lease
    drain(clock)
    assert alerts_to(user) == []


def test_a_suspect_job_waits_for_review_and_one_approval_delivers_it_once(seeker, clock,
                                                                          django_capture_on_commit_callbacks):
    user = seeker()
    job = SuspectJobFactory()
    assert process_new_job(job.pk) == 0
    assert list(review_queue().values_list("pk", flat=True)) == [job.pk]
    assert not UserJobHistory.objects.filter(job=job).exists()
    with django_capture_on_commit_callbacks(execute=True):
        assert screening_approve(job_id=job.pk, operator_id=None) is True
    with django_capture_on_commit_callbacks(execute=True):
        assert screening_approve(job_id=job.pk, operator_id=None) is False  # a second click: already decided
    assert UserJobHistory.objects.filter(job=job, user=user).count() == 1
    assert CanonicalJob.objects.get(pk=job.pk).matched_at is not None
    drain(clock)
    assert len(alerts_to(user)) == 1 and job.title in alerts_to(user)[0]


def test_jobs_on_request_and_digests_leave_held_jobs_out(seeker, clock):
    user = seeker()
    held = SuspectJobFactory(title="Backend Developer (held)")
    job_screen(job_id=held.pk)
    assert jobs_send_on_request(user=user) == 0  # the only recent match is held: not offered on request
    scam = ScamJobFactory()
    UserJobHistory.objects.create(user=user, job=scam, match_score=80, status=HistoryStatus.HELD)
    screening_block(job_id=scam.pk, operator_id=None)
    assert digest_send(user_id=user.pk) == 0


def test_three_reports_hold_a_job_from_everyone_until_an_operator_approves_it(seeker, clock, settings,
                                                                              django_capture_on_commit_callbacks):
    settings.SCREENING_REPORTS_TO_HOLD = 3
    waiting, *reporters = [seeker() for _ in range(4)]
    job = CanonicalJobFactory()
    process_new_job(job.pk)
    UserJobHistory.objects.filter(job=job, user__in=reporters).update(status=HistoryStatus.SENT)
    job_report(user_id=reporters[0].pk, job_id=job.pk)
    job_report(user_id=reporters[0].pk, job_id=job.pk)  # the same seeker twice counts once
    job_report(user_id=reporters[1].pk, job_id=job.pk)
    assert JobScreening.objects.get(pk=job.pk).status == ScreeningStatus.REPORTED  # queued, still sent
    job_report(user_id=reporters[2].pk, job_id=job.pk)
    row = JobScreening.objects.get(pk=job.pk)
    assert row.status == ScreeningStatus.REVIEW and row.reports == 3
    drain(clock)
    assert alerts_to(waiting) == []  # their pending alert was not sent
    assert UserJobHistory.objects.get(job=job, user=waiting).status == HistoryStatus.HELD
    with django_capture_on_commit_callbacks(execute=True):
        screening_approve(job_id=job.pk, operator_id=None)
    assert digest_send(user_id=waiting.pk) == 1  # approved: it reaches them with the held jobs


def test_a_blocked_job_alert_still_pending_is_dropped(seeker, clock):
    user = seeker()
    job = CanonicalJobFactory()
    process_new_job(job.pk)
    screening_block(job_id=job.pk, operator_id=None)
    pump_tick()
    clock.advance(minutes=2)
    drain(clock)
    assert alerts_to(user) == []
    assert UserJobHistory.objects.get(job=job, user=user).status == HistoryStatus.SKIPPED


def test_blocking_a_jobs_sources_blocks_the_next_posting_from_them_on_arrival(seeker, clock):
    seeker()
    first = SuspectJobFactory(company="Global Link Services Ltd", contact_whatsapp="+2348134567890",
                              contact_email="globallink01@gmail.com")
    job_screen(job_id=first.pk)
    entries = job_sources_block(job_id=first.pk, operator_id=None)
    assert {(e.kind, e.value) for e in entries} == {
        (BlockKind.COMPANY, "global link services"), (BlockKind.PHONE, "8134567890"),
        (BlockKind.EMAIL, "globallink01@gmail.com")}  # never all of gmail.com
    again = CanonicalJobFactory(company="GLOBAL LINK SERVICES", description="Build APIs with Python and Django.")
    other_number = CanonicalJobFactory(description="Build APIs with Python. Call 0813 456 7890.")
    assert process_new_job(again.pk) == 0 and process_new_job(other_number.pk) == 0
    assert JobScreening.objects.get(pk=again.pk).status == ScreeningStatus.BLOCKED
    assert "an operator blocked" in JobScreening.objects.get(pk=other_number.pk).reasons[0]
    assert Blocklist.objects.count() == 3


def test_the_review_queue_shows_reasons_and_approves_in_one_click(client, seeker, clock,
                                                                  django_capture_on_commit_callbacks):
    user = seeker()
    operator = get_user_model().objects.create_superuser("ops", "ops@example.com", "pw-12345678")
    client.force_login(operator)
    job = SuspectJobFactory()
    process_new_job(job.pk)
    page = client.get(reverse("admin:screening_reviewqueueitem_changelist"))
    assert page.status_code == 200 and "be your own boss" in page.content.decode()
    url = reverse("admin:screening_reviewqueueitem_approve", args=[job.pk])
    assert client.get(url).status_code == 403  # a link followed by accident decides nothing
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)  # a double click
    row = JobScreening.objects.get(pk=job.pk)
    assert row.status == ScreeningStatus.CLEAR and row.reviewed_by == operator
    assert UserJobHistory.objects.filter(job=job, user=user).count() == 1


def test_reports_after_an_approval_count_from_the_approval(seeker, clock, settings):
    settings.SCREENING_REPORTS_TO_HOLD = 2
    users = [seeker() for _ in range(3)]
    job = CanonicalJobFactory()
    process_new_job(job.pk)
    job_report(user_id=users[0].pk, job_id=job.pk)
    screening_approve(job_id=job.pk, operator_id=None)
    clock.advance(seconds=5)
    job_report(user_id=users[1].pk, job_id=job.pk)
    assert JobScreening.objects.get(pk=job.pk).status == ScreeningStatus.REPORTED
    job_report(user_id=users[2].pk, job_id=job.pk)
    assert JobScreening.objects.get(pk=job.pk).status == ScreeningStatus.REVIEW
    assert timedelta(0) <= clock.now() - JobScreening.objects.get(pk=job.pk).reviewed_at
