"""Matches testers found wrong outside the labelled set (issue 16), as the seed's function scores them."""

from __future__ import annotations

import pytest

from accounts.models import UserPreferences
from accounts.selectors import ROLE_TEXT, ROLE_TEXT_FOR
from aremu.voice import PIDGIN, speaking
from jobs.models import CanonicalJob
from matching.explain import render_explanation
from matching.profiles import (
    bracket_specialties,
    compile_job,
    compile_seeker,
    refused_groups,
    role_groups,
    title_groups,
)
from matching.scoring import calculate_match_score, job_from_row, score, seeker_from_preferences
from matching.terms import job_place_keys


def seeker(**fields) -> UserPreferences:
    return UserPreferences(**{"preferences_confirmed": True, "salary_currency": "NGN", "preferred_locations": ["Lagos"],
                              **fields})


def job(title: str, *, titles: list[str], skills: list[str], **fields) -> CanonicalJob:
    values = {"city": "Lagos", "state": "Lagos", "country": "NG", "work_arrangement": "onsite", **fields}
    return CanonicalJob(title=title, ai_job_titles=titles, ai_skills=skills, **values)


BACKEND = seeker(job_roles=["Backend Developer", "Software Engineer"], technical_skills=["Python", "Django"],
                 years_of_experience=4)
FRONTEND = job("Senior Frontend Engineer (React)", titles=["Frontend Developer"], skills=["React", "TypeScript"])


def test_a_broad_second_role_does_not_bring_a_specialty_the_skills_contradict():
    result = calculate_match_score(BACKEND, FRONTEND)
    assert result.blocked == "a different specialty"
    assert "Backend Developer" not in result.reasons["titles"]  # the old "why" named the wrong role


def test_the_same_specialty_through_the_broad_role_still_matches_when_the_skills_agree():
    full_stack = job("Full Stack Developer", titles=["Full Stack Developer"], skills=["Python", "React"])
    result = calculate_match_score(BACKEND, full_stack)
    assert not result.blocked and result.reasons["titles"] == "your role “Software Engineer” covers “Full Stack Developer”"


def test_a_seeker_who_named_only_the_broad_role_wants_every_specialty():
    generalist = seeker(job_roles=["Software developer"], technical_skills=["Java"], years_of_experience=3)
    android = job("Android Developer", titles=["Mobile Developer"], skills=["Kotlin"])
    assert not calculate_match_score(generalist, android).blocked


def test_developer_alone_does_not_make_a_curriculum_post_a_software_job():
    curriculum = job("Curriculum Developer (Mathematics)", titles=["Curriculum Developer"], skills=["Mathematics"])
    assert calculate_match_score(BACKEND, curriculum).blocked


def test_an_account_officer_keeping_books_is_an_accountants_job_and_a_bank_one_is_not():
    accountant = seeker(job_roles=["Accountant"], technical_skills=["QuickBooks", "Excel"], years_of_experience=3)
    books = job("Account Officer", titles=["Account Officer"], skills=["Accounts Payable", "QuickBooks", "Excel"])
    bank = job("Account Officer", titles=["Account Officer"], skills=["Customer Service", "Sales"])
    assert calculate_match_score(accountant, books).passes(39)
    assert calculate_match_score(accountant, bank).blocked
    finance = job("Finance / Account Executive", titles=["Finance / Account Executive"],
                  skills=["Excel", "Bookkeeping", "Reconciliation"])
    excel_only = job("Account Executive", titles=["Account Executive"], skills=["Excel", "Sales"])
    assert calculate_match_score(accountant, excel_only).blocked  # Excel alone tells no bookkeeper
    assert calculate_match_score(accountant, finance).passes(39)


def test_seniority_and_other_lines_stay_blocked_for_a_two_year_sales_rep():
    rep = seeker(job_roles=["Sales Representative"], technical_skills=["Sales"], years_of_experience=2)
    for title, titles, skills in [("Sales Director", ["Sales Director"], ["Sales", "Leadership"]),
                                  ("Equity Sales Trader", ["Equity Sales Trader"], ["Trading", "Equities"]),
                                  ("Finance Officer", ["Finance Officer", "Accountant"], ["Excel", "Financial Reporting"])]:
        assert calculate_match_score(rep, job(title, titles=titles, skills=skills)).blocked, title


def test_a_remote_job_for_residents_of_another_country_is_not_sent():
    india = job("Python Developer (Work from home)", titles=["Backend Developer"], skills=["Python"], city="",
                state="", country="IN", work_arrangement="remote")
    assert calculate_match_score(BACKEND, india).blocked == "remote for IN residents only"


def test_a_remote_internship_naming_no_place_reaches_students_of_its_line_and_stack_anywhere():
    """Readers wanted the paid remote web internships of India's export, which name no city, for Nigerian students of
    the same stack (holdout_122: 8 missed; forty-third session: 25 wanted gained over the read parts, none refused
    added); a Python intern's post they refused to React beginners, and one naming an Indian city stays India's."""
    student = seeker(job_roles=["frontend developer internship"], technical_skills=["React", "HTML/CSS", "JavaScript"],
                     work_arrangements=["remote", "onsite"], years_of_experience=0)
    web = job("Web Developer Intern", titles=["Frontend Developer"], skills=["React", "HTML/CSS", "JavaScript"],
              city="", state="", country="IN", work_arrangement="remote", experience_level="internship")
    assert calculate_match_score(student, web).passes(39)
    python = job("Python Developer Intern", titles=["Backend Developer"], skills=["Python", "Flask", "JavaScript"],
                 city="", state="", country="IN", work_arrangement="remote", experience_level="internship")
    assert calculate_match_score(student, python).blocked
    delhi = job("Web Developer Intern", titles=["Frontend Developer"], skills=["React", "HTML/CSS", "JavaScript"],
                city="Delhi", state="Delhi", country="IN", work_arrangement="remote", experience_level="internship")
    assert calculate_match_score(student, delhi).blocked == "remote for IN residents only"


def test_a_sales_post_titled_field_work_is_not_sent_to_a_seller_who_refused_door_to_door():
    """holdout_122's phone seller ("Abeg no door to door and no commission only work") had been sent "FIELD SALES
    AGENT", a post of her own sales line."""
    shop = seeker(job_roles=["Pls I need sales job. 1 yr I sell phones for shop. Abeg no door to door and no "
                             "commission only work, I need salary"], technical_skills=["Sales"], years_of_experience=1)
    field = job("FIELD SALES AGENT", titles=["Sales Representative"], skills=["Sales"])
    result = calculate_match_score(shop, field)
    assert result.blocked == "a line you said no to"
    assert calculate_match_score(shop, job("Sales Representative", titles=["Sales Representative"],
                                           skills=["Sales"])).passes(39)
    anyone = seeker(job_roles=["sales rep"], technical_skills=["Sales"], years_of_experience=1)
    assert calculate_match_score(anyone, field).passes(39)


def test_a_line_named_only_in_brackets_does_not_make_a_customer_care_match():
    care = seeker(job_roles=["customer care"], technical_skills=["Customer Service"], years_of_experience=2)
    for title, line in (("Pharmacist ( Customer Service )", "Pharmacist"),
                        ("Bookkeeper (Customer Care / Cashier)", "Bookkeeper")):
        posting = job(title, titles=[line, "Customer Care Representative", "Cashier"],
                      skills=["Customer Service", "Pharmacy", "Bookkeeping"])
        assert calculate_match_score(care, posting).blocked == "a different line of work", title


def test_brackets_still_decide_when_the_words_outside_them_name_no_line():
    care = seeker(job_roles=["customer care"], technical_skills=["Customer Service"], years_of_experience=2)
    posting = job("Officer (Customer Service)", titles=["Customer Care Representative"], skills=["Customer Service"])
    assert not calculate_match_score(care, posting).blocked


def test_a_sales_rep_with_only_sales_and_marketing_is_not_sent_business_development_posts():
    rep = seeker(job_roles=["sales rep"], technical_skills=["Sales", "Marketing"], years_of_experience=1)
    bd = job("Business Development Executive", titles=["Business Development Executive"],
             skills=["Business Development", "Sales", "Marketing", "Negotiation"])
    assert calculate_match_score(rep, bd).blocked == "a different line of work"


def test_a_business_developer_who_negotiates_still_gets_sales_posts():
    bd = seeker(job_roles=["Business development"], technical_skills=["Sales", "Negotiation"], years_of_experience=3)
    sales = job("Sales Agent", titles=["Sales Executive"], skills=["Sales", "Negotiation", "Marketing"])
    assert not calculate_match_score(bd, sales).blocked


def test_a_manager_is_not_sent_the_field_posts_of_his_line_nor_a_rep_the_managers():
    """Real rows: "marketer" (enhanced as Sales Executive, Field Marketer…) reached a six-year sales manager as
    "your role ≈ marketer"."""
    manager = seeker(job_roles=["Sales manager"], technical_skills=["Sales"], years_of_experience=6)
    rep = seeker(job_roles=["Sales rep"], technical_skills=["Sales"], years_of_experience=1)
    field = job("Field Marketer", titles=["Field Marketer", "Sales Executive", "Sales Representative"],
                skills=["Sales", "Marketing"])
    area_manager = job("Area Sales Manager", titles=["Area Sales Manager"], skills=["Sales"])
    assert calculate_match_score(manager, field).blocked == "a different line of work"
    assert not calculate_match_score(rep, field).blocked
    assert calculate_match_score(manager, area_manager).passes(39)
    assert calculate_match_score(rep, area_manager).blocked  # the manager's post is another line for a rep


def test_a_head_of_a_line_is_not_sent_its_officers_posts():
    """Blind labellers refused a head of HR's "HR Officer" and "HR Generalist" posts, a finance director's "Finance
    Officer" (holdout_22, 26, 21); the same seeker keeps the manager's posts, a senior post asking years, and a
    security supervisor the guards' posts."""
    head = seeker(job_roles=["HR Manager", "Head of HR"], technical_skills=["HR strategy"], years_of_experience=10)
    officer = job("Human Resources Officer", titles=["HR Officer"], skills=["Recruitment"], years_experience_min=2)
    result = calculate_match_score(head, officer)
    assert result.blocked == "below your rank"
    assert result.reasons["titles"] == ("“Human Resources Officer” is a post below a manager's, and you have led the "
                                        "work 10 years")
    assert calculate_match_score(head, job("Human Resources Manager", titles=["HR Manager"], skills=[])).passes(39)
    senior = job("HR Generalist", titles=["HR Officer"], skills=[], years_experience_min=6)
    assert not calculate_match_score(head, senior).blocked
    supervisor = seeker(job_roles=["Security supervisor"], years_of_experience=12)
    assert not calculate_match_score(supervisor, job("Security Officers", titles=["Security Guard"], skills=[])).blocked
    young_manager = seeker(job_roles=["HR Manager"], years_of_experience=5)
    assert not calculate_match_score(young_manager, officer).blocked


@pytest.mark.parametrize(
    ("title", "sent"),
    [("Sales Executive", False), ("Van Sales Representative - FMCG", False), ("SALES ASSOCIATE", False),
     ("FIELD SALES AGENT", True), ("Direct Sales Agent", True), ("Field Marketer", True)],
)
def test_a_field_marketer_takes_only_the_sales_posts_that_say_field_work(title, sent):
    """Blind labellers who read the postings refused a field marketer's shop, van and office sales posts and wanted the
    field sales agent's (holdout_16 to 22); one who names sales as well takes them all."""
    marketer = seeker(job_roles=["field marketer"], years_of_experience=1)
    post = job(title, titles=["Sales Executive"], skills=["Sales"])
    assert calculate_match_score(marketer, post).passes(39) is sent
    both = seeker(job_roles=["field marketer", "sales rep"], years_of_experience=1)
    assert calculate_match_score(both, post).passes(39)


def test_a_held_driving_licence_is_no_drivers_role():
    """"I'm a medical sales rep … I have driver's licence" was read as a driver too and sent the driving posts
    (holdout_31); a licensed driver is still a driver."""
    rep = seeker(job_roles=["I'm a medical sales rep, 4yrs with a pharma company. I have driver's licence"],
                 years_of_experience=4)
    driver = job("Private Driver", titles=["Driver"], skills=["Driving"])
    assert calculate_match_score(rep, driver).blocked == "a different line of work"
    assert calculate_match_score(seeker(job_roles=["licensed driver, 5yrs"], years_of_experience=5), driver).passes(39)


@pytest.mark.parametrize(("words", "lines"), [
    # holdout_112's executive assistant was sent three drivers' posts
    ("Executive Assistant / Office Admin roles in Ikeja. 4 yrs as PA to the MD. MS Office, diary management, travel "
     "bookings, I can drive. Hybrid is fine", ("Personal Assistant", "Administrative Officer")),
    # a driver's own words still ask driving
    ("I can drive any car, manual or automatic, 6 years", ("Driver",)),
    ("Driver, 5 yrs. I can drive trucks and buses", ("Driver",)),
])
def test_an_ability_in_a_list_of_them_is_no_line_asked(words, lines):
    assert role_groups(words) == lines


def test_a_banks_direct_sales_post_is_a_bank_marketers_too():
    """"Direct Sales Agent" selling a commercial bank's accounts: bank marketers who read it wanted it (holdout_13 to
    31), though its title names no bank; a DSA post selling goods stays a sales post."""
    marketer = seeker(job_roles=["bank marketer (acct opening & deposit mob.) 2yrs"], years_of_experience=2)
    bank_dsa = job("Direct Sales Agent", titles=["Sales Executive"], skills=["Sales"],
                   description="Our client, a leading commercial bank, needs direct sales agents to open accounts.")
    goods_dsa = job("Direct Sales Agent", titles=["Sales Executive"], skills=["Sales"],
                    description="Sell our beverages to shops and kiosks.")
    assert calculate_match_score(marketer, bank_dsa).passes(39)
    assert calculate_match_score(marketer, goods_dsa).blocked


def test_a_bank_named_after_the_work_asked_for_does_not_make_a_seller_a_bank_marketer():
    """"i need field marketing or sales work … i don do 2yrs field marketer for POS agency banking": the message's
    first sentence asks for sales; the bank later in it was where they worked (holdout_33)."""
    seller = seeker(job_roles=["Good day. i need field marketing or sales work for Lagos, Ikorodu or Ketu side. OND "
                               "Marketing. i don do 2yrs field marketer for POS agency banking (onboard agents)"],
                    years_of_experience=2)
    assert calculate_match_score(seller, job("FIELD SALES AGENT", titles=["Sales Executive"], skills=["Sales"])).passes(39)


def test_a_seeker_who_names_a_side_of_lagos_is_not_sent_the_other_side():
    """"Lagos Mainland, Ikeja, Ogba": a Lekki post is across the lagoon (holdout_31's and 32's labellers refused such
    posts for those who named a side), "Lagos" beside the side too; a Lagos post naming no area is part of the place's
    points, a mainland town all."""
    mainland = seeker(job_roles=["Sales Officer"], preferred_locations=["Lagos Mainland", "Ikeja", "Ogba"],
                      years_of_experience=2)
    lekki = calculate_match_score(mainland, job("Sales Officer", titles=[], skills=[], location="Lekki, Lagos"))
    assert lekki.blocked == "in Lekki, Lagos, not Lagos Mainland"
    assert lekki.reasons["location"] == "it is in Lekki, Lagos, across the lagoon; you want Lagos Mainland"
    assert calculate_match_score(mainland, job("Sales Officer", titles=[], skills=[])).breakdown["location"] == 14
    ikorodu = job("Sales Officer", titles=[], skills=[], city="Ikorodu", location="Ikorodu, Lagos")
    assert calculate_match_score(mainland, ikorodu).breakdown["location"] == 20
    also_lagos = seeker(job_roles=["Sales Officer"], preferred_locations=["Lagos", "Lagos Mainland"])
    assert calculate_match_score(also_lagos, job("Sales Officer", titles=[], skills=[], location="Lekki, Lagos")).blocked
    for places in (["Lagos Mainland", "Lagos Island"], ["Lagos Mainland", "Ajah"]):  # both sides named
        both = seeker(job_roles=["Sales Officer"], preferred_locations=places)
        assert not calculate_match_score(both, job("Sales Officer", titles=[], skills=[], location="Lekki, Lagos")).blocked
    island = seeker(job_roles=["Cleaner"], preferred_locations=["Lagos Island"], years_of_experience=2)
    vi = job("Cleaner", titles=[], skills=[], location="Victoria Island, Lagos")
    assert calculate_match_score(island, vi).breakdown["location"] == 20


def test_areas_all_on_one_side_of_lagos_name_that_side():
    """"Lagos, Ikeja, Ogba": two areas on the mainland and none on the island. Readers refused 46 of 66 alerts across
    the lagoon for such seekers (the newest blind parts 6 of 6), and with one area beside "Lagos" the majority of three
    readings refused 41 of 52."""
    mainland = seeker(job_roles=["Sales Officer"], preferred_locations=["Lagos", "Ikeja", "Ogba"], years_of_experience=2)
    lekki = job("Sales Officer", titles=[], skills=[], location="Lekki, Lagos")
    result = calculate_match_score(mainland, lekki)
    assert result.blocked == "in Lekki, Lagos, not Lagos Mainland"
    assert result.reasons["location"] == "it is in Lekki, Lagos, across the lagoon; you want Lagos Mainland: Ikeja, Ogba"
    assert calculate_match_score(mainland, job("Sales Officer", titles=[], skills=[], location="Yaba, Lagos")).passes(39)
    one = seeker(job_roles=["Sales Officer"], preferred_locations=["Lagos", "Surulere"], years_of_experience=2)
    assert calculate_match_score(one, lekki).reasons["location"] == (
        "it is in Lekki, Lagos, across the lagoon; you want Lagos Mainland: Surulere")
    for places in (["Lagos", "Ikeja", "Ajah"], ["Ikeja", "Ogba", "Wuse, Abuja"], ["Lagos"]):
        other = seeker(job_roles=["Sales Officer"], preferred_locations=places, years_of_experience=2)
        assert calculate_match_score(other, lekki).blocked != "in Lekki, Lagos, not Lagos Mainland", places


def test_an_account_clerk_is_a_bookkeepers_post_not_an_admin_officers():
    admin = seeker(job_roles=["Admin officer", "receptionist"], technical_skills=["Microsoft Office"])
    clerk = job("Account Clerk", titles=[], skills=["Accounting", "Reconciliation"])
    from jobs.enhancement.offline import extract_titles
    clerk.ai_job_titles = extract_titles("Account Clerk")
    assert calculate_match_score(admin, clerk).blocked


def test_an_ambiguous_title_is_decided_by_the_employers_own_title_only():
    """Real rows: a bank's "Purchase Order Financing Relationship Manager" reached an accountant because the
    enhancer's neighbouring title "Account Officer" and the posting's "Accounting" skill made it bookkeeping; a
    "Finance / Account Executive" asking reconciliation reached a sales rep as "Account Executive" (sales)."""
    accountant = seeker(job_roles=["Accountant"], technical_skills=["Accounting", "Excel"], years_of_experience=3)
    rep = seeker(job_roles=["sales rep"], technical_skills=["Sales"], years_of_experience=1)
    banker = job("Purchase Order Financing Relationship Manager",
                 titles=["Relationship Manager", "Account Officer"], skills=["Accounting", "Financial Reporting"])
    finance = job("Finance / Account Executive", titles=["Sales Executive", "Sales Representative"],
                  skills=["Accounting", "Reconciliation", "Taxation"])
    assert calculate_match_score(accountant, banker).blocked
    assert calculate_match_score(rep, finance).blocked
    assert calculate_match_score(accountant, finance).passes(39)


def test_one_shared_word_does_not_match_a_title_that_names_another_line():
    account_officer = seeker(job_roles=["account officer"], technical_skills=["account opening"])
    teacher = job("Account/ Economics Teacher", titles=["Teacher"], skills=[])
    analyst = seeker(job_roles=["Data analyst"], technical_skills=["SQL", "Excel"])
    data_entry = job("Data Entry Executive", titles=["Data Entry Clerk"], skills=["Data Entry", "Excel"])
    finance_officer = seeker(job_roles=["Finance Officer"], technical_skills=["Accounting"], years_of_experience=6)
    finance_manager = job("Finance Manager", titles=[], skills=["Accounting"])
    assert calculate_match_score(account_officer, teacher).blocked
    assert calculate_match_score(analyst, data_entry).blocked
    assert calculate_match_score(finance_officer, finance_manager).reasons["titles"].endswith("is also finance work")


@pytest.mark.parametrize(
    ("role", "title"),
    [("HR", "Human Resources Specialist"), ("HR officer", "Human Resource"), ("customer care", "Client Service Executive"),
     ("customer care", "Client Support Representative – Lagos, Nigeria"), ("Social media manager", "Digital Media Executive"),
     ("English teacher", "CAIE English Language Instructor")],
)
def test_real_titles_seekers_named_in_other_words_match(role, title):
    assert calculate_match_score(seeker(job_roles=[role]), job(title, titles=[], skills=[])).breakdown["titles"] > 0


def test_a_php_developer_is_sent_full_stack_posts_that_use_one_of_his_skills():
    """Blind seekers (holdout_3): a backend developer wants full-stack posts, which are half backend work; the
    brackets of "Remote Software Engineer (Full Stack)" say which specialty it is."""
    php = seeker(job_roles=["PHP developer"], technical_skills=["PHP", "Laravel", "MySQL", "Vue.js"],
                 years_of_experience=3, work_arrangements=["remote"])
    turing = job("Remote Software Engineer (Full Stack) - 17853", titles=["Software Engineer"],
                 skills=["Python", "JavaScript", "React", "Vue.js", "Node.js"], work_arrangement="remote", city="",
                 state="", country="")
    android = job("Android Developer", titles=["Mobile Developer"], skills=["Kotlin", "Vue.js"],
                  work_arrangement="remote", city="", state="", country="")
    assert calculate_match_score(php, turing).passes(39)
    assert calculate_match_score(php, android).blocked  # a neighbour that is not half his work still needs two


@pytest.mark.parametrize(
    ("role", "title"),
    [("Collections agent", "Loan Resolution Officer"), ("Collections agent", "Debt Management Officer"),
     ("Microfinance bank officer", "Loan Officer"), ("social media handler", "Social Media & Content Manager")],
)
def test_collections_and_social_media_titles_in_other_words_match(role, title):
    assert calculate_match_score(seeker(job_roles=[role]), job(title, titles=[], skills=[])).breakdown["titles"] == 35


def test_shorthand_roles_are_read_as_titles():
    """Blind seekers (holdout_4) typed "vue dev", "js dev", "java backend dev", "biz dev", "hr/admin"."""
    frontend = job("Frontend Developer", titles=[], skills=[])
    assert calculate_match_score(seeker(job_roles=["vue dev"]), frontend).breakdown["titles"] == 35
    assert calculate_match_score(seeker(job_roles=["js dev"]), frontend).breakdown["titles"] == 35
    backend = job("Backend Engineer", titles=[], skills=[])
    assert calculate_match_score(seeker(job_roles=["java backend dev"]), backend).breakdown["titles"] == 35
    bdm = job("Business Development Executive", titles=[], skills=[])
    assert calculate_match_score(seeker(job_roles=["biz dev"]), bdm).breakdown["titles"] == 35
    hr_admin = seeker(job_roles=["hr/admin"])
    assert calculate_match_score(hr_admin, job("Administrative Assistant", titles=[], skills=[])).passes(39)
    assert calculate_match_score(hr_admin, job("HR Officer", titles=[], skills=[])).passes(39)


def test_a_framework_says_which_language_its_user_knows():
    js = seeker(job_roles=["js dev"], technical_skills=["Next.js", "NestJS", "TypeScript"], years_of_experience=5)
    full_stack = job("Full Stack Engineer", titles=[], skills=["JavaScript", "Node.js", "Python"])
    result = calculate_match_score(js, full_stack)
    assert result.passes(39) and "JavaScript" in result.reasons["skills"]
    mobile = seeker(job_roles=["Mobile app developer"], technical_skills=["React Native", "Firebase"])
    web = job("Remote Software Engineer (Full Stack)", titles=[], skills=["React", "Vue.js", "Node.js"])
    assert calculate_match_score(mobile, web).blocked  # React Native is not React web work


def test_a_role_no_line_of_work_names_is_matched_on_two_of_the_seekers_skills():
    payroll = seeker(job_roles=["month-end close and reconciliation"],
                     technical_skills=["Payroll", "Bank Reconciliation", "Sage"], years_of_experience=5)
    accountant = job("Accountant", titles=["Accountant"], skills=["Payroll", "Reconciliation", "Excel"])
    cashier = job("Cashier", titles=["Cashier"], skills=["Cash Handling", "Reconciliation"])
    result = calculate_match_score(payroll, accountant)
    assert result.passes(39) and "could not place your role" in result.reasons["titles"]
    assert calculate_match_score(payroll, cashier).blocked


def test_an_internship_is_not_sent_to_someone_with_a_year_of_work():
    hr = seeker(job_roles=["HR officer"], years_of_experience=1)
    graduate = seeker(job_roles=["HR officer"], years_of_experience=0)
    intern = job("Human Resources Intern", titles=[], skills=[], experience_level="internship")
    assert calculate_match_score(hr, intern).blocked == "an internship"
    assert calculate_match_score(graduate, intern).passes(39)


def test_the_demo_backend_developer_gets_no_curriculum_or_wordpress_post():
    """Issue 16: "Curriculum Developer (Mathematics)" reached him at 70 % through the word "developer" (the offline
    enhancer read it as Software Engineer), and a WordPress post through his broad second role."""
    from jobs.enhancement.offline import extract_titles
    curriculum = job("Curriculum Developer (Mathematics)", titles=extract_titles("Curriculum Developer (Mathematics)"),
                     skills=["Curriculum Development", "Mathematics"])
    wordpress = job("WordPress Developer", titles=extract_titles("WordPress Developer"), skills=["WordPress", "PHP"])
    django = job("Software Engineer", titles=["Software Engineer"], skills=["Python", "PostgreSQL"])
    assert "Software Engineer" not in curriculum.ai_job_titles
    assert calculate_match_score(BACKEND, curriculum).blocked
    assert calculate_match_score(BACKEND, wordpress).blocked == "a different specialty"
    assert calculate_match_score(BACKEND, django).passes(39)


def test_the_why_names_the_job_words_that_matched():
    accountant = seeker(job_roles=["Accountant"], technical_skills=["Accounting"], years_of_experience=3)
    payroll = job("Payroll Officer", titles=["Payroll Officer", "Payroll Specialist", "Payroll Accountant"],
                  skills=["Payroll"])
    reason = calculate_match_score(accountant, payroll).reasons["titles"]
    assert reason == "your role “Accountant” ≈ “Payroll Accountant” (as we read “Payroll Officer”)"
    from aremu.voice import PIDGIN, speaking
    from matching.explain import in_register
    with speaking(PIDGIN):
        assert in_register(reason) == "your work “Accountant” near “Payroll Accountant” (na so we read “Payroll Officer”)"


def test_what_holdout_5s_seekers_typed_is_read():
    """Blind seekers (holdout_5): shorthand, a slip in a title or a skill, an ambiguous title their skills decide."""
    acct = seeker(job_roles=["acct officer"], technical_skills=["quickbooks", "bank reconcilation", "invoicing"],
                  years_of_experience=2)
    accountant = job("Accountant", titles=["Accountant"], skills=["QuickBooks", "Reconciliation"])
    banker = job("Relationship Officer", titles=["Relationship Manager"], skills=["Sales", "Account Opening"])
    result = calculate_match_score(acct, accountant)
    assert result.passes(39) and "Reconciliation" in result.reasons["skills"]  # "reconcilation" read as the skill
    assert calculate_match_score(acct, banker).blocked
    care = job("Customer Care Executive", titles=[], skills=[])
    assert calculate_match_score(seeker(job_roles=["cust service"]), care).breakdown["titles"] == 35
    aide = job("Nursing Assistant", titles=[], skills=[])
    assert calculate_match_score(seeker(job_roles=["auxillary nurse"]), aide).breakdown["titles"] == 35


def test_a_specialty_word_keeps_a_title_from_resembling_the_plain_one():
    digital = seeker(job_roles=["digital marketer"], technical_skills=["Facebook Ads", "SEO"])
    field = job("Marketers", titles=["Marketer", "Field Marketer", "Sales Executive"], skills=[])
    assert calculate_match_score(digital, field).blocked
    nursery = seeker(job_roles=["creche/nursery teacher"], technical_skills=["Montessori"])
    crs = job("CRS Teacher", titles=["Teacher", "Secondary School Teacher"], skills=[])
    preschool = job("Experienced Nursery or Pre-school Teacher", titles=["Teacher"], skills=[])
    assert calculate_match_score(nursery, crs).blocked
    assert calculate_match_score(nursery, preschool).passes(39)


def test_the_issues_sales_rep_gets_neither_the_director_nor_the_stockbroker_post():
    """Issue 16: "Sales Director" and "Equity Sales Trader" reached a sales rep with two years."""
    rep = seeker(job_roles=["sales rep"], technical_skills=["Sales"], years_of_experience=2)
    director = job("Sales Director", titles=[], skills=["Sales"])
    trader = job("Equity Sales Trader", titles=[], skills=["Sales"])
    assert calculate_match_score(rep, director).blocked == "asks far more experience than you have"
    assert calculate_match_score(rep, trader).blocked == "a different line of work"


def test_a_head_of_sales_is_not_sent_the_reps_posts():
    """holdout_6: "head of sales" (nine years) was sent Sales Executive and Field Marketer posts as ≈: "head" is a
    rank even though a title's core drops it."""
    head = seeker(job_roles=["head of sales"], technical_skills=["B2B"], years_of_experience=9)
    rep_post = job("Retail Sales Executive", titles=["Sales Executive", "Sales Representative"], skills=[])
    manager_post = job("Regional Sales Manager", titles=["Sales Manager"], skills=[])
    assert calculate_match_score(head, rep_post).blocked
    assert calculate_match_score(head, manager_post).passes(39)
    mgr = seeker(job_roles=["regional sales mgr"], years_of_experience=14)
    assert calculate_match_score(mgr, job("Field Marketer", titles=["Field Marketer", "Sales Executive"],
                                          skills=[])).blocked


@pytest.mark.parametrize(
    ("role", "title", "alike"),
    [("cashier/sales", "Cashier", True), ("call center/telesales", "Customer Care Executive", True),
     ("recovery agent", "Debt Management Officer", True), ("recovery agent", "Loan Officer", False),
     ("loan officer", "Collections Officer", False), ("BDE (fintech)", "Business Development Executive", True),
     ("content creator/SMM", "Social Media Handler", True), ("inventory clerk", "Store Officer", True)],
)
def test_holdout_6s_wordings(role, title, alike):
    result = calculate_match_score(seeker(job_roles=[role]), job(title, titles=[], skills=[]))
    assert (result.breakdown["titles"] == 35) is alike


@pytest.mark.parametrize(
    ("role", "title"),
    [("bus. dev officer", "Business Development Executive"), ("storeman", "Store Keeper"),
     ("IG/tiktok page manager", "Social Media Handler"), ("data capturing officer", "Data Entry Clerk"),
     ("recruitment officer", "Recruiter"),
     # holdout_8
     ("BD exec (oil & gas servicing)", "Business Development Executive"), ("MFB marketer", "Loan Officer"),
     ("brand ambassador", "Field Marketer"), ("loan recovery", "Credit Recovery and Compliance Officer"),
     ("HND accountancy, need accounting job", "Accounts Officer"), ("salesman", "Outlet Sales & Cash Officer"),
     # holdout_9
     ("ICAN skills level, need accounting work pls", "Accountant"), ("KAM modern trade", "Key Account Manager"),
     ("B.Sc accounting, nysc just finished, want audit firm or accounts", "Audit Associate"),
     ("door to door marketer (solar/inverter)", "Field Marketer"), ("people & culture officer", "HR Officer"),
     # holdout_10
     ("telecollector (loan apps)", "Debt Management Officer"), ("revenue assurance & controls", "Internal Control Officer"),
     ("school bursar/accts asst", "Accountant"), ("TDM (territory dev manager), fmcg", "Sales Manager"),
     ("doc, MBBS, 4yrs post NYSC", "Medical Officer"), ("MLS (micro bench), 6yrs hospital lab", "Microbiologist"),
     ("shawarma & grills guy, kitchen work", "Cook"), ("office boy / errand staff", "Office Assistant"),
     # holdout_11
     ("need accts job, B.Sc acctg + 2yrs in trading coy", "Accountant"),
     ("i do loan collection, 3yrs wit a digital lender", "Debt Management Officer"),
     ("CX rep (e-commerce orders), night shift ok", "Customer Service Executive"),
     ("experienced drivr, know abuja well", "Driver"), ("biz growth exec – agro/food processing", "Business Developer"),
     ("market outreach agent (shops & market women)", "Field Marketer"),
     ("area mgr, telecom trade (recharge & SIM distribution)", "Regional Sales Manager"),
     ("coding instructor for kids (scratch, python, arduino)", "Coding and Robotics Teacher"),
     # holdout_12
     ("RM corporate banking, 7yrs tier 1", "Relationship Manager"), ("pharm tech (OND), 3yrs retail pharmacy",
     "Pharmacy Technician"), ("CHEW (community health ext. worker), 3yrs PHC", "Community Health Extension Worker"),
     ("legal secretary / paralegal (law firm), 4yrs", "Office Administrator"),
     ("EA to MD/CEO, 8yrs, can do hybrid", "Executive Assistant"),
     ("any office job pls, OND secretarial studies, computer literate", "Office Assistant"),
     ],
)
def test_blind_parts_wordings_read_as_the_title(role, title):
    """Wordings from the blind parts' seekers (holdout_7 to holdout_12), each read as the posting's line of work."""
    assert calculate_match_score(seeker(job_roles=[role]), job(title, titles=[], skills=[])).breakdown["titles"] == 35


@pytest.mark.parametrize(
    ("role", "title", "named"),
    [("performance marketer", "Senior Sales Executive", "Marketer"), ("accounts clerk", "Office Assistant", "Clerk"),
     ("pre-school teacher", "CRS Teacher", "Teacher"), ("early years teacher", "Teacher", "Secondary School Teacher")],
)
def test_a_shared_noun_does_not_join_two_lines_both_wordings_name(role, title, named):
    """The seeker's wording and one the post was read as name different lines: "marketer" is all they share."""
    result = calculate_match_score(seeker(job_roles=[role], years_of_experience=3),
                                   job(title, titles=[named], skills=[]))
    assert result.blocked and "≈" not in result.reasons["titles"]


def test_a_post_that_is_a_kind_of_the_seekers_role_still_resembles_it():
    accountant = seeker(job_roles=["Accountant"], technical_skills=["Accounting"], years_of_experience=3)
    payroll = job("Payroll Officer", titles=["Payroll Officer", "Payroll Accountant"], skills=["Payroll"])
    assert calculate_match_score(accountant, payroll).breakdown["titles"] == 31.5
    shop = seeker(job_roles=["sales girl"], years_of_experience=1)  # a shop's sales girl also takes sales rep posts
    assert calculate_match_score(shop, job("Sales Representative", titles=["Sales Associate"], skills=[])).passes(39)


@pytest.mark.parametrize(
    ("role", "title", "blocked"),
    [("maths tutor/teacher", "CRS Teacher", True), ("maths tutor/teacher", "Further Maths Teacher", False),
     ("computer teacher", "Account/ Economics Teacher", True), ("computer teacher", "ICT TEACHER", False),
     ("chemistry/biology teacher", "Science Teacher", False), ("Teacher", "English Teacher", False),
     ("maths teacher", "Primary and Secondary Teachers", False),
     ("nursery teacher", "Islamic Religious Studies Teacher", True),
     ("pre-school teacher", "Experienced Nursery or Pre-school Teacher", False),
     ("computer teacher", "Experienced Nursery or Pre-school Teacher", True),
     ("home tutor - JAMB/WAEC maths & english", "Account/ Economics Teacher", True)],
)
def test_a_subject_post_is_for_a_teacher_of_that_subject(role, title, blocked):
    result = calculate_match_score(seeker(job_roles=[role], years_of_experience=3),
                                   job(title, titles=["Teacher"], skills=["Teaching"]))
    assert bool(result.blocked) is blocked and result.passes(39) is not blocked


def test_a_volunteer_post_is_not_sent_to_a_seeker_with_a_minimum_pay():
    post = job("Volunteer Social Media Manager", titles=["Social Media Manager"], skills=[], work_arrangement="remote")
    paid = seeker(job_roles=["social media manager"], salary_min=150_000, work_arrangements=["remote"])
    assert calculate_match_score(paid, post).blocked == "unpaid, and you set a minimum pay"
    # nor to one who named none: they asked for work (holdout_58's social media manager; no reader of either part
    # wanted the post), only to one who asks to volunteer
    anyone = seeker(job_roles=["social media manager"], work_arrangements=["remote"])
    assert calculate_match_score(anyone, post).blocked == "unpaid volunteer post"
    volunteer = seeker(job_roles=["volunteer social media manager, to build my portfolio"], work_arrangements=["remote"])
    assert calculate_match_score(volunteer, post).passes(39)


def test_an_office_assistant_and_cleaner_post_is_a_cleaners():
    post = job("Office Assistant / Cleaner", titles=["Office Assistant", "Administrative Officer", "Cleaner"], skills=[])
    assert calculate_match_score(seeker(job_roles=["admin asst"], years_of_experience=1), post).blocked
    assert calculate_match_score(seeker(job_roles=["cleaner"], years_of_experience=1), post).passes(39)


def test_a_slash_inside_brackets_qualifies_one_role():
    """"(solar/inverter)" says what the marketer sells: it is not a second role (it read as a solar installer)."""
    from matching.profiles import role_groups
    assert role_groups("door to door marketer (solar/inverter)") == ("Field Marketer",)
    assert role_groups("cashier/sales") == ("Cashier", "Sales Executive")


def test_two_roles_behind_a_slash_are_not_read_as_a_slip_of_one_title():
    """"HR/payroll officer" read as a misspelt "payroll officer": the HR posts the readers wanted were blocked."""
    from matching.profiles import role_groups
    assert role_groups("HR/payroll officer") == ("HR Officer", "Payroll Officer")
    assert role_groups("HR/recruitment officer") == ("HR Officer", "Recruiter")
    assert role_groups("HR/Admin Officer") == ("HR Officer", "Administrative Officer")  # a title the vocabulary has


def test_payroll_beside_hr_is_no_accountants_line():
    hr_payroll = seeker(job_roles=["HR / payroll officer"], technical_skills=["Payroll", "PAYE"], years_of_experience=4)
    accountant = job("Accountant", titles=["Accountant"], skills=["Financial Reporting", "Payroll", "Taxation"])
    assert calculate_match_score(hr_payroll, accountant).blocked == "a different line of work"
    assert calculate_match_score(hr_payroll, job("HR Officer", titles=["HR Officer"], skills=["Payroll"])).passes(39)
    payroll_only = seeker(job_roles=["payroll officer"], technical_skills=["Payroll", "Taxation"],
                          years_of_experience=4)
    assert calculate_match_score(payroll_only, accountant).passes(39)  # payroll in accounts takes accountants' posts


def test_a_trainee_post_is_not_sent_to_someone_with_five_years():
    senior = seeker(job_roles=["snr accountant (ACCA)"], years_of_experience=8)
    assert calculate_match_score(senior, job("Trainee Accountant", titles=[], skills=[])).blocked == "a trainee's post"
    # A board's "entry level" field is not the post's own word: LinkedIn files experienced contracts under it.
    contract = job("Accountant", titles=[], skills=[], experience_level="entry level")
    assert not calculate_match_score(senior, contract).blocked


def test_a_primary_class_teacher_is_not_sent_secondary_subject_posts():
    pry = seeker(job_roles=["NCE teacher, pry 1-6"], years_of_experience=2)
    assert calculate_match_score(pry, job("CRS Teacher", titles=["Teacher"], skills=[])).blocked == "another class level"
    assert calculate_match_score(pry, job("Class Teacher", titles=["Teacher"], skills=[])).passes(39)


@pytest.mark.parametrize(
    ("role", "title"),
    [("supermarket attendant (till & floor)", "Sales Representative"), ("KAM modern trade", "Sales Manager"),
     ("merchandiser", "Field Marketer"), ("wordpress dev", "Front-End Developer"),
     ("recruitment officer", "HR Officer"), ("payroll and reconciliation", "Accountant")],
)
def test_a_seeker_takes_the_neighbouring_line_labellers_sent_them_without_its_skills(role, title):
    result = calculate_match_score(seeker(job_roles=[role], years_of_experience=2),
                                   job(title, titles=[], skills=["Negotiation", "Lead Generation"]))
    assert result.breakdown["titles"] == 21 and result.passes(39)
    assert result.reasons["titles"] == f"“{title}” is close to your role “{role}”"
    # One direction: a sales rep is not sent the till.
    back = calculate_match_score(seeker(job_roles=["Sales Representative"]), job("Cashier", titles=[], skills=["POS"]))
    assert back.blocked


def test_partnerships_is_business_development():
    assert calculate_match_score(seeker(job_roles=["partnerships & growth lead"]),
                                 job("Business Development Manager", titles=[], skills=[])).breakdown["titles"] == 35


def test_field_marketing_is_a_neighbour_of_sales_not_the_same_post():
    """Commission-paid canvassing ("Marketer", "Field Marketer"): a field marketer takes the field sales posts, but a
    sales rep, a shop's sales girl and a B2B inside seller are not sent canvassing ones (labellers apart, holdout_4 to
    15; no labelled pair of the earlier parts needed the sales rep's way)."""
    marketer = job("Marketer", titles=[], skills=[])
    assert calculate_match_score(seeker(job_roles=["sales rep"]), marketer).blocked
    assert calculate_match_score(seeker(job_roles=["field marketer"]), job("Field Sales Representative", titles=[],
                                                                          skills=[])).passes(39)
    assert calculate_match_score(seeker(job_roles=["field sales/marketer"]), marketer).breakdown["titles"] == 35
    assert calculate_match_score(seeker(job_roles=["sales girl"]), marketer).blocked
    assert calculate_match_score(seeker(job_roles=["inside sales (b2b saas)"]), marketer).blocked




@pytest.mark.parametrize(
    ("role", "title", "sent"),
    [("pharm tech (OND), 3yrs retail pharmacy", "Pharmacy Manager", False),  # a pharmacist's post
     ("RN/RM", "Relationship Manager", False),  # a registered midwife, where no bank is named
     ("EA to MD/CEO", "Chief Executive Officer", False),  # the boss is not the role
     ("EA to MD/CEO", "Senior Admin Officer", True)],  # a PA takes an admin officer's post
)
def test_shorthand_reads_in_its_context(role, title, sent):
    result = calculate_match_score(seeker(job_roles=[role], years_of_experience=3), job(title, titles=[], skills=[]))
    assert result.passes(39) is sent


@pytest.mark.parametrize(
    ("places", "lagos"),
    [(["Agbara", "Ogun"], True), (["Ifo"], True), (["Ota", "Ogun", "Lagos"], True),
     (["Abeokuta", "Sango Ota"], False)],  # one who also names a city farther off looks across Ogun
)
def test_a_border_town_seeker_gets_the_city_its_people_commute_to(places, lagos):
    driver = seeker(job_roles=["Driver"], years_of_experience=5)
    driver.preferred_locations = places
    result = calculate_match_score(driver, job("Driver", titles=["Driver"], skills=[]))
    assert result.passes(39) is lagos
    if lagos and "Lagos" not in places:
        assert "a commute from" in result.reasons["location"]
    ota = job("Driver", titles=["Driver"], skills=[], city="Ota", state="Ogun")
    assert calculate_match_score(driver, ota).passes(39) is ("Ota" in places or "Sango Ota" in places or "Ogun" in places)


def test_a_border_town_named_after_around_keeps_its_seeker_there():
    """"Marketer job around Ota/Sango": "Ota" alone is too often another word to count as a place, but after "around"
    it is one; a seeker who names their town is not sent the city its people commute to (holdout_56's readers refused
    all seven Lagos posts sent to her as a commute from Ota)."""
    marketer = seeker(job_roles=["Marketer job around Ota/Sango. I don do field marketing and account opening for "
                                 "microfinance bank 1 year."], preferred_locations=["Ota", "Ijoko"])
    lagos = job("Field Marketer", titles=["Field Marketer"], skills=[], city="Lagos", state="Lagos")
    ota = job("Field Marketer", titles=["Field Marketer"], skills=[], city="Ota", state="Ogun")
    assert not calculate_match_score(marketer, lagos).passes(39)
    assert calculate_match_score(marketer, ota).passes(39)


def test_a_state_named_with_its_towns_in_brackets_is_those_towns():
    """ "Lagos mainland or Ogun (Agbara, Ota ok)": matching's reading of the words had read all of Ogun, as the chat's
    does not (holdout_97's storekeeper was sent an Abeokuta post her readers refused)."""
    keeper = seeker(job_roles=["Store keeper 5 years. I want storekeeper or inventory officer work Lagos mainland or "
                               "Ogun (Agbara, Ota ok). 100k"], preferred_locations=["Festac", "Agbara"],
                    years_of_experience=5)
    abeokuta = job("Store Officer", titles=["Storekeeper"], skills=[], city="Abeokuta", state="Ogun")
    agbara = job("Store Officer", titles=["Storekeeper"], skills=[], city="Agbara", state="Ogun")
    assert calculate_match_score(keeper, abeokuta).blocked
    assert calculate_match_score(keeper, agbara).passes(39)


def test_a_place_name_two_cities_share_is_read_beside_the_others_named():
    """Locations "Kubwa", "Dutse", "Wuse", "Berger": Abuja's Dutse and Berger, not Jigawa's capital and a Lagos bus stop
    (holdout_100's Kubwa graduate had been sent five Lagos posts)."""
    graduate = seeker(job_roles=["Customer service or admin/office work"],
                      preferred_locations=["Abuja", "Kubwa", "Dutse", "Wuse", "Berger"], years_of_experience=0)
    lagos = job("Customer Service Representative", titles=["Customer Care Representative"], skills=[])
    abuja = job("Customer Service Representative", titles=["Customer Care Representative"], skills=[], city="Abuja",
                state="FCT")
    assert not calculate_match_score(graduate, lagos).passes(39)
    assert calculate_match_score(graduate, abuja).passes(39)


def test_a_city_the_seeker_will_not_move_to_is_no_place_asked():
    """ "I live in Kano … I dont want relocate to Lagos please": matching's reading of the words had read Lagos as a place
    asked (holdout_61's developer was sent two Lagos posts; the chat's extractor already left it out)."""
    dev = seeker(job_roles=["Salam. I am junior fullstack developer, 2 years (PHP/Laravel). I live in Kano and I want "
                            "work here in Kano or remote. I dont want relocate to Lagos please."],
                 technical_skills=["PHP", "Laravel"], preferred_locations=["Kano"], years_of_experience=2)
    lagos = job("Backend Developer (PHP/Laravel)", titles=["Backend Developer"], skills=["PHP", "Laravel"])
    kano = job("Backend Developer (PHP/Laravel)", titles=["Backend Developer"], skills=["PHP", "Laravel"], city="Kano",
               state="Kano")
    assert not calculate_match_score(dev, lagos).passes(39)
    assert calculate_match_score(dev, kano).passes(39)
    # "I no wan go Lagos" (holdout_99's Onitsha seller had been sent eight Lagos posts)
    seller = seeker(job_roles=["Good day sir I need marketing work for Onitsha, I finish secondary school, I don sell for "
                               "my oga shop for main market 2 years. I no wan go Lagos"], preferred_locations=["Onitsha"],
                    years_of_experience=2)
    market = job("Field Marketer", titles=["Field Marketer"], skills=[])
    assert not calculate_match_score(seller, market).passes(39)


def test_a_side_of_lagos_named_only_as_avoided_is_not_asked():
    """ "I only want Island — VI, Ikoyi, Lekki Phase 1 — cos mainland traffic will finish me": the mainland named is
    the side refused (holdout_58's receptionist had been sent an Isolo post, "you want Lagos Mainland")."""
    receptionist = seeker(job_roles=["Front desk / admin assistant role pls. I only want Island — VI, Ikoyi, Lekki Phase"
                                     " 1 — cos mainland traffic will finish me"], preferred_locations=["Victoria Island"])
    isolo = job("Administrative Officer", titles=["Administrative Officer"], skills=[], location="Isolo, Lagos")
    ikoyi = job("Administrative Officer", titles=["Administrative Officer"], skills=[], location="Ikoyi, Lagos")
    assert not calculate_match_score(receptionist, isolo).passes(39)
    assert calculate_match_score(receptionist, ikoyi).passes(39)


@pytest.mark.parametrize(
    ("title", "sent"),
    [("Mathematics Teacher", False), ("CRS Teacher", False), ("English Language Teacher", True), ("Teacher", True)],
)
def test_a_teacher_who_names_no_subject_is_read_by_the_subjects_their_skills_name(title, sent):
    """A "secondary school teacher" whose skills are English and literature is an English teacher (a blind
    labeller overruled every other subject's post for her, holdout_6)."""
    teacher = seeker(job_roles=["secondary school teacher"], technical_skills=["english language", "literature in english"],
                     years_of_experience=6)
    result = calculate_match_score(teacher, job(title, titles=["Teacher"], skills=[]))
    assert result.passes(39) is sent
    if not sent:
        assert result.blocked == "another subject" and "your skills name" in result.reasons["titles"]


@pytest.mark.parametrize(
    ("title", "years", "sent"),
    [("Finance Associate", 12, False), ("Junior Accountant", 7, False), ("Finance Associate", 2, True),
     ("Associate Director, Finance", 12, True), ("Accountant", 12, True), ("Junior Accountant", 4, False),
     ("Junior Accountant", 3, True), ("Finance Associate", 4, True)],
)
def test_a_junior_post_is_not_sent_to_someone_with_six_years_or_more(title, years, sent):
    """Six years for an "… Associate" post; four for one whose title says "Junior" (holdout_21's and 30's labellers).
    The posts state no years: a post stating at most two is early-career for five more (its own test)."""
    accountant = seeker(job_roles=["Accountant"], years_of_experience=years)
    result = calculate_match_score(accountant, job(title, titles=["Accountant"], skills=[], years_experience_min=None))
    assert result.passes(39) is sent
    if not sent:
        assert result.blocked == "a junior post" and f"you have {years} years" in result.reasons["experience"]


@pytest.mark.parametrize(
    ("role", "title"),
    [("bookkeeper", "Accountant"), ("house help", "Cleaner"), ("fleet officer", "Logistic Officer"),
     ("storekeeper", "Store Assistant"), ("PA/executive assistant", "Senior Admin Officer")],
)
def test_a_seeker_takes_the_neighbouring_post_labellers_sent_them(role, title):
    """Neighbours a seeker takes without two shared skills (holdout_4 to holdout_12): part of the title points, and
    the "why" names their own role."""
    result = calculate_match_score(seeker(job_roles=[role], years_of_experience=3),
                                   job(title, titles=[], skills=["Microsoft Excel", "Teamwork"]))
    assert result.passes(39) and result.breakdown["titles"] == 21.0
    assert f"close to your role “{role}”" in result.reasons["titles"]


@pytest.mark.parametrize(
    ("role", "skills", "title", "sent"),
    [("acct officer abuja, 3yrs, HND accountancy", [], "Relationship Manager", False),  # the accountant's line named
     ("acct officer", [], "Relationship Manager", True),  # a bank's account officer
     ("cleaner or housekeeping, any office/estate", [], "Security guard", False),  # "estate" alone names no line
     ("cust service / front desk", [], "Front Desk Officer", True),
     ("Head of Sales / National Sales Mgr", ["Sales"], "Sales Representatives", False),  # not the reps' posts
     ("B2B sales exec", ["Negotiation", "Sales"], "Business Development Executive", False),
     ("Business development", ["Negotiation", "Sales"], "Sales Agent", True)],
)
def test_holdout_13s_wordings_read_as_their_writer_meant(role, skills, title, sent):
    person = seeker(job_roles=[role], technical_skills=skills, years_of_experience=12 if "Head" in role else 3)
    posting = job(title, titles=[], skills=["Negotiation", "Sales", "Customer Service"] if skills else [])
    assert calculate_match_score(person, posting).passes(39) is sent


@pytest.mark.parametrize(
    ("role", "sent"),
    [("admin officer", False), ("office boy / errand staff", False), ("legal secretary / paralegal", True)],
)
def test_a_post_that_asks_a_background_goes_to_people_from_that_line(role, sent):
    posting = job("Office Administrator (Legal Background)", titles=["Office Administrator"], skills=[])
    result = calculate_match_score(seeker(job_roles=[role], years_of_experience=3), posting)
    assert result.passes(39) is sent
    if not sent:
        assert result.blocked == "asks another background"


@pytest.mark.parametrize(
    ("role", "skills", "title", "job_skills", "sent"),
    [("marketing exec (banking)", [], "DSA for Microfinance Bank", [], True),  # a bank's seller
     ("bank marketer / relationship officer", [], "DSA for Microfinance Bank", [], True),
     ("android developer (kotlin, jetpack compose)", ["Kotlin"], "iOS Developer", ["Swift", "Kotlin"], False),
     # a cross-platform developer is no native iOS one (every labeller who met the pair, holdout_16 and 18)
     ("flutter developer", ["Flutter"], "iOS Developer", ["Swift", "Flutter"], False),
     ("mobile developer", ["Flutter"], "iOS Developer", ["Swift", "Flutter"], False),  # the skill says so too
     # the phones a Flutter or React Native developer's apps run on are no native platform of theirs (holdout_56, 57)
     ("Flutter dev (Android & iOS), 2 yrs, 3 apps live", ["Flutter"], "iOS Developer", ["Swift", "Flutter"], False),
     ("React Native developer building Android and iOS apps", [], "iOS Developer", ["Swift"], False),
     ("Flutter and Swift developer (iOS)", ["Flutter", "Swift"], "iOS Developer", ["Swift"], True),
     ("mobile developer", [], "iOS Developer", ["Swift"], True),  # names no platform: takes every one
     ("flutter developer", ["Flutter"], "Android Developer", ["Kotlin", "Flutter"], True),  # builds Android apps too
     ("flutter developer", ["Flutter"], "Mobile Developer (Flutter)", ["Flutter"], True),
     ("pharmacist (hospital + retail)", ["Pharmacy"], "Superintendent Pharmacist (Regulatory Affairs)",
      ["Pharmacy", "Regulatory Affairs"], False),
     ("senior backend engineer — nodejs/nestjs", ["JavaScript", "SQL", "Node.js"], "Frontend Developer",
      ["JavaScript", "SQL", "React"], False)],  # JavaScript and SQL are every web post's
)
def test_holdout_14s_wordings_read_as_their_writer_meant(role, skills, title, job_skills, sent):
    person = seeker(job_roles=[role], technical_skills=skills, years_of_experience=4)
    assert calculate_match_score(person, job(title, titles=[], skills=job_skills)).passes(39) is sent


def test_a_place_written_into_the_role_is_a_place_the_seeker_works():
    bdm = seeker(job_roles=["BDM (oilfield services), warri based, 7yrs. open to lagos"], years_of_experience=7)
    bdm.preferred_locations = ["Warri", "Delta State"]
    result = calculate_match_score(bdm, job("Business Development Manager", titles=[], skills=[]))
    assert result.passes(39) and result.reasons["location"] == "in Lagos (on-site), you want Lagos"


def test_a_trainees_or_graduates_post_is_not_for_one_with_three_years():
    # an accountant's: an auditor of three years is not sent accountants' posts at all (a different line of work)
    accountant = seeker(job_roles=["accountant, ACA qualified"], years_of_experience=3)
    result = calculate_match_score(accountant, job("Trainee Accountant", titles=[], skills=[], years_experience_min=0))
    assert result.blocked == "a trainee's post"
    doctor = seeker(job_roles=["MO, 3yrs post NYSC"], years_of_experience=3)
    lead = job("Medical Doctor (NYSC/Graduate) – Call Center Department Lead", titles=[], skills=[],
               years_experience_min=0)  # "NYSC/Graduate": one token to a plain split
    assert calculate_match_score(doctor, lead).blocked == "a trainee's post"
    junior = seeker(job_roles=["audit associate"], years_of_experience=2)
    assert calculate_match_score(junior, job("Trainee Accountant", titles=[], skills=[], years_experience_min=0)).blocked != "a trainee's post"


@pytest.mark.parametrize(
    ("role", "title", "sent"),
    [("direct sales agent - bank, 1yr. lagos", "Van Sales Representative - FMCG", False),  # a bank's seller
     ("direct sales agent - bank", "DSA for Microfinance Bank", True),
     ("supermarket attendant", "DSA for Microfinance Bank", True),  # the bank's DSA post stays a selling post too
     ("sales rep lagos mainland, 3yrs fmcg", "Business Development Executive", False),
     ("abeg i need marketing work for lagos", "Field Marketer", True),  # "marketing work": canvassing
     ("HR business partner / HR generalist", "Business Development Manager", False),  # "business" is no line
     ("warehouse/logistics officer", "Warehouse Supervisor", True)],  # "warehouse" alone: one line
)
def test_holdout_15s_wordings_read_as_their_writer_meant(role, title, sent):
    # four years, as the warehouse officer wrote: a supervisor's post needs them of one who names no supervising
    person = seeker(job_roles=[role], technical_skills=["Sales", "Customer Service", "Lead Generation"],
                    years_of_experience=4)
    posting = job(title, titles=[], skills=["Sales", "Customer Service", "Lead Generation"])
    assert calculate_match_score(person, posting).passes(39) is sent


def test_holdout_16s_wordings_read_as_their_writer_meant():
    head = seeker(job_roles=["National Sales Mgr / Head of Sales – 14 yrs FMCG & telecoms"], years_of_experience=14)
    assert calculate_match_score(head, job("Sales Representative", titles=[], skills=[])).blocked  # the title before the dash
    ogun = seeker(job_roles=["i studied accounting (B.Sc), pls any accounting or admin job in ogun state"],
                  years_of_experience=0)
    ogun.preferred_locations = ["Sango Ota", "Ogun State"]  # a border town, but the role says where: no Lagos posts
    assert calculate_match_score(ogun, job("Accountant", titles=[], skills=[])).blocked
    auditor = seeker(job_roles=["Audit associate – ACCA"], years_of_experience=4)
    trainee = job("Trainee Accountant", titles=[], skills=[], years_experience_min=0)
    # read as an auditor (not an ACCA accountant): an accountant's post is another line to one of four years in audit
    assert calculate_match_score(auditor, trainee).blocked == "a different line of work"


@pytest.mark.parametrize(
    ("role", "sent"),
    [("NCE teacher, pry 1-6", False), ("computer teacher", False), ("biology teacher", True), ("Teacher", True)],
)
def test_a_plain_teacher_post_is_read_by_the_subject_vacancies_its_text_lists(role, sent):
    """"TEACHER", its text listing "CRS Teacher / Biology Teacher / Mathematics teacher" lines: subject posts."""
    posting = job("TEACHER", titles=["Teacher"], skills=[],
                  description="CRS Teacher\n\nBiology Teacher\n\nMathematics teacher\n\nSt. Joseph is a secondary school.")
    result = calculate_match_score(seeker(job_roles=[role], years_of_experience=2), posting)
    assert result.passes(39) is sent


@pytest.mark.parametrize(
    ("role", "skills", "title", "titles", "job_skills", "sent"),
    [("bizdev officer, 2 yrs (fintech, merchant acquisition)", ["Partnerships"], "Business Development Officer",
      [], ["Partnerships", "Sales"], True),
     ("MO, 3yrs post NYSC. Benin city", [], "Medical Officer", [], [], True),
     ("flutter & laravel dev, abuja or remote", ["Flutter", "Laravel"], "Mobile Application Developer", [],
      ["Swift"], True),  # two specialties sharing one noun
     # "Vue.js Developer" shares "developer" and "js" with a Node backend's words: its skills decide, as for any
     # neighbour
     ("Backend developer, node.js / nestjs, 4yrs", ["Node.js", "NestJS", "PostgreSQL"], "Frontend Developer",
      ["Vue.js Developer"], ["JavaScript", "Vue.js", "SQL"], False),
     ("Office Manager / Admin Manager – 6yrs, Lekki", ["Office Management"], "Office Assistant", [], [], False),
     ("Admin assistant / office manager", [], "Office Assistant", [], [], True),  # names the assistant's role too
     ("Office Manager", [], "Assistant Office Manager", [], [], True),
     ("flutter dev 3yrs", ["Flutter", "Firebase", "REST APIs"], "Fullstack Engineer", [],
      ["Firebase", "REST APIs", "React"], False),  # an app developer is sent no web posts through the family
     ("RM (commercial banking), abuja. 4yrs", ["Relationship Management"], "Relationship Manager", [],
      ["Relationship Management"], True)],  # the bank in the brackets makes the RM a banker (holdout_19)
)
def test_holdout_18s_wordings_read_as_their_writer_meant(role, skills, title, titles, job_skills, sent):
    person = seeker(job_roles=[role], technical_skills=skills, years_of_experience=4)
    result = calculate_match_score(person, job(title, titles=titles, skills=job_skills))
    assert result.passes(39) is sent, result.as_dict()


def test_a_seeker_in_ikorodu_takes_lagos_jobs_and_one_naming_sagamu_too():
    posting = job("Accountant", titles=["Accountant"], skills=[], location="Lekki, Lagos")
    for places in (["Ikorodu"], ["Sagamu", "Ogun State", "Ikorodu"]):
        person = seeker(job_roles=["Accountant"], preferred_locations=places, years_of_experience=1)
        assert calculate_match_score(person, posting).passes(39), places
    # one who names another city of the town's own state looks across that state, not across the line
    person = seeker(job_roles=["Accountant"], preferred_locations=["Abeokuta", "Sango Ota"], years_of_experience=1)
    assert not calculate_match_score(person, posting).passes(39)


def test_a_seeker_naming_several_parts_of_a_city_gets_its_other_parts_at_half_the_place_points():
    person = seeker(job_roles=["Accountant"], preferred_locations=["Yaba", "Surulere"], years_of_experience=2)
    ikeja = job("Junior Accountant", titles=["Accountant"], skills=[], location="Ikeja, Lagos")
    result = calculate_match_score(person, ikeja)
    assert result.passes(39), result.as_dict()
    assert result.breakdown["location"] == 10.0
    assert result.reasons["location"] == "in Ikeja, Lagos (on-site): your city, not Yaba, Surulere"
    # across the lagoon from both parts they named, no longer (2026-12-03: readers refused 46 of 66 such alerts)
    lekki = job("Junior Accountant", titles=["Accountant"], skills=[], location="Lekki, Lagos")
    assert calculate_match_score(person, lekki).blocked == "in Lekki, Lagos, not Lagos Mainland"
    yaba = job("Junior Accountant", titles=["Accountant"], skills=[], location="Yaba, Lagos")
    assert calculate_match_score(person, yaba).breakdown["location"] == 20.0
    abuja = job("Junior Accountant", titles=["Accountant"], skills=[], city="Abuja", state="FCT",
                location="Wuse, Abuja")
    assert calculate_match_score(person, abuja).blocked
    # one part alone stays that part (the old set keeps a cook in Lekki to Lekki)
    one_part = seeker(job_roles=["Accountant"], preferred_locations=["Yaba"], years_of_experience=2)
    assert calculate_match_score(one_part, lekki).blocked


def test_several_parts_of_a_city_named_with_only_are_the_only_parts():
    words = "Pls i need cleaner job for Lekki, Ajah, Sangotedo axis only. I stay Ajah, i cannot go mainland"
    person = seeker(job_roles=["Cleaner"], preferred_locations=["Lekki", "Ajah", "Sangotedo"], years_of_experience=3,
                    user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "Cleaner"})
    victoria_island = job("Cleaner", titles=["Cleaner"], skills=[], location="Victoria Island, Lagos")
    result = calculate_match_score(person, victoria_island)
    assert result.blocked == "in Victoria Island, Lagos, outside your locations"
    assert result.reasons["location"] == "it is in Victoria Island, Lagos; you asked only Lekki, Ajah"
    with speaking(PIDGIN):
        assert "you talk say na only Lekki, Ajah" in render_explanation(result, title="Cleaner", threshold=39)
    # a post placed only by its side stays at half: readers wanted two such for "only Lekki to Ajah axis"
    island = job("Cleaner", titles=["Cleaner"], skills=[], location="Lagos Island, Lagos")
    assert calculate_match_score(person, island).passes(39)
    # without "only", the city's other parts are half a match, as before
    around = seeker(job_roles=["Cleaner"], preferred_locations=["Lekki", "Ajah", "Sangotedo"], years_of_experience=3,
                    user_words={ROLE_TEXT: "cleaner job around Lekki, Ajah, Sangotedo", ROLE_TEXT_FOR: "Cleaner"})
    assert calculate_match_score(around, victoria_island).passes(39)


@pytest.mark.parametrize(
    ("role", "title", "titles", "sent"),
    [("looking for admin officer or secretary job. HND office tech & mgt, 5yrs. lagos island / VI",
      "Warehouse Supervisor - Victoria Island", [], False),  # "island" is a place, not a shared line of work
     ("Data entry officer", "Marketing Data Analyst", ["Data Analyst", "Data Analytics Officer"], False),
     ("Entry level accountant", "Accountant", ["Accountant"], True)],
)
def test_holdout_21s_wordings_read_as_their_writer_meant(role, title, titles, sent):
    person = seeker(job_roles=[role], years_of_experience=2)
    result = calculate_match_score(person, job(title, titles=titles, skills=[]))
    assert result.passes(39) is sent, result.as_dict()


@pytest.mark.parametrize(
    ("role", "title", "titles", "sent"),
    [("gd evening, i do loan recovery/telecollection 2yrs for loan app", "Debt Management Officer", [], True),
     ("Good afternoon sir/ma. pls i need accounting job, i have HND accountancy", "Accountant", ["Accountant"], True),
     # a primary school's teacher whose NCE names subjects still teaches a class: nursery posts are hers
     ("pls any teaching job for primary school. i be NCE (english/social studies)",
      "Experienced Nursery or Pre-school Teacher", ["Teacher"], True),
     ("literacy/english teacher, pry 4 - JSS3", "Experienced Nursery or Pre-school Teacher", ["Teacher"], False)],
)
def test_holdout_22s_wordings_read_as_their_writer_meant(role, title, titles, sent):
    person = seeker(job_roles=[role], years_of_experience=3)
    result = calculate_match_score(person, job(title, titles=titles, skills=[]))
    assert result.passes(39) is sent, result.as_dict()


def test_a_why_quotes_a_long_message_from_after_its_greeting_up_to_its_first_break():
    person = seeker(job_roles=["Good afternoon sir/ma. pls i need accounting job, i have HND accountancy, 3yrs"],
                    years_of_experience=3)
    result = calculate_match_score(person, job("Accountant", titles=["Accountant"], skills=[]))
    assert result.reasons["titles"] == "your role “pls i need accounting job” = “Accountant”"


@pytest.mark.parametrize(
    ("role", "description", "sent"),
    [("Salesgirl/ shop attendant. SSCE. Ikeja or Ogba", "Requirements:\n* Minimum of OND/HND\n* Good communication", False),
     ("Salesgirl/ shop attendant. SSCE. Ikeja or Ogba", "Requirements:\n* Minimum Qualification: SSCE", True),
     ("Salesgirl/ shop attendant. SSCE. Ikeja or Ogba", "* B.Sc is an added advantage", True),  # not asked
     ("sales rep, HND marketing, 2yrs", "Requirements:\n* Minimum of OND/HND", True),
     ("sales rep, 2yrs", "Requirements:\n* B.Sc in Marketing", True),  # names no schooling: nothing to compare
     ("i no get degree but i get SSCE, sales", "Qualification: B.Sc/HND", False)],
)
def test_a_post_asking_more_schooling_than_the_seeker_says_they_have_is_not_sent(role, description, sent):
    person = seeker(job_roles=[role], years_of_experience=2)
    result = calculate_match_score(person, job("Sales Representative", titles=["Sales Executive"], skills=[],
                                               description=description))
    assert result.passes(39) is sent, result.as_dict()
    if not sent:
        assert result.blocked == "asks more schooling"
        assert result.reasons["experience"].startswith("the post asks at least HND or a degree; you said SSCE") or \
            result.reasons["experience"] == "the post asks at least OND; you said SSCE"


TURING = "Strong skills in Python and modern JS/TS. Experience with Node.js plus a modern frontend framework (React/Vue)."


@pytest.mark.parametrize(
    ("role", "skills", "sent"),
    [("frontend dev here (react, next.js, tailwind), 2yrs", ["React", "Next.js", "Tailwind CSS"], False),
     ("Frontend Developer", ["React", "Node.js"], True),  # works the other half too
     ("Java backend engineer, 4 years Spring Boot", ["Java", "Spring Boot", "Kafka"], False),
     ("Backend Developer", ["Python", "React"], True),
     ("laravel + vue dev", ["Laravel", "Vue.js"], True)],  # two specialties: both halves
)
def test_a_full_stack_post_is_for_one_half_of_the_web_only_with_a_skill_of_the_other(role, skills, sent):
    """Holdout_23 and 24's blind labellers refused Turing's Python + JS/TS full-stack contract to React-only front
    ends and to a Java back end."""
    person = seeker(job_roles=[role], technical_skills=skills, years_of_experience=3,
                    work_arrangements=["remote"])
    post = job("Remote Software Engineer (Full Stack)", titles=["Full Stack Developer"],
               skills=["Python", "JavaScript", "TypeScript", "Node.js", "React", "Vue.js"], description=TURING,
               work_arrangement="remote", city="", state="", country="")
    result = calculate_match_score(person, post)
    assert result.passes(39) is sent, result.as_dict()
    if not sent:
        assert result.blocked == "a different specialty"
        assert "asks none of your" in result.reasons["titles"]


@pytest.mark.parametrize(
    ("role", "title", "titles", "sent"),
    # the course of study is not a role: an OND in business admin seeking recovery work is no office assistant…
    [("Good day. I am seeking a loan recovery / collections officer role in Lagos. OND Business Admin, 2 years as "
      "recovery officer", "Office Assistant", ["Administrative Officer"], False),
     ("OND bus admin, looking for sales/marketing job", "Administrative Assistant", ["Administrative Officer"], False),
     ("OND bus admin, looking for sales/marketing job", "Sales Representative", ["Sales Executive"], True),
     # holdout_127's Lokoja marketer: the course had been his only line read
     ("Gud day. i am a marketer in Lokoja, 2 yrs marketing detergent and microfinance account opening to shops and "
      "traders. i dey ready work for Lokoja or Abuja. OND business admin", "Marketers", ["Field Marketer"], True),
     ("Gud day. i am a marketer in Lokoja, 2 yrs marketing detergent and microfinance account opening to shops and "
      "traders. i dey ready work for Lokoja or Abuja. OND business admin", "Office Assistant",
      ["Administrative Officer"], False),
     # …except where it tells an ambiguous title's line: an "acct officer" with HND accountancy keeps books
     ("acct officer abuja, 3yrs, HND accountancy", "Accountant", ["Accountant"], True)],
)
def test_holdout_24s_wordings_read_as_their_writer_meant(role, title, titles, sent):
    person = seeker(job_roles=[role], years_of_experience=2, preferred_locations=["Lagos", "Abuja"])
    result = calculate_match_score(person, job(title, titles=titles, skills=[]))
    assert result.passes(39) is sent, result.as_dict()


def test_a_why_quotes_the_clause_of_a_long_message_that_names_the_work():
    person = seeker(job_roles=["Hello, I'm a B.Sc Computer Science graduate from UI, 1 year experience building "
                               "React and Next.js sites. Looking for frontend developer role, remote or Ibadan"],
                    technical_skills=["React"], years_of_experience=1)
    result = calculate_match_score(person, job("Frontend Developer", titles=["Frontend Developer"], skills=["React"]))
    assert result.reasons["titles"] == "your role “Looking for frontend developer role” = “Frontend Developer”"


VAN_SALES = "Requirements:\n- Valid driver’s license with a clean driving record\n- 1 year in FMCG sales"


@pytest.mark.parametrize(
    ("role", "answered", "sent"),
    [("sales girl, lekki", {}, True),  # never asked: the post still goes
     ("sales girl, lekki", {"licence": False}, False),  # answered no
     ("sales girl, lekki", {"licence": True}, True),
     ("i no get license but i sabi sell", {}, False),  # their words say no
     ("i no get license but i sabi sell", {"licence": True}, True),  # the later answer stands
     ("van driver, 5yrs", {"licence": False}, True)],  # one who drives for a living holds one
)
def test_a_post_requiring_a_licence_is_not_sent_to_a_seeker_who_said_they_have_none(role, answered, sent):
    person = seeker(job_roles=[role], years_of_experience=2, credentials=answered)
    # not a van post by its title: the van sales title's own rule is test_a_van_sales_post_goes_to_sellers_who_drive…
    post = job("Sales Representative - FMCG", titles=["Sales Executive", "Driver"], skills=[],
               description=VAN_SALES)
    result = calculate_match_score(person, post)
    assert result.passes(39) is sent, result.as_dict()
    if not sent:
        assert result.blocked == "requires what you do not have"
        assert result.reasons["experience"] == "the post requires a driver's licence; you said you do not have it"


def test_a_language_post_taking_any_of_several_is_sent_to_a_speaker_of_one():
    post = job("Customer Service Representative", titles=["Customer Care Representative"], skills=[],
               description="* Fluency in Hausa or Yoruba is required.")
    only_igbo = {"hausa": False, "yoruba": False, "igbo": True}
    yoruba = {"hausa": False, "yoruba": True}
    care = {"job_roles": ["Customer care"], "years_of_experience": 2}
    assert calculate_match_score(seeker(**care, credentials=only_igbo), post).blocked == "requires what you do not have"
    assert calculate_match_score(seeker(**care, credentials=yoruba), post).passes(39)


@pytest.mark.parametrize(
    ("role", "schooling", "sent"),
    [("Salesgirl/ shop attendant, Ikeja", "ssce", False),  # answered SSCE: the OND post is not theirs
     ("Salesgirl/ shop attendant, Ikeja", "ond", True),
     ("Salesgirl/ shop attendant, Ikeja", "", True),  # not answered, words name none: nothing to compare
     ("sales rep, HND marketing", "ssce", False)],  # the answer stands over their words
)
def test_the_certificate_a_seeker_answered_is_what_the_schooling_limit_reads(role, schooling, sent):
    person = seeker(job_roles=[role], years_of_experience=2, schooling=schooling)
    result = calculate_match_score(person, job("Sales Representative", titles=["Sales Executive"], skills=[],
                                               description="Requirements:\n* Minimum of OND"))
    assert result.passes(39) is sent, result.as_dict()


@pytest.mark.parametrize(
    ("description", "level"),
    [("Qualifications\n* Bachelor's degree in Business Administration or relevant field\n* 3 years", 3),
     ("Requirements:\n- OND/HND in Marketing\n- Good communication", 2),  # the least the line takes
     ("Preferred Qualifications:\n* Bachelor's degree in Accounting", 0),  # preferred, not asked
     ("Responsibilities:\n* Train graduates with a degree in sales", 0),  # not under a requirements heading
     ("Requirements:\n* FSLC, OND / HND / BSc. degree in related field", 0),  # a primary certificate will do
     ("We hire graduates. Minimum of HND", 3),
     # Jobberman's header: its "Diploma" is a national diploma's level (holdout_39's WAEC marketer was sent one)
     ("* Minimum Qualification : Diploma * Experience Level : Entry level", 2),
     ("Requirements:\n* A diploma in any field is an added advantage", 0)],
)
def test_a_posts_schooling_is_read_from_its_requirement_lines_and_the_lines_under_a_requirements_heading(
        description, level):
    """Holdout_25's writer refused SSCE and OND sellers the DSA, insurance and real-estate posts whose
    "Qualifications" list a bachelor's degree with no "must" in the line (21 of its 44 false alerts)."""
    from matching.profiles import required_schooling

    assert required_schooling(description) == level


def test_holdout_26s_wordings_read_as_their_writer_meant():
    # "driver management" in a logistics officer's duties is no driver's role
    logistics = seeker(job_roles=["Good day. I'm a logistics officer, 5 years with a haulage company in Apapa: fleet "
                                  "tracking, dispatch, driver management, waybills. Looking for logistics or transport "
                                  "officer role in Lagos"], years_of_experience=5)
    assert calculate_match_score(logistics, job("Delivery Driver - LAGOS", titles=["Driver"], skills=[])).blocked
    # a web developer, broad role or not, is sent no phone app post without an app skill
    web = seeker(job_roles=["Full Stack Developer", "Software Engineer"], years_of_experience=4,
                 technical_skills=["Python", "Django", "React", "REST APIs"], work_arrangements=["remote"])
    ios = job("iOS Developer", titles=["Mobile Developer"], skills=["Swift", "REST APIs"], work_arrangement="remote",
              city="", state="", country="")
    assert calculate_match_score(web, ios).blocked == "a different specialty"
    frontend = seeker(job_roles=["Frontend Developer"], technical_skills=["React", "REST APIs"], years_of_experience=2,
                      work_arrangements=["remote"])
    assert calculate_match_score(frontend, ios).blocked
    flutter_too = seeker(job_roles=["Full Stack Developer", "Software Engineer"], years_of_experience=4,
                         technical_skills=["Python", "Flutter", "REST APIs"], work_arrangements=["remote"])
    assert not calculate_match_score(flutter_too, ios).blocked


def test_a_degree_being_studied_for_is_not_asked():
    from matching.profiles import required_schooling

    assert required_schooling("Requirements:\n* Currently pursuing or completed a degree in Computer Science") == 0


def test_typescript_and_rest_apis_shared_do_not_make_a_node_backend_a_frontend_developer():
    node = seeker(job_roles=["Backend Developer"], technical_skills=["Node.js", "NestJS", "TypeScript", "PostgreSQL",
                                                                     "REST APIs"], years_of_experience=3)
    frontend = job("Frontend Engineer (TypeScript + Next.js + Tailwind CSS)", titles=["Frontend Developer"],
                   skills=["TypeScript", "Next.js", "Tailwind CSS", "React", "REST APIs", "Git"])
    assert calculate_match_score(node, frontend).blocked == "a different line of work"
    backend = job("Backend Engineer (Node.js)", titles=["Backend Developer"], skills=["Node.js", "TypeScript", "Git"])
    assert not calculate_match_score(node, backend).blocked


def test_a_marketing_officer_is_not_sent_field_marketing_posts():
    digital = seeker(job_roles=["Digital Marketing Executive", "Marketing Officer"],
                     technical_skills=["Digital Marketing", "SEO", "Social Media Marketing"], years_of_experience=3)
    field = job("Field Marketer", titles=["Field Marketing Officer"], skills=["Sales", "Marketing"])
    assert calculate_match_score(digital, field).passes(39.0) is False
    office = job("Marketing Officer", titles=["Marketing Executive"], skills=["Digital Marketing", "Marketing"])
    assert calculate_match_score(digital, office).passes(39.0)


def test_loan_recovery_beside_customer_support_is_a_collections_role_too():
    # holdout_28: a remote agent wanting "customer support or loan recovery calls" missed ten collections posts
    person = seeker(job_roles=["I need a remote job, customer support or loan recovery calls. I'm in Osogbo"],
                    years_of_experience=1, preferred_locations=[], work_arrangements=["remote"])
    result = calculate_match_score(person, job("Loan Resolution Officer", titles=["Collections Officer"], skills=[],
                                               work_arrangement="remote", city="", state=""))
    assert result.passes(39), result.as_dict()


def test_a_post_requiring_an_industry_is_sent_only_to_seekers_whose_words_name_it():
    description = ("Requirements:\n* Minimum of 8 – 10 years' sales experience in the automobile industry, with at "
                   "least 3 years in a regional or managerial role.")
    rsm = job("Regional Sales Manager (2Wheeler)", titles=["Sales Manager"], skills=["Sales"], description=description)
    fmcg = seeker(job_roles=["Regional sales manager, 9 years in FMCG (beverages)"], technical_skills=["Sales"],
                  years_of_experience=9)
    result = calculate_match_score(fmcg, rsm)
    assert result.blocked == "requires another industry"
    assert result.reasons["experience"] == "the post requires experience in automobiles; you named FMCG"
    unsaid = seeker(job_roles=["Regional sales manager"], technical_skills=["Sales"], years_of_experience=9)
    result = calculate_match_score(unsaid, rsm)
    assert result.blocked == "requires another industry"
    assert result.reasons["experience"] == ("the post requires experience in automobiles; your profile names no "
                                            "work in it (add it to your skills if you have it)")
    said = seeker(job_roles=["Regional sales manager"], technical_skills=["Sales", "automobile sales"],
                  years_of_experience=9)
    assert not calculate_match_score(said, rsm).blocked


def test_a_primary_schools_subject_post_is_a_primary_class_teachers_and_no_secondary_teachers():
    description = "We need a Mathematics teacher for Key Stage 1 & 2 (Cambridge Primary Checkpoint)."
    maths = job("Mathematics Teacher", titles=["Teacher"], skills=["Mathematics", "Teaching"], description=description)
    primary = seeker(job_roles=["Primary school teacher", "Class teacher"], technical_skills=["Teaching"],
                     years_of_experience=3)
    assert calculate_match_score(primary, maths).passes(39)
    secondary = seeker(job_roles=["Mathematics teacher, SS1-SS3 WAEC and NECO"], technical_skills=["Mathematics"],
                       years_of_experience=5)
    result = calculate_match_score(secondary, maths)
    assert result.blocked == "another class level"
    assert result.reasons["titles"] == "“Mathematics Teacher” is a primary school post, and you teach secondary classes"
    french = seeker(job_roles=["french teacher, pry & secondary"], technical_skills=["French"], years_of_experience=4)
    assert calculate_match_score(french, maths).blocked  # a subject teacher of both levels: her subject decides


def test_a_consultant_in_a_teaching_hospital_is_a_specialist_not_a_teacher():
    """holdout_35's consultant obstetrician was read as a teacher from "currently in a teaching hospital" and sent
    every school's post."""
    from matching.profiles import role_groups
    message = ("Good evening. Consultant Obstetrician and Gynaecologist (FWACS), 6 years post-fellowship, currently in a "
               "teaching hospital. Looking at consultant roles in private hospitals in Lagos.")
    assert role_groups(message) == ("Obstetrician and Gynaecologist",)
    assert role_groups("i work in a teaching hospital, need job") == ()
    consultant = seeker(job_roles=[message], years_of_experience=14)
    assert not calculate_match_score(consultant, job("TEACHER", titles=["Teacher"], skills=[])).passes(39)
    assert not calculate_match_score(consultant, job("Consultant Dermatologist", titles=[], skills=[])).passes(39)
    assert calculate_match_score(consultant, job("Consultant Obstetrician & Gynaecologist", titles=[],
                                                 skills=[])).passes(39)


def test_a_slip_keeps_its_first_letter():
    """"counting stock" is a store hand's work: a slip of "accounting" keeps its first letter (holdout_35)."""
    from matching.profiles import role_groups
    assert role_groups("pls i need warehouse work or store boy. i don work 2yrs loading and counting stock") == (
        "Warehouse Assistant",)
    assert role_groups("i need acounting work pls") == ("Accountant",)


def test_a_shops_store_assistant_is_a_shop_floor_post_and_a_store_keeper_keeping_books_an_accountants():
    """Read by its skills (SKILL_DECIDED_TITLES): no warehouse hand of holdout_3 to 36 wanted a shop's store assistant
    post, nor the "Accounts Officer/Store Keeper" post asking an accounting degree for payments and payroll."""
    warehouse = seeker(job_roles=["Warehouse assistant"], years_of_experience=3)
    shop = job("Store Assistant", titles=["Warehouse Assistant"],
               skills=["POS Operation", "Cross-selling", "Sales", "Merchandising", "Inventory Management"])
    assert calculate_match_score(warehouse, shop).blocked == "a different line of work"
    cashier = seeker(job_roles=["Cashier"], years_of_experience=3)
    assert calculate_match_score(cashier, shop).passes(39)
    store = job("Store Assistant", titles=["Warehouse Assistant"], skills=["Inventory Management", "Stock Control"])
    assert calculate_match_score(warehouse, store).passes(39)  # a warehouse's store assistant is still theirs
    books = job("Accounts Officer/Store Keeper - Sango Ota", titles=["Accountant", "Warehouse Supervisor"],
                skills=["Microsoft Office", "Accounting", "Payroll"])
    assert calculate_match_score(seeker(job_roles=["Storekeeper"], years_of_experience=3), books).blocked == (
        "a different line of work")
    assert calculate_match_score(seeker(job_roles=["Accountant"], years_of_experience=3), books).passes(39)
    stores = job("Store Keeper", titles=["Warehouse Supervisor"], skills=["Inventory Management", "Reconciliation",
                                                                         "invoicing"])
    assert calculate_match_score(seeker(job_roles=["Storekeeper"], years_of_experience=3), stores).passes(39)


def test_a_sales_manager_is_sent_business_development_manager_posts():
    """Ten readers apart (holdout_3 to 30) wanted a business development manager's post for area and regional sales
    managers, who had been told it was "a different line of work"; two refused it."""
    manager = seeker(job_roles=["Area Sales Manager (FMCG)"], technical_skills=["Sales", "Distribution"],
                     years_of_experience=8)
    bdm = job("Business Development Manager, Lagos", titles=["Business Development Manager"],
              skills=["Business Development", "Sales"], years_experience_min=5)
    result = calculate_match_score(manager, bdm)
    assert result.passes(39), result.as_dict()


def test_a_post_seeking_experienced_people_is_not_sent_to_a_junior():
    """Turing's "seeking experienced Full Stack Developers" names no years: readers refused it to a fresh and a one-year
    developer (holdout_7, 36) and none wanted it for such juniors; from two years it goes."""
    description = "**Role Overview:** Turing is seeking experienced Full Stack Developers to help build AI products."
    contract = job("Remote Fullstack Engineer", titles=["Full Stack Developer"], skills=["React", "Python"],
                   description=description, work_arrangement="remote", city="", state="", country="")
    junior = seeker(job_roles=["Full Stack Developer"], technical_skills=["React", "Python"], years_of_experience=1,
                    work_arrangements=["remote"])
    result = calculate_match_score(junior, contract)
    assert result.blocked == "asks far more experience than you have"
    assert result.reasons["experience"] == "the post seeks experienced people; you have 1 year"
    junior.years_of_experience = 2
    assert calculate_match_score(junior, contract).passes(39)


def test_a_post_requiring_its_staff_to_live_in_an_area_is_placed_there():
    """"Must reside around Yaba" on a Lagos front desk post: readers refused it to staff in Ikeja, Lekki and Festac and
    wanted it for those in Yaba and Surulere (2026-12-03: 19 refused alerts stopped, 1 wanted lost)."""
    post = job("Front Desk Receptionist", titles=["Receptionist"], skills=[], location="Lagos, LA, NG",
               description="Requirements:\n* Must reside around Yaba\n* Good communication skills")
    lekki = seeker(job_roles=["Receptionist"], preferred_locations=["Lekki", "Ajah"], years_of_experience=2)
    assert calculate_match_score(lekki, post).blocked
    yaba = seeker(job_roles=["Receptionist"], preferred_locations=["Yaba", "Surulere"], years_of_experience=2)
    assert calculate_match_score(yaba, post).passes(39)
    # a place the post already names is kept ("… (AJAH)"), and a residence in another city changes nothing
    elsewhere = job("Receptionist", titles=["Receptionist"], skills=[], location="Lagos, LA, NG",
                    description="Must stay around Apo and environs")
    assert calculate_match_score(lekki, elsewhere).breakdown["location"] > 0
    near = job("Front Desk Officer", titles=["Receptionist"], skills=[], location="Lagos, LA, NG",
               description="* Proximity to Lekki is Key")
    assert calculate_match_score(yaba, near).blocked == "in Lekki, Lagos, not Lagos Mainland"


def test_a_residence_rule_reads_every_area_it_names_and_the_towns_people_commute_from():
    """Ikorodu is a town of its own beside Lagos: seekers there and in Ifo were sent "must reside around Yaba" and "must
    live close to Ikota" posts (readers refused all such alerts, 2026-12-03, thirteenth session: 12 stopped over the
    read parts, none wanted lost). A side named with the area ("close to Ikota, Lagos Island") lets that side's
    seekers in (the readers wanted it for Lekki and Ajah), and "should not be staying too far from" is such a rule."""
    post = job("Front Desk Receptionist", titles=["Receptionist"], skills=[], location="Lagos, LA, NG",
               description="* Must reside around Yaba")
    ikorodu = seeker(job_roles=["Receptionist"], preferred_locations=["Ikorodu", "Lagos"], years_of_experience=2)
    result = calculate_match_score(ikorodu, post)
    assert result.blocked == "requires living in Yaba"
    assert result.reasons["location"] == "the post requires living around Yaba; you named Ikorodu"
    island = job("Front Desk Staff", titles=["Receptionist"], skills=[], location="Lagos, LA, NG",
                 description="* Must live close to Ikota, Lagos Island")
    assert calculate_match_score(ikorodu, island).blocked == "requires living in Ikota"
    lekki = seeker(job_roles=["Receptionist"], preferred_locations=["Lekki", "Ajah"], years_of_experience=2)
    assert calculate_match_score(lekki, island).passes(39)
    several = job("Teacher", titles=["Teacher"], skills=[], location="Lagos, LA, NG",
                  description="- Candidate must resides around Agege, Ogba, Ikeja, Iyana Ipaja")
    teacher = seeker(job_roles=["Teacher"], preferred_locations=["Agege"], years_of_experience=3)
    assert calculate_match_score(teacher, several).passes(39)
    teacher.preferred_locations = ["Ikotun"]
    reason = calculate_match_score(teacher, several).reasons["location"]
    assert reason.startswith("the post requires living around ") and "Agege" in reason
    near = job("Receptionist", titles=["Receptionist"], skills=[], location="Lagos, LA, NG",
               description="* Applicants should not be staying too far from Surulere")
    assert calculate_match_score(ikorodu, near).blocked == "requires living in Surulere"


def test_an_entry_level_post_stating_no_pay_is_not_sent_to_a_seeker_asking_250k_or_more():
    """Entry posts that state pay seldom reach ₦250k (39 of 45 in the real exports): readers refused "entry field
    marketer" posts with no pay to business developers asking ₦250k (thirteenth session: 10 stopped, 1 lost)."""
    post = job("Field Marketer", titles=["Field Marketer"], skills=["Sales"], experience_level="Entry level")
    bd = seeker(job_roles=["Field Marketer"], technical_skills=["Sales"], years_of_experience=2,
                salary_min=250_000, salary_currency="NGN")
    result = calculate_match_score(bd, post)
    assert result.blocked == "entry pay, below your minimum"
    assert result.reasons["salary"] == ("an entry-level post that states no pay; such posts seldom reach your ₦250k "
                                        "minimum")
    bd.salary_min = 200_000
    assert calculate_match_score(bd, post).passes(39)
    bd.salary_min = 300_000
    post.experience_level = ""  # a post of no stated level is left to the score
    assert calculate_match_score(bd, post).passes(39)


def test_a_supervisors_post_needs_a_supervisor_or_four_years():
    """"Central Kitchen Supervisor" reads as a cook's post: readers refused it to cooks of two and three years ("needs
    supervisory experience, he is restaurant cook"; thirteenth session: 11 stopped, 1 wanted lost)."""
    post = job("Central Kitchen Supervisor", titles=["Cook"], skills=["Cooking"],
               description="Experience:\n* kitchen supervisory: 2 years (Required)")
    cook = seeker(job_roles=["Cook"], technical_skills=["Cooking"], years_of_experience=3)
    result = calculate_match_score(cook, post)
    assert result.blocked == "a supervisor's post"
    assert result.reasons["experience"] == ("“Central Kitchen Supervisor” supervises others; your roles name no "
                                            "supervising and you have 3 years")
    with speaking(PIDGIN):
        assert "your work no talk say you don supervise, and you don get 3 years" in render_explanation(
            result, title=post.title, threshold=39)
    cook.years_of_experience = 4
    assert calculate_match_score(cook, post).passes(39)
    supervisor = seeker(job_roles=["Kitchen Supervisor"], technical_skills=["Cooking"], years_of_experience=2)
    assert calculate_match_score(supervisor, post).passes(39)


def test_a_shop_seller_who_never_gave_schooling_is_not_sent_degree_posts_off_the_shop_floor():
    """A corporate "Sales Executive" asking a B.Sc went to sales girls and shop attendants who never said their
    schooling: three readings refused all 16 decided such alerts (2026-12-03, ninth session)."""
    post = job("Sales Executive", titles=["Sales Executive"], skills=["Sales"],
               description="Requirements:\n* Minimum of B.Sc in any discipline\n* Good communication skills")
    attendant = seeker(job_roles=["Shop Attendant"], technical_skills=["POS", "Customer Service"], years_of_experience=1)
    result = calculate_match_score(attendant, post)
    assert result.blocked == "asks more schooling"
    assert "tell us your schooling" in result.reasons["experience"]
    attendant.schooling = "degree"  # the answer decides, as it does for everyone
    assert calculate_match_score(attendant, post).passes(39)
    # the shop floor's own posts still go, degree or not
    till = job("Cashier", titles=["Cashier"], skills=["Cash Handling"],
               description="Requirements:\n* Minimum of B.Sc in any discipline")
    attendant.schooling = ""
    assert calculate_match_score(attendant, till).passes(39)


def test_field_and_pos_workers_who_never_gave_schooling_are_not_sent_degree_posts_off_their_own_work():
    """The same for field marketers, merchandisers and POS attendants (nineteenth session: 20 refused alerts stopped
    over the read parts, 4 wanted lost, 1 wanted back, 1 refused started); a trainee's words say a graduate's footing."""
    post = job("Sales Executive", titles=["Sales Executive"], skills=["Sales"],
               description="Requirements:\n* Minimum of B.Sc in any discipline\n* Good communication skills")
    field = seeker(job_roles=["Field sales agent/Brand promoter"], technical_skills=["Sales"], years_of_experience=1)
    result = calculate_match_score(field, post)
    assert result.blocked == "asks more schooling"
    assert "which shop and field work seldom needs" in result.reasons["experience"]
    with speaking(PIDGIN):
        assert "wey shop and field work no dey usually ask" in render_explanation(result, title=post.title,
                                                                                   threshold=39)
    field.schooling = "degree"
    assert calculate_match_score(field, post).passes(39)
    trainee = seeker(job_roles=["marketing/sales trainee"], technical_skills=["Marketing"], years_of_experience=0)
    assert calculate_match_score(trainee, post).blocked != "asks more schooling"
    # field work asking a degree still goes to field workers
    activation = job("Brand Promoter", titles=["Merchandiser"], skills=["Sales"],
                     description="Requirements:\n* Minimum of B.Sc in any discipline")
    field.schooling = ""
    assert calculate_match_score(field, activation).passes(39)


def test_a_van_sales_post_goes_to_sellers_who_drive_and_not_to_shop_sellers():
    """"Van Sales Representative - FMCG" requires a driver's licence: the readers refused it to shop, showroom and B2B
    sellers who never said they drive (24 of 24) and wanted it for van and route sellers."""
    post = job("Van Sales Representative - FMCG", titles=["Sales Executive"], skills=["Sales"],
               description="Qualifications:\n- Valid driver’s license with a clean driving record")
    shop = seeker(job_roles=["Salesman"], technical_skills=["Selling", "Cash handling"], years_of_experience=3)
    result = calculate_match_score(shop, post)
    assert result.blocked == "requires a driver"
    route = seeker(job_roles=["Sales Rep"], technical_skills=["Route selling", "Order taking"], years_of_experience=3)
    assert calculate_match_score(route, post).passes(39)
    driven = seeker(job_roles=["Result-driven sales rep"], technical_skills=["Selling"], years_of_experience=3)
    assert calculate_match_score(driven, post).blocked == "requires a driver"  # "driven" drives nothing
    shop.credentials = {"licence": True}  # said they hold one
    assert calculate_match_score(shop, post).passes(39)
    # a nurse's home-visit post asking a licence is not driven work: the unanswered still get it
    nurse_post = job("Registered Nurse", titles=["Nurse"], skills=["Patient Care"],
                     description="Requirements:\n* Valid driver’s licence and willingness to travel for home visits")
    nurse = seeker(job_roles=["Registered Nurse"], technical_skills=["Patient care"], years_of_experience=5)
    assert calculate_match_score(nurse, nurse_post).passes(39)


def test_a_postings_own_location_line_places_it_in_the_area_it_names():
    """"Location: Victoria Island, Lagos" in a cleaner's post the board filed under "Lagos": readers refused it to
    cleaners who named only mainland areas (9 of 9) and took it as the workplace; a line naming two workplaces, or
    another city than the board's, is left to the board."""
    text = "We are recruiting to fill the position below:\nJob Title: Cleaner\nLocation: Victoria Island, Lagos\n"
    post = job("Cleaner", titles=["Cleaner"], skills=[], location="Lagos, LA, NG", description=text)
    ikeja = seeker(job_roles=["Cleaner"], preferred_locations=["Ikeja", "Ogba"], years_of_experience=2)
    assert calculate_match_score(ikeja, post).blocked == "in Victoria Island, Lagos, not Lagos Mainland"
    lekki = seeker(job_roles=["Cleaner"], preferred_locations=["Lekki", "Ajah"], years_of_experience=2)
    assert calculate_match_score(lekki, post).passes(39)
    two = job("Sales Representative", titles=["Sales Executive"], skills=[], location="Lagos, LA, NG",
              description="**Location: Ojuelegba, and Lekki Phase 1**\n**Salary: N70,000 - N150,000**")
    seller = seeker(job_roles=["Sales Representative"], preferred_locations=["Lekki", "Ajah"], years_of_experience=2)
    assert calculate_match_score(seller, two).breakdown["location"] > 0
    abroad = job("Cleaner", titles=["Cleaner"], skills=[], location="Lagos, LA, NG",
                 description="Location: Garki, Abuja")
    assert calculate_match_score(ikeja, abroad).breakdown["location"] > 0
    # an address closing a long text, past 3,000 characters and 60 to the line: readers split on this post (15
    # mainland seekers refused, 13 wanted, most of them from Yaba and Surulere), but the line is its workplace
    late = job("Office Assistant", titles=["Office Assistant"], skills=[], location="Lagos, LA, NG",
               description="About the role.\n" * 250 + "Work Details\n\n* Type: Full-time, in-person\n"
               "* Location: The Civic Centre, Ozumba Mbadiwe Road, Victoria Island, Lagos\n* Start Date: October 6th")
    assistant = seeker(job_roles=["Office Assistant"], preferred_locations=["Ikeja", "Ogba"], years_of_experience=2)
    assert calculate_match_score(assistant, late).blocked == "in Victoria Island, Lagos, not Lagos Mainland"
    # LinkedIn's template states it in a sentence: "… on-site role for a Loan Officer located in Lekki" (10 refused
    # alerts to mainland seekers stopped, 4 lost whose readers took Lekki from Surulere, Oshodi and Ikeja)
    loans = job("loan officers", titles=["Loan Officer"], skills=[], location="Lagos, LA, NG",
                description="Role Description\n\nThis is a full-time on-site role for a Loan Officer located in "
                            "Lekki. The Loan Officer will be responsible for underwriting.")
    festac = seeker(job_roles=["Loan Officer"], preferred_locations=["Festac", "Apapa"], years_of_experience=3)
    assert calculate_match_score(festac, loans).blocked == "in Lekki, Lagos, not Lagos Mainland"
    # "Anthony" alone is a person in a chat, a place on a "Location:" line (Jobberman's office manager post: its
    # readers refused it to six island seekers, "Anthony far from Lekki")
    anthony = job("Office Manager", titles=["Office Manager"], skills=[], location="Lagos, LA, NG",
                  description="Job Title: Office Manager\n\nLocation: Anthony\n\nEmployment Type: Full-Time\n")
    manager = seeker(job_roles=["Office Manager"], preferred_locations=["Lekki", "Ajah"], years_of_experience=3)
    assert calculate_match_score(manager, anthony).blocked == "in Anthony, Lagos, not Lagos Island"


def test_an_early_career_post_is_not_sent_to_one_five_years_past_it_except_in_the_trades():
    """An HR manager's post asking 2–3 years went to heads of HR with eight to ten: three readings refused all 17
    decided alerts of posts stating at most two years to seekers five or more past them; a driver's they wanted."""
    post = job("Human Resources Manager", titles=["HR Manager"], skills=[], years_experience_min=2,
               description="Requirements:\n* 2 - 3 years of HR experience")
    head = seeker(job_roles=["HR Manager"], years_of_experience=9)
    result = calculate_match_score(head, post)
    assert result.blocked == "an early-career post"
    assert result.reasons["experience"] == "asks 2+ years: an early-career post, and you have 9"
    head.years_of_experience = 6  # four past it: still sent
    assert calculate_match_score(head, post).passes(39)
    driver_post = job("Professional Driver", titles=["Driver"], skills=[], years_experience_min=2,
                      description="* Minimum of 2 years driving experience")
    driver = seeker(job_roles=["Driver"], years_of_experience=10)
    assert calculate_match_score(driver, driver_post).passes(39)
    # nor a collector's: readers wanted all 19 remote collections posts asking a year or two for two collectors of
    # five years (holdout_104 and 106)
    collections_post = job("Credit and Collections Officer", titles=["Collections Officer"], skills=[],
                           years_experience_min=1, work_arrangement="remote",
                           description="Requirements:\n* 1-2 years experience in loan collections")
    collector = seeker(job_roles=["Collections Officer"], years_of_experience=6)
    assert calculate_match_score(collector, collections_post).passes(39)
    # nor a storekeeper's: readers wanted the inventory officer's post asking two years for four store and inventory
    # men of seven to eleven (holdout_50 to 121); only posts of their store line: an accountant and storekeeper's
    # years still make an accountant's post asking two years an early-career one
    store_post = job("Inventory Officer", titles=["Inventory Officer"], skills=[], years_experience_min=2,
                     description="Requirements:\n* Minimum of 2 years experience in inventory management")
    store_man = seeker(job_roles=["Store officer / inventory officer"], years_of_experience=8)
    assert calculate_match_score(store_man, store_post).passes(39)
    clerk = seeker(job_roles=["Accountant", "store keeper"], years_of_experience=8)
    accounts_post = job("Accountant", titles=["Accountant"], skills=[], years_experience_min=2,
                        description="Requirements:\n* 2 years experience in accounting")
    assert calculate_match_score(clerk, accounts_post).blocked == "an early-career post"
    # a years field the text does not write is no early-career post (a ₦930k DevOps post filed "0+")
    unwritten = job("DevOps Engineer", titles=["DevOps Engineer"], skills=[], years_experience_min=0)
    devops = seeker(job_roles=["DevOps Engineer"], years_of_experience=6)
    assert calculate_match_score(devops, unwritten).blocked != "an early-career post"


def test_a_managers_post_asking_more_years_is_not_sent_to_one_whose_roles_manage_no_one():
    """holdout_121's HR officer of four years, asking "HR officer/generalist", had been sent "HR Manager" asking five;
    HR assistants had been sent the same post."""
    post = job("HR Manager", titles=["HR Manager"], skills=[], years_experience_min=5,
               description="Requirements:\n* 5 - 7 years of HR experience")
    officer = seeker(job_roles=["HR officer/generalist"], years_of_experience=4)
    result = calculate_match_score(officer, post)
    assert result.blocked == "a manager's post"
    assert result.reasons["experience"] == "asks 5+ years, you have 4: a manager's post, and your roles manage no one"
    # a manager a year short is still sent it, and so is an officer with the years it asks
    assert calculate_match_score(seeker(job_roles=["HR Manager"], years_of_experience=4), post).passes(39)
    assert calculate_match_score(seeker(job_roles=["HR officer/generalist"], years_of_experience=5), post).passes(39)
    # "Chief Accountant" is no manager's post: readers wanted it for accountants a year short of it
    chief = job("Chief Accountant", titles=["Accountant"], skills=[], years_experience_min=6,
                description="Requirements:\n* 6 years post-qualification experience")
    assert calculate_match_score(seeker(job_roles=["Accountant"], years_of_experience=5), chief).passes(39)


def test_a_lagos_post_requiring_its_staff_to_live_in_an_area_is_not_sent_to_those_naming_other_areas():
    """"Must stay within Abule-Egba or its environs" on a maths teacher's post: three readings refused it to teachers
    in Yaba, Ikorodu and Ketu on the same side of the lagoon; one who named only "Lagos" may live there."""
    post = job("Further Maths Teacher", titles=["Mathematics Teacher"], skills=[], location="Lagos, LA, NG",
               description="Requirements:\n* Minimum of HND\n* Must stay within Abule\\-egba or its environs.")
    yaba = seeker(job_roles=["Maths Teacher"], preferred_locations=["Yaba", "Lagos"], years_of_experience=3)
    result = calculate_match_score(yaba, post)
    assert result.blocked == "requires living in Abule Egba"
    assert result.reasons["location"] == "the post requires living around Abule Egba; you named Yaba"
    anywhere_in_lagos = seeker(job_roles=["Maths Teacher"], preferred_locations=["Lagos"], years_of_experience=3)
    assert calculate_match_score(anywhere_in_lagos, post).passes(39)
    there = seeker(job_roles=["Maths Teacher"], preferred_locations=["Abule Egba", "Lagos"], years_of_experience=3)
    assert calculate_match_score(there, post).passes(39)


def test_a_lead_who_also_asks_the_line_without_a_rank_is_sent_its_posts():
    """ "I am seeking a senior accountant or finance manager position": the accountant's posts are asked too (holdout_58's
    chartered accountant of six years had been refused two as "below your rank"); "finance manager" alone is not, and
    the charter then asks no accountant's line (holdout_108)."""
    post = job("Accountant", titles=["Accountant"], skills=[], years_experience_min=3)
    both = seeker(job_roles=["Chartered accountant, six years. I am seeking a senior accountant or finance manager "
                             "position anywhere in Lagos"], years_of_experience=6)
    assert calculate_match_score(both, post).passes(39)
    manager = seeker(job_roles=["Chartered accountant, six years. I am seeking a finance manager position"],
                     years_of_experience=6)
    assert calculate_match_score(manager, post).blocked == "a different line of work"


def test_a_slash_offers_the_unranked_role_as_or_does():
    """holdout_70's "Executive Assistant / Office Manager, 6 years (law firm + oil servicing company)" was refused the
    executive assistant's post she asked for as "below your rank"."""
    post = job("Executive Assistant", titles=["Executive Assistant"], skills=[], years_experience_min=3)
    both = seeker(job_roles=["Good morning. Executive Assistant / Office Manager, 6 years (law firm + oil servicing "
                             "company). Calendar mgt, travel, vendor mgt"], years_of_experience=6)
    assert calculate_match_score(both, post).passes(39)
    manager = seeker(job_roles=["Office Manager, 6 years (law firm)"], years_of_experience=6)
    assert calculate_match_score(manager, post).blocked == "below your rank"


def test_a_manager_of_six_years_is_not_sent_the_executives_posts_of_the_line_but_a_driver_is():
    """A business development manager of six years got a plain "Sales Executive" post and relationship managers a
    microfinance bank's DSA post: three readings refused every one."""
    post = job("DSA for Microfinance Bank", titles=["Sales Executive", "Sales Agent"], skills=["Banking Operations"])
    manager = seeker(job_roles=["Relationship manager"], technical_skills=["deposit mobilisation", "corporate banking"],
                     years_of_experience=6)
    assert calculate_match_score(manager, post).blocked == "below your rank"
    manager.years_of_experience = 5
    assert calculate_match_score(manager, post).blocked != "below your rank"
    driver = seeker(job_roles=["i dey find driver work. 6yrs driving staff bus and manager car"],
                    technical_skills=["Driving"], years_of_experience=6)
    assert calculate_match_score(driver, job("Driver", titles=["Driver"], skills=[])).passes(39)


def test_a_web_post_naming_one_framework_is_not_sent_to_a_developer_of_another():
    """A React/Next.js front-end post went to Vue and Angular developers: three readings refused every decided one."""
    post = job("Frontend Developer", titles=["Frontend Developer"], skills=["React", "Next.js", "TypeScript"])
    vue = seeker(job_roles=["Frontend Developer"], technical_skills=["Vue.js", "JavaScript"], years_of_experience=2)
    result = calculate_match_score(vue, post)
    assert result.blocked == "a different specialty"
    assert result.reasons["titles"] == "“Frontend Developer” asks React; you work in Vue"
    both = seeker(job_roles=["Frontend Developer"], technical_skills=["Vue.js", "React"], years_of_experience=2)
    assert calculate_match_score(both, post).passes(39)
    unnamed = seeker(job_roles=["Frontend Developer"], technical_skills=["JavaScript", "CSS"], years_of_experience=2)
    assert calculate_match_score(unnamed, post).passes(39)


def test_an_app_post_naming_react_native_is_not_sent_to_a_flutter_developer():
    post = job("Mobile Application Developer", titles=["Mobile Developer"], skills=["React Native", "TypeScript"])
    flutter = seeker(job_roles=["Mobile Developer"], technical_skills=["Flutter", "Dart"], years_of_experience=3)
    assert calculate_match_score(flutter, post).reasons["titles"] == (
        "“Mobile Application Developer” asks React Native; you work in Flutter")
    native = seeker(job_roles=["Mobile Developer"], technical_skills=["React Native"], years_of_experience=3)
    assert calculate_match_score(native, post).passes(39)


def test_a_backend_engineer_naming_two_of_a_full_stack_posts_languages_gets_it():
    """Turing's contract asks Python, Node.js and React: a Python/Django and Node backend engineer was wanted for it by
    holdout_41's writer and both later readers; a backend engineer naming one of them is still half the post."""
    post = job("Remote Fullstack Engineer", titles=["Full Stack Developer"],
               skills=["Python", "JavaScript", "React", "Vue.js", "Node.js"], work_arrangement="remote",
               city="", state="", country="")
    both = seeker(job_roles=["Backend Engineer"], technical_skills=["Python", "Django", "Node.js", "Docker"],
                  years_of_experience=4, work_arrangements=["remote"])
    assert calculate_match_score(both, post).passes(39)
    python_only = seeker(job_roles=["Backend Engineer"], technical_skills=["Python", "Django", "Docker"],
                         years_of_experience=4, work_arrangements=["remote"])
    assert calculate_match_score(python_only, post).blocked == "a different specialty"


def test_a_marketing_executive_who_names_no_digital_line_is_sent_no_social_media_posts():
    seller = seeker(job_roles=["Marketing Executive", "Sales Executive"],
                    technical_skills=["B2B Sales", "Lead Generation"], years_of_experience=3)
    social = job("Social Media Handler", titles=["Social Media Manager", "Digital Marketer"],
                 skills=["Social Media Marketing", "Lead Generation"])
    assert calculate_match_score(seller, social).blocked == "a different line of work"
    digital = seeker(job_roles=["Digital Marketing Executive", "Marketing Officer"],
                     technical_skills=["Social Media Marketing"], years_of_experience=3)
    assert calculate_match_score(digital, social).passes(39)


def test_pay_under_the_ask_is_sent_only_with_commission_or_a_bonus_on_top():
    collector = seeker(job_roles=["loan recovery agent"], salary_min=70_000, years_of_experience=2)
    flat = job("Credit Control Officer", titles=["Collections Officer"], skills=[], salary_monthly_max=60_000,
               salary_currency="NGN", description="Salary: 60,000 monthly")
    assert calculate_match_score(collector, flat).blocked == "pays well below your minimum"
    plus = job("Credit Control Officer", titles=["Collections Officer"], skills=[], salary_monthly_max=60_000,
               salary_currency="NGN", description="Salary: 60,000 basic + performance bonus")
    assert calculate_match_score(collector, plus).passes(39)
    near = job("Credit Control Officer", titles=["Collections Officer"], skills=[], salary_monthly_max=65_000,
               salary_currency="NGN", description="Salary: 65,000 monthly")
    assert calculate_match_score(collector, near).blocked == "pays well below your minimum"  # 93%, nothing on top
    near_plus = job("Credit Control Officer", titles=["Collections Officer"], skills=[], salary_monthly_max=65_000,
                    salary_currency="NGN", description="Salary: 65,000 monthly + commission")
    result = calculate_match_score(collector, near_plus)
    assert result.passes(39) and result.reasons["salary"] == "up to ₦65k/month, a little below your minimum"
    # a skill that is "a bonus" pays nothing (holdout_62's front desk post)
    skill_bonus = job("Credit Control Officer", titles=["Collections Officer"], skills=[], salary_monthly_max=65_000,
                      salary_currency="NGN", description="Pay: ₦65,000 monthly\nBonus: Knowledge of Excel is a plus!")
    assert calculate_match_score(collector, skill_bonus).blocked == "pays well below your minimum"


SUPERMARKET = job("Customer Service/Sales Representative", titles=["Customer Service Representative"],
                  skills=["Customer Service"], description=(
                      "Daytona pharmacy and supermarket is seeking customer focused Customer Service/Sales "
                      "Representatives.\nResponsibilities:\n* Arrange products on the shelves in the right manner\n"
                      "* Ensure the shop floor is always conducive for sales operations"))


def test_a_supermarkets_shop_floor_post_is_not_sent_to_front_desk_office_or_bank_staff():
    """The supermarket's "Customer Service/Sales Representative" reached receptionists, admin staff and tellers
    through customer care; three readings refused 17 of the 18 (fourteenth session)."""
    receptionist = seeker(job_roles=["Receptionist"], also_take={"care": True}, years_of_experience=2)
    result = calculate_match_score(receptionist, SUPERMARKET)
    assert result.blocked == "shop-floor work"
    assert result.reasons["titles"] == ("“Customer Service/Sales Representative” is work on a shop's floor, and your "
                                        "work is in an office or at a front desk")
    with speaking(PIDGIN):
        assert "na work for shop floor, and your work dey for office or front desk" in render_explanation(
            result, title=SUPERMARKET.title, threshold=39)
    teller = seeker(job_roles=["Bank Teller"], also_take={"care": True}, years_of_experience=2)
    assert calculate_match_score(teller, SUPERMARKET).blocked == "shop-floor work"


def test_shop_floor_and_customer_care_staff_still_get_the_shop_floor_post_and_office_posts_stay_open():
    for roles in (["Sales girl"], ["Customer Care Representative"], ["Receptionist", "Cashier"],
                  ["any entry-level job: admin, customer service, sales or lab assistant"]):
        assert calculate_match_score(seeker(job_roles=roles, years_of_experience=1), SUPERMARKET).passes(39), roles
    # a teller who said yes to cashier work takes the shop floor too
    open_to_tills = seeker(job_roles=["Bank Teller"], also_take={"care": True, "cashier": True}, years_of_experience=2)
    assert calculate_match_score(open_to_tills, SUPERMARKET).passes(39)
    # a supermarket's own office post is an office post
    admin = job("Admin Officer", titles=["Administrative Officer"], skills=[],
                description="Our supermarket head office needs an Admin Officer to keep records.")
    assert calculate_match_score(seeker(job_roles=["Admin Officer"], years_of_experience=2), admin).passes(39)


def test_a_plural_title_or_two_lines_sharing_one_noun_names_the_line():
    """"Primary and Secondary Teachers" and "Sales And Marketing Representative" named no line (the enhancer kept
    them as written): teachers and sellers whose readers wanted them were told "not one of your roles" (5 wanted
    alerts back over the read parts, 1 lost, 3 refused stopped, 2 started)."""
    teachers = job("Primary and Secondary Teachers", titles=["Primary and Secondary Teachers"], skills=["Teaching"])
    maths = seeker(job_roles=["Mathematics Teacher"], technical_skills=["Teaching"], years_of_experience=6)
    assert calculate_match_score(maths, teachers).passes(39)
    rep = job("Sales And Marketing Representative", titles=["Sales And Marketing Representative"], skills=["Sales"])
    seller = seeker(job_roles=["Sales Executive"], technical_skills=["Sales"], years_of_experience=3)
    assert calculate_match_score(seller, rep).passes(39)
    # a plural that is a title word itself stays as it is: "Sales" and "Accounts" name no post alone
    assert title_groups("Teachers") == ("Teacher",)
    assert title_groups("Sales") == title_groups("Accounts") == ()


def test_a_message_listing_lines_is_read_item_by_item_and_the_why_quotes_the_item():
    """"sales, cashier or office assistant": a scan of the whole message skipped "cashier" and "sales" (words that
    inside a sentence are too often something else), so a helper's sign-ups listing lines lost all but one of them;
    the why quotes the item that matched, not the message's first clause."""
    words = "I'm open to any entry-level job in Abeokuta or Lagos: admin, customer service, sales or lab assistant"
    grad = seeker(job_roles=[words], years_of_experience=0)
    result = calculate_match_score(grad, job("Sales Representative", titles=["Sales Executive"], skills=[]))
    assert result.passes(39)
    assert result.reasons["titles"].startswith("your role “sales or lab assistant”")
    shop = seeker(job_roles=["sales, cashier or office assistant. Abeokuta"], years_of_experience=1)
    assert calculate_match_score(shop, job("Cashier", titles=["Cashier"], skills=[])).passes(39)
    # a workplace or an internship in the list is no line: "supermarket, pharmacy or shop", "first role or internship"
    girl = seeker(job_roles=["pls i need customer care or sales girl work for supermarket, pharmacy or shop"],
                  years_of_experience=1)
    assert calculate_match_score(girl, job("Pharmacy Manager", titles=["Pharmacist"], skills=[])).breakdown[
        "titles"] == 0
    analyst = seeker(job_roles=["Data analyst (entry level). Finished ALX data programme, looking for first role or "
                                "internship"], years_of_experience=0, work_arrangements=["remote"])
    intern = job("Web Developer Intern", titles=["Software Engineer", "Intern"], skills=[], work_arrangement="remote")
    assert not calculate_match_score(analyst, intern).passes(39)


def test_an_also_or_ability_clause_adds_its_line_beside_the_line_asked():
    """"electrician …, i also do solar installation", "sales work …, i fit do cashier too": the message was read as the
    first line alone (a helper's sign-ups; over the read parts 1 wanted alert back, 2 refused stopped, 1 lost)."""
    sparky = seeker(job_roles=["electrician, house wiring and industrial. 6yrs exp, i also do solar installation"],
                    years_of_experience=6)
    solar = job("Solar PV Installer", titles=["Solar Installer"], skills=[])
    result = calculate_match_score(sparky, solar)
    assert result.passes(39)
    assert "solar installation" in result.reasons["titles"]
    # the line asked is read without the clause: "housekeeping or cleaning work … i fit cook small too" had been read
    # as a cook's message alone (a scan of the whole found "cook" first; 3 wanted cleaner alerts back)
    cleaner = seeker(job_roles=["abeg i need housekeeping or cleaning work, estate or house. chevron, ajah. i fit cook "
                                "small too"], years_of_experience=2)
    assert calculate_match_score(cleaner, job("Cleaner", titles=["Cleaner"], skills=[])).passes(39)
    # and "small" (a little) hedges the cooking: no cook's line asked beside hers (holdout_59's "i fit also handle social
    # media page small"); without the hedge it is one
    assert not calculate_match_score(cleaner, job("Cook", titles=["Cook"], skills=[])).passes(39)
    cook_too = seeker(job_roles=["abeg i need housekeeping or cleaning work, estate or house. chevron, ajah. i fit cook "
                                 "too"], years_of_experience=2)
    assert calculate_match_score(cook_too, job("Cook", titles=["Cook"], skills=[])).passes(39)
    # an arrangement or a place is no line: "can do remote" is no virtual assistant's work
    remote = seeker(job_roles=["graphic designer, 2yrs, flyers and logo. can do remote"], years_of_experience=2)
    va = job("Virtual Assistant", titles=["Virtual Assistant"], skills=[], work_arrangement="remote")
    assert calculate_match_score(remote, va).breakdown["titles"] == 0
    # nor a place and an arrangement behind a slash ("Abuja/remote" had read as a virtual assistant's line)
    writer = seeker(job_roles=["BSc Mass Communication. I want content writing or PR jobs. Abuja/remote"],
                    years_of_experience=0)
    assert calculate_match_score(writer, va).breakdown["titles"] == 0


def test_a_seeker_calling_themselves_a_marketer_is_a_field_marketer():
    """"outside marketer, lagos mainland", "i wan do marketer work for street/market": "marketer" inside a sentence
    named no line (a single title word scanned alone is ambiguous in posts); "i sabi close market" is no marketer."""
    field = job("FIELD SALES AGENT", titles=["Field Marketer"], skills=[])
    for words in ("outside marketer, lagos mainland", "i wan do marketer work for street/market. lagos"):
        assert calculate_match_score(seeker(job_roles=[words], years_of_experience=1), field).passes(39), words
    trader = seeker(job_roles=["I sell provisions for my shop 2 years, I sabi close market"], years_of_experience=2)
    assert calculate_match_score(trader, job("Marketer", titles=["Field Marketer"], skills=[])).breakdown["titles"] == 0


def test_a_line_asked_as_work_or_a_job_is_read_beside_a_title_elsewhere():
    """"I'm looking for sales job … 2 years as insurance sales agent": the title in the later clause was read alone (2
    wanted sales alerts back over the read parts, none started); "medical sales job" asks pharma sales, not any."""
    agent = seeker(job_roles=["Hi. I'm looking for sales job in Lagos. HND Insurance, 2 years as insurance sales agent "
                              "(life and motor policies) with an insurance company in Ikeja"], years_of_experience=2)
    assert calculate_match_score(agent, job("Sales Executive", titles=["Sales Executive"], skills=[])).passes(39)
    rep = "I'm a medical sales rep, 4yrs with a pharma company. Looking for pharma or medical sales job in Ibadan"
    assert role_groups(rep) == ("Medical Sales Representative",)


def test_a_seeker_naming_themselves_or_their_line_in_shorthand_is_read():
    """"I be marketer, I don do POS agent marketing …": the noun they call themselves is read beside the title a scan
    found first; "client service rep" and a bank's "CSO" are customer care (4 wanted alerts back over the read parts,
    one refused started)."""
    marketer = "I be marketer, I don do POS agent marketing and bank account opening for 2 yrs for Lagos"
    assert set(role_groups(marketer)) == {"POS Operator", "Field Marketer"}
    assert role_groups("client service rep") == ("Customer Care Representative",)
    assert role_groups("CSO at telco walk-in centre") == ("Customer Care Representative",)
    # only a line's noun: a name, an age or a place after "I'm" is none
    assert role_groups("POS agent for Ikeja. I'm Tunde, I'm 24, I'm in Lagos") == ("POS Operator",)


@pytest.mark.parametrize(("words", "lines"), [
    # holdout_56: a mother writing for her daughter was sent field marketers' posts
    ("She wants office assistant or receptionist work near Festac, not sales or marketing please 🙏",
     {"Administrative Officer", "Receptionist"}),
    ("not cleaning or laundry, i want cook work", {"Cook"}),
    # a dash or a full stop turns from what they refuse to what they ask
    ("No marketing, no sales — receptionist or cashier", {"Receptionist", "Cashier"}),
])
def test_a_refusal_runs_through_the_list_it_opens(words, lines):
    assert set(role_groups(words)) == lines


@pytest.mark.parametrize(("words", "lines"), [
    # holdout_57's fresh graduate, sent twelve sellers' and marketers' posts: her words name no line matching reads
    ("I want a junior developer role, frontend or backend — I know JavaScript. Please no sales or marketing roles.",
     set()),
    ("I want accounts job, no be bank marketing.", {"Accountant", "Bookkeeper"}),
    ("any sales job 4 me pls. no be marketing wey person go waka all day under sun o", {"Sales Executive"}),
    # only a refusal of a line: "no experience" refuses nothing
    ("no experience, sales or cashier work", {"Sales Executive", "Cashier"}),
    ("I no mind sales work or cashier", {"Sales Executive", "Cashier"}),
    # holdout_87's phone seller: "door to door" is one word of the refusal, and refuses field marketing, not sales
    ("Pls I need sales job for Ikeja. Abeg no door to door marketing and no commission only", {"Sales Executive"}),
    # holdout_88's finance manager: "do not send" refuses as "do not send me" does
    ("Finance Manager / Financial Controller roles in Abuja. Please do not send accounts officer or junior accountant "
     "roles.", {"Finance Manager"}),
    # holdout_108's collector: what the refused work is, to the sentence's end, is refused with it (the shop they
    # will not visit had read as a shop attendant's line, and a store assistant's post was sent)
    ("Looking for collections or loan recovery job. Please no field recovery where I go to people's house or shop.",
     {"Collections Officer"}),
    # holdout_125's BD manager: "pure" before the refused line (he had been read as asking a sales executive's line)
    ("Business development manager, 5yrs fintech & SaaS — POS merchant acquisition, partnerships with banks. Lagos, "
     "VI/Lekki/Ikoyi axis. Looking for BDM or head of partnerships, 600k minimum, not interested in pure cold-calling "
     "sales roles", {"Business Development Executive"}),
])
def test_matching_reads_no_line_a_seeker_refuses(words, lines):
    assert set(role_groups(words)) == lines
    if "door to door" in words:
        assert refused_groups(words) == ("Field Marketer",)


def test_a_refusal_followed_by_a_clause_of_its_own_still_refuses_its_line():
    """holdout_124's seller: "Abeg no commission only work and no door to door, I don do am before e no pay" had been
    read as refusing nothing (the list ran on into "I don"), and direct sales agents' posts were sent."""
    words = ("I need sales job for Lagos. Abeg no commission only work and no door to door, I don do am before e no "
             "pay. Salary + commission ok")
    assert "Field Marketer" in refused_groups(words)
    seller = compile_seeker(roles=[words], skills=["Sales"], locations_=["Lagos"], arrangements=["onsite"], years=2,
                            salary_min=None)
    agent = compile_job(title="Direct Sales Agent", ai_titles=["Sales Executive"], skills=["Sales"], city="Lagos",
                        state="Lagos", country="NG", location="Lagos, Nigeria", arrangement="onsite")
    assert score(seller, agent).blocked == "a line you said no to"
    # a list that reads a line as it stands is read as before: "not Bolt or Uber" refuses no driver's line
    assert refused_groups("He wants staff or company driver work, not Bolt or Uber.") == ()


def test_lines_listed_after_a_dash_and_named_by_their_work_are_read():
    """"i need any work in lagos - sales, shop, office assistant": the dash opens the list; a promo girl is a
    merchandiser (a product promoter), a client acquisition officer a business developer (the read parts' seekers; no
    alert changed). "shop" asked as an item is a shop attendant's post (the Cashier line; nineteenth session)."""
    assert set(role_groups("just finish waec, i need any work in lagos - sales, shop, office assistant")) == {
        "Administrative Officer", "Sales Executive", "Cashier"}
    assert role_groups("promo girl / activation staff") == ("Merchandiser",)
    assert role_groups("client acquisition officer (corporate)") == ("Business Development Executive",)


def test_a_secretary_is_sent_personal_assistant_posts_as_well_as_admin_ones():
    """"receptionist/secretary (OND), ibadan", "admin, secretary or data entry work": the readers wanted the PA posts
    (2 wanted alerts back over the read parts, none started); a course in secretarial studies names no PA."""
    pa = job("Personal Assistant", titles=["Personal Assistant"], skills=[])
    assert calculate_match_score(seeker(job_roles=["receptionist/secretary (OND), ibadan"]), pa).breakdown["titles"] > 0
    student = seeker(job_roles=["any office job pls, OND secretarial studies, computer literate"])
    assert "Personal Assistant" not in seeker_from_preferences(student).groups


def test_a_line_the_posts_skills_ruled_out_of_its_title_is_no_likeness_either():
    """"Accounts Officer/Store Keeper" asking payroll and accounting keeps the books (SKILL_DECIDED_TITLES): its title's
    words no longer make it like a storekeeper's role (4 refused alerts to storekeepers stopped, none lost); the
    accountants still get it."""
    post = job("Accounts Officer/Store Keeper - Sango Ota", titles=["Accounts Officer/Store Keeper", "Accountant"],
               skills=["Accounting", "Payroll", "Microsoft Office"])
    keeper = seeker(job_roles=["Store Keeper/Store Officer"], years_of_experience=3)
    assert not calculate_match_score(keeper, post).passes(39)
    accountant = seeker(job_roles=["Accountant"], years_of_experience=3)
    assert calculate_match_score(accountant, post).passes(39)


def test_a_direct_sales_agents_post_is_below_a_relationship_officer_but_not_a_bank_marketer():
    """"DSA is below her RO level": a bank's DSA post is not sent to relationship officers and managers (7 refused
    alerts stopped over the read parts, 1 wanted lost); bank marketers and account officers still get it."""
    dsa = job("DSA for Microfinance Bank", titles=["Direct Sales Agent", "Bank Marketer"], skills=[])
    for role in ("Relationship Officer", "RM corporate banking, 7yrs tier 1"):
        result = calculate_match_score(seeker(job_roles=[role], years_of_experience=3), dsa)
        assert result.blocked == "below your level", role
    marketer = seeker(job_roles=["bank marketer (acct opening & deposit mob.) 2yrs"], years_of_experience=2)
    assert calculate_match_score(marketer, dsa).passes(39)


def test_years_only_an_indeed_screening_line_prefers_do_not_block_one_with_fewer():
    """"Field Sales Agent: 2 years (Preferred)" and no years in the text: an entry seller is still sent it (8 wanted
    alerts back over the read parts, 3 refused started); "(Required)", or years the text states, still block."""
    text = "Requirements:\n* Proven experience in sales\n\nExperience:\n\n* Field Sales Agent: {} (Preferred)"
    fresh = seeker(job_roles=["entry level sales"], years_of_experience=0)
    preferred = job("FIELD SALES AGENT", titles=["Field Sales Agent"], skills=[], years_experience_min=2,
                    description=text.format("2 years"))
    result = calculate_match_score(fresh, preferred)
    assert result.passes(39) and result.reasons["experience"] == "prefers 2+ years, you have 0"
    required = job("FIELD SALES AGENT", titles=["Field Sales Agent"], skills=[], years_experience_min=2,
                   description=text.format("2 years").replace("Preferred", "Required"))
    assert calculate_match_score(fresh, required).blocked == "asks far more experience than you have"
    stated = job("FIELD SALES AGENT", titles=["Field Sales Agent"], skills=[], years_experience_min=2,
                 description="Minimum of 2 years sales experience.\n" + text.format("2 years"))
    assert calculate_match_score(fresh, stated).blocked == "asks far more experience than you have"


def test_a_neighbouring_lines_post_far_below_the_seekers_years_is_not_sent():
    senior = seeker(job_roles=["Backend Developer"], user_words={"roles": "Senior backend engineer"},
                    technical_skills=["Python", "Django", "PostgreSQL"], years_of_experience=8)
    mid = job("Full Stack Software Engineer", titles=["Full Stack Developer"], skills=[], years_experience_min=3)
    result = calculate_match_score(senior, mid)
    assert result.blocked == "a junior post of a neighbouring line"
    assert "asking 3+ years; you have 8" in result.reasons["titles"]
    ranked = job("Senior Full Stack Engineer", titles=["Full Stack Developer"], skills=[], years_experience_min=3)
    assert not calculate_match_score(senior, ranked).blocked  # a rank in the title: the post is at their level
    closer = job("Full Stack Software Engineer", titles=["Full Stack Developer"], skills=[], years_experience_min=5)
    assert not calculate_match_score(senior, closer).blocked


def test_a_post_that_is_also_a_line_the_seekers_words_refuse_is_not_sent():
    """"I want customer service job … pls NO sales role": a "Customer Service/Sales Representative" post is half the
    line she refused (holdout_56 to 58 and 62's readers refused it to each such seeker); one who refused nothing
    still gets it."""
    post = job("Customer Service/Sales Representative", titles=["Customer Service Representative", "Sales Representative"],
               skills=[])
    words = ("I want customer service job, inbound calls, email, walk-in customers. I did telesales for 2 yrs but I "
             "left because of the target pressure so pls NO sales role. Ikeja")
    refuses = seeker(job_roles=["Customer Service Representative"], years_of_experience=2,
                     user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "Customer Service Representative"})
    result = calculate_match_score(refuses, post)
    assert result.blocked == "a line you said no to"
    assert result.reasons["titles"].endswith("is also Sales (shop, showroom, sales rep) work, which you said no to")
    with speaking(PIDGIN):
        assert "wey you talk say you no want" in render_explanation(result, title=post.title, threshold=39)
    plain = seeker(job_roles=["Customer Service Representative"], years_of_experience=2)
    assert calculate_match_score(plain, post).passes(39)


def test_a_field_sales_post_is_the_field_work_a_seller_said_no_to():
    """A bank marketer who took shop sales but not "field marketing / direct sales" is not sent "FIELD SALES AGENT"
    (holdout_62); a shop sales post still goes."""
    words = "bank marketing job lagos. 3yrs account opening & deposit mobilization"
    marketer = seeker(job_roles=["Relationship Manager"], user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "Relationship Manager"},
                      years_of_experience=3, also_take={"sales": True, "field": False})
    field = job("FIELD SALES AGENT", titles=["Field Sales Agent"], skills=[])
    result = calculate_match_score(marketer, field)
    assert result.blocked == "a line you said no to" and "Field marketing / direct sales" in result.reasons["titles"]
    shop = job("Sales Representative", titles=["Sales Representative"], skills=[])
    assert calculate_match_score(marketer, shop).passes(39)


def test_data_entry_is_not_the_admin_work_a_customer_care_seeker_said_yes_to():
    """Readers refused 25 of 28 "Data Entry Executive" alerts sent through a yes to "Admin / office assistant"."""
    care = seeker(job_roles=["Customer Care Representative"], years_of_experience=2, also_take={"admin": True})
    entry = job("Data Entry Executive", titles=["Data Entry Clerk"], skills=[])
    assert calculate_match_score(care, entry).blocked
    office = job("Office Assistant", titles=["Administrative Officer"], skills=[])
    assert calculate_match_score(care, office).passes(39)


def test_an_hr_officers_hr_admin_and_a_line_she_is_leaving_are_not_lines_asked():
    assert role_groups("HR Officer | 3 yrs | recruitment, onboarding, payroll input, HR admin | Lagos") == ("HR Officer",)
    assert set(role_groups("hr/admin")) == {"HR Officer", "Administrative Officer"}
    assert role_groups("I'm moving fully into data analysis after 4 years as an accountant, not going back to "
                       "accounting. I have 2 yrs doing analytics") == ("Data Analyst",)


def test_a_posts_location_line_naming_a_town_of_the_boards_state_places_it_there():
    """Indeed's "Lagos" for a post whose text says "Location: Ikorodu, Lagos": readers refused it to Festac, Lekki and
    Ikeja drivers (10 alerts stopped over the read parts, 2 wanted lost)."""
    text = "HIRING - Private Driver (Accommodation Provided)\n\nLocation: Ikorodu, Lagos\n\nSalary: N150,000 monthly"
    driver = seeker(job_roles=["Driver"], preferred_locations=["Festac", "Satellite Town"], years_of_experience=15)
    post = job("Private Driver", titles=["Private Driver"], skills=[], description=text)
    assert calculate_match_score(driver, post).blocked
    near = seeker(job_roles=["Driver"], preferred_locations=["Ikorodu"], years_of_experience=15)
    assert calculate_match_score(near, post).passes(39)


def test_a_line_the_words_refuse_is_not_sent_through_a_neighbour_they_took_unless_they_took_it_too():
    """"1yr sales before (not going back to sales pls)": a customer care yes does not bring the "Customer
    Service/Sales Representative" post (holdout_63); "No DSA or commission-only pls" beside a yes to sales refuses
    only the DSA kind, so sales posts still go."""
    post = job("Customer Service/Sales Representative", titles=["Customer Service Representative", "Sales Representative"],
               skills=[])
    words = ("admin / front desk / receptionist role around Ikeja. 3yrs front desk in a hotel + 1yr sales before (not "
             "going back to sales pls)")
    front_desk = seeker(job_roles=["Receptionist"], years_of_experience=4, also_take={"care": True},
                        user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "Receptionist"})
    assert calculate_match_score(front_desk, post).blocked == "a line you said no to"
    words = "relationship officer, 3yrs in a commercial bank. No DSA or commission-only pls, salaried only"
    banker = seeker(job_roles=["Relationship Manager"], years_of_experience=3, also_take={"sales": True},
                    user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "Relationship Manager"})
    assert calculate_match_score(banker, job("Sales Executive", titles=["Sales Executive"], skills=[])).passes(39)


def test_a_refused_line_named_two_ways_behind_a_slash_is_refused():
    nurse = "Registered Nurse (RN, RM). 5 years - ward and theatre. No home care/caregiver jobs. Min 180k."
    assert role_groups(nurse) == ("Nurse",)



def test_a_one_word_title_is_no_likeness_of_a_whole_message():
    """"… payroll, tax (VAT, WHT, PAYE) and audit preparation …" holds the word "audit": a chartered accountant was
    sent "Internal Control and Audit Lead" as "≈ Audit" (holdout_64; 6 refused alerts stopped over the read parts, 1
    wanted lost)."""
    words = ("Good day. I am a Chartered Accountant (ICAN) with 7 years experience covering financial reporting, IFRS, "
             "payroll, tax (VAT, WHT, PAYE) and audit preparation in manufacturing and FMCG. Seeking Accountant / "
             "Senior Accountant roles")
    accountant = seeker(job_roles=["Accountant"], years_of_experience=7,
                        user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "Accountant"})
    audit = job("Internal Control and Audit Lead", titles=["Auditor", "Audit"], skills=["Internal Controls"])
    result = calculate_match_score(accountant, audit)
    assert "≈" not in result.reasons["titles"] and not result.passes(39)


def test_remote_is_no_field_of_work_two_titles_share():
    words = "Am a php larvel devloper with vue js, i build school portal for 5yrs freelancing. Lagos or remote"
    developer = seeker(job_roles=["PHP developer"], technical_skills=["Vue.js"], years_of_experience=5,
                       user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "PHP developer"})
    post = job("Remote Customer Success Associate", titles=[], skills=["Zendesk"], work_arrangement="remote")
    assert "remote work" not in calculate_match_score(developer, post).reasons["titles"]


def test_a_post_asking_sales_experience_is_not_sent_to_a_seeker_who_refuses_sales():
    """"No sales target jobs pls": a customer service post whose requirements ask "2 years of experience working in
    Sales with sales targets" is selling work she said no to (holdout_65; the Isolo "Administrative Officer" who "must
    have experience in marketing" stopped for six such seekers over the read parts, none wanted)."""
    words = "Hi, am a graduate of Mass Comm, I need customer care job in Abuja. No sales target jobs pls, i cant do that one"
    care = seeker(job_roles=["Customer Care Representative"], years_of_experience=1, preferred_locations=["Abuja"],
                  user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "Customer Care Representative"})
    description = ("Responsibilities:\n* Handle customer enquiries\nRequirements:\n"
                   "* At least 2 years of experience working in Sales with sales targets.")
    post = job("Customer Service Representative", titles=["Customer Service Representative"], skills=[],
               city="Abuja", state="FCT", description=description)
    result = calculate_match_score(care, post)
    assert result.blocked == "requires sales experience"
    assert "which you said no to" in result.reasons["experience"]
    # one who names selling is sent it; one who names none is told the post asks what their profile does not name
    # (of their own line too since the thirty-eighth session: over the read parts 34 refused stopped, 14 wanted lost)
    willing = seeker(job_roles=["Customer Care Representative"], years_of_experience=1, preferred_locations=["Abuja"],
                     technical_skills=["Sales"])
    assert calculate_match_score(willing, post).blocked != "requires sales experience"
    silent = seeker(job_roles=["Customer Care Representative"], years_of_experience=1, preferred_locations=["Abuja"])
    result = calculate_match_score(silent, post)
    assert result.blocked == "requires sales experience"
    assert "your profile names no work in it" in result.reasons["experience"]


def test_not_interested_in_a_line_refuses_it_and_building_mobile_apps_is_a_developers_line():
    nurse = ("Registered Nurse and Midwife (RN, RM), licence current, 5 years in a private hospital. Seeking nursing "
             "post in Lagos. Not interested in caregiver/home-assistant roles. 280k")
    assert role_groups(nurse) == ("Nurse",)
    assert role_groups("I build mobile apps with Flutter and React Native (3 apps on Play Store). 3 yrs") == (
        "Mobile Developer",)
    # a product manager who "helped with our mobile app rollout" builds none
    assert "Mobile Developer" not in role_groups("I want to move into product management. I helped with our mobile "
                                                 "app rollout")


def test_a_ward_nursing_post_goes_to_nurses_whose_words_name_that_ward():
    """"Ophthalmic Nurse" asks "specialty training in ophthalmic nursing": readers refused 9 of 11 such alerts to
    nurses who named no such ward (holdout_66's Ilorin nurse-midwife was sent it and a dermatology post). An ICU or
    children's ward post stays any nurse's."""
    eye = job("Ophthalmic Nurse", titles=["Nurse"], skills=["Nursing"])
    general = seeker(job_roles=["Registered Nurse"], technical_skills=["Nursing"], years_of_experience=4)
    result = calculate_match_score(general, eye)
    assert result.blocked == "another ward" and "eye (ophthalmic) nursing" in result.reasons["titles"]
    eye_clinic = seeker(job_roles=["RN, eye clinic 3yrs"], technical_skills=["Nursing"], years_of_experience=3)
    assert calculate_match_score(eye_clinic, eye).passes(39)
    assert calculate_match_score(general, job("ICU Nurse", titles=["Nurse"], skills=["Nursing"])).passes(39)


def test_a_refusal_of_a_hyphenated_line_is_read():
    doctor = ("MBBS, 2 years post-housemanship. Looking for Medical Officer roles in Benin City or Lagos. Not interested "
              "in call-centre/telemedicine or pharma sales.")
    assert role_groups(doctor) == ("Medical Officer",)
    # a second "no" opens its own refusal, not an item of the first: "bank account target" is no list of insurance's
    assert "Insurance Agent" in refused_groups("I fit push am for market. But no insurance and no bank account "
                                               "target please.")


def test_two_titles_sharing_one_noun_name_both_lines():
    """"React Native & React dev 3yrs. 5 apps live on playstore/appstore": a mobile developer too, not only a React
    frontend one (holdout_66's readers wanted a mobile post she had been refused as "not one of your roles"). Only a
    first title that is whole with the noun ("repayment monitoring … officer" names no monitoring officer)."""
    assert set(role_groups("React Native & React dev 3yrs")) == {"Mobile Developer", "Frontend Developer"}
    assert title_groups("Repayment Monitoring and Recovery Officer") == ("Collections Officer",)
    assert title_groups("Sales And Marketing Representative") == ("Sales Executive",)


def test_payroll_admin_is_payrolls_work_not_an_admin_officers():
    # holdout_106's HR generalist listing "payroll admin" had been sent an administrative assistant's post
    assert set(role_groups("HR generalist, 6 yrs. Recruitment, onboarding, payroll admin, HR policies")) == {
        "HR Officer", "Payroll Officer"}


def test_a_head_of_internal_audit_post_is_an_auditors():
    # holdout_105's "HEAD OF INTERNAL AUDIT" had been read as no line at all (only "Head of Audit" was a title)
    for title in ("HEAD OF INTERNAL AUDIT", "Head, Internal Audit", "Internal Control Lead"):
        assert title_groups(title) == ("Auditor",), title


def test_an_auditor_is_not_sent_an_accountants_post_as_close_to_their_work():
    # holdout_123's internal auditor (ACCA, 5 years) had been sent an FMCG "Accountant" post; over the read parts
    # readers refused 25 of 31 such alerts. A graduate asking "accounting or audit" still gets it.
    job = compile_job(title="Accountant", skills=["Auditing", "Financial Reporting"], city="Abuja", state="FCT",
                      country="NG", years_min=3)
    auditor = compile_seeker(roles=["Internal auditor, ACCA, 5 yrs. Risk based audit, internal controls"],
                             skills=["Auditing", "Financial Reporting"], locations_=["Abuja"], years=5)
    result = score(auditor, job)
    assert result.blocked == "a different line of work"
    assert result.reasons["titles"] == "“Accountant” is accounting work, not audit like yours"
    graduate = compile_seeker(roles=["Audit trainee"], skills=["Auditing", "Financial Reporting"],
                              locations_=["Abuja"], years=1)
    assert score(graduate, job).blocked != "a different line of work"


def test_an_internship_is_a_students_of_its_line():
    # "Even internship I go take" asks internships (holdout_123's frontend beginner had been read without it); one of
    # another line is not sent as theirs ("Python Developer Intern" to a data analyst open to internships)
    job = compile_job(title="Web Developer Intern", skills=["React", "HTML/CSS"], arrangement="remote", country="NG")
    beginner = compile_seeker(roles=["I just finish frontend bootcamp (HTML CSS JavaScript React). Even internship I go "
                                     "take"], skills=["React", "HTML/CSS"], arrangements=["remote"], years=0)
    assert "Intern" in beginner.groups and score(beginner, job).passes(39)
    assert "Intern" not in role_groups("frontend dev, 1 yr. I don't want internship again")
    analyst = compile_seeker(roles=["Entry-level data analyst, open to internship"], skills=["Python", "SQL"],
                             arrangements=["remote"], years=0)
    python = compile_job(title="Python Developer Intern", ai_titles=["Intern"], skills=["Python"], arrangement="remote",
                         country="NG")
    assert score(analyst, python).reasons["titles"] == "“Python Developer Intern” is an internship in another line than yours"


@pytest.mark.parametrize("words, lines", [
    # signups_forty_first's misses (twenty-eighth session)
    ("Instrument tech, 7yrs, based Trans-Amadi. Calibration, loop checks", ("Instrumentation Technician",)),
    ("pharma sales, 4 yrs (antibiotics & antimalarials), Lagos mainland territory", ("Medical Sales Representative",)),
    ("Na event ushering I want, Saturdays only cos of lectures", ("Usher",)),
    ("I fit stand for another person POS or do agent banking for Moniepoint/Opay.", ("POS Operator",)),
    # "POs" are purchase orders, not a POS operator's machine; "transaction" is no slip of "translation"
    ("Vendor sourcing, POs, contracts: 5 yrs procurement in FMCG", ("Procurement Officer",)),
    ("Transaction monitoring + KYC/AML, 3 yrs at a fintech", ("Compliance Officer",)),
    ("Looking for SOC / security analyst roles only, I'm trying to leave IT support.", ("Cybersecurity Analyst",)),
    # signups_forty_second's
    ("Flutter & Kotlin, 4 yrs shipping fintech apps (1M+ downloads). Mobile only pls, not web", ("Mobile Developer",)),
    ("OND Electrical, he repairs generator and installs AC. Ibadan", ("Generator Technician", "HVAC Technician")),
    ("Videographer w/ my own Sony A7 + gimbal. Music videos, weddings. I snap pictures too",
     ("Video Editor", "Photographer")),
    # holdout_92's and 123's beginners had been read as asking no line, and "I fit work remote" as a virtual assistant's
    ("I get ND computer science and I just finish frontend bootcamp (HTML CSS JavaScript React) 6 months. I dey Benin "
     "City, I fit work remote or for Benin", ("Frontend Developer",)),
    ("i just finished NYSC, computer science grad. I do frontend — HTML CSS JS React, Tailwind", ("Frontend Developer",)),
])
def test_lines_sign_ups_name_in_words_of_the_trade(words, lines):
    assert role_groups(words) == lines


@pytest.mark.parametrize("words, lines", [
    ("8 yrs in a commercial bank as account officer. Want to move to microfinance now, credit officer or loan officer, "
     "Asaba or Onitsha.", ("Loan Officer",)),
    ("Hairdresser 5 yrs but the relaxer chemicals have ruined my hands. I want to switch to receptionist or customer "
     "care", ("Customer Care Representative", "Receptionist")),
    # no years told: the clause names the work asked, not work left ("Data analyst. … want to switch to data")
    ("Data analyst. Excel, SQL, Power BI, Python. Currently a bank teller, want to switch to data", None),
    # a move of town keeps the line they ask again
    ("Teller 3 yrs. I want to move to Lagos now, teller or customer service",
     ("Customer Care Representative", "Bank Teller")),
])
def test_years_in_one_line_before_a_move_into_another_are_work_left(words, lines):
    """signups_forty_first's ex-bank account officer moving to microfinance lending was read as a relationship manager
    too: a clause telling years in a line, before one asking to move, switch or go into other work, is work left."""
    if lines is None:
        assert "Data Analyst" in role_groups(words)
    else:
        assert set(role_groups(words)) == set(lines)


def test_a_lone_framework_before_a_slash_takes_the_noun_the_last_side_ends_in():
    """holdout_72's "React/Next.js Engineer" was read as a React Native developer's line too, and sent an iOS post its
    readers refused: "React" is a React engineer's here, as "React/Next.js frontend dev" is a front end's."""
    assert role_groups("React/Next.js Engineer") == ("Frontend Developer",)
    assert role_groups("Flutter/React Native dev") == ("Mobile Developer",)


@pytest.mark.parametrize("words, lines", [
    ("Please I am done with marketing and deposit targets. 5 years as account officer/marketer in a tier-2 bank (let go "
     "in the layoff). I want admin, customer service or front desk, even back office.",
     ("Customer Care Representative", "Receptionist", "Administrative Officer")),
    ("I use to work as bank teller for 4 yrs (contract staff) til they disengaged us. I'm interested in admin or HR "
     "role now.", ("Administrative Officer", "HR Officer")),
    # the job lost, asked again, stays asked
    ("Teller 6 yrs, affected by the bank exit last week. I want teller or customer service work",
     ("Bank Teller", "Customer Care Representative")),
])
def test_the_job_they_lost_beside_other_work_asked_is_work_left(words, lines):
    """holdout_73's laid-off account officer/marketer, done with deposit targets and asking admin or front-desk work,
    was sent a bank's DSA post through the line she lost: "let go", "laid off", "disengaged" tell work left (each side
    of "officer/marketer" a title of its own), and "even back office" asks no return to it."""
    assert set(role_groups(words)) == set(lines)


@pytest.mark.parametrize("words, lines", [
    # signups_forty_third's and forty_fourth's misses (twenty-ninth session): work told by what is done
    ("Hello, I fix AC, fridge and freezer. Split unit installation also. Port Harcourt", ("HVAC Technician",)),
    ("7yrs wiring houses and factories, also install CCTV. Akure", ("Electrician", "CCTV Installer")),
    ("BTS installs, rigging and microwave alignment, 4 yrs with an IHS subcontractor", ("Telecom Engineer",)),
    ("Abeg any laundry or dry cleaning job for Enugu? I sabi iron well", ("Laundry Attendant",)),
    ("Tourism graduate. Event planning, ushering or decor jobs, Calabar", ("Event Planner", "Usher", "Event Decorator")),
    # the line they leave, named in a clause of its own
    ("My last job was cashier at a supermarket in Ikeja. I want warehouse work now, picking and packing or loader",
     ("Warehouse Assistant",)),
    ("Was receptionist at a dental clinic 2 yrs, now trained dental nurse. Want dental assistant job",
     ("Dental Assistant",)),
    ("Teaching has drained me. 6 yrs teaching JSS English in Ogba. I want something with writing now - blogs, "
     "copywriting, scripts", ("Content Writer",)),
])
def test_sign_ups_read_by_the_work_they_do_and_the_work_they_leave(words, lines):
    assert set(role_groups(words)) == set(lines)


def test_an_assistants_role_named_at_the_end_of_a_sentence_is_still_named():
    """holdout_74's returning office manager asks "Admin, front desk, executive assistant." — the full stop kept the
    word from being read, and the executive assistant's post she asked for was refused as "an assistant's post"."""
    post = job("Executive Assistant", titles=["Executive Assistant"], skills=[], years_experience_min=3)
    back = seeker(job_roles=["I worked as office manager in a law firm for 7 years. Now I want to come back to work. "
                             "Admin, front desk, executive assistant."], years_of_experience=7)
    assert calculate_match_score(back, post).blocked != "an assistant's post"
    manager = seeker(job_roles=["Office manager in a law firm, 7 years."], years_of_experience=7)
    assert not calculate_match_score(manager, post).passes(39)


def test_a_line_refused_in_one_clause_is_not_asked_by_it():
    """holdout_76's teacher "switching to data … Please no more teaching jobs" was sent an IGCSE teacher's post: the
    refusal had counted as a clause naming the teacher's line, so the years she told as a teacher were not work left."""
    words = ("Hi, I have been a secondary school teacher for 4 years but I'm switching to data. I finished a data "
             "analytics programme (Excel, SQL, Power BI, Python). I want a junior data analyst role in Abuja or remote. "
             "Please no more teaching jobs. 200k.")
    assert role_groups(words) == ("Data Analyst",)


@pytest.mark.parametrize("words, lines", [
    # signups_forty_fifth's misses (twenty-ninth session)
    ("Target don finish me for bank marketing, 2 yrs as DSA 😩 I no want any sales or marketing again. Admin or front "
     "desk work pls, Oshodi/Isolo axis.", ("Administrative Officer", "Receptionist")),
    ("Apapa. Clearing agent 6 yrs at Tin Can & PTML but the port wahala don do me. I want logistics officer role for "
     "manufacturing company, inland", ("Logistics Coordinator",)),
    ("I want health records job in Kaduna", ("Health Records Officer",)),
    ("Ni mai gyaran waya ne — Tecno, Itel, Samsung, screen, charging port", ("Phone Repair Technician",)),
    ("She wants an in-house legal officer or company secretarial role, Abuja.", ("Legal Officer", "Company Secretary")),
    # whom a route seller sold to is no shop line of theirs (holdout_90's and 92's had been read as cashiers too)
    ("Pls I need sales rep job. 3yrs experience selling beverages to supermarkets and distributors (FMCG).",
     ("Sales Executive",)),
    ("I need sales job. 3yrs experience selling for beverage distributor (supermarkets and kiosk).", ("Sales Executive",)),
    ("supermarket or shop work", ("Cashier",)),
    # Pidgin's "I no want …" refuses what follows (holdout_94's storekeeper had been sent seven sales and marketing
    # posts); "Windows wey no wan boot" refuses nothing
    ("I was sales rep for building materials company 4 yrs, the targets no allow me breathe. I no want any sales or "
     "marketing work again abeg. Store officer, inventory or warehouse job fine", ("Warehouse Supervisor",
                                                                                 "Warehouse Assistant")),
    ("3 yrs for a telco service centre and I no want customer care again biko. Looking for HR assistant or admin "
     "officer role.", ("HR Officer", "Administrative Officer")),
    ("I fix printer, Wi-Fi, Windows wey no wan boot. I wan IT support work for Asaba.", ("IT Support",)),
    # a kind of employer before the refused lines (holdout_98's NGO programme assistant had been sent six sales posts)
    ("Looking for programme assistant / M&E assistant roles in Abuja. NGOs ONLY pls, not interested in private company "
     "sales or marketing jobs.", ("Programme Officer", "Monitoring and Evaluation Officer")),
    # a way of being paid refused before the line (holdout_101's relationship manager had been sent a sales post)
    ("Relationship Manager (corporate banking), 7 years in two tier-1 banks. Looking for RM or senior RM role in a bank "
     "in Abuja. No commission-only or DSA job abeg, I need proper employment with salary.", ("Relationship Manager",)),
    # a bank's target refused before the line (holdout_118's relationship officer moving to HR had been sent a sales
    # officer's post)
    ("I've left banking. I want HR or customer experience/success role. No more bank, no deposit targets or sales "
     "targets abeg.", ("HR Officer", "Customer Success Manager")),
    # the drivers a fleet man runs are no driver's line of his (holdout_101's logistics manager)
    ("abeg i need logistics manager work for lagos. 8yrs experience, i don manage fleet of 25 trucks, dispatch, route "
     "plan, driver mgt, fuel.", ("Logistics Coordinator",)),
    # the service year beside the line asked (holdout_102's statistician had been sent web developers' internships);
    # alone, or with a placement asked, it is the intern's line
    ("Corps member serving in Abeokuta, BSc Statistics. Excel, SQL, Power BI. Looking for junior data analyst role",
     ("Data Analyst",)),
    ("PPA rejected me, Batch B corps member posted to Lagos, I need any company that will accept a corper", ("Intern",)),
    # what a designer makes is no marketer's line of theirs (holdout_103's designer had been sent five social media and
    # digital marketing posts); a second line named is kept
    ("hello graphic designer, 3yrs. photoshop, illustrator, canva. i do flyers, brand identity, social media posts. "
     "lagos (yaba) onsite or remote", ("Graphic Designer",)),
    ("Graphic designer, I also run social media pages for brands", ("Graphic Designer", "Digital Marketer")),
    ("Graphic designer and social media content creator", ("Graphic Designer", "Content Writer")),
])
def test_sign_ups_read_as_their_writers_meant(words, lines):
    assert set(role_groups(words)) == set(lines)


def test_an_internship_its_text_calls_unpaid_is_not_sent_to_a_seeker_with_a_minimum_pay():
    """holdout_77's fresh graduates asking ₦80k and more were sent "Web Developer Intern" whose text opens "**Web
    Developer Intern (Unpaid)**"; one who named no minimum ("any amount … even interns") still gets it (over the read
    parts 2 refused alerts stopped, none wanted lost; blocking it for them too lost 5 wanted)."""
    post = job("Web Developer Intern", titles=["Frontend Developer"], skills=["React"], work_arrangement="remote",
               description="**Web Developer Intern (Unpaid)**\nBuild pages in React.")
    paid = seeker(job_roles=["Frontend developer"], technical_skills=["React"], salary_min=80_000,
                  work_arrangements=["remote"])
    result = calculate_match_score(paid, post)
    assert result.blocked == "unpaid, and you set a minimum pay" and "unpaid" in result.reasons["salary"]
    anyone = seeker(job_roles=["Frontend developer"], technical_skills=["React"], work_arrangements=["remote"])
    assert calculate_match_score(anyone, post).blocked != "unpaid, and you set a minimum pay"
    stipend = job("AI Intern", titles=["Frontend Developer"], skills=["React"], work_arrangement="remote",
                  description="This is an unpaid internship with a monthly stipend.")
    assert calculate_match_score(paid, stipend).blocked != "unpaid, and you set a minimum pay"


@pytest.mark.parametrize("words", [
    "I do frontend — React, Next.js, Tailwind. junior or intern with stipend is fine tbh",
    "Frontend dev, React. Only PAID internships please, I can't do unpaid work",
    "React developer, fresh grad. no unpaid internship again abeg 🙏",
])
def test_an_unpaid_internship_is_not_sent_to_a_seeker_who_asked_for_pay_without_an_amount(words):
    """holdout_93's React graduate ("junior or intern with stipend is fine") was sent two internships whose text
    says "(Unpaid)"; both readers refused them. A seeker whose words ask no pay still gets them (the five wanted
    above)."""
    post = job("Web Developer Intern", titles=["Frontend Developer"], skills=["React"], work_arrangement="remote",
               description="**Web Developer Intern (Unpaid)**\nBuild pages in React.")
    asking = seeker(job_roles=["Frontend Developer"], technical_skills=["React"], work_arrangements=["remote"],
                    user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "Frontend Developer"})
    result = calculate_match_score(asking, post)
    assert result.blocked == "unpaid, and you asked for pay" and "unpaid" in result.reasons["salary"]
    with speaking(PIDGIN):
        assert "no dey pay" in render_explanation(result, title="Web Developer Intern", threshold=39)
    paid = job("Web Developer Intern", titles=["Frontend Developer"], skills=["React"], work_arrangement="remote",
               description="A paid internship building pages in React.")
    assert not calculate_match_score(asking, paid).blocked
    anyone = seeker(job_roles=["Frontend Developer"], technical_skills=["React"], work_arrangements=["remote"],
                    user_words={ROLE_TEXT: "React dev, any amount to start, even internship",
                                ROLE_TEXT_FOR: "Frontend Developer"})
    assert not calculate_match_score(anyone, post).blocked


def test_a_line_refused_is_not_reached_through_a_likeness_of_words_or_a_family():
    """holdout_94's chartered accountant ("just finished audit season … I don't want audit again") was sent three
    audit posts as close to an accountant's; her readers refused them (over the read parts no pair moved)."""
    words = ("I am a chartered accountant (ICAN), 6yrs experience, just finished audit season and I don't want audit "
             "again. Accountant or finance officer role on the mainland. 350k min")
    accountant = seeker(job_roles=["Accountant"], technical_skills=["Financial Reporting"], years_of_experience=6,
                        user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "Accountant"})
    audit = job("Internal Control and Audit Lead", titles=["Audit Officer", "Internal Auditor"],
                skills=["Internal Controls"])
    result = calculate_match_score(accountant, audit)
    assert result.blocked == "a line you said no to" and "said no to" in result.reasons["titles"]
    with speaking(PIDGIN):
        assert "you no want" in render_explanation(result, title="Internal Control and Audit Lead", threshold=39)
    books = job("Accountant", titles=["Accountant"], skills=["Financial Reporting"])
    assert calculate_match_score(accountant, books).passes(39)


def test_where_the_employer_moved_is_no_place_asked():
    """holdout_94's BD manager ("Our HQ moved to Lagos in March and I'm staying back in Abuja") had been sent a Lagos
    BDM post; his readers refused it."""
    staying = compile_seeker(roles=["Business development manager, 8 yrs. Our HQ moved to Lagos in March and I'm "
                                    "staying back in Abuja (Wuse/Maitama). Want BDM role in Abuja"], locations_=["Abuja"])
    assert {place.city for place in staying.places} == {"Abuja"}


def test_a_seeker_leaving_sales_who_refuses_targets_is_not_sent_a_post_with_sales_targets():
    """holdout_94's insurance seller ("Abeg I don tire for sales target … I want customer service job … anything wey
    no get target or commission") was sent a customer service post whose duties say "Meet personal and team sales
    targets"; her readers refused it (over the read parts one more refused alert stopped, none wanted lost). A seller
    who says "no sales target jobs" asks another kind of sales post and keeps it."""
    words = ("Abeg I don tire for sales target 🙏 3 years selling insurance for PH. I want customer service job, "
             "inbound calls or walk-in customers, anything wey no get target or commission.")
    leaving = seeker(job_roles=["Customer Care Representative"], years_of_experience=3,
                     user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "Customer Care Representative"})
    post = job("Customer Service", titles=["Customer Care Representative"], skills=["Customer Service"],
               description="* Manage large volumes of incoming phone calls.\n* Meet personal and team sales targets.")
    result = calculate_match_score(leaving, post)
    assert result.blocked == "sales targets, which you said no to"
    with speaking(PIDGIN):
        assert "sales target" in render_explanation(result, title="Customer Service", threshold=39)
    calls = job("Customer Service", titles=["Customer Care Representative"], skills=["Customer Service"],
                description="* Manage large volumes of incoming phone calls.")
    assert not calculate_match_score(leaving, calls).blocked
    seller = seeker(job_roles=["Sales Executive"], years_of_experience=3,
                    user_words={ROLE_TEXT: "Sales rep 3 yrs, FMCG. No sales target only jobs abeg",
                                ROLE_TEXT_FOR: "Sales Executive"})
    rep = job("Sales Representative", titles=["Sales Executive"], skills=["Sales"],
              description="* Achieve monthly sales targets in your territory.")
    assert calculate_match_score(seller, rep).blocked != "sales targets, which you said no to"


def test_a_place_asked_only_with_accommodation_takes_only_the_posts_that_house_their_staff():
    """holdout_77's Ibadan graduate "can work in Lagos too if there is accommodation": her readers refused every Lagos
    post that said nothing of it (27 of the part's 45 false alerts); an Ibadan post stays hers, and a Lagos post
    that gives accommodation is sent with the reason."""
    words = ("I'm open to anything please: admin, customer service, sales. I'm in Ibadan (Challenge/Ring Road) but I "
             "can work in Lagos too if there is accommodation. 70k and above.")
    graduate = seeker(job_roles=["Administrative Officer", "Customer Care Representative"], salary_min=70_000,
                      preferred_locations=["Ibadan, Oyo", "Lagos"],
                      user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "Administrative Officer"})
    lagos = job("Admin Officer", titles=["Administrative Officer"], skills=["Microsoft Office"])
    result = calculate_match_score(graduate, lagos)
    assert result.blocked == "no accommodation given"
    assert "only where the job gives accommodation" in result.reasons["location"]
    housed = job("Admin Officer", titles=["Administrative Officer"], skills=["Microsoft Office"],
                 description="Salary: 80,000 monthly.\nAccommodation: Provided")
    result = calculate_match_score(graduate, housed)
    assert not result.blocked and result.reasons["location"].endswith("and it gives accommodation")
    ibadan = job("Admin Officer", titles=["Administrative Officer"], skills=["Microsoft Office"], city="Ibadan",
                 state="Oyo")
    assert not calculate_match_score(graduate, ibadan).blocked
    with speaking(PIDGIN):
        assert "place to stay" in render_explanation(calculate_match_score(graduate, lagos), title="Admin Officer",
                                                     threshold=39)
    compiled = seeker_from_preferences(graduate)  # as the index stores it
    assert [place.label for place in compiled.housed] == ["Lagos"]
    assert type(compiled).from_json(compiled.to_json()) == compiled


@pytest.mark.parametrize(("text", "houses"), [
    ("HIRING - Private Driver (Accommodation Provided)", True),
    ("N120,000 - N170,000 monthly (+ accommodation).", True),
    ("Benefits:\n* HMO\n* Accomodation\n* Leave", True),
    ("Benefits: Official residence or monthly housing allowance", True),
    ("LOCATION :IKATE LEKKI (NO ACCOMODATION)", False),
    ("If you have a disability or special need that requires accommodation, please let us know.", False),
    ("Manage travel bookings, including flights, accommodation, tours, and transfers.", False),
])
def test_a_post_that_houses_its_staff_is_told_by_its_text(text, houses):
    graduate = seeker(job_roles=["Driver"], preferred_locations=["Ibadan, Oyo", "Lagos"],
                      user_words={ROLE_TEXT: "Driver in Ibadan, or Lagos if accommodation is provided",
                                  ROLE_TEXT_FOR: "Driver"})
    post = job("Driver", titles=["Driver"], skills=["Driving"], description=text)
    assert (calculate_match_score(graduate, post).blocked != "no accommodation given") is houses


def test_a_specialty_after_a_broad_title_is_the_posts_specialty():
    """"Software Engineer - Backend" (two real LinkedIn rows) is a backend post, "Software Engineer, Frontend" a
    frontend one: each reaches its own specialty as its title, not the other as a neighbour."""
    react = seeker(job_roles=["Frontend Developer"], technical_skills=["React", "TypeScript"], years_of_experience=3)
    python = seeker(job_roles=["Backend Developer"], technical_skills=["Python", "Django", "PostgreSQL"],
                    years_of_experience=3)
    backend = job("Software Engineer - Backend", titles=["Software Engineer"], skills=["Python", "PostgreSQL"])
    frontend = job("Software Engineer, Frontend", titles=["Software Engineer"], skills=["React", "TypeScript"])
    assert bracket_specialties("Software Engineer - Back-End") == ("Backend Developer",)
    mine = calculate_match_score(python, backend)
    assert mine.passes(39) and mine.reasons["titles"] == "your role “Backend Developer” = “Software Engineer - Backend”"
    assert calculate_match_score(react, frontend).reasons["titles"].startswith("your role “Frontend Developer” =")
    assert not calculate_match_score(react, backend).passes(39)
    assert not calculate_match_score(python, frontend).passes(39)
    # a language in the brackets is no specialty (Turing's "(JavaScript)" contracts stay broad), nor is a place
    assert bracket_specialties("Remote Software Engineer (JavaScript)") == ()
    assert bracket_specialties("Software Engineer - Lagos") == ()


@pytest.mark.parametrize(("words", "lines"), [
    ("Open to junior full stack or frontend roles, onsite or hybrid", {"Full Stack Developer", "Frontend Developer"}),
    ("Python/DRF APIs, Postgres, Celery queues at a logistics startup. Backend roles only", {"Backend Developer"}),
    ("Looking for a front-end job in Lagos", {"Frontend Developer"}),
    # a stack named without "developer" in a longer message (holdout_84's corps member had been read as no line)
    ("Corper here 🫡 passing out Feb. MERN stack, 1yr (6 months internship + PPA building a school portal). I dey "
     "Ikeja. pls i no do PHP 🙏🏾 & no wordpress", {"Full Stack Developer"}),
])
def test_a_specialty_asked_as_work_is_its_developers_line(words, lines):
    # "backend" alone is no title: 'no "fullstack" roles that are secretly backend' asks no backend line
    assert set(role_groups(words)) == lines
    assert "Backend Developer" not in role_groups('Pls no "fullstack" roles that are secretly backend')


def test_the_school_a_seeker_studied_at_is_no_side_of_their_city():
    """holdout_81's parent: "my son … just finish ND Computer Science from Yaba Tech … Any office work for him in Lagos
    or Abeokuta" had kept him to Yaba's side of Lagos, and a Victoria Island office assistant post from him."""
    words = ("Please i am asking on behalf of my son, he just finish ND Computer Science from Yaba Tech. He is very "
             "good with computer, typing fast, excel, word. Any office work for him in Lagos or Abeokuta")
    son = compile_seeker(roles=[words], skills=["Typing"], locations_=["Lagos", "Abeokuta"], arrangements=["onsite"],
                         years=0, salary_min=None)
    assert {place.label for place in son.places} == {"Lagos", "Abeokuta, Ogun"}


def test_an_employer_a_seeker_will_not_work_for_names_no_line_of_theirs():
    """holdout_82's recovery officer: "But I no go work for loan app wey dey call customer family and post them for
    social media" had been read as a digital marketer (by the chat and by matching) and sent six social media posts."""
    words = ("I do loan recovery 2 years for microfinance bank (Lagos). I want collections / credit recovery job, remote "
             "or Lagos office. But I no go work for loan app wey dey call customer family and post them for social "
             "media, I no do that kind thing. 120k")
    assert role_groups(words) == ("Collections Officer",)
    # nor is a bank they will not work for a bank marketer's line
    seller = compile_seeker(roles=["I won't work for a bank again but I want sales rep job"], skills=[],
                            locations_=["Lagos"], arrangements=["onsite"], years=2, salary_min=None)
    assert seller.groups == ("Sales Executive",)


@pytest.mark.parametrize("words", [
    "Chartered Accountant (ACA) with 13 years in financial reporting. Seeking senior roles in Lagos. I will not "
    "consider officer-level positions.",
    "I was Finance Manager, 10 years in accounting (ACCA). I need Finance Manager / Chief Accountant role in Lagos. "
    "Won't go back to accounts officer level.",
    "Accountant, 10 years. Not interested in anything below manager level.",
    # holdout_91's BD lead had been sent two BD executives' posts and a senior sales executive's
    "Finance / accounts manager, 10 yrs. Manager level and above only, no officer roles pls.",
    # holdout_121's HR manager had been sent an HR executive's and an HR specialist's post
    "Chartered accountant, 10 years. I won't go back to officer/executive level.",
])
def test_a_level_the_seeker_sets_as_their_floor_keeps_the_posts_below_it_away(words):
    """holdout_82's head of audit and finance manager had been sent "Accountant" posts asking five years."""
    head = seeker(job_roles=[words], technical_skills=["Auditing", "IFRS"], years_of_experience=10)
    accountant = job("Accountant", titles=["Accountant"], skills=["IFRS"], years_experience_min=5)
    result = calculate_match_score(head, accountant)
    assert result.blocked == "below the level you asked"
    assert result.reasons["titles"] == "“Accountant” is below the level you asked for"
    with speaking(PIDGIN):
        assert "“Accountant” dey under the level wey you ask" in render_explanation(result, title="Accountant",
                                                                                  threshold=39)
    chief = job("Chief Accountant", titles=["Accountant"], skills=["IFRS"], years_experience_min=5)
    assert not calculate_match_score(head, chief).blocked == "below the level you asked"
    # a manager's floor is over a senior officer's post (holdout_83's regional sales manager: "Please nothing below
    # manager level" had been sent "Senior Sales Executive"); an officers' floor is not
    senior = job("Senior Accountant", titles=["Accountant"], skills=["IFRS"], years_experience_min=5)
    assert (calculate_match_score(head, senior).blocked == "below the level you asked") == ("manager" in words)
    # "open to any entry level office job", "no problem starting at entry level" set no floor
    easy = seeker(job_roles=["Accountant, I have no problem starting at entry level"], years_of_experience=1)
    assert calculate_match_score(easy, job("Accountant", titles=["Accountant"], skills=[])).blocked != \
        "below the level you asked"
    fresh = seeker(job_roles=["Fresh graduate, open to any entry level accountant job"], years_of_experience=0)
    assert calculate_match_score(fresh, job("Accountant", titles=["Accountant"], skills=[])).blocked != \
        "below the level you asked"


@pytest.mark.parametrize("words", [
    # holdout_124's senior full-stack engineer had been sent a mid-level post
    "Senior full stack engineer, 7 yrs. Only Senior/Lead level roles pls, I won't consider mid-level or junior.",
    "Full-stack engineer, 8 years. Senior or lead level only please, not mid-level.",
])
def test_not_mid_level_keeps_mid_level_posts_away_and_takes_a_seniors_post_without_a_rank_in_its_title(words):
    senior = seeker(job_roles=[words], technical_skills=["React", "Node.js"], years_of_experience=7)
    mid = job("Full Stack Software Engineer", titles=["Full Stack Developer"], skills=["React", "Node.js"],
              experience_level="mid", years_experience_min=3)
    assert calculate_match_score(senior, mid).blocked == "below the level you asked"
    ranked = job("Senior Full Stack Engineer", titles=["Full Stack Developer"], skills=["React", "Node.js"])
    assert not calculate_match_score(senior, ranked).blocked
    # a post asking a senior's years is at the floor though its title names no rank (holdout_108's engineer wanted it)
    unranked = job("Full Stack Engineer (TypeScript + Next.js)", titles=["Full Stack Developer"],
                   skills=["React", "Node.js"], years_experience_min=5)
    assert not calculate_match_score(senior, unranked).blocked
    # and so is one seeking "experienced" people, naming no years, whatever level the board gives it (holdout_108's
    # and holdout_124's engineers wanted Turing's)
    experienced = job("Remote Software Engineer (Full Stack)", titles=["Full Stack Developer"],
                      skills=["React", "Node.js"], experience_level="entry",
                      description="Turing is seeking experienced Full Stack Developers to build AI applications.")
    assert not calculate_match_score(senior, experienced).blocked
    # "Not junior, mid-level is fine" takes the mid-level post
    open_to_mid = seeker(job_roles=["Full stack engineer, 3 yrs. Not junior, mid-level is fine"],
                         technical_skills=["React", "Node.js"], years_of_experience=3)
    assert calculate_match_score(open_to_mid, mid).blocked != "below the level you asked"
    # and so does "don't send junior/intern roles, mid-level or senior only" (holdout_127's full-stack engineer)
    mid_or_senior = seeker(job_roles=["Fullstack engineer, 4+ yrs. Please don't send junior/intern roles, mid-level or "
                                      "senior only. Min 800k."], technical_skills=["React", "Node.js"],
                           years_of_experience=4)
    assert calculate_match_score(mid_or_senior, mid).blocked != "below the level you asked"


def test_ordinary_work_refused_is_a_floor_over_it():
    """holdout_101's security supervisor ("I want security supervisor / chief security officer job in Abuja. Not
    ordinary gateman work.") had been sent guards' posts."""
    words = ("Retired Army warrant officer, 12 yrs in private security, currently security supervisor for an estate. I "
             "want security supervisor / chief security officer job in Abuja. Not ordinary gateman work.")
    chief = seeker(job_roles=[words], years_of_experience=12)
    guards = job("SECURITY OFFICERS", titles=["Security Guard"], skills=[])
    assert calculate_match_score(chief, guards).blocked == "below the level you asked"
    supervisor = job("Security Supervisor", titles=["Security Guard"], skills=[])
    assert calculate_match_score(chief, supervisor).blocked != "below the level you asked"
    # a refusal of the work itself, not of its ordinary rank, sets no floor
    plain = seeker(job_roles=["Security guard, 5 yrs. Not night shift pls"], years_of_experience=5)
    assert calculate_match_score(plain, guards).blocked != "below the level you asked"


def test_an_area_refused_by_name_is_no_place_of_theirs():
    words = ("Abeg I need sales job for Ikorodu side or Ketu, Mile 12. 2yrs experience sales/cashier. Pls no Lekki or "
             "Island, transport go finish my salary")
    seller = compile_seeker(roles=[words], skills=["Sales"], locations_=["Ikorodu", "Ketu", "Mile 12"],
                            arrangements=["onsite"], years=2, salary_min=None)
    assert "Lekki" not in {place.area for place in seller.places}


@pytest.mark.parametrize(("line", "words", "asked"), [
    # holdout_86's sales rep had been kept from sales and BD posts asking sales experience as "selling … which you said
    # no to"
    ("Sales Executive", "Pls I need sales rep job for Lagos mainland only o. No commission-only abeg and no door to "
     "door. 120k", "At least 2 years of experience working in Sales with sales targets."),
    # holdout_85, 87 and 89's relationship managers: a corporate RM post asking deposit mobilisation is their own line's
    ("Relationship Manager", "Relationship manager, commercial banking, 8 years. Looking for RM role with a commercial "
     "bank — please no microfinance, DSA or loan agent roles.", "At least 3 years of experience in sales or marketing "
     "in a bank."),
])
def test_a_sellers_refusal_of_a_way_of_selling_is_no_refusal_of_their_own_lines_selling(line, words, asked):
    """ "no door to door", "no microfinance, DSA or loan agent roles" refuse those posts, not selling itself."""
    own = seeker(job_roles=[line], years_of_experience=2, user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: line})
    post = job(line, titles=[line], skills=[], description=f"Requirements:\n* {asked}")
    assert calculate_match_score(own, post).blocked != "requires sales experience"


def test_a_nationwide_post_reaches_a_seeker_who_asked_anywhere_in_the_country():
    """ "Junior/entry data analyst role in Lagos or anywhere in Nigeria": a post placed only in Nigeria is no longer
    blocked as "may be elsewhere" for her (holdout_86); for a seeker who named only Lagos it still is."""
    nationwide = job("Junior Data Analyst", titles=["Data Analyst"], skills=["SQL"], city="", state="")
    anywhere = seeker(job_roles=["Data Analyst"], technical_skills=["SQL"], years_of_experience=1,
                      preferred_locations=["Lagos", "Nigeria"])
    result = calculate_match_score(anywhere, nationwide)
    assert result.blocked == ""
    assert result.reasons["location"] == "in NG (on-site); you said anywhere in NG"
    with speaking(PIDGIN):
        assert "e dey NG (on-site); you talk anywhere for NG" in render_explanation(result, title="Junior Data Analyst",
                                                                                   threshold=39)
    lagos = seeker(job_roles=["Data Analyst"], technical_skills=["SQL"], years_of_experience=1)
    assert calculate_match_score(lagos, nationwide).blocked == "no city given, may be elsewhere"


SNAPPY = ("Job Location: IKEJA\n\nCompany Benefits\n1. Basic salary: 60k\n5. Permission to work from home (return to "
          "office for skills training if not performing well)\n\nRESPONSIBILITY:\n* Collections – Following up on overdue "
          "accounts through calls, messages, letters, and visits to recover outstanding payments.")


def test_an_office_job_that_lets_staff_work_from_home_reaches_those_who_want_the_office_too():
    """A lender's Ikeja posts, flagged remote by the board, say "Job Location: IKEJA" and give "Permission to work from
    home": the readers of an on-site Lagos graduate who took collections work wanted all nine (holdout_90; over the
    read parts 49 wanted gained, 17 refused added). Remote seekers keep them; a plain remote post stays remote."""
    post = job("Collections and Loan Management Officer", titles=["Collections Officer"], skills=["Debt Collection"],
               work_arrangement="remote", description=SNAPPY)
    office = seeker(job_roles=["Collections Officer"], work_arrangements=["onsite"])
    result = calculate_match_score(office, post)
    assert not result.blocked and result.reasons["location"] == "in Ikeja, Lagos (on-site), you want Lagos"
    home = seeker(job_roles=["Collections Officer"], work_arrangements=["remote"])
    assert calculate_match_score(home, post).reasons["location"] == "remote, and you accept remote work"
    compiled = job_from_row(post)
    assert compiled.home_allowed and {"remote", "c:lagos"} <= job_place_keys(compiled)
    plain = job("Collections Officer", titles=["Collections Officer"], skills=["Debt Collection"],
                work_arrangement="remote", description="Job Location: IKEJA\nThis is a remote role.")
    assert calculate_match_score(office, plain).blocked == "remote, you want on-site"
    assert job_place_keys(job_from_row(plain)) == {"remote"}


@pytest.mark.parametrize("words", [
    "Collections officer, 2 yrs. Desk only, no field recovery. Lagos. 130k",
    "2yrs recovery officer for a loan app. i no dey do field recovery o, na calls and whatsapp reminders i sabi",
    "2yrs collections officer, digital lending. Pls no field recovery (going to people house) and no company wey dey "
    "ask u to threaten customers",
    "pls i need loan recovery / collections job. No going to people house again pls, only phone/whatsapp recovery",
])
def test_a_collector_who_refuses_field_visits_is_not_sent_posts_whose_work_includes_them(words):
    """holdout_88's and 90's collectors were sent remote collections posts whose duties include "field visits" or
    "calls, messages, letters, and visits"; their readers refused 10 of 12 (two listing "or visits" were wanted)."""
    collector = seeker(job_roles=["Collections Officer"], work_arrangements=["onsite", "remote"],
                       user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "Collections Officer"})
    post = job("Credit Recovery Officer", titles=["Collections Officer"], skills=["Debt Collection"],
               description="Contacting defaulting clients via calls, letters, and field visits to ensure repayment.")
    result = calculate_match_score(collector, post)
    assert result.blocked == "field visits, which you said no to" and "visits" in result.reasons["experience"]
    desk = job("Credit Recovery Officer", titles=["Collections Officer"], skills=["Debt Collection"],
               description="Contacting defaulting clients via calls, SMS and WhatsApp to ensure repayment.")
    assert not calculate_match_score(collector, desk).blocked
    anyone = seeker(job_roles=["Collections Officer"], work_arrangements=["onsite", "remote"])
    assert not calculate_match_score(anyone, post).blocked
    with speaking(PIDGIN):
        assert "field visit" in render_explanation(result, title="Credit Recovery Officer", threshold=39)


@pytest.mark.parametrize(("words", "lines"), [
    # holdout_108's head of audit had been sent three accountants' posts through the charter he holds
    ("Chartered Accountant (FCA) and CISA, 9 years in internal audit and controls, currently Audit Lead. Seeking Head "
     "of Internal Audit or Senior Internal Auditor position.", {"Auditor"}),
    ("ICAN chartered accountant, 12 yrs, last 5 as Finance Manager. Looking for Finance Manager / Financial "
     "Controller.", {"Finance Manager"}),
    # the charter stays a line where what they seek is the accountant's own, or where they seek nothing named
    ("Chartered accountant (ICAN), 6 yrs. Looking for Senior Accountant / Finance Manager role in Lagos.",
     {"Accountant", "Finance Manager"}),
    ("Chartered accountant (ACA), 7 years. Lagos.", {"Accountant"}),
])
def test_an_accountants_charter_is_no_line_asked_beside_another_line_sought(words, lines):
    assert set(role_groups(words)) == lines


def test_a_floor_at_head_or_lead_level_lets_a_leads_post_through():
    """holdout_109's head of internal control, "Not interested in anything below Head/Lead level", had been kept from
    two audit leads' posts; "below manager level" still keeps them away."""
    audit_lead = job("Audit Lead", titles=["Audit Lead"], skills=["Auditing"], years_experience_min=5)
    lead = seeker(job_roles=["15 yrs internal audit & risk. Seeking Head of Internal Audit roles only, Lagos. Not "
                             "interested in anything below Head/Lead level."], technical_skills=["Auditing"],
                  years_of_experience=15)
    assert calculate_match_score(lead, audit_lead).blocked != "below the level you asked"
    manager = seeker(job_roles=["15 yrs internal audit. Not interested in anything below manager level."],
                     technical_skills=["Auditing"], years_of_experience=15)
    assert calculate_match_score(manager, audit_lead).blocked == "below the level you asked"


def test_a_seller_who_names_the_trade_they_sell_in_is_sent_no_other_trades_posts():
    """holdout_114's medical rep, "I want sales role with pharma, diagnostics or healthcare company", had been sent
    furniture, insurance and hotel sales posts (28 alerts to two such sellers). A line taken when asked about
    neighbouring lines keeps no limit: holdout_31's bank seller also takes field marketing, in any trade."""
    rep = seeker(job_roles=["Medical rep, 4 yrs selling pharma products to hospitals. I want sales role with pharma, "
                            "diagnostics or healthcare company."], technical_skills=["Sales"], years_of_experience=4)
    furniture = job("Sales Executive", titles=["Sales Executive"], skills=["Sales"],
                    description="Sell our furniture in the showroom. Benefits: HMO, health insurance.")
    pharma = job("Sales Executive", titles=["Sales Executive"], skills=["Sales"],
                 description="Emzor, a leading pharmaceutical company, seeks sales executives.")
    result = calculate_match_score(rep, furniture)
    assert result.blocked == "another industry than you asked"
    assert "pharmaceuticals or healthcare, where you asked to work" in result.reasons["experience"]
    assert not calculate_match_score(rep, pharma).blocked
    marketer = job("Field Marketer", titles=["Field Marketer"], skills=["Sales"],
                   description="Market our solar lamps to shops in Lagos.")
    dsa = seeker(job_roles=["i need DSA or sales job with bank or insurance company. 2yrs as DSA for a commercial bank"],
                 technical_skills=["Sales"], years_of_experience=2, also_take={"field": True})
    assert calculate_match_score(dsa, marketer).blocked != "another industry than you asked"
    assert calculate_match_score(dsa, marketer).total >= 39


def test_a_seeker_who_refuses_a_trade_is_sent_none_of_its_posts():
    """holdout_113's loan officer, "pls no those loan app wey dey insult customers", had been sent ten collections
    posts of a fintech "that provides quick loans to customers via an online process", which both readers refused.
    A bank asking experience in microfinance is no microfinance house."""
    officer = seeker(job_roles=["Loan officer for microfinance bank for Kano 4yrs. I want loan recovery or credit "
                                "officer job, remote or here in Kano. But pls no those loan app wey dey insult "
                                "customers"], technical_skills=["Debt Collection"], years_of_experience=4)
    loan_app = job("Loan Recovery Officer", titles=["Loan Recovery Officer"], skills=["Debt Collection"],
                   description="COMPANY: Snappy Credit is a Fintech company that provides quick loans to customers "
                               "via an online process.\nRecover overdue loans by calls.")
    result = calculate_match_score(officer, loan_app)
    assert result.blocked == "a trade you said no to"
    assert result.reasons["experience"] == "the post names a loan app, which you said no to"
    bank = job("Loan Recovery Officer", titles=["Loan Recovery Officer"], skills=["Debt Collection"],
               description="A commercial bank recovering overdue loans.\n* Experience in digital lending is an advantage")
    assert not calculate_match_score(officer, bank).blocked
    assert calculate_match_score(officer, bank).total >= 39


def test_a_city_named_beside_the_only_areas_asked_in_it_is_those_areas():
    """holdout_115's graduate, "I'm moving to Lagos next month … but only mainland side — Ikeja, Yaba, Surulere", had
    been sent Lekki and Lagos Island posts as posts in Lagos."""
    words = "I'm moving to Lagos next month, I want sales job but only Ikeja, Yaba, Surulere axis"
    graduate = seeker(job_roles=[words], technical_skills=["Sales"],
                      preferred_locations=["Lagos", "Ikeja", "Yaba", "Surulere"])
    ikorodu = job("Sales Representative", titles=["Sales Representative"], skills=["Sales"], location="Ikorodu, Lagos")
    ikeja = job("Sales Representative", titles=["Sales Representative"], skills=["Sales"], location="Ikeja, Lagos")
    assert calculate_match_score(graduate, ikorodu).blocked
    assert not calculate_match_score(graduate, ikeja).blocked


@pytest.mark.parametrize(("words", "title", "kept"), [
    # "below officer level": an officer's or executive's post is at the floor, a junior's below it (holdout_115)
    ("HR professional, 7 years. Seeking HR Officer/Generalist or HR Manager role. Not interested in anything below "
     "officer level", "Human Resources Executive", False),
    ("HR professional. Seeking HR Officer role. Not interested in anything below officer level",
     "Junior HR Officer", True),
    # a lead's post is a title the seeker asked (holdout_115's audit manager)
    ("Internal auditor, 9 years. Looking for Head of Internal Audit / Internal Control Lead positions. Not considering "
     "anything below manager level.", "Internal Control and Audit Lead", False),
    ("Internal auditor, 9 years. Looking for Head of Internal Audit positions. Not considering anything below manager "
     "level.", "Internal Control and Audit Lead", True),
    # holdout_88's head of HR
    ("Head of HR, 16 yrs. Looking for Head of HR / HR Manager / HR Business Partner roles. Please exclude officer, "
     "generalist or intern level roles.", "HR Officer", True),
])
def test_a_level_floor_keeps_the_posts_below_it_and_only_those(words, title, kept):
    prefs = seeker(job_roles=[words], technical_skills=["Recruitment", "Auditing"], years_of_experience=9)
    post = job(title, titles=[title], skills=["Recruitment", "Auditing"], years_experience_min=3)
    assert (calculate_match_score(prefs, post).blocked in {"below the level you asked", "below your rank"}) is kept


def test_a_seeker_who_answered_no_certificate_is_sent_no_post_asking_one():
    """Twelve cleaners of the read parts answered the certificate question "none", and were sent cleaners' posts whose
    requirement lines ask SSCE, which every reader refused. Their words naming one ("SSCE, 5 years") outrank it."""
    post = job("Office Cleaner", titles=["Cleaner"], skills=["Cleaning"],
               description="Requirements:\n* Minimum of SSCE\n* 2 years cleaning experience")
    unschooled = seeker(job_roles=["Office cleaner"], years_of_experience=5, schooling="none")
    result = calculate_match_score(unschooled, post)
    assert result.blocked == "asks more schooling"
    assert result.reasons["experience"] == "the post asks at least SSCE; you said you hold no certificate"
    said = seeker(job_roles=["Office cleaner, SSCE"], years_of_experience=5, schooling="none")
    assert not calculate_match_score(said, post).blocked
    unasked = job("Office Cleaner", titles=["Cleaner"], skills=["Cleaning"], description="2 years cleaning experience")
    assert not calculate_match_score(unschooled, unasked).blocked


@pytest.mark.parametrize(("words", "line"), [
    ("I want entry level backend or junior developer role, internship sef I go take", "Backend Developer"),
    ("I want backend or junior frontend developer role", "Backend Developer"),
])
def test_a_level_beside_a_listed_line_leaves_the_line_it_shares(words, line):
    """holdout_110's graduate wrote "entry level backend or junior developer role" and was read as asking nothing."""
    assert line in role_groups(words)


def test_a_sellers_enterprise_accounts_are_their_customers_not_an_accountants_line():
    """holdout_111's SaaS seller, "pipeline, demos, HubSpot, closing enterprise accounts", had been sent an accountant's
    and a finance officer's posts."""
    assert "Accountant" not in role_groups("I do B2B sales for SaaS, 4 yrs, pipeline, demos, closing enterprise accounts")
    assert "Accountant" in role_groups("I do accounts for a school, 4 yrs")


def test_a_post_of_a_neighbouring_line_is_read_as_one_however_like_the_words_its_title_is():
    """holdout_119's internal auditor ("internal control/internal audit officer 4yrs") was sent seven accountants' posts
    as ≈ his words ("Accounting Officer"); both readers refused each (over the read parts 4 refused alerts stopped, 2
    wanted lost). A neighbouring line's post is weighed as a neighbour's: its skills decide."""
    words = "good evening sir, internal control/internal audit officer 4yrs, B.Sc Accounting, ICAN writing final."
    auditor = seeker(job_roles=["Auditor"], technical_skills=["Internal Controls", "Auditing"], years_of_experience=4,
                     user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "Auditor"})
    books = job("Accountant", titles=["Accounting Officer"], skills=["Bookkeeping", "Payroll"])
    result = calculate_match_score(auditor, books)
    assert "≈" not in result.reasons["titles"] and not result.passes(39), result.reasons
    audit = job("Internal Control Officer", titles=["Internal Auditor"], skills=["Internal Controls"])
    assert calculate_match_score(auditor, audit).passes(39)


def test_a_web_developer_is_not_sent_a_phone_app_post_through_the_broad_title():
    """holdout_119's student ("I'm looking for web developer internship, I know HTML, CSS, JavaScript and small React")
    had been sent a phone app post as covered by "web developer", a title of the broad software line (over the read
    parts 4 more refused alerts stopped, none wanted lost). A software developer, or a web developer with app skills,
    still gets it."""
    words = "I'm a 300L Computer Science student. I'm looking for web developer internship, I know HTML, CSS, JavaScript"
    web = seeker(job_roles=["Software Engineer"], technical_skills=["HTML/CSS", "JavaScript"],
                 user_words={ROLE_TEXT: words, ROLE_TEXT_FOR: "Software Engineer"})
    app = job("Mobile Application Developer", titles=["Mobile Developer"], skills=[])
    result = calculate_match_score(web, app)
    assert result.blocked == "a different specialty" and "phone app" in result.reasons["titles"]
    broad = seeker(job_roles=["Software Engineer"], technical_skills=["JavaScript"],
                   user_words={ROLE_TEXT: "software developer, 2 years", ROLE_TEXT_FOR: "Software Engineer"})
    assert not calculate_match_score(broad, app).blocked
    flutter = seeker(job_roles=["Software Engineer"], technical_skills=["Flutter", "JavaScript"],
                     user_words={ROLE_TEXT: "web developer, I do Flutter too", ROLE_TEXT_FOR: "Software Engineer"})
    assert not calculate_match_score(flutter, app).blocked
    both = seeker(job_roles=["Software Engineer"], technical_skills=["JavaScript"],
                  user_words={ROLE_TEXT: "developer, I build web and mobile apps", ROLE_TEXT_FOR: "Software Engineer"})
    assert not calculate_match_score(both, app).blocked


def test_an_internship_asked_is_sent_after_a_year_of_work():
    """holdout_126's frontend developer ("1yr+ (internship + freelance) … internship fine too") was kept from four
    remote web internships his readers wanted, as from anyone with a year of work (over the read parts 4 wanted
    gained, none refused added). One who asked no internship still gets none."""
    post = compile_job(title="Web Developer Intern", skills=["React", "HTML/CSS"], arrangement="remote", country="NG")
    asked = compile_seeker(roles=["frontend dev here. React, Tailwind, JS. 1yr+ (internship + freelance). any frontend "
                                  "or web dev role in Lagos or remote, internship fine too"],
                           skills=["React", "HTML/CSS"], arrangements=["remote"], years=1)
    assert "Intern" in asked.groups and score(asked, post).passes(39)
    working = compile_seeker(roles=["frontend developer, 1 year, React"], skills=["React", "HTML/CSS"],
                             arrangements=["remote"], years=1)
    assert score(working, post).blocked == "an internship"


@pytest.mark.parametrize(("words", "sent"), [
    # holdout_129's frontend developer of a year had been kept from remote web internships
    ("frontend dev from Akure, 1yr freelance (html css js react). looking for remote role, junior or intern fine", True),
    ("frontend developer, 1 year, React. Internships are ok", True),
    ("Fullstack engineer, 1 year. pls don't send junior or intern.", False),
    ("Frontend dev, 1 year. Please not intern roles, I'm past that level.", False),
])
def test_an_intern_role_said_fine_is_an_internship_asked(words, sent):
    post = compile_job(title="Web Developer Intern", skills=["React", "HTML/CSS"], arrangement="remote", country="NG")
    person = compile_seeker(roles=[words], skills=["React", "HTML/CSS"], arrangements=["remote"], years=1)
    assert score(person, post).passes(39) is sent


@pytest.mark.parametrize("words", [
    "I want frontend dev role, remote or here in Enugu. Open to internship if dem dey pay something",
    "junior full stack developer, 1 year. Open to internship that pays too",
    "React developer, 1 year. Internship is fine if it pays",
])
def test_pay_asked_with_a_condition_keeps_unpaid_internships_away(words):
    # holdout_99's graduate, once internships reached him after a year's work, was sent two unpaid ones
    assert compile_seeker(roles=[words], skills=["React"], years=1).asks_pay
    assert not compile_seeker(roles=["frontend developer, internship is fine"], skills=["React"], years=1).asks_pay


def test_business_development_alone_names_the_bd_line():
    """"Business Development Trainee" and "Head of Business Development" had been read as no line of their title (a
    BD trainee programme reached a DSA seller who said yes to BD work only as a graduate trainee's post), and a
    seeker's "business development" as a sales development representative's line too (over the read parts 3 refused
    sales alerts stopped for BD seekers, 1 added; over the sign-up sets 5 lines read wrong fewer, 1 wanted more)."""
    for title in ("Business Development Trainee", "Head of Business Development", "Business Development Lead"):
        assert "Business Development Executive" in title_groups(title), title
    assert role_groups("I want business development role now, Kaduna or Abuja") == ("Business Development Executive",)
