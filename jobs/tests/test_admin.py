"""The jobs admin's operator actions: CSV export (view permission) and re-enhance (change permission)."""

from __future__ import annotations

import csv
import io

import pytest

from aremu.testing.operators import operator
from jobs.models import CanonicalJob
from jobs.tests.factories import CanonicalJobFactory

pytestmark = pytest.mark.django_db

JOBS = "/admin/jobs/canonicaljob/"




def test_the_jobs_csv_streams_every_selected_job():
    jobs = [CanonicalJobFactory(title=f"Job {n}") for n in range(3)]
    response = operator("view_canonicaljob").post(JOBS, {"action": "export_csv",
                                                         "_selected_action": [j.pk for j in jobs]})
    assert response.streaming and "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [r["title"] for r in rows] == ["Job 0", "Job 1", "Job 2"] and rows[0]["skills"] == "Python; Django"


def test_re_enhance_is_refused_without_the_change_permission(django_capture_on_commit_callbacks):
    job = CanonicalJobFactory()
    with django_capture_on_commit_callbacks(execute=True):
        operator("view_canonicaljob").post(JOBS, {"action": "reenhance", "_selected_action": [job.pk]})
    job.refresh_from_db()
    assert job.enhanced_at is None and not CanonicalJob.objects.filter(needs_reenhancement=True).exists()


def test_re_enhance_with_the_change_permission_enhances_the_job(settings, django_capture_on_commit_callbacks):
    settings.OPENAI_API_KEY = ""
    job = CanonicalJobFactory()
    with django_capture_on_commit_callbacks(execute=True):
        operator("view_canonicaljob", "change_canonicaljob").post(
            JOBS, {"action": "reenhance", "_selected_action": [job.pk]})
    job.refresh_from_db()
    assert job.enhanced_at is not None
