"""Normalisation on what real JobSpy exports contain: the board's labels contradicting the posting's words.

Every case is written here from the patterns seen in real exports (ng.indeed, LinkedIn and Glassdoor India);
no row of those exports is copied.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from jobs.importers import FileFormatError, read_jobspy_csv
from jobs.normalize import normalize_record
from jobs.normalize.fields import work_arrangement, years_of_experience
from jobs.normalize.record import host_country
from jobs.normalize.text import html_to_text

NG = "https://ng.indeed.com/viewjob?jk=1"


def rec(**fields):
    return {"title": "Accountant", "job_url": NG, "company": "Sahel Foods", "location": "Lagos, LA, NG", **fields}


# --- reading the file ------------------------------------------------------------------------------------------


def _write_jobspy(path: Path, rows: list[dict], columns: list[str]) -> None:
    # As JobSpy's README exports: QUOTE_NONNUMERIC with a backslash escape character.
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, quoting=csv.QUOTE_NONNUMERIC, escapechar="\\")
        writer.writeheader()
        writer.writerows(rows)


def test_a_jobspy_export_is_read_with_its_escape_character(tmp_path):
    path = tmp_path / "jobs.csv"
    columns = ["id", "site", "job_url", "title", "company", "location", "description"]
    _write_jobspy(path, [{"id": "in-1", "site": "indeed", "job_url": NG, "title": "Accountant", "company": "A",
                          "location": "Lagos, LA, NG", "description": "Pay: N120,000 \\- 150,000 monthly"}], columns)
    [(line, record)] = list(read_jobspy_csv(path))
    assert record["description"] == "Pay: N120,000 \\- 150,000 monthly"  # the markdown escape, as JobSpy had it
    job = normalize_record(record)
    assert (job.salary_min, job.salary_max) == (120_000, 150_000)
    assert "\\" not in job.description


def test_the_older_export_without_an_id_column_is_read_and_keyed_by_its_url(tmp_path):
    path = tmp_path / "old.csv"
    columns = ["site", "job_url", "job_url_direct", "title", "company", "location", "job_type", "date_posted",
               "interval", "min_amount", "max_amount", "currency", "is_remote", "emails", "description"]
    url = "https://www.glassdoor.co.in/job-listing/j?jl=42"
    _write_jobspy(path, [{"site": "glassdoor", "job_url": url, "title": "ERP Developer", "company": "B",
                          "location": "Bangalore", "date_posted": "2024-04-11", "is_remote": False,
                          "description": "ERP work."}], columns)
    [(_, record)] = list(read_jobspy_csv(path))
    job = normalize_record(record)
    assert job.source_job_id == url.replace("www.", "") or job.source_job_id.endswith("jl=42")
    assert (job.city, job.country) == ("Bengaluru", "IN")


def test_a_csv_that_is_not_a_jobspy_export_gets_one_error_naming_what_is_missing(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name,phone\nAda,0803\n")
    with pytest.raises(FileFormatError, match=r"not a python-jobspy export: missing column\(s\) title, job_url"):
        list(read_jobspy_csv(path))


# --- pay -------------------------------------------------------------------------------------------------------


def test_naira_labelled_usd_by_ng_indeed_is_stored_as_naira():
    job = normalize_record(rec(min_amount="1800000", max_amount="2400000", currency="USD", interval="yearly"))
    assert (job.salary_currency, job.salary_monthly_min, job.salary_monthly_max) == ("NGN", 150_000, 200_000)


def test_the_postings_own_pay_line_beats_the_boards_fields():
    job = normalize_record(rec(min_amount="3706608", max_amount="4693392", currency="USD", interval="yearly",
                               description="Budget: 300\\-400Kgross\n\nWe are hiring."))
    assert (job.salary_currency, job.salary_min, job.salary_max, job.salary_period) == (
        "NGN", 300_000, 400_000, "monthly")
    assert job.salary_text == "Budget: 300-400Kgross"


@pytest.mark.parametrize(
    ("description", "url", "expected"),
    [
        ("CTC – 7 to 8 lac per annum", "https://in.indeed.com/viewjob?jk=1", ("INR", 700_000, 800_000, "yearly")),
        ("Compensation: 5-8 LPA", "https://www.linkedin.com/jobs/view/1", ("INR", 500_000, 800_000, "yearly")),
        ("Pay: ₹25,000.00 - ₹30,000.00 per month", "https://in.indeed.com/viewjob?jk=1",
         ("INR", 25_000, 30_000, "monthly")),
        ("Salary\n\nN50,000 / month.", NG, ("NGN", 50_000, 50_000, "monthly")),
        ("Salary: 150,000\nPay: ₦100,000.00 - ₦150,000.00 per month", NG, ("NGN", 100_000, 150_000, "monthly")),
        ("Starting on average at 2500€ per month", NG, ("EUR", 2_500, 2_500, "monthly")),
    ],
)
def test_pay_written_in_the_words_of_each_market_is_read(description, url, expected):
    job = normalize_record(rec(description=description, job_url=url))
    assert (job.salary_currency, job.salary_min, job.salary_max, job.salary_period) == expected


@pytest.mark.parametrize(
    "description",
    [
        "We are a $30 billion global innovator.",
        "Earn by performance: send a WhatsApp message to 08149038163 to get started.",
        "Our platform helps more than 400,000 customers learn every day.",
        "Achieve a monthly sales target of ₦10,000,000.",
        "Deliver projects ranging between $250K to $50MM.",
    ],
)
def test_money_that_is_not_the_jobs_pay_is_not_stored_as_pay(description):
    assert normalize_record(rec(description=description)).salary_min is None


# --- place -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("location", "place"),
    [
        ("LA, NG", ("Lagos", "Lagos", "NG")),
        ("Lekki, LA, NG", ("Lagos", "Lagos", "NG")),
        ("Sheffield, ENG, GB", ("Sheffield", "England", "GB")),
        ("KA, IN", ("", "Karnataka", "IN")),
        ("Bengaluru East, Karnataka, India", ("Bengaluru", "Karnataka", "IN")),
        ("Gurgaon, Haryana, India", ("Gurugram", "Haryana", "IN")),
        ("Austin, TX, US", ("Austin", "Texas", "US")),
        ("Damasak, BO, NG", ("Damasak", "Borno", "NG")),
    ],
)
def test_board_location_codes_become_canonical_places(location, place):
    job = normalize_record(rec(location=location))
    assert (job.city, job.state, job.country) == place


def test_a_state_only_place_takes_the_one_big_city_the_posting_names():
    job = normalize_record(rec(location="KA, IN", title="India-Bangalore: BI Developer",
                               job_url="https://in.indeed.com/viewjob?jk=2"))
    assert (job.city, job.state, job.country) == ("Bengaluru", "Karnataka", "IN")


@pytest.mark.parametrize(("url", "country"), [(NG, "NG"), ("https://uk.indeed.com/viewjob?jk=1", "GB"),
                                              ("https://www.glassdoor.co.in/job-listing/j?jl=1", "IN"),
                                              ("https://www.indeed.com/viewjob?jk=1", "US"),
                                              ("https://www.linkedin.com/jobs/view/1", "")])
def test_a_boards_host_says_which_country_it_serves(url, country):
    assert host_country(url) == country


# --- arrangement, experience, text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "flag", "description", "expected"),
    [
        ("Sales Executive", True, "The role is 3 days onsite and 2 days remote.", "hybrid"),
        ("Nanny", True, "Care for two children at the family home in Ikoyi.", "onsite"),
        ("Caregiver", True, "", "onsite"),
        ("Gatehouse Security Guard", True, "Control access at the gate.", "onsite"),
        ("Data Analyst", True, "Analyse sales data.", "remote"),  # the words say nothing: the flag stands
        ("Data Analyst", False, "This is a fully remote role.", "remote"),
        ("Accountant", True, "Work Location: In person", "onsite"),
    ],
)
def test_the_postings_words_beat_the_boards_remote_flag(title, flag, description, expected):
    assert work_arrangement(is_remote=flag, wfh_type="", title=title, location="Lagos, LA, NG",
                            description=description) == expected


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Applicants must be 18 years of age or above.", (None, None)),
        ("Candidates should be aged 25-35 years.", (None, None)),
        ("With over 30 years of experience in the industry, we are a leading bank.", (None, None)),
        ("Our company has been in business for 20 years.", (None, None)),
        ("This is a 2 years renewable contract.", (None, None)),
        ("Experience: 0\\-2 Years".replace("\\", ""), (0, 2)),
        ("Minimum of 5 years’ sales experience.", (5, None)),
        ("* 5+ years building APIs in Python", (5, None)),
        ("Two or more years experience working in UNIX.", (2, None)),
        # a requirement line opening with the years of a line of work (GBfoods' marketing data analyst)
        ("Knowledge & Experience\n\n* 2–4 years in a data analytics or marketing analytics role, preferably within a "
         "consumer-focused environment", (2, 4)),
        ("We have grown for 10 years in a competitive sector.", (None, None)),
    ],
)
def test_only_experience_phrases_give_years(text, years):
    assert years_of_experience(text) == years


def test_an_intern_post_that_names_no_years_asks_for_none():
    assert normalize_record(rec(title="Admin Intern", description="Support the office.")).years_experience_min == 0


def test_no_escape_or_stray_backslash_survives_in_the_description():
    text = html_to_text("P\\&L analysis \\- CI\\CD pipelines \\> done \\* bullet")
    assert "\\" not in text and "P&L" in text and "CI/CD" in text


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"location": "Leeds, ENG, GB", "job_url": "https://uk.indeed.com/viewjob?jk=3",
          "description": "Salary: £25,000 - £30,000 a year"}, ("GBP", 25_000, 30_000, "yearly")),
        ({"location": "Austin, TX, US", "job_url": "https://www.indeed.com/viewjob?jk=3",
          "description": "Pay: $22.50 - $26.00 per hour"}, ("USD", 22.5, 26, "hourly")),
        ({"location": "Austin, TX, US", "job_url": "https://www.indeed.com/viewjob?jk=3", "min_amount": "70000",
          "max_amount": "90000", "currency": "USD", "interval": "yearly", "description": "Build things."},
         ("USD", 70_000, 90_000, "yearly")),
    ],
)
def test_pay_on_uk_and_us_boards_is_read_as_written(fields, expected):
    job = normalize_record(rec(**fields))
    assert (job.salary_currency, job.salary_min, job.salary_max, job.salary_period) == expected


def test_a_remote_job_on_a_countrys_board_is_open_in_that_country():
    job = normalize_record(rec(location="Remote", job_url="https://www.indeed.com/viewjob?jk=4", is_remote=True))
    assert (job.work_arrangement, job.city, job.country) == ("remote", "", "US")


@pytest.mark.parametrize(
    ("description", "expected"),
    [("Remote work is not available for this role.", "onsite"), ("This role is office based.", "onsite"),
     ("You will be in the office 3 days a week.", "hybrid")],
)
def test_uk_and_us_wording_of_the_arrangement_is_read(description, expected):
    assert work_arrangement(is_remote=True, wfh_type="", title="Analyst", location="Leeds, ENG, GB",
                            description=description) == expected


@pytest.mark.parametrize(
    "fields",
    [{}, {"company": "Confidential"}, {"location": "Remote", "is_remote": True}, {"location": "KA, IN"},
     {"location": "", "company": ""}],
)
def test_a_stored_jobs_block_is_recomputed_exactly_as_the_import_made_it(fields):
    from jobs.normalize.record import stored_dedupe_block

    job = normalize_record(rec(**fields))
    assert stored_dedupe_block(company=job.company, job_url=job.job_url, city=job.city, state=job.state,
                               country=job.country, arrangement=job.work_arrangement,
                               location=job.location) == job.dedupe_block


@pytest.mark.parametrize("link", ["javascript:alert(1)", "data:text/html,hi", "ftp://x.example/job", "//evil.example"])
def test_an_apply_link_that_is_not_a_web_address_is_never_kept(link):
    assert normalize_record(rec(job_url_direct=link)).apply_url == ""


def test_a_remote_post_paying_in_one_countrys_currency_is_open_in_that_country():
    """A LinkedIn row with no location, "Location: Remote" and a stipend in rupees is an Indian internship: it
    must not reach a Lagos developer as remote-anywhere. Pay in dollars says nothing about where."""
    rupees = normalize_record(rec(location="", job_url="https://www.linkedin.com/jobs/view/1", is_remote=True,
                                  description="Location: Remote\nStipend: ₹7,500 - ₹15,000 (Paid)"))
    dollars = normalize_record(rec(location="", job_url="https://www.linkedin.com/jobs/view/2", is_remote=True,
                                   description="Location: Remote\nSalary: $3,000 - $4,000 per month"))
    assert (rupees.work_arrangement, rupees.country) == ("remote", "IN")
    assert (dollars.work_arrangement, dollars.country) == ("remote", "")
    euros = normalize_record(rec(location="", job_url="https://www.linkedin.com/jobs/view/3", is_remote=True,
                                 description="Location: Remote\nSalary: €3,000 per month"))
    assert (euros.salary_currency, euros.country) == ("EUR", "")  # many countries pay in euros
