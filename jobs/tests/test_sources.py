"""Every source's real code against a local HTTP server serving recorded-shape answers; JobSpy through its
DataFrame contract with a fake scraper. Nothing here reaches the internet."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command

from aremu.testing.http import Recorded, Reply, serve
from jobs.models import CanonicalJob, CompanyBoard, JobSearch, RunStatus, SourceRun
from jobs.runs import board_run, search_run, sources_claim_due
from jobs.sources import linkedin
from jobs.sources.http import HttpClient, HttpError, RequestCapError

DATA = Path(__file__).parent / "data" / "sources"
pytestmark = pytest.mark.django_db


def data(name: str) -> str:
    return (DATA / name).read_text()


@pytest.fixture(autouse=True)
def _quiet_pipeline(monkeypatch):
    monkeypatch.setattr("jobs.services.job_pipeline_start", lambda *, job_id: None)


@pytest.fixture
def boards_at(settings):
    def point(url: str) -> None:
        settings.GREENHOUSE_API_URL = settings.LEVER_API_URL = settings.WORKABLE_API_URL = url
        settings.ASHBY_API_URL = url
        settings.BOARDS_MIN_INTERVAL = 0

    return point


def board_handler(request: Recorded) -> Reply:
    path = urlsplit(request.path).path
    files = {"/v1/boards/korapay/jobs": "greenhouse_board.json", "/v0/postings/sahelfoods": "lever_postings.json",
             "/api/v1/widget/accounts/gokada": "workable_account.json",
             "/posting-api/job-board/moove": "ashby_board.json"}
    if path in files:
        return Reply(body=data(files[path]), headers={"Content-Type": "application/json"})
    return Reply(status=404, body={"error": "not found"})


def test_a_greenhouse_board_added_by_an_operator_brings_its_jobs_in(boards_at):
    board = CompanyBoard.objects.create(provider="greenhouse", slug="korapay", company="Kora Pay")
    with serve(board_handler) as server:
        boards_at(server.url)
        run = board_run(board_id=board.pk)
    assert (run.status, run.fetched, run.new) == (RunStatus.SUCCEEDED, 2, 2)
    assert "content=true" in server.requests[0].path
    job = CanonicalJob.objects.get(title="Senior Backend Engineer")
    assert (job.city, job.work_arrangement, job.employment_type) == ("Lagos", "hybrid", "fulltime")
    assert (job.salary_min, job.salary_period, job.years_experience_min) == (1_200_000, "monthly", 5)
    assert "<" not in job.description and "5+ years building APIs" in job.description
    support = CanonicalJob.objects.get(title="Customer Success Associate")
    assert (support.work_arrangement, support.country, support.experience_level) == ("remote", "NG", "entry")


def test_lever_workable_and_ashby_boards_map_to_the_same_fields(boards_at):
    for provider, slug in [("lever", "sahelfoods"), ("workable", "gokada"), ("ashby", "moove")]:
        CompanyBoard.objects.create(provider=provider, slug=slug)
    with serve(board_handler) as server:
        boards_at(server.url)
        runs = [board_run(board_id=b.pk) for b in CompanyBoard.objects.all()]
    assert [r.new for r in runs] == [1, 1, 1]  # Ashby's unlisted posting is skipped
    lever = CanonicalJob.objects.get(source="lever")
    assert (lever.title, lever.city, lever.salary_max, lever.years_experience_max) == ("Accountant", "Abuja",
                                                                                     450_000, 5)
    assert lever.apply_url.endswith("/apply") and lever.posted_date.isoformat() == "2025-11-24"
    rider = CanonicalJob.objects.get(source="workable")
    assert (rider.company, rider.city, rider.contact_whatsapp, rider.salary_min) == ("Gokada", "Lagos",
                                                                                     "+2348031234567", 120_000)
    analyst = CanonicalJob.objects.get(source="ashby")
    assert (analyst.work_arrangement, analyst.salary_currency, analyst.salary_min) == ("remote", "USD", 1500)


def test_a_board_that_does_not_exist_is_a_failed_run_not_a_crash(boards_at):
    board = CompanyBoard.objects.create(provider="greenhouse", slug="nope")
    with serve(board_handler) as server:
        boards_at(server.url)
        run = board_run(board_id=board.pk)
    assert run.status == RunStatus.FAILED and "HTTP 404" in run.errors[0]
    assert run.finished_at is not None


def linkedin_handler(request: Recorded) -> Reply:
    url = urlsplit(request.path)
    if url.path.endswith("/seeMoreJobPostings/search"):
        start = int(parse_qs(url.query)["start"][0])
        pages = {0: "linkedin_search_page1.html", 10: "linkedin_search_page2.html"}
        return Reply(body=data(pages[start]) if start in pages else "")
    if "/jobs-guest/jobs/api/jobPosting/" in url.path:
        return Reply(body=data("linkedin_job.html"))
    return Reply(status=404, body="")


@pytest.fixture
def linkedin_at(settings):
    def point(url: str, **overrides) -> None:
        settings.LINKEDIN_BASE_URL = url
        settings.LINKEDIN_MIN_INTERVAL = 0
        settings.LINKEDIN_BACKOFF_SECONDS = 0.01
        for name, value in overrides.items():
            setattr(settings, name, value)

    return point


def test_the_linkedin_guest_source_pages_through_results_and_reads_descriptions(linkedin_at):
    search = JobSearch.objects.create(name="FE Lagos", search_term="frontend developer", location="Lagos, Nigeria",
                                      sites=["linkedin"], results_wanted=20, hours_old=24)
    with serve(linkedin_handler) as server:
        linkedin_at(server.url)
        [run] = search_run(search_id=search.pk)
    assert (run.source, run.status, run.fetched, run.new) == ("linkedin", RunStatus.SUCCEEDED, 4, 4)
    first = parse_qs(urlsplit(server.requests[0].path).query)
    assert first["keywords"] == ["frontend developer"] and first["f_TPR"] == ["r86400"]
    assert "Chrome/" in server.requests[0].headers["User-Agent"]
    assert not any("Cookie" in r.headers for r in server.requests)
    job = CanonicalJob.objects.get(company="Paystack")
    assert job.job_url == "https://ng.linkedin.com/jobs/view/frontend-developer-at-paystack-3961000001"
    assert (job.experience_level, job.employment_type, job.work_arrangement) == ("senior", "fulltime", "hybrid")
    assert (job.salary_min, job.salary_max, job.years_experience_min) == (800_000, 1_100_000, 3)


def test_the_linkedin_source_stops_at_its_request_cap_and_keeps_what_it_has(linkedin_at):
    search = JobSearch.objects.create(name="cap", search_term="x", sites=["linkedin"], results_wanted=20)
    with serve(linkedin_handler) as server:
        linkedin_at(server.url, LINKEDIN_MAX_REQUESTS_PER_RUN=4)
        [run] = search_run(search_id=search.pk)
    assert len(server.requests) == 4 and run.requests == 4
    assert (run.status, run.fetched) == (RunStatus.PARTIAL, 4)
    assert "request cap of 4" in run.errors[0]


def test_a_rate_limited_linkedin_search_backs_off_then_records_the_block(linkedin_at):
    search = JobSearch.objects.create(name="429", search_term="x", sites=["linkedin"])
    with serve(lambda request: Reply(status=429, body="", headers={"Retry-After": "0"})) as server:
        linkedin_at(server.url)
        [run] = search_run(search_id=search.pk)
    assert len(server.requests) == 3  # the first try and two retries, then it gives up politely
    assert run.status == RunStatus.FAILED and "429" in run.errors[0]


def test_the_client_spaces_requests_and_backs_off_with_jitter():
    slept: list[float] = []
    clock = iter([0.0, 0.0, 1.0, 1.0, 2.0, 2.0, 3.0, 3.0])
    with serve(lambda r: Reply(status=503, body="")) as server:
        client = HttpClient(min_interval=5.0, retries=3, backoff_base=2.0, backoff_cap=60, sleep=slept.append,
                            clock=lambda: next(clock))
        with pytest.raises(HttpError, match="gave up after 4 tries"):
            client.get_text(server.url)
    backoffs, gaps = slept[0::2], slept[1::2]
    assert gaps == [4.0, 4.0, 4.0]  # 5 s apart, minus the second that passed
    assert all(0 <= b <= 2.0 * 2**i for i, b in enumerate(backoffs))


def test_the_client_refuses_to_exceed_its_cap():
    with serve(lambda r: Reply(body="ok")) as server:
        client = HttpClient(max_requests=1, sleep=lambda s: None)
        client.get_text(server.url)
        with pytest.raises(RequestCapError):
            client.get_text(server.url)
    assert len(server.requests) == 1


def test_guest_page_parsers_read_cards_and_criteria():
    cards = linkedin.parse_search_page(data("linkedin_search_page1.html"))
    assert [c["id"] for c in cards] == ["li-3961000001", "li-3961000002", "li-3961000003"]
    assert cards[1]["location"] == "Ikeja, Lagos State, Nigeria" and cards[1]["company"] == "Jumia Nigeria"
    details = linkedin.parse_job_page(data("linkedin_job.html"))
    assert details["job_level"] == "Mid-Senior level" and "React" in details["description"]
    assert linkedin.parse_search_page("") == []


# --- JobSpy, through its DataFrame contract ------------------------------------------------------


@pytest.fixture
def fake_jobspy(monkeypatch):
    import jobspy
    from jobspy.model import JobPost, Location, Scraper, Site

    class Indeed(Scraper):
        def scrape(self, scraper_input):
            assert scraper_input.search_term == "accountant"
            return [
                JobPost(id="in-1", title="Accountant", company="Sahel Foods", job_url="https://ng.indeed.com/viewjob?jk=1",
                        location=Location(city="Abuja", state="FCT", country="Nigeria"), is_remote=False,
                        description="**Requirements**\n- 2 years experience\n- Salary: ₦300,000 monthly"),
                JobPost(id="in-2", title="Accountant", company="Sahel Foods", job_url="https://ng.indeed.com/viewjob?jk=2",
                        location=Location(city="Abuja", state="FCT", country="Nigeria")),
            ]

    class Broken(Scraper):
        def scrape(self, scraper_input):
            self.fail("glassdoor: 403 Forbidden")
            return []

    monkeypatch.setitem(jobspy.SCRAPER_MAPPING, Site.INDEED, Indeed)
    monkeypatch.setitem(jobspy.SCRAPER_MAPPING, Site.GLASSDOOR, Broken)


def test_a_jobspy_search_ingests_rows_and_records_a_failing_site(fake_jobspy):
    search = JobSearch.objects.create(name="Accountant Abuja", search_term="accountant", location="Abuja, Nigeria",
                                      sites=["indeed", "glassdoor"], country_indeed="nigeria")
    [run] = search_run(search_id=search.pk)
    assert (run.source, run.status, run.fetched, run.new, run.duplicate) == ("jobspy", RunStatus.PARTIAL, 2, 1, 1)
    assert run.errors == ["glassdoor: glassdoor: 403 Forbidden"]
    job = CanonicalJob.objects.get()
    assert (job.city, job.state, job.salary_min, job.years_experience_min) == ("Abuja", "FCT", 300_000, 2)
    assert "**" not in job.description


def test_an_empty_jobspy_result_is_not_a_failure(monkeypatch):
    import jobspy
    from jobspy.model import Scraper, Site

    class Empty(Scraper):
        def scrape(self, scraper_input):
            return []

    monkeypatch.setitem(jobspy.SCRAPER_MAPPING, Site.INDEED, Empty)
    search = JobSearch.objects.create(name="none", search_term="astronaut", sites=["indeed"])
    [run] = search_run(search_id=search.pk)
    assert (run.status, run.fetched) == (RunStatus.SUCCEEDED, 0)


def test_a_misconfigured_search_fails_alone_and_the_next_one_still_runs(fake_jobspy):
    JobSearch.objects.all().delete()  # the seeded defaults
    bad = JobSearch.objects.create(name="typo", search_term="accountant", sites=["ziprecruiter"])
    good = JobSearch.objects.create(name="ok", search_term="accountant", sites=["indeed"])
    out = call_command_output("scrape", "--source", "searches")
    assert SourceRun.objects.get(search=bad).status == RunStatus.FAILED
    assert SourceRun.objects.get(search=good).new == 1
    assert "jobspy typo: failed" in out and "jobspy ok: succeeded: 2 fetched: 1 new" in out


def test_searches_listing_linkedin_use_the_guest_source_and_jobspy_for_the_rest(fake_jobspy, linkedin_at):
    search = JobSearch.objects.create(name="both", search_term="accountant", sites=["linkedin", "indeed"])
    with serve(linkedin_handler) as server:
        linkedin_at(server.url, LINKEDIN_FETCH_DESCRIPTIONS=False)
        runs = search_run(search_id=search.pk)
    assert [r.source for r in runs] == ["linkedin", "jobspy"]


def call_command_output(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO(), verbosity=0)
    return out.getvalue()


# --- Scheduling -------------------------------------------------------------------------------------


def test_due_searches_and_boards_are_claimed_once(settings):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    JobSearch.objects.all().delete()  # the seeded defaults
    due = JobSearch.objects.create(name="due", search_term="x", interval_minutes=60, last_run_at=now - timedelta(hours=2))
    JobSearch.objects.create(name="recent", search_term="x", interval_minutes=60, last_run_at=now)
    JobSearch.objects.create(name="off", search_term="x", enabled=False)
    board = CompanyBoard.objects.create(provider="lever", slug="x")
    assert sources_claim_due(now=now) == ([due.pk], [board.pk])
    assert sources_claim_due(now=now) == ([], [])


def test_the_seeded_searches_cover_nigerian_cities_and_remote():
    places = set(JobSearch.objects.values_list("location", flat=True))
    assert {"Lagos, Nigeria", "Abuja, Nigeria", "Port Harcourt, Nigeria", "Ibadan, Nigeria", "Kano, Nigeria"} <= places
    assert JobSearch.objects.filter(is_remote=True).exists()


def test_schedules_are_declared_for_sources_and_retention():
    from aremu.schedules import declared

    names = {spec.name: spec.func for spec in declared()}
    assert names["jobs: run due sources"] == "jobs.tasks.run_due_sources"
    assert names["jobs: archive stale jobs"] == "jobs.tasks.archive_stale_jobs"


def test_payload_values_are_stored_as_plain_json():
    from datetime import date

    import numpy

    from jobs.sources.base import jsonable

    assert jsonable(numpy.int64(12)) == 12 and type(jsonable(numpy.int64(12))) is int
    assert jsonable(float("nan")) is None
    assert jsonable(date(2026, 11, 20)) == "2026-11-20"
    assert jsonable(["python", "django"]) == "python, django"


def test_a_search_with_an_unknown_site_is_refused_with_the_valid_names():
    from django.core.exceptions import ValidationError

    search = JobSearch(name="typo", search_term="x", sites=["linkedin", "ziprecruiter"])
    with pytest.raises(ValidationError, match="Unknown site\\(s\\) ziprecruiter; use linkedin, indeed, zip_recruiter"):
        search.full_clean()
