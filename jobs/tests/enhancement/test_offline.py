"""The offline enhancer: titles, skills, classification, stated facts and the WhatsApp summary."""

from __future__ import annotations

import re

import pytest

from jobs.enhancement import JobText
from jobs.enhancement.offline import OfflineEnhancer, clean_title, extract_arrangement, extract_titles, extract_years
from jobs.enhancement.text import SUMMARY_LIMIT

enhance = OfflineEnhancer().enhance


@pytest.mark.parametrize(
    ("title", "description", "canonical", "skill"),
    [
        ("POS Attendant", "Run our agent banking kiosk: cash withdrawals, transfers and airtime.", "POS Operator",
         "Mobile Money"),
        ("DISPATCH RIDER", "Deliver parcels around Lagos. Valid rider's permit required.", "Dispatch Rider",
         "Motorcycle Riding"),
        ("Fashion Designer / Tailor", "Cut and sew native and corporate wears for women.", "Tailor", "Tailoring"),
        ("Cook / Caterer", "Prepare Nigerian dishes in large quantities; food handler's certificate.", "Cook",
         "Catering"),
        ("Call centre agent", "Receive inbound calls and log cases in the CRM.", "Customer Care Representative",
         "CRM"),
        ("Staff Nurse (ICU)", "Monitor critically ill patients; NMCN licence.", "Nurse", "Critical Care Nursing"),
        ("Senior Backend Engineer (Remote)", "Build APIs in Python and Django with PostgreSQL.", "Backend Developer",
         "Django"),
    ],
)
def test_it_finds_the_title_group_and_skills_across_fields(title, description, canonical, skill):
    result = enhance(JobText(title=title, description=description))

    assert canonical in result.job_titles
    assert skill in result.skills
    assert result.source == "offline"


def test_the_posting_title_comes_first_then_its_equivalents():
    titles = enhance(JobText(title="Finance Officer (Urgent) - Lagos", description="")).job_titles

    assert titles[:2] == ["Finance Officer", "Accountant"]
    assert "Accounts Officer" in titles and len(titles) <= 10


def test_a_typo_in_a_title_still_finds_its_group():
    assert "Software Engineer" in enhance(JobText(title="Sofware Enginer")).job_titles


def test_everyday_words_are_not_read_as_skills():
    text = "Take the rest of the day off, go to the office, express interest and spring into action. Word!"
    assert enhance(JobText(title="Office Assistant", description=text)).skills == []


def test_contacts_and_the_company_name_are_not_skills():
    job = JobText(title="Cleaner", company="Sparkle Recruitment Logistics",
                  description="Sweep and mop. Send CV to recruitment@hr-logistics.ng or call 0803 123 4567.")
    assert enhance(job).skills == ["Cleaning"]


def test_degree_subjects_are_not_skills_but_the_work_is():
    job = JobText(title="Medical Sales Representative",
                  description="Detail our products to doctors. Requirements: B.Sc in Microbiology or Chemistry, "
                              "2+ years of pharmaceutical sales experience.")
    skills = enhance(job).skills
    assert "Pharmaceutical Sales" in skills
    assert "Microbiology" not in skills and "Chemistry" not in skills


def test_function_and_industry_follow_the_work_and_the_employer():
    result = enhance(JobText(title="Internal Auditor", company="Pristine Hospitals Group",
                             description="Audit revenue collection across our three hospitals."))
    assert result.job_function == "Finance & Accounting"
    assert result.industry == "Healthcare"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-5 years of experience in HR", (3, 5)),
        ("5+ years of Android development experience", (5, None)),
        ("minimum of 2 years experience", (2, None)),
        ("at least 4 years in a bank", (4, None)),
        ("Founded 25 years ago, we sell shoes", (None, None)),
    ],
)
def test_it_reads_the_years_of_experience_asked_for(text, expected):
    assert extract_years(text) == expected


def test_seniority_comes_from_the_title_or_else_the_years():
    assert enhance(JobText(title="Senior Accountant")).experience_level == "senior"
    assert enhance(JobText(title="Accountant", description="6+ years of experience")).experience_level == "senior"
    assert enhance(JobText(title="Accountant")).experience_level == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [("This is a fully remote role.", "remote"), ("We work hybrid: Tuesdays in the office.", "hybrid"),
     ("This is not a remote role.", ""), ("Office in Ikeja.", "")],
)
def test_it_reads_a_stated_work_arrangement(text, expected):
    assert extract_arrangement(text) == expected


def test_clean_title_drops_what_is_not_the_job():
    assert clean_title("Senior Software Engineer, Payments (Remote - Africa)") == "Senior Software Engineer"
    assert clean_title("Graduate Trainee Programme 2027") == "Graduate Trainee Programme"
    assert clean_title("POS Operator Needed Urgently") == "POS Operator"


def test_a_rank_written_first_goes_back_after_its_line():
    """A bank's "Officer, Client Service" (holdout_37's teller wanted it) was read as a bare "Officer"."""
    assert clean_title("Officer, Client Service") == "Client Service Officer"
    assert clean_title("Head, Procurement & Supply Chain") == "Head of Procurement & Supply Chain"
    assert clean_title("Analyst, Benefits, Stanbic IBTC Pension Managers Limited") == "Benefits Analyst"
    assert "Customer Care Representative" in extract_titles("Officer, Client Service")


def test_the_summary_is_short_whatsapp_text():
    description = (
        "**About us**\nWe are a [fintech](https://x.ng) in Lagos hiring a backend developer.\n\n"
        "**Responsibilities**\n- Build payment APIs in Python\n- Review code\n- Mentor juniors\n- Be on call\n\n"
        "**Benefits**\n- HMO\n\n## How to apply\nSend your CV to jobs@x.ng" + " More words." * 200
    )
    summary = enhance(JobText(title="Backend Developer", description=description)).summary

    assert len(summary) <= SUMMARY_LIMIT
    assert "• Build payment APIs in Python" in summary and "• Be on call" not in summary  # three duties at most
    assert "HMO" not in summary and "jobs@x.ng" not in summary
    assert not re.search(r"\*\*|#|\]\(|https?://", summary)
    assert summary.splitlines()[-1].startswith("_Skills:_ Python")


def test_an_empty_posting_still_gets_an_enhancement():
    result = enhance(JobText(title="Xyzzy"))
    assert result.job_titles == ["Xyzzy"] and result.skills == [] and result.summary == ""


def test_html_descriptions_are_read_as_text():
    description = "<p>We need a <b>Tailor</b> &amp; cutter.</p><ul><li>Sew native wears</li><li>Fit clients</li></ul>"
    result = enhance(JobText(title="Tailor", description=description))
    assert "<" not in result.summary and "&amp;" not in result.summary
    assert "We need a Tailor & cutter." in result.summary and "Tailoring" in result.skills


def test_summaries_never_carry_links_emails_or_phone_numbers():
    description = "Great driver job. Apply at https://bit.ly/x or jobs@x.ng or call 0803 123 4567 today."
    summary = enhance(JobText(title="Driver", description=description)).summary
    assert "http" not in summary and "@" not in summary and "0803" not in summary


def test_an_immediate_joiner_is_no_carpenter():
    """Indian boards' "(Immediate Joiner)" asks someone who can start at once: it had made a backend and MLOps post
    a carpenter's (real postings, 2026-12-04). A joiner's own post keeps its line."""
    assert "Carpenter" not in extract_titles("Backend and MLOps Engineer - (Immediate Joiner)")
    assert "Carpenter" in extract_titles("Joiner") and "Carpenter" in extract_titles("Carpenter / Joiner needed")
