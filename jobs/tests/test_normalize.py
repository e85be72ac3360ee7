"""Raw → canonical field parsers, with the awkward inputs postings really contain."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jobs.enhancement import schema
from jobs.levels import ExperienceLevel
from jobs.normalize import (
    RecordError,
    canonical_url,
    employment_type,
    find_emails,
    find_whatsapp,
    html_to_text,
    normalize_record,
    parse_date,
    work_arrangement,
    years_of_experience,
)
from jobs.normalize.fields import LEVELS


def rec(**fields):
    return {"title": "Accountant", "job_url": "https://ng.indeed.com/viewjob?jk=1", "company": "Sahel Foods",
            "location": "Abuja, FCT, Nigeria", **fields}


@pytest.mark.parametrize(
    ("description", "minimum", "maximum", "currency", "period"),
    [
        ("Salary: ₦450,000 monthly", 450_000, 450_000, "NGN", "monthly"),
        ("Pay: N450k per month", 450_000, 450_000, "NGN", "monthly"),
        ("Salary: NGN 1.2m per annum", 1_200_000, 1_200_000, "NGN", "yearly"),
        ("Salary is 450k naira monthly", 450_000, 450_000, "NGN", "monthly"),
        ("Compensation: $4,000/month", 4_000, 4_000, "USD", "monthly"),
        ("Salary: KSh 80,000 per month", 80_000, 80_000, "KES", "monthly"),
        ("Salary: £45k a year", 45_000, 45_000, "GBP", "yearly"),
        ("Salary: ₦200,000 - ₦350,000 monthly", 200_000, 350_000, "NGN", "monthly"),
        ("Salary: $25 per hour", 25, 25, "USD", "hourly"),
        # a real Abuja post (holdout_5's reader found it stored as weekly pay of ₦650,000 a month)
        ("Salary: N100,000 - N150,000 Monthly + Weekly Commission", 100_000, 150_000, "NGN", "monthly"),
    ],
)
def test_it_reads_pay_from_the_description_when_the_board_gives_none(description, minimum, maximum, currency, period):
    job = normalize_record(rec(description=description))
    assert (job.salary_min, job.salary_max) == (Decimal(minimum), Decimal(maximum))
    assert (job.salary_currency, job.salary_period) == (currency, period)


def test_pay_is_normalised_to_a_month_in_its_own_currency_and_in_usd():
    job = normalize_record(rec(min_amount="6000000", max_amount="7200000", currency="NGN", interval="yearly"))
    assert (job.salary_monthly_min, job.salary_monthly_max) == (500_000, 600_000)
    assert 300 < job.salary_monthly_usd_min < 400
    hourly = normalize_record(rec(min_amount=20.0, max_amount=25.0, currency="USD", interval="hourly"))
    assert round(hourly.salary_monthly_min) == 3467


def test_pay_without_a_currency_takes_the_countrys_and_a_big_figure_is_yearly():
    job = normalize_record(rec(min_amount="6,000,000", max_amount=None))
    assert (job.salary_currency, job.salary_period, job.salary_monthly_min) == ("NGN", "yearly", 500_000)
    assert normalize_record(rec(min_amount="350000")).salary_period == "monthly"


@pytest.mark.parametrize(
    "description",
    ["We turned over ₦5bn last year.", "Call 08031234567 to apply", "3+ years experience required", "2 roles open"],
)
def test_numbers_that_are_not_pay_are_not_read_as_pay(description):
    assert normalize_record(rec(description=description)).salary_min is None


def test_an_implausible_salary_is_dropped_with_a_warning_not_a_rejection():
    job = normalize_record(rec(min_amount="900000000", currency="USD", interval="monthly"))
    assert job.salary_min is None and "implausible" in job.warnings[0]


def test_a_non_numeric_amount_keeps_the_job_without_pay_and_says_why():
    job = normalize_record(rec(min_amount="abc"))
    assert job.salary_min is None
    assert job.warnings == ["salary amount 'abc' is not a number; left empty"]


@pytest.mark.parametrize(
    ("location", "city", "state", "country"),
    [
        ("Eko", "Lagos", "Lagos", "NG"),
        ("Ikeja, Lagos, Nigeria", "Lagos", "Lagos", "NG"),
        ("Lekki Phase 1, Lagos", "Lagos", "Lagos", "NG"),
        ("VI, Lagos", "Lagos", "Lagos", "NG"),
        ("FCT", "Abuja", "FCT", "NG"),
        ("Garki, Abuja", "Abuja", "FCT", "NG"),
        ("PH", "Port Harcourt", "Rivers", "NG"),
        ("Port-Harcourt, Rivers State", "Port Harcourt", "Rivers", "NG"),
        ("Ìbàdàn, Oyo", "Ibadan", "Oyo", "NG"),
        ("Nairobi, Kenya", "Nairobi", "Nairobi", "KE"),
        ("Remote (Nigeria)", "", "", "NG"),
        ("Remote (worldwide)", "", "", ""),
        ("Springfield, Oregon, United States", "Springfield", "Oregon", "US"),
    ],
)
def test_locations_resolve_with_nigerian_aliases(location, city, state, country):
    job = normalize_record(rec(location=location))
    assert (job.city, job.state, job.country) == (city, state, country)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"is_remote": True}, "remote"),
        ({"is_remote": "False", "work_from_home_type": "Hybrid"}, "hybrid"),
        ({"location": "Remote (Nigeria)"}, "remote"),
        ({"title": "Sales Lead (Hybrid)"}, "hybrid"),
        ({"description": "This is a fully remote role."}, "remote"),
        ({"title": "Accountant - not remote"}, "onsite"),
        ({"work_from_home_type": "On-site"}, "onsite"),
        ({}, "onsite"),
    ],
)
def test_work_arrangement_comes_from_flags_then_text(fields, expected):
    base = {"is_remote": None, "work_from_home_type": "", "title": "Accountant", "location": "Lagos",
            "description": ""}
    base.update(fields)
    assert work_arrangement(is_remote=base["is_remote"], wfh_type=base["work_from_home_type"], title=base["title"],
                            location=base["location"], description=base["description"]) == expected


@pytest.mark.parametrize(
    ("job_type", "title", "expected"),
    [("fulltime, contract", "", "fulltime"), ("", "Part-time Tutor", "parttime"), ("", "SIWES Intern", "internship"),
     ("", "Driver (Contract)", "contract"), ("permanent", "", "fulltime"), ("", "Accountant", "")],
)
def test_employment_type(job_type, title, expected):
    assert employment_type(job_type=job_type, title=title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3+ years experience", (3, None)),
        ("3-5 years of experience in sales", (3, 5)),
        ("Minimum of 2 years' experience", (2, None)),
        ("at least five years experience", (5, None)),
        ("Entry level role", (0, 1)),
        ("Graduate Trainee Programme 2027", (0, 1)),
        ("Python 3 and Django 4", (None, None)),
        ("We have been in business for 20 years.", (None, None)),
        # Jobberman's header can carry the top of the range the text asks (four of the 850 real rows)
        ("* Experience Length : 10 years\nWhat You Need\n✔ 3–10years’ experience in financial services sales", (3, 10)),
        ("* Experience Length : 5 years\nRequirements: 5 years experience in sales", (5, None)),
    ],
)
def test_years_of_experience(text, expected):
    assert years_of_experience(text) == expected


def test_experience_level_comes_from_the_board_then_the_title_then_the_years():
    assert normalize_record(rec(job_level="Mid-Senior level")).experience_level == "senior"
    assert normalize_record(rec(title="Graduate Trainee, Finance")).experience_level == "entry"
    assert normalize_record(rec(description="5 years experience")).experience_level == "senior"


@pytest.mark.parametrize(("job_level", "title", "level"), [
    ("", "SIWES Intern, Accounts", ExperienceLevel.INTERN), ("Internship", "Accounts Assistant", ExperienceLevel.INTERN),
    ("", "Director of Sales", ExperienceLevel.HEAD), ("Executive", "Sales", ExperienceLevel.HEAD),
    ("Director", "Sales", ExperienceLevel.HEAD), ("", "Store Manager", ExperienceLevel.MANAGER),
])
def test_experience_levels_are_the_enhancers_words(job_level, title, level):
    assert normalize_record(rec(job_level=job_level, title=title)).experience_level == level


def test_one_experience_vocabulary_for_normalisation_and_the_model():
    assert {name for name, _ in LEVELS} <= set(ExperienceLevel)
    assert schema.LEVELS == (*(level.value for level in ExperienceLevel), "unknown")


def test_html_and_markdown_descriptions_become_plain_text():
    html = "<p>We need a <b>driver</b>.</p><ul><li>Valid licence</li><li>Lagos roads</li></ul><script>x()</script>"
    assert html_to_text(html) == "We need a driver.\n\n- Valid licence\n- Lagos roads"
    assert html_to_text("&lt;p&gt;Escaped &amp;amp; fine&lt;/p&gt;") == "Escaped & fine"
    assert html_to_text("**Requirements**\n- [Apply here](https://x.y)\n\\- 3 years") == (
        "Requirements\n- Apply here\n- 3 years"
    )


def test_contact_email_and_whatsapp_number_are_found_in_the_text():
    text = "Send your CV to HR@Kora.ng or WhatsApp 0803 123 4567 before Friday."
    assert find_emails(text) == ["hr@kora.ng"]
    assert find_whatsapp(text) == "+2348031234567"
    assert find_whatsapp("Chat with us: https://wa.me/2348031234567") == "+2348031234567"
    assert find_whatsapp("Call 0803 123 4567") == ""
    job = normalize_record(rec(description=text))
    assert (job.contact_email, job.contact_whatsapp) == ("hr@kora.ng", "+2348031234567")


def test_tracking_parameters_do_not_make_a_different_url():
    a = canonical_url("https://www.Example.com/jobs/42/?utm_source=li&trk=abc&id=7#apply")
    assert a == canonical_url("http://example.com/jobs/42?id=7&refId=x&gclid=1")
    assert a != canonical_url("https://example.com/jobs/43?id=7")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2026-11-20", date(2026, 11, 20)), ("2026-11-20T08:00:00Z", date(2026, 11, 20)),
     ("1763596800000", date(2025, 11, 20)), (None, None), ("nan", None)],
)
def test_dates(value, expected):
    assert parse_date(value) == expected


def test_relative_dates_count_back_from_today():
    assert parse_date("3 days ago", today=date(2026, 11, 28)) == date(2026, 11, 25)


def test_an_unreadable_date_keeps_the_job_without_a_date_and_says_why():
    job = normalize_record(rec(date_posted="yesterday-ish"))
    assert job.posted_date is None
    assert job.warnings == ["date_posted 'yesterday-ish' is not a date; left empty"]


@pytest.mark.parametrize(
    ("written", "site", "expected"),
    [
        ("9/11/2024", "https://ng.indeed.com/viewjob?jk=1", date(2024, 11, 9)),  # day first outside the US
        ("9/11/2024", "https://www.indeed.com/viewjob?jk=1", date(2024, 9, 11)),
        ("11/28/2024", "https://ng.indeed.com/viewjob?jk=1", date(2024, 11, 28)),  # only one reading is a date
        ("11 Sep 2024", "https://ng.indeed.com/viewjob?jk=1", date(2024, 9, 11)),
        ("Sep 11, 2024", "https://ng.indeed.com/viewjob?jk=1", date(2024, 9, 11)),
        ("2024-09-11T08:00:00", "https://ng.indeed.com/viewjob?jk=1", date(2024, 9, 11)),
    ],
)
def test_written_dates_are_read_with_the_sites_day_order(written, site, expected):
    assert normalize_record(rec(date_posted=written, job_url=site)).posted_date == expected


@pytest.mark.parametrize(("fields", "reason"), [({"title": " "}, "title is empty"),
                                                ({"job_url": "nan"}, "job_url is empty"),
                                                ({"job_url": "javascript:alert(1)"}, "not an http")])
def test_records_that_cannot_be_jobs_say_why(fields, reason):
    with pytest.raises(RecordError, match=reason):
        normalize_record(rec(**fields))


def test_a_direct_url_stands_in_for_a_missing_job_url():
    job = normalize_record(rec(job_url=None, job_url_direct="https://careers.kora.ng/jobs/9"))
    assert job.job_url == "https://careers.kora.ng/jobs/9"


@pytest.mark.parametrize(
    ("title", "level"),
    [("Front Desk Staff", ""), ("Kitchen Staff", ""), ("Staff Software Engineer", "lead"), ("Sales Team Lead", "lead")],
)
def test_staff_is_a_level_only_before_the_line(title, level):
    """"Front Desk Staff" was read as a lead's post asking seven years, and blocked for every receptionist."""
    from jobs.vocabulary import strip_seniority

    assert normalize_record(rec(title=title)).experience_level == level
    assert strip_seniority(title)[1] == level


@pytest.mark.parametrize(
    ("job_type", "description", "kind"),
    [("parttime", "This is a part-time hybrid role.", "parttime"),
     ("parttime, fulltime", "", "fulltime"),  # the board offers both
     ("parttime", "This is a full-time on-site role, located in Lagos.", "fulltime"),  # a board header the text corrects
     ("", "Full and part-time positions are available.", "fulltime"),
     ("", "Part-time weekend cashier.", "parttime")],
)
def test_a_part_time_post_that_also_offers_full_time_places_is_full_time(job_type, description, kind):
    assert normalize_record(rec(job_type=job_type, description=description)).employment_type == kind


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        ("Method of application ... Deadline: 25/08/2025", date(2025, 8, 25)),
        ("**Closing Date**\n\n9th September, 2025.", date(2025, 9, 9)),
        ("Application closes 18th August 2025", date(2025, 8, 18)),
        ("**Deadline to Apply:**Thursday, August 14th, 2025.", date(2025, 8, 14)),
        ("Deadline | August 25, 2025", date(2025, 8, 25)),
        ("Closing Date 12-Sep-2025", date(2025, 9, 12)),
        ("CLOSING DATE FOR APPLICATIONS - Wednesday 3rd September 2025", date(2025, 9, 3)),
        ("The application deadline is 15th August, 2025", date(2025, 8, 15)),
        ("Deadline: 19 Aug 2025 W. Central Africa Standard Time", date(2025, 8, 19)),
        ("Deadline: 08/31/2025", date(2025, 8, 31)),  # month first only where day first cannot be a date
        ("Deadline: 09/12/2023", date(2023, 12, 9)),  # a stale repost: kept, so the job is closed
        ("You will meet deadlines and manage projects. Started 12/03/2025.", None),
        ("Deadline: 31/02/2025", None),
        ("Deadline: 25/08/2204", None),  # a typo's year
        ("Deadline: 3oth August 2025", None),
    ],
)
def test_a_closing_date_the_post_states_is_read(text, closing):
    from jobs.normalize.fields import application_deadline

    assert application_deadline(text, posted=date(2025, 8, 13)) == closing


@pytest.mark.parametrize(("header", "city", "state"), [
    ("Rest of Nigeria (Abia)", "", "Abia"),
    ("Rest of Nigeria (Ondo)", "", "Ondo"),  # the state, not its namesake town
    ("Rest of Nigeria (Nationwide)", "", ""),
])
def test_a_jobberman_header_places_a_post_in_its_state(header, city, state):
    """Jobberman places a job outside Lagos and Abuja by its state in the header; the board's location says only
    "NG", so the post was read as naming no place and sent to no one."""
    description = f"Today\nA\nSales Representative\n====\n\nAcme\n----\n\n{header}\nFull Time\n\nSell our goods."
    job = normalize_record(rec(location="NG", description=description))
    assert (job.city, job.state, job.country) == (city, state, "NG")

