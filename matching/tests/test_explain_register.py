"""The "why" in the seeker's register: every reason the scoring can write has a Pidgin wording."""

from __future__ import annotations

import itertools

from aremu.voice import PIDGIN, speaking
from matching.explain import in_register, render_explanation
from matching.profiles import compile_job, compile_seeker
from matching.scoring import MatchResult, score

SEEKERS = [
    compile_seeker(roles=["Backend Developer", "Software Engineer"], skills=["Python"], locations_=["Lagos"],
                   years=4, salary_min=300_000),
    compile_seeker(roles=["Accountant"], locations_=["anywhere"], arrangements=["onsite"]),
    compile_seeker(skills=["Excel"], locations_=["Ikeja"], arrangements=["remote"], salary_min=100, years=1),
    compile_seeker(roles=["Sales Representative"], skills=["Sales"], locations_=["Kano"], years=2),
    compile_seeker(roles=["month-end close and reconciliation"], skills=["Payroll", "Reconciliation"], locations_=["Lagos"],
                   years=5),
    compile_seeker(roles=["maths teacher"], locations_=["Lagos"], salary_min=100_000),
    compile_seeker(roles=["nursery teacher"], locations_=["Lagos"]),
    compile_seeker(roles=["NCE teacher, pry 1-6"], locations_=["Lagos"]),
    compile_seeker(roles=["Office Manager / Admin Manager – 6yrs"], locations_=["Yaba", "Surulere"], years=6),
    compile_seeker(roles=["flutter dev"], skills=["Flutter"], locations_=["Lagos"], years=3),
    compile_seeker(roles=["Senior backend engineer"], skills=["Python", "Django"], locations_=["Lagos"], years=8),
    compile_seeker(roles=["sales girl, SSCE"], locations_=["Lagos"], years=1),
    compile_seeker(roles=["sales girl, i no get license"], locations_=["Lagos"], years=1),
    compile_seeker(roles=["frontend dev"], skills=["React"], locations_=["Lagos"], years=2),
    compile_seeker(roles=["Full Stack Developer", "Software Engineer"], skills=["Python", "REST APIs"],
                   locations_=["Lagos"], years=4),
    compile_seeker(roles=["Sales Representative, 3 years in FMCG"], skills=["Sales"], locations_=["Lagos"], years=3),
    compile_seeker(roles=["maths teacher, SS1-SS3 WAEC"], locations_=["Lagos"], years=5),
    compile_seeker(roles=["Head of HR"], locations_=["Lagos"], years=10),
    compile_seeker(roles=["Cleaner"], locations_=["Lagos Mainland", "Yaba"], years=2),
    compile_seeker(roles=["Shop Attendant"], skills=["POS"], locations_=["Lagos"], years=1),
    compile_seeker(roles=["Relationship Officer"], locations_=["Lagos"], years=3),
    compile_seeker(roles=["Registered Nurse"], skills=["Nursing"], locations_=["Lagos"], years=4),
    compile_seeker(roles=["customer care, 2 yrs. No sales target jobs pls"], locations_=["Lagos"], years=2),
    compile_seeker(roles=["Internal auditor"], skills=["Auditing"], locations_=["Lagos"], years=5),
    compile_seeker(roles=["data analyst, open to internship"], skills=["Python"], locations_=["Lagos"], years=0),
]
JOBS = [
    # an internship of another line than a data analyst's
    compile_job(title="Python Developer Intern", ai_titles=["Intern"], skills=["Python"], arrangement="remote", country="NG"),
    # an accountant's post, of an auditor's family
    compile_job(title="Accountant", skills=["Auditing"], city="Lagos", state="Lagos", country="NG"),
    # a manager's post asking more years than a sales rep has
    compile_job(title="Sales Manager", city="Lagos", state="Lagos", country="NG", years_min=3,
                description="Requirements:\n* 3 years of sales experience"),
    compile_job(title="Office Assistant", city="Lagos", state="Lagos", country="NG", location="Lekki, Lagos"),
    compile_job(title="iOS Developer", arrangement="remote", country="NG"),
    compile_job(title="Sales Representative", city="Lagos", state="Lagos", country="NG",
                description="Requirements:\n* Minimum of OND"),
    compile_job(title="Van Sales Representative", city="Lagos", state="Lagos", country="NG",
                description="Requirements:\n* Valid driver's licence"),
    compile_job(title="Sales Executive", skills=["Sales"], city="Lagos", state="Lagos", country="NG",
                description="Requirements:\n* Minimum of B.Sc in any discipline"),
    compile_job(title="Cleaner", city="Lagos", state="Lagos", country="NG", description="* Must reside around Ikeja"),
    compile_job(title="Frontend Developer", skills=["Vue.js"], city="Lagos", state="Lagos", country="NG"),
    compile_job(title="HR Manager", city="Lagos", state="Lagos", country="NG", years_min=1,
                description="* 1-2 years of experience"),
    compile_job(title="Mathematics Teacher", ai_titles=["Teacher"], city="Lagos", state="Lagos", country="NG",
                description="A Mathematics teacher for Key Stage 1 & 2"),
    compile_job(title="Sales Executive", skills=["Sales"], city="Lagos", state="Lagos", country="NG",
                description="* Minimum of 2 years of sales experience in the real estate industry"),
    compile_job(title="Full Stack Developer", skills=["Python", "React"], city="Lagos", state="Lagos", country="NG"),
    compile_job(title="iOS Developer", skills=["REST APIs"], city="Lagos", state="Lagos", country="NG"),
    compile_job(title="Backend Engineer", skills=["Python"], city="Lagos", state="Lagos", country="NG",
                salary_max=400_000, salary_currency="NGN", years_min=3),
    compile_job(title="Backend Engineer", skills=["Python"], city="Lagos", state="Lagos", country="NG",
                salary_max=260_000, salary_currency="NGN", years_min=3),
    compile_job(title="Backend Engineer", skills=["Python"], city="Lagos", state="Lagos", country="NG",
                salary_max=285_000, salary_currency="NGN", years_min=3, description="Pay: 285k plus performance bonus"),
    compile_job(title="Frontend Developer", ai_titles=["Frontend Developer"], skills=["React"], city="Lagos",
                state="Lagos", country="NG", salary_max=200_000, salary_currency="NGN", years_min=8),
    compile_job(title="Senior Accountant", skills=["Excel"], location="Nigeria", country="NG", arrangement="hybrid",
                salary_max=50_000, salary_currency="NGN"),
    compile_job(title="Python Developer", skills=[], arrangement="remote", country="IN", salary_max=5000,
                salary_currency="INR"),
    compile_job(title="Sales Officer", skills=["Sales"], city="Accra", country="GH"),
    compile_job(title="Sales Manager", skills=["Sales", "Excel"], state="Kano", country="NG"),
    compile_job(title="Accounts Officer", skills=["Bookkeeping"], city="Ikeja", state="Lagos", country="NG"),
    compile_job(title="Cleaner"),
    compile_job(title="HR Officer", city="Lagos", state="Lagos", country="NG"),
    compile_job(title="Cleaner", city="Lagos", state="Lagos", country="NG", location="Lekki, Lagos"),
    compile_job(title="CRS Teacher", city="Lagos", state="Lagos", country="NG"),
    compile_job(title="Volunteer Teacher", city="Lagos", state="Lagos", country="NG"),
    compile_job(title="Nursery Teacher", ai_titles=["Teacher"], city="Lagos", state="Lagos", country="NG"),
    compile_job(title="Payroll Trainee", skills=["Payroll"], city="Lagos", state="Lagos", country="NG", years_min=0),
    compile_job(title="Accounts Intern", skills=["Payroll", "Reconciliation"], city="Lagos", state="Lagos",
                country="NG", experience_level="internship"),
    compile_job(title="DSA for Microfinance Bank", ai_titles=["Bank Marketer"], city="Lagos", state="Lagos",
                country="NG"),
    compile_job(title="Field Sales Agent", city="Lagos", state="Lagos", country="NG", years_min=5,
                description="Experience:\n* Field Sales Agent: 5 years (Preferred)"),
    compile_job(title="Ophthalmic Nurse", city="Lagos", state="Lagos", country="NG"),
    compile_job(title="Customer Service Representative", city="Lagos", state="Lagos", country="NG",
                description="Requirements:\n* At least 2 years of experience working in Sales with sales targets."),
    # a neighbouring line's post far below the seeker's years (the senior backend engineer below)
    compile_job(title="Full Stack Software Engineer", ai_titles=["Full Stack Developer"], city="Lagos", state="Lagos",
                country="NG", years_min=3),
]


def test_every_reason_and_block_reads_in_pidgin():
    untranslated = set()
    with speaking(PIDGIN):
        for seeker, job in itertools.product(SEEKERS, JOBS):
            result = score(seeker, job)
            for reason in result.reasons.values():
                if in_register(reason) == reason:
                    untranslated.add(reason)
            text = render_explanation(result, title=job.title, threshold=39)
            assert "e match" in text and "Not a match" not in text and "I need to send" not in text
    assert not untranslated


def test_the_stored_english_reasons_stay_english_outside_pidgin():
    result = MatchResult(total=50, breakdown={"titles": 35}, reasons={"titles": "your role “A” = “B”"})
    assert "your role “A” = “B”" in render_explanation(result, title="B", threshold=39)
    with speaking(PIDGIN):
        assert "your work “A” na “B”" in render_explanation(result, title="B", threshold=39)
