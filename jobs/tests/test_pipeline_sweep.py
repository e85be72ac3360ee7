"""New jobs whose enhance → match → deliver task was lost (a killed worker, the broker down) are started again."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from django.utils import timezone

from jobs.models import CanonicalJob, JobStatus
from jobs.services import jobs_pipeline_sweep, records_ingest
from jobs.tests.factories import CanonicalJobFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued(monkeypatch):
    started: list[int] = []
    monkeypatch.setattr("django_q.tasks.async_task", lambda func, job_id, **options: started.append(job_id))
    return started


def saved_ago(minutes: int, **fields) -> CanonicalJob:
    job = CanonicalJobFactory(**fields)
    CanonicalJob.objects.filter(pk=job.pk).update(created_at=timezone.now() - timedelta(minutes=minutes))
    return job


def test_a_job_left_unmatched_is_started_again_once_per_lease(queued):
    job = saved_ago(6)
    assert jobs_pipeline_sweep() == 1
    assert jobs_pipeline_sweep() == 0  # its restart is still running or queued
    assert jobs_pipeline_sweep(now=timezone.now() + timedelta(minutes=11)) == 1
    assert queued == [job.pk, job.pk]


def test_matched_new_and_archived_jobs_are_left_alone(queued):
    saved_ago(6, matched_at=timezone.now())
    saved_ago(1)
    saved_ago(6, status=JobStatus.ARCHIVED)
    assert jobs_pipeline_sweep() == 0 and queued == []


def test_an_import_while_the_broker_is_down_saves_and_the_chain_catches_up(monkeypatch, caplog,
                                                                            django_capture_on_commit_callbacks):
    def broker_down(*args, **kwargs):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    record = {"id": "in-1", "site": "indeed", "job_url": "https://ng.indeed.com/viewjob?jk=1", "title": "Accountant",
              "company": "Sahel Foods", "location": "Lagos, LA, NG", "description": "Keep the books. 2 years."}
    monkeypatch.setattr("django_q.tasks.async_task", broker_down)
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        report = records_ingest(records=[(1, record)], source="csv")
    assert report.new == 1 and "the pipeline sweep will start it" in caplog.text
    job = CanonicalJob.objects.get()
    assert not job.ai_enhanced and job.matched_at is None

    monkeypatch.undo()  # the broker is back; tasks run inline in tests
    assert jobs_pipeline_sweep(now=timezone.now() + timedelta(minutes=6)) == 1
    job.refresh_from_db()
    assert job.ai_enhanced and job.matched_at is not None
    assert jobs_pipeline_sweep(now=timezone.now() + timedelta(minutes=30)) == 0  # done: never again
