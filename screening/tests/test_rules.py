"""The offline rules on postings written the way scammers and real employers write (no database)."""

from __future__ import annotations

import pytest

from screening.openai_screen import ModelVerdict, combined
from screening.rules import BlockedValues, Posting, Verdict, normalise_block_value, screen

REAL = Posting(
    title="Accountant", company="Kola Foods Ltd", location="Ibadan", country="NG", salary_currency="NGN",
    salary_monthly_min=250_000, years_experience_min=3, contact_email="careers@kolafoods.com",
    description="We are a food manufacturer. Prepare monthly accounts and reconcile banks. Pay: ₦250,000 per month. "
                "Send your CV to careers@kolafoods.com. We never ask for 'registration fees' or 'processing fees'.",
)


def posting(description: str, **fields) -> Posting:
    return Posting(**{"title": "Customer Service Representative", "company": "Bright Star Services",
                      "location": "Lagos", "country": "NG", "description": description, **fields})


def test_a_real_posting_that_warns_against_fees_is_ok():
    assert screen(REAL).verdict == Verdict.OK


@pytest.mark.parametrize("text", [
    "Successful applicants will pay a one-time registration fee of N5,000.",
    "Training fee: N15,000, payable before commencement.",
    "Shortlisted candidates must pay a medical fee at our clinic.",
    "Pay ₦10,000 to the HR account to get your appointment letter.",
    "Application form costs N2,500, payable to the account below.",
])
def test_money_asked_of_applicants_holds_the_job(text):
    result = screen(posting(text))
    assert result.verdict in {Verdict.REVIEW, Verdict.BLOCKED}
    assert any("asks applicants to pay" in t for t in result.texts())


def test_the_employer_paying_a_salary_is_not_a_fee():
    assert screen(posting("We pay N150,000 monthly. Pay: ₦150,000.00 per month.")).verdict == Verdict.OK


@pytest.mark.parametrize("text", [
    "Be your own boss! Join our network marketing team.",
    "Earn commission from every person you bring in. Multi-level compensation plan.",
    "Invite your friends and earn referral bonus on every task.",
])
def test_pyramid_pitches_are_held(text):
    assert screen(posting(text)).verdict != Verdict.OK


def test_pay_no_cleaner_earns_is_held_with_the_figure_in_words():
    result = screen(posting("Cleaners needed for an estate.", title="Cleaner", salary_currency="NGN",
                            salary_monthly_min=800_000))
    assert result.verdict != Verdict.OK
    assert any("₦800,000 a month" in t and "cleaner" in t for t in result.texts())


def test_an_ordinary_cleaner_wage_is_fine():
    assert screen(posting("Cleaners needed.", title="Cleaner", salary_currency="NGN",
                          salary_monthly_min=70_000)).verdict == Verdict.OK


def test_a_famous_name_with_a_free_email_address_is_an_impersonation():
    result = screen(posting("Send your CV to shell.recruit.ng@gmail.com", title="Offshore Technician",
                            company="Shell Recruitment Unit", contact_email="shell.recruit.ng@gmail.com"))
    assert result.verdict != Verdict.OK
    assert any("Shell" in t and "free email" in t for t in result.texts())


@pytest.mark.parametrize("text", [
    "Na small work, you go collect 150k every week. Pay small money for form.",
    "Oya come Ikotun for interview tomorrow, come with the money.",
    "Madam dey find house help. Abeg no tell anybody. You go bring 5k for agent.",
])
def test_pidgin_scam_phrasings_are_held(text):
    assert screen(posting(text, company="")).verdict != Verdict.OK


def test_secrecy_and_a_hotel_interview_with_an_unknown_employer_are_held():
    result = screen(posting("Interview at a hotel in Wuse 2. Keep this confidential, don't tell anyone.",
                            company="Confidential"))
    assert result.verdict != Verdict.OK


def test_urgent_alone_holds_nothing():
    assert screen(posting("Urgent hiring: customer service reps for our Ikeja office.")).verdict == Verdict.OK


def test_a_blocked_company_or_number_blocks_its_postings_whatever_they_say():
    blocklist = BlockedValues(companies=frozenset({normalise_block_value("company", "Global Link Services Ltd.")}),
                              phones=frozenset({normalise_block_value("phone", "+234 813 456 7890")}))
    by_name = screen(posting("A normal job.", company="GLOBAL LINK SERVICES"), blocklist=blocklist)
    by_number = screen(posting("Call 08134567890 to apply."), blocklist=blocklist)
    assert by_name.verdict == by_number.verdict == Verdict.BLOCKED
    assert "an operator blocked" in by_name.texts()[0]


def test_the_model_never_overrules_a_rule_that_blocked_and_alone_only_asks_for_review():
    blocked = screen(posting("Registration fee of N5,000. Pay N5,000 to our agent.", company=""))
    assert blocked.verdict == Verdict.BLOCKED
    assert combined(blocked, ModelVerdict(Verdict.OK, [])).verdict == Verdict.BLOCKED
    clean = screen(REAL)
    raised = combined(clean, ModelVerdict(Verdict.BLOCKED, ["Asks for money on the phone."]))
    assert raised.verdict == Verdict.REVIEW and "OpenAI: Asks for money on the phone." in raised.texts()
    review = screen(posting("Be your own boss! Network marketing."))
    assert combined(review, ModelVerdict(Verdict.OK, [])).verdict == Verdict.REVIEW  # never milder
