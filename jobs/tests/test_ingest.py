"""The bulk ingest: idempotent, de-duplicates before alerting, starts the pipeline once per new job."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.tests.factories import UserFactory
from delivery.models import UserJobHistory
from jobs import services
from jobs.models import CanonicalJob, JobKey, JobStatus, RawJob, RawJobStatus, SourceRun
from jobs.services import jobs_archive_stale, records_ingest
from jobs.tests.factories import CanonicalJobFactory

pytestmark = pytest.mark.django_db


def posting(n: int, **fields):
    return {"id": f"in-{n}", "site": "indeed", "job_url": f"https://ng.indeed.com/viewjob?jk={n}",
            "title": f"Role {n} Officer", "company": f"Company {n}", "location": "Lagos, Lagos, Nigeria",
            "description": "3+ years experience. Salary: ₦300,000 monthly.", **fields}


@pytest.fixture
def started(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(services, "job_pipeline_start", lambda *, job_id: calls.append(job_id))
    return calls


@pytest.fixture
def sole_thread(monkeypatch):
    """These tests are about the parsing processes. A browser test's live server (session-wide) leaves a thread in
    this process, which would make the pool decline to fork; it holds no lock the children use, so count it out."""
    monkeypatch.setattr("jobs.normalize.pool.threading.active_count", lambda: 1)


def ingest(records, **kw):
    return records_ingest(records=enumerate(records, 1), source="test", **kw)


def test_each_new_job_starts_the_pipeline_once_after_commit(started, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        report = ingest([posting(1), posting(2)])
    assert started == []  # nothing is enqueued before the rows are committed
    for callback in callbacks:
        callback()
    assert sorted(started) == sorted(report.new_job_ids) and len(started) == 2


def test_reingesting_the_same_records_changes_nothing_and_alerts_nobody(started, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ingest([posting(1), posting(2)])
    with django_capture_on_commit_callbacks(execute=True):
        report = ingest([posting(1), posting(2)])
    assert (report.new, report.duplicate, len(started)) == (0, 2, 2)
    assert CanonicalJob.objects.count() == 2 and RawJob.objects.count() == 2
    assert RawJob.objects.get(source_job_id="in-1").payload == posting(1)  # stored exactly as received


def test_a_job_listed_again_is_restamped_at_most_every_few_hours():
    ingest([posting(1)])
    first = CanonicalJob.objects.get().last_seen_at
    ingest([posting(1)])
    assert CanonicalJob.objects.get().last_seen_at == first  # an hourly re-scrape rewrites nothing
    CanonicalJob.objects.update(last_seen_at=first - timedelta(hours=7))
    ingest([posting(1)])
    assert CanonicalJob.objects.get().last_seen_at > first


def test_a_changed_record_updates_its_job_without_a_new_alert(started, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ingest([posting(1)])
        report = ingest([posting(1, description="Salary: ₦450,000 monthly. 5 years experience.")])
    job = CanonicalJob.objects.get()
    assert (report.new, report.updated) == (0, 1)
    assert (job.salary_monthly_min, job.years_experience_min, job.needs_reenhancement) == (450_000, 5, True)
    assert len(started) == 1


def test_a_copy_from_another_board_links_to_the_job_and_does_not_alert(started, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ingest([posting(1, job_url_direct="https://careers.company1.ng/jobs/77")])
        copy = posting(1, id="li-9", site="linkedin", title="ROLE 1 OFFICER (Urgent)",
                       job_url="https://careers.company1.ng/jobs/77?utm_source=linkedin")
        report = ingest([copy])
    assert (report.new, report.duplicate, len(started)) == (0, 1, 1)
    raw = RawJob.objects.get(source="linkedin")
    assert raw.status == RawJobStatus.DUPLICATE and raw.canonical_job_id == started[0]


def test_two_copies_in_one_fetch_make_one_job(started, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        report = ingest([posting(1), posting(1, id="gd-1", site="glassdoor", title="role 1 officer")])
    assert (report.new, report.duplicate) == (1, 1) and len(started) == 1


def test_the_same_posting_twice_in_one_fetch_is_counted_once():
    report = ingest([posting(1), posting(1)])
    assert (report.fetched, report.new, report.duplicate) == (2, 1, 1)
    assert RawJob.objects.count() == 1


def test_bad_records_are_kept_with_their_reason_and_do_not_stop_the_batch():
    report = ingest([posting(1, title=""), posting(2, min_amount="lots", description="3+ years experience."), posting(3)])
    assert (report.new, report.rejected) == (2, 1)
    assert report.errors == [(1, "title is empty")]
    assert list(RawJob.objects.filter(status=RawJobStatus.REJECTED).values_list("reason", flat=True)) == [
        "title is empty"]
    # An unreadable field costs the field, not the job: the raw row says what was left empty.
    partly_read = RawJob.objects.get(reason__contains="lots")
    assert partly_read.status == RawJobStatus.NORMALISED and partly_read.canonical_job is not None
    assert partly_read.reason == "salary amount 'lots' is not a number; left empty"


def test_a_parser_crash_on_one_record_rejects_only_that_record(monkeypatch):
    from jobs.normalize import pool as ingest_module

    real = ingest_module.normalize_record

    def flaky(record, *, source=""):
        if record["id"] == "in-2":
            raise ZeroDivisionError("boom")
        return real(record, source=source)

    monkeypatch.setattr(ingest_module, "normalize_record", flaky)
    report = ingest([posting(1), posting(2), posting(3)])
    assert (report.new, report.rejected) == (2, 1)
    assert "ZeroDivisionError" in RawJob.objects.get(source_job_id="in-2").reason


def test_a_rejected_record_that_is_fixed_becomes_a_job(started, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ingest([posting(1, title="")])
        report = ingest([posting(1)])
    assert report.new == 1 and RawJob.objects.get().status == RawJobStatus.NORMALISED


def test_reads_are_a_few_queries_per_batch_and_writes_are_bulk():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    ingest([posting(n) for n in range(10)])
    with CaptureQueriesContext(connection) as queries:
        report = ingest([posting(n) for n in range(10, 1010)])
    assert report.new == 1000
    statements = [q["sql"].split()[0] for q in queries.captured_queries]
    assert statements.count("SELECT") <= 5
    # SQLite caps a statement at 999 parameters, so a canonical job row (~45 columns) goes 20 to an INSERT.
    assert len(statements) < 1000 / 10
    assert JobKey.objects.count() == 1010 * 2  # a fingerprint and a URL for each


def test_jobs_already_in_the_table_without_keys_are_still_found_by_fingerprint():
    ingest([posting(1)])
    JobKey.objects.all().delete()
    assert ingest([posting(1, id="li-1", site="linkedin")]).duplicate == 1


def test_stale_and_old_jobs_are_archived_and_only_unoffered_ones_purged(settings):
    settings.JOB_STALE_DAYS, settings.JOB_MAX_AGE_DAYS, settings.JOB_PURGE_DAYS = 21, 45, 180
    now = timezone.now()
    fresh = CanonicalJobFactory(last_seen_at=now)
    unseen = CanonicalJobFactory(last_seen_at=now - timedelta(days=30))
    old = CanonicalJobFactory(last_seen_at=now, posted_date=(now - timedelta(days=60)).date())
    offered = CanonicalJobFactory(status=JobStatus.ARCHIVED, archived_at=now - timedelta(days=200))
    forgotten = CanonicalJobFactory(status=JobStatus.ARCHIVED, archived_at=now - timedelta(days=200))
    UserJobHistory.objects.create(user=UserFactory(), job=offered, match_score=50)
    assert jobs_archive_stale(now=now) == (2, 1)
    statuses = dict(CanonicalJob.objects.values_list("pk", "status"))
    assert statuses == {fresh.pk: "active", unseen.pk: "archived", old.pk: "archived", offered.pk: "archived"}
    assert forgotten.pk not in statuses


def test_a_job_past_its_stated_closing_date_is_archived_on_the_next_sweep():
    today = timezone.localdate()
    closed = CanonicalJobFactory(apply_by=today - timedelta(days=1))
    closing = CanonicalJobFactory(apply_by=today)
    assert jobs_archive_stale() == (1, 0)
    assert dict(CanonicalJob.objects.values_list("pk", "status")) == {closed.pk: "archived", closing.pk: "active"}


def test_the_closing_date_a_post_states_is_kept_with_its_job():
    ingest([posting(1, description="Accounts officer, 2 years.\n\n**Deadline:** 25/08/2025\n")])
    assert CanonicalJob.objects.get().apply_by.isoformat() == "2025-08-25"


def test_a_csv_import_is_recorded_as_a_run(tmp_path):
    from io import StringIO
    from pathlib import Path

    from django.core.management import call_command

    from jobs.models import SourceRun

    small = Path(__file__).parent / "data" / "small_jobs.csv"
    call_command("import_jobs", str(small), stdout=StringIO(), stderr=StringIO())
    run = SourceRun.objects.get()
    assert (run.source, run.fetched, run.new, run.duplicate, run.rejected) == ("csv", 6, 4, 1, 1)
    assert run.errors[0] == "line 5: title is empty"


def test_the_health_check_reports_recent_runs():
    from jobs.selectors import sources_health

    assert sources_health() == {"status": "ok", "runs": 0, "failed": 0, "partial": 0, "sources": {},
                                "last_fetch": None}


def _runs(source: str, *statuses: str) -> None:
    for status in statuses:
        SourceRun.objects.create(source=source, label="search", status=status, started_at=timezone.now())


def test_the_health_check_fails_when_most_of_a_sources_recent_runs_failed():
    from jobs.selectors import sources_health

    _runs("linkedin", "failed", "failed", "failed", "succeeded")
    _runs("greenhouse", "succeeded", "succeeded", "succeeded")
    with pytest.raises(RuntimeError, match="linkedin: 3 of 4 runs failed"):
        sources_health()


def test_the_health_check_passes_a_source_with_one_failed_run_or_too_few_runs_to_judge():
    from jobs.selectors import sources_health

    _runs("linkedin", "failed", "succeeded", "succeeded")
    _runs("lever", "failed", "failed")
    result = sources_health()
    assert result["sources"]["lever"] == {"runs": 2, "failed": 2}
    assert result["failed"] == 3


def large_import(records):
    """An import bigger than one batch, outside any transaction: the parsing runs ahead of the writing."""
    from jobs.ingest import ingest as bulk_ingest

    return bulk_ingest(records=enumerate(records, 1), source="test", start_pipeline=None, batch_size=10)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("workers", [0, 1, 2], ids=["writer-thread", "one-process", "two-processes"])
def test_a_large_import_parses_ahead_while_this_one_is_written(settings, workers, monkeypatch, sole_thread):
    from jobs.normalize import pool

    started = []

    def start_pool(n):
        made = pool.start_pool(n)
        started.append((n, made is not None))
        return made

    monkeypatch.setattr("jobs.ingest.overlap.start_pool", start_pool)
    settings.INGEST_WORKERS = workers
    records = [posting(n) for n in range(40)] + [posting(1, id="gd-1", site="glassdoor")]
    first, again = large_import(records), large_import(records)
    assert (first.fetched, first.new, first.duplicate) == (41, 40, 1)
    assert (again.new, again.duplicate) == (0, 41)
    assert CanonicalJob.objects.count() == 40 and RawJob.objects.count() == 41
    assert started == [(workers, workers > 0)] * 2
    job = CanonicalJob.objects.get(source_job_id="in-7")
    assert (job.salary_monthly_min, job.years_experience_min, job.city) == (300_000, 3, "Lagos")


@pytest.mark.django_db(transaction=True)
def test_a_large_import_keeps_the_planners_row_counts_current(monkeypatch):
    from django.db import connection

    from jobs.bulk import table_rows_estimate
    from jobs.ingest import overlap

    monkeypatch.setattr(overlap._PlannerStatistics, "minimum", 10)
    analyzed = []
    real = overlap.planner_statistics_refresh
    monkeypatch.setattr(overlap, "planner_statistics_refresh", lambda columns: analyzed.append(1) or real(columns))
    large_import([posting(n) for n in range(45)])
    assert len(analyzed) == 3  # after 10, 20 and 40 records: each time the table had doubled
    if connection.vendor == "postgresql":
        assert table_rows_estimate(RawJob) == 40


@pytest.mark.django_db(transaction=True)
def test_a_parser_crash_in_a_worker_process_rejects_only_that_record(settings, monkeypatch, sole_thread):
    from jobs.normalize import pool

    settings.INGEST_WORKERS = 1
    real, parent = pool.normalize_record, os.getpid()

    def flaky(record, *, source=""):
        if record["id"] == "in-12":
            assert os.getpid() != parent  # parsed in the worker, which the patch reached by fork
            raise ZeroDivisionError("boom")
        return real(record, source=source)

    monkeypatch.setattr(pool, "normalize_record", flaky)
    report = large_import([posting(n) for n in range(30)])
    assert (report.new, report.rejected) == (29, 1)
    assert "ZeroDivisionError" in RawJob.objects.get(source_job_id="in-12").reason


@pytest.mark.django_db(transaction=True)
def test_a_worker_process_that_dies_loses_nothing(settings, monkeypatch, caplog, sole_thread):
    from jobs.normalize import pool

    settings.INGEST_WORKERS = 1
    real, parent = pool.normalize_record, os.getpid()

    def killed(record, *, source=""):
        if record["id"] == "in-15" and os.getpid() != parent:
            os._exit(9)  # as the kernel's OOM killer would
        return real(record, source=source)

    monkeypatch.setattr(pool, "normalize_record", killed)
    report = large_import([posting(n) for n in range(40)])
    assert (report.fetched, report.new, report.rejected) == (40, 40, 0)
    assert CanonicalJob.objects.count() == 40
    assert "parsing process stopped" in caplog.text


@pytest.mark.django_db(transaction=True)
def test_a_batch_that_cannot_be_sent_to_a_worker_is_parsed_here(settings, caplog, sole_thread):
    settings.INGEST_WORKERS = 1
    records = [posting(n) for n in range(30)]
    records[14]["scraper_state"] = lambda: None  # what no pickle can carry to another process
    report = large_import(records)
    assert (report.new, report.rejected) == (30, 0)
    assert "parsing it here" in caplog.text


def test_no_worker_processes_inside_a_daemonic_process(monkeypatch):
    import multiprocessing

    from jobs.normalize import pool

    class Daemon:
        daemon = True

    monkeypatch.setattr(multiprocessing, "current_process", lambda: Daemon())
    assert pool.start_pool(2) is None  # a Django-Q2 worker parses on a thread instead
    assert pool.start_pool(0) is None


def test_no_worker_processes_forked_from_a_process_running_other_threads():
    import threading

    from jobs.normalize import pool

    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert pool.start_pool(1) is None
    finally:
        release.set()
        other.join()


def test_nul_characters_are_dropped_not_fatal():
    nul = posting(1, title="Driver\x00 wanted", description="Drive\x00 cars", extra=["a\x00b", {"k\x00": 1}])
    for _ in range(2):  # stored, then seen again unchanged
        report = ingest([nul, posting(2)], start_pipeline=False)
        assert (report.rejected, report.new + report.duplicate) == (0, 2)
    job = CanonicalJob.objects.get(source_job_id="in-1")
    assert (job.title, job.description) == ("Driver wanted", "Drive cars")
    assert RawJob.objects.get(source_job_id="in-1").payload["extra"] == ["ab", {"k": 1}]


def test_a_job_another_worker_created_meanwhile_is_linked_not_duplicated(monkeypatch, started):
    from jobs.ingest import batch

    ingest([posting(1)], start_pipeline=False)
    JobKey.objects.all().delete()
    real = batch.select_in
    stale = {"reads": 0}

    def stale_first_read(sql, values, **kw):
        if "FROM canonical_jobs WHERE fingerprint" in sql and stale["reads"] == 0:
            stale["reads"] += 1
            return []  # as if the other worker had not committed yet when we looked
        return real(sql, values, **kw)

    monkeypatch.setattr(batch, "select_in", stale_first_read)
    report = ingest([posting(1, id="li-1", site="linkedin")])
    assert (report.new, report.duplicate) == (0, 1)
    assert CanonicalJob.objects.count() == 1 and stale["reads"] == 1


def test_a_url_another_worker_stored_meanwhile_links_the_copy_instead_of_a_second_job(monkeypatch, started):
    from jobs.ingest import batch

    ingest([posting(1, job_url_direct="https://careers.company1.ng/jobs/77")], start_pipeline=False)
    real, stale = batch.select_in, {"reads": 0}

    def stale_first_read(sql, values, **kw):
        if "FROM job_keys" in sql and stale["reads"] == 0:
            stale["reads"] += 1
            return []  # the other worker's keys were not committed when we looked
        return real(sql, values, **kw)

    monkeypatch.setattr(batch, "select_in", stale_first_read)
    copy = posting(1, id="li-9", site="linkedin", location="Nigeria",
                   job_url="https://careers.company1.ng/jobs/77?utm_source=linkedin")
    report = ingest([copy])
    assert (report.new, report.duplicate) == (0, 1) and stale["reads"] == 1
    assert CanonicalJob.objects.count() == 1
    assert RawJob.objects.get(source="linkedin").canonical_job == CanonicalJob.objects.get()


def test_a_landing_page_shared_by_different_posts_keeps_them_apart():
    landing = "https://careers.example-recruiter.ng/apply-now?campaign=nurses"
    posts = [posting(n, title=title, company="St. Nicholas Hospital", job_url_direct=landing)
             for n, title in enumerate(["ICU Nurse", "Paediatric Nurse", "A&E Nurse", "Midwife"], 1)]
    report = ingest(posts)
    assert (report.new, report.duplicate) == (4, 0)
    # A copy of one of them from another board, at the same landing page, still finds its job.
    copy = posting(9, site="linkedin", id="li-9", title="ICU Nurse", company="St. Nicholas Hospital",
                   job_url="https://www.linkedin.com/jobs/view/9", job_url_direct=landing)
    assert ingest([copy]).duplicate == 1


def test_copies_across_sites_merge_once_their_places_are_canonical():
    india = {"company": "Acme Analytics", "description": "Build data pipelines."}
    report = ingest([
        posting(1, site="indeed", title="Data Engineer", location="KA, IN",
                job_url="https://in.indeed.com/viewjob?jk=1", **india),
        posting(2, site="linkedin", id="li-2", title="Data Engineer", location="Bengaluru, Karnataka, India",
                job_url="https://www.linkedin.com/jobs/view/2", **india),
        posting(3, site="glassdoor", id="gd-3", title="Data Engineer", location="Bangalore",
                job_url="https://www.glassdoor.co.in/job-listing/j?jl=3", **india),
        posting(4, site="linkedin", id="li-4", title="Data Engineer", location="Pune, Maharashtra, India",
                job_url="https://www.linkedin.com/jobs/view/4", **india),
    ])
    assert (report.new, report.duplicate) == (2, 2)  # Pune is another job; the three Bengaluru copies are one


REMOTE_TEXT = ("Turing is looking for experienced full-stack engineers to work remotely with US companies. "
               "You will build and ship features across React front ends and Python or Node back ends, review "
               "code, write tests and work with product managers across time zones. Requirements: four or more "
               "years of professional software engineering, fluency in English, and a reliable connection. "
               "Work from anywhere; contract; pay up to $100 an hour depending on experience.")


def remote(n: int, title: str, location: str, company: str = "Turing"):
    return posting(n, site="linkedin", id=f"li-{n}", job_url=f"https://www.linkedin.com/jobs/view/{n}",
                   title=title, company=company, location=location, is_remote=True, description=REMOTE_TEXT)


def test_a_remote_post_listed_under_several_cities_and_title_wordings_is_one_job(started,
                                                                                 django_capture_on_commit_callbacks):
    # Real exports list one remote contract under 25 Indian cities and two titles: one job, one alert per seeker.
    with django_capture_on_commit_callbacks(execute=True):
        first = ingest([remote(1, "Remote Software Engineer (Full Stack) - 17853", "Delhi, India"),
                        remote(2, "Remote Software Engineer (Full Stack) - 17853", "Mumbai, Maharashtra, India")])
        later = ingest([remote(3, "Remote Fullstack Engineer - 17853", ""),
                        remote(4, "Remote Software Engineer (Full Stack) - 17853", "Noida, Uttar Pradesh, India")])
    assert (first.new, first.duplicate, later.new, later.duplicate) == (1, 1, 0, 2)
    assert len(started) == 1 and CanonicalJob.objects.count() == 1
    assert JobKey.objects.filter(kind="text").count() == 1


def test_the_same_remote_text_for_another_seniority_or_employer_stays_another_job():
    report = ingest([remote(1, "Software Engineer", ""), remote(2, "Junior Software Engineer", ""),
                     remote(3, "Software Engineer", "", company="Andela")])
    assert (report.new, report.duplicate) == (3, 0)


def test_on_site_posts_with_one_text_stay_one_job_per_city_and_title():
    # A territory per city, and a firm's text reused for its store and its sales manager, are separate posts.
    text = {"company": "Earth and Soul", "description": " ".join(
        ["Oversee sales, stock, staff rotas and daily cash reconciliation at our Lagos stores."] * 5)}
    report = ingest([posting(1, title="Sales Representative", location="Kano, Kano, Nigeria", **text),
                     posting(2, title="Sales Representative", location="Kaduna, Kaduna, Nigeria", **text),
                     posting(3, title="Fashion Store Manager", **text),
                     posting(4, title="Fashion Sales Manager", **text)])
    assert (report.new, report.duplicate) == (4, 0)


def test_an_anonymous_post_listed_twice_with_the_same_text_is_one_job():
    anonymous = {"company": "", "title": "M&E Officer", "description": REMOTE_TEXT.replace("Turing", "Our client")}
    report = ingest([posting(1, **anonymous), posting(2, **anonymous),
                     posting(3, **{**anonymous, "title": "Programme Officer"})])
    assert (report.new, report.duplicate) == (2, 1)
