"""Enhancement services, tasks, the pipeline, admin, /health/ and the enhance_jobs command."""

from __future__ import annotations

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from jobs.enhancement import services, tasks
from jobs.enhancement.offline import OfflineEnhancer
from jobs.models import CanonicalJob
from jobs.tests.enhancement.fake_openai import answer, error
from jobs.tests.factories import CanonicalJobFactory

pytestmark = pytest.mark.django_db


def _job(**fields) -> CanonicalJob:
    defaults = {"title": "Dispatch Rider", "ai_job_titles": [], "ai_skills": [],
                "description": "Deliver parcels around Lagos on a motorcycle. 2+ years of experience."}
    return CanonicalJobFactory(**{**defaults, **fields})


def test_it_stores_every_enhancement_field_offline(settings):
    settings.OPENAI_API_KEY = ""
    job = services.job_enhance(job_id=_job().pk)

    assert job.ai_enhanced and job.enhancement_source == "offline"
    assert "Dispatch Rider" in job.ai_job_titles and "Motorcycle Riding" in job.ai_skills
    assert job.ai_job_function == "Logistics & Driving" and job.ai_summary
    assert job.enhancement_hash == services.content_hash(job) and job.enhanced_at
    assert job.years_experience_min == 2  # stated in the posting, missed by normalisation
    assert job.needs_reenhancement is False and job.enhancement_error == ""


def test_an_unchanged_posting_is_never_enhanced_twice(openai_settings, fake_openai):
    job = _job()
    services.job_enhance(job_id=job.pk)
    services.job_enhance(job_id=job.pk)

    assert len(fake_openai.requests) == 1
    assert CanonicalJob.objects.get(pk=job.pk).ai_tokens == 1200


def test_a_changed_posting_is_enhanced_again_and_its_cost_adds_up(openai_settings, fake_openai):
    job = _job()
    services.job_enhance(job_id=job.pk)
    CanonicalJob.objects.filter(pk=job.pk).update(description="Now also a car driver. Valid driver's licence.")
    job = services.job_enhance(job_id=job.pk)

    assert len(fake_openai.requests) == 2
    assert job.ai_tokens == 2400
    assert job.ai_cost_usd == Decimal("0.000540")


def test_when_the_api_is_down_jobs_flow_on_offline_fields_and_are_retried_later(openai_settings, fake_openai):
    fake_openai.set_handler(lambda request: error(503, "unavailable"))
    job = services.job_enhance(job_id=_job().pk)

    assert job.ai_enhanced and job.enhancement_source == "offline"
    assert job.ai_skills == OfflineEnhancer().enhance(services.job_text(job)).skills
    assert job.needs_reenhancement and "InternalServerError" in job.enhancement_error

    fake_openai.set_handler(lambda request: answer())
    assert tasks.reenhance_pending() == 1
    job.refresh_from_db()
    assert job.enhancement_source == "openai" and not job.needs_reenhancement and job.enhancement_error == ""


def test_the_retry_task_stops_at_the_first_failure_while_the_api_is_still_down(openai_settings, fake_openai):
    fake_openai.set_handler(lambda request: error(500))
    jobs = [_job(title=f"Driver {n}", needs_reenhancement=True, ai_enhanced=True) for n in range(5)]
    openai_settings.OPENAI_CONCURRENCY = 1

    assert tasks.reenhance_pending() == 1
    assert len(fake_openai.requests) == 1
    assert CanonicalJob.objects.filter(pk__in=[j.pk for j in jobs], needs_reenhancement=True).count() == 5


def test_the_retry_task_does_nothing_without_a_key(settings):
    settings.OPENAI_API_KEY = ""
    _job(needs_reenhancement=True)
    assert tasks.reenhance_pending() == 0


def test_the_pipeline_task_enhances_then_delivers_even_when_the_api_is_down(openai_settings, fake_openai):
    from jobs.tasks import process_new_job

    fake_openai.set_handler(lambda request: error(500))
    job = _job()
    process_new_job(job.pk)

    job.refresh_from_db()
    assert job.ai_enhanced and job.needs_reenhancement


def test_facts_found_by_normalisation_are_never_overwritten(settings):
    settings.OPENAI_API_KEY = ""
    job = _job(description="Fully remote. 5+ years of experience.", years_experience_min=1,
               experience_level="junior", work_arrangement="hybrid")
    job = services.job_enhance(job_id=job.pk)
    assert (job.years_experience_min, job.experience_level, job.work_arrangement) == (1, "junior", "hybrid")


def test_a_models_stated_remote_arrangement_replaces_the_onsite_default():
    job = _job(description="This is a fully remote role.")
    result = services.Enhancement(source="openai", work_arrangement="remote")
    assert services.job_save_enhancement(job=job, result=result).work_arrangement == "remote"


def test_the_offline_enhancer_never_overrules_the_normalisers_arrangement(settings):
    # The normaliser weighed the same words with the board's flag and the kind of work: a nanny stays on-site.
    settings.OPENAI_API_KEY = ""
    job = _job(title="Nanny", description="Live-in nanny. Remote area of Lekki, work from home of the family.")
    assert services.job_enhance(job_id=job.pk).work_arrangement == "onsite"


def test_many_jobs_are_enhanced_concurrently_with_saves_in_order(openai_settings, fake_openai):
    jobs = [_job(title=f"Rider {n}") for n in range(6)]
    seen = []
    report = services.jobs_enhance(jobs=CanonicalJob.objects.filter(pk__in=[j.pk for j in jobs]).order_by("pk"),
                                   progress=lambda job, result: seen.append(job.pk))

    assert report.enhanced == 6 and report.tokens == 6 * 1200
    assert seen == sorted(j.pk for j in jobs)


def test_the_admin_shows_totals_and_queues_re_enhancement(admin_client, settings,
                                                           django_capture_on_commit_callbacks):
    settings.OPENAI_API_KEY = ""
    job = services.job_enhance(job_id=_job().pk)
    CanonicalJob.objects.filter(pk=job.pk).update(ai_tokens=1500, ai_cost_usd=Decimal("0.0123"))

    page = admin_client.get("/admin/jobs/canonicaljob/")
    assert page.status_code == 200
    assert b"1500</strong> tokens" in page.content and b"$0.0123" in page.content

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post("/admin/jobs/canonicaljob/",
                                     {"action": "reenhance", "_selected_action": [job.pk]})
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.needs_reenhancement is False  # flagged, then the (inline) task re-enhanced it
    assert admin_client.get("/admin/jobs/canonicaljob/?enhancement_problem=failed").status_code == 200


def test_health_shows_the_provider_its_last_error_and_the_waiting_jobs(admin_client, settings):
    settings.OPENAI_API_KEY = ""
    _job(needs_reenhancement=True, ai_enhanced=True, enhancement_error="RateLimitError: slow down")

    check = admin_client.get("/health/").json()["checks"]["enhancement"]

    assert check["ok"] and check["provider"] == "offline"
    assert check["waiting_for_reenhancement"] == 1
    assert "RateLimitError" in check["last_error"]


def test_the_command_enhances_pending_jobs_and_skips_unchanged_ones(settings):
    settings.OPENAI_API_KEY = ""
    _job(), _job(title="Tailor", description="Sew native wears.")
    out = StringIO()
    call_command("enhance_jobs", stdout=out, stderr=StringIO())
    assert out.getvalue().startswith("2 enhanced with offline")

    out = StringIO()
    call_command("enhance_jobs", "--all", "--limit", "5", stdout=out, stderr=StringIO())
    assert out.getvalue().startswith("0 enhanced with offline, 2 unchanged")


def test_the_command_reports_quality_on_the_labelled_set():
    out = StringIO()
    call_command("enhance_jobs", "--evaluate", "--offline", "--split", "holdout", stdout=out)
    assert "[offline] holdout split" in out.getvalue() and "skills: precision" in out.getvalue()
