"""The offline enhancer on the shapes real postings take: words in other senses, employers described in
prose, titles outside the vocabulary, job-board furniture and ages that look like experience.

All sentences here are made up; the real exports are only read (never copied) by the last test.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest

from jobs.enhancement import JobText
from jobs.enhancement.classify import TITLE_FUNCTION
from jobs.enhancement.offline import OfflineEnhancer, extract_years
from jobs.enhancement.posting import parse
from jobs.normalize.text import html_to_text
from jobs.vocabulary import TITLE_GROUPS

enhance = OfflineEnhancer().enhance
REALDATA = Path(__file__).resolve().parents[4] / "shared" / "realdata"


def test_driving_revenue_is_not_the_driving_skill():
    job = JobText(title="Regional Sales Manager",
                  description="You will be driving revenue growth across the region.\n"
                              "Requirements\n- 5 years of experience in FMCG sales")
    skills = enhance(job).skills
    assert "Driving" not in skills and "Sales" in skills


def test_catering_for_residents_is_not_the_catering_skill():
    job = JobText(title="Caregiver", description="Our home is catering for 50 residents. You will feed them.")
    assert "Catering" not in enhance(job).skills


def test_a_trade_word_counts_when_the_job_is_that_trade_or_asks_for_it():
    driver = JobText(title="Company Driver", description="Take the MD to meetings. Valid driver's licence and "
                                                          "3 years of driving experience.")
    assistant = JobText(title="Office Assistant", description="Requirements: experience in catering is a plus.")
    assert "Driving" in enhance(driver).skills
    assert "Catering" in enhance(assistant).skills


def test_soft_traits_are_not_listed_as_skills():
    job = JobText(title="Bookkeeper", description="Excellent communication and problem solving skills. "
                                                  "Keep the books in QuickBooks.")
    skills = enhance(job).skills
    assert "QuickBooks" in skills and "Communication" not in skills and "Problem Solving" not in skills


def test_industry_follows_the_employer_not_the_duties():
    job = JobText(title="Accountant", company="Golden Crust Ltd",
                  description="About us\nWe are a leading FMCG company making biscuits and snacks.\n\n"
                              "Responsibilities\n- Prepare the bank reconciliation\n- Track loans and credit\n"
                              "- Monitor payments to the bank")
    result = enhance(job)
    assert result.industry == "FMCG & Manufacturing" and result.job_function == "Finance & Accounting"


def test_a_recruiter_s_client_is_the_employer():
    job = JobText(title="Receptionist", company="Talentbridge HR",
                  description="Our client, a boutique hotel in Ikoyi, is recruiting to fill the position below.")
    assert enhance(job).industry == "Hospitality & Food Service"


@pytest.mark.parametrize(
    ("title", "function"),
    [("Sales Executive", "Sales & Business Development"), ("Business Developer", "Sales & Business Development"),
     ("Admin Officer", "Administration"), ("Front Desk", "Administration"),
     ("Store Keeper", "Supply Chain & Procurement"), ("Nanny", "Cleaning & Domestic"), ("Caregiver", "Healthcare"),
     ("Chef", "Hospitality & Food"), ("Software Engineer II", "Software & Engineering"),
     ("SDE", "Software & Engineering"), ("Java Developer", "Software & Engineering"),
     ("Technical Lead", "Software & Engineering"), ("Customer Success", "Customer Service"),
     ("Head of Treasury", "Finance & Accounting"), ("Key Account Executive - Snacks", "Sales & Business Development"),
     ("Loan Recovery Coordinator", "Banking Operations"), ("Python Developer Intern", "Software & Engineering"),
     ("Summer Intern", "Graduate & Internship")],
)
def test_real_world_titles_get_a_function(title, function):
    assert enhance(JobText(title=title)).job_function == function


def test_a_bare_engineer_title_reads_the_description():
    software = JobText(title="Engineer 3", description="Build APIs in Python on AWS; write code and review code.")
    plant = JobText(title="Engineer 3", description="Maintain boilers, pumps and compressors at the mill.")
    assert enhance(software).job_function == "Software & Engineering"
    assert enhance(plant).job_function == "Engineering (Non-software)"


def test_every_title_group_has_a_function():
    assert [group[0] for group in TITLE_GROUPS if group[0] not in TITLE_FUNCTION] == []


BOARD_POSTING = """Today
A
Stock Controller
====================

Acme Foods Limited
----------------------

Supply Chain \\& Procurement
-------------------------------

Lagos Full Time
Manufacturing \\& Warehousing Confidential
* Minimum Qualification :
* Experience Length : 3 years
Job Description/Requirements

Job Title: Stock Controller
Location: Ikeja, Lagos
Job Type: Full\\-time
Salary: N150,000

Our client, a leading food manufacturer, is recruiting to fill the position below.

Acme Foods makes noodles and snacks for West Africa. The Stock Controller will keep our warehouse stock \\
accurate and on time.

Responsibilities
* Count and record stock daily
* Reconcile bin cards with the system
* Report shortages to the plant manager
* Prepare the month\\-end stock report

Interested and qualified candidates should send their CV to jobs@acme.ng. Kindly apply online.
"""


def test_the_board_header_and_field_lines_are_read_as_facts():
    posting = parse(BOARD_POSTING)
    assert posting.board_category == "Supply Chain & Procurement"
    assert posting.board_industry == "Manufacturing & Warehousing"
    assert posting.fields["location"] == "Ikeja, Lagos" and posting.fields["experience length"] == "3 years"


def test_a_summary_has_no_board_furniture_boilerplate_or_backslashes():
    summary = enhance(JobText(title="Stock Controller", company="Acme Foods", description=BOARD_POSTING)).summary

    assert "\\" not in summary and "===" not in summary and "---" not in summary
    assert not re.search(r"(?im)^(?:job title|location|company|job type|salary|deadline|experience)\s*:", summary)
    assert "recruiting to fill" not in summary and "Kindly apply" not in summary and "@" not in summary
    assert "The Stock Controller will keep our warehouse stock" in summary
    assert summary.count("\n• ") == 3 and "• Count and record stock daily" in summary


def test_a_posting_with_no_usable_sentence_opens_with_its_own_facts():
    description = "Job Title: Welder\nLocation: Apapa, Lagos\n\nRequirements\n* Trade test certificate"
    summary = enhance(JobText(title="Welder", company="Ironbridge Ltd", location="Apapa, Lagos",
                              description=description)).summary
    assert summary.startswith("Ironbridge Ltd is hiring a Welder in Apapa.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Applicants must be 18 years and above with 3 years of driving experience.", (3, None)),
     ("Candidates aged 25-35 years with experience in sales.", (None, None)),
     ("Age: 21-28 years", (None, None)),
     ("Must be at least 18 years of age.", (None, None)),
     ("With over 30 years of experience in haulage, we move Nigeria. You need 2+ years of experience.", (2, None)),
     ("We have been in business for 20 years. Minimum of 4 years experience.", (4, None)),
     ("Forklift operation: 2 years (Preferred)", (2, None)),
     ("* Experience Length : 5 years", (5, None))],
)
def test_ages_and_company_histories_are_not_experience(text, expected):
    assert extract_years(text) == expected


def _real_rows() -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    rows: list[dict[str, str]] = []
    for path in sorted(REALDATA.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows.extend(csv.DictReader(handle, escapechar="\\"))
    return rows


@pytest.mark.once
@pytest.mark.skipif(not REALDATA.is_dir(), reason="the real job-board exports (../shared/realdata) are absent")
def test_real_postings_get_a_function_and_a_clean_summary():
    results = [enhance(JobText(title=row["title"], company=row["company"], location=row["location"],
                               description=html_to_text(row["description"] or ""))) for row in _real_rows()]
    with_function = sum(bool(result.job_function) for result in results) / len(results)
    debris = [r.summary for r in results if "\\" in r.summary or "===" in r.summary
              or re.search(r"(?im)^(?:job title|location|job type|salary)\s*:", r.summary)]
    assert with_function >= 0.9
    assert len(debris) <= 0.02 * len(results), debris[:3]
