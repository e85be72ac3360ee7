"""Neighbouring lines a seeker answered about: the question's options, reading a reply, and what matching does."""

from __future__ import annotations

import pytest

from accounts.tests.factories import UserPreferencesFactory
from aremu.voice import PIDGIN, speaking
from jobs.tests.factories import CanonicalJobFactory
from matching import neighbours, terms
from matching.explain import render_explanation
from matching.profiles import compile_job, compile_seeker
from matching.scoring import score
from matching.services import find_matches

SELLER = dict(roles=["Sales Representative"], skills=["Sales", "Negotiation"], locations_=["Ikeja, Lagos"],
              arrangements=["onsite"], years=2, salary_min=100_000, salary_currency="NGN")


def care_job(**overrides):
    values = dict(title="Customer Care Representative", company="Glow Telecom", ai_titles=["Customer Care Representative"],
                  skills=["Customer Service", "Communication"], city="Ikeja", state="Lagos", country="NG",
                  location="Ikeja, Lagos", arrangement="onsite", salary_max=150_000, salary_currency="NGN")
    return compile_job(**{**values, **overrides})


def field_job():
    return compile_job(title="Field Marketer", company="Crisp Foods", ai_titles=["Field Marketer"],
                       skills=["Sales", "Negotiation"], city="Ikeja", state="Lagos", country="NG",
                       location="Ikeja, Lagos", arrangement="onsite", salary_max=150_000, salary_currency="NGN")


# --- the question -------------------------------------------------------------------------------------------


def test_each_line_is_asked_about_its_neighbours_never_its_own():
    assert neighbours.offered(("Sales Executive",)) == ("care", "field", "bd", "cashier")
    # a cashier who also sells is not asked about sales; at most five lines are listed
    assert neighbours.offered(("Cashier", "Sales Executive")) == ("care", "field", "bd")
    assert neighbours.offered(("Customer Care Representative", "Loan Officer")) == (
        "sales", "front_desk", "admin", "collections", "field")  # bank marketing is a loan officer's own
    assert neighbours.offered(("Nurse",)) == ()
    assert all(code in neighbours.OPTIONS for codes in neighbours.NEAR.values() for code in codes)


def test_a_loan_officer_and_a_relationship_officer_are_asked_about_each_other():
    assert "rm" in neighbours.offered(("Loan Officer",)) and "bank" not in neighbours.offered(("Loan Officer",))
    assert "loans" in neighbours.offered(("Relationship Manager",))
    assert neighbours.read_reply("relationship officer", ("sales", "rm")) == {"sales": False, "rm": True}
    assert neighbours.read_reply("loan sales only", ("care", "loans")) == {"care": False, "loans": True}
    assert neighbours.read_reply("loan recovery", ("loans", "collections")) == {"loans": False, "collections": True}
    assert neighbours.label_of("Relationship Manager") == "Bank relationship / account officer"


@pytest.mark.parametrize(("reply", "taken"), [
    ("1 3", {"care", "bd"}), ("1,3", {"care", "bd"}), ("13", {"care", "bd"}), ("1 and 3 pls", {"care", "bd"}),
    ("na 1 and 2 i go take", {"care", "field"}), ("customer care and 4", {"care", "cashier"}),
    ("all", {"care", "field", "bd", "cashier"}), ("All of them!", {"care", "field", "bd", "cashier"}),
    ("none", set()), ("Nothing", set()), ("None, thanks", set()), ("no thank you", set()), ("not interested", set()),
    ("I no want", set()), ("all pls", {"care", "field", "bd", "cashier"}),
    # what a reply names after a "not" is refused, never taken
    ("customer care but not cashier", {"care"}), ("1 and 3, no 4", {"care", "bd"}), ("2 not 4", {"field"}),
    ("i no fit do cashier, but customer care ok", {"care"}), ("all except 4", {"care", "field", "bd"}),
    ("everything but cashier", {"care", "field", "bd"}),
    ("All except 1. Thank you sir, God bless", {"field", "bd", "cashier"}),  # holdout_92's (read as no answer)
    ("customer care and cashier", {"care", "cashier"}), ("direct sales only", {"field"}),
    # holdout_53's seekers: a yes before the numbers, a no then why (both had been read as no answer)
    ("Yes 1", {"care"}), ("ok 1 and 2", {"care", "field"}), ("none abeg, na cleaning work i dey find", set()),
    ("No. I only want my own line", set()),
    ("Just 1", {"care"}), ("just 2 and 3", {"field", "bd"}),  # holdout_55's ("Just 1" had been read as no answer)
    # holdout_81's: Hausa "da" and Yoruba "ati" are "and" ("2 da 4" had been read as no answer); "4 too if …" takes 4
    ("2 da 4", {"field", "cashier"}), ("1 ati 3", {"care", "bd"}), ("2. 4 too if na for office", {"field", "cashier"}),
    # holdout_108's: Hausa "amma" is "but" ("1 amma Kaduna only" had been read as no answer)
    ("1 amma Kaduna only", {"care"}), ("2 sugbon not 4", {"field"}),
    # holdout_109's: a relative's "she fit do" (she can do) around the number had been read as no answer
    ("She fit do 1 if e dey around Kubwa or Wuse", {"care"}), ("He can do 2 and 3", {"field", "bd"}),
    # holdout_124's: Hausa's "to" (okay) after the numbers had been read as no answer (a range, "2 to 4", is asked again)
    ("2 3 to. any one for Kaduna", {"field", "bd"}),
    # holdout_118's: the numbers, then how the work is done ("2 (remote only)" had been read as no answer)
    ("2 (remote only)", {"field"}), ("1 3 from home. Nagode", {"care", "bd"}), ("2 part time", {"field"}),
    # holdout_56's: a parent's courtesy around the number (read as no answer), a sentence per option (the first lost)
    ("Yes 1 is fine for her. Thank you 🙏", {"care"}),
    ("2. 1 only if na customer care wey get sales inside", {"care", "field"}),
    # holdout_57's: a refusal after the option's name (read as a yes), a no with an emoji before why (no answer)
    ("1 and 2 abeg. Business development no be my side", {"care", "field"}),
    ("cashier is not for me, 1 and 2", {"care", "field"}),
    ("None 😊 na shop work I want", set()),
    # holdout_58's and 59's: a refusal running on through its list (its last items read as a yes), a number on a
    # condition (no answer), a refusal after the name in Pidgin ("Cashier no abeg", read as a yes)
    ("just 1 abeg 🙏 no field, business development or cashier", {"care"}),
    ("Not 2, 3 or 4. 1 is ok", {"care"}),
    ("2 if it's inside Ikeja. Not the others", {"field"}),
    ("1 and 3 fit work for me. Cashier no abeg", {"care", "bd"}),
    ("1 fit. 2 no abeg, na waka under sun be that", {"care"}),
    ("no 4, 2 and 3 are fine", {"field", "bd"}),
    # holdout_61's: a courtesy title after the numbers (read as customer care alone), "none of these" then why (no answer)
    ("1 and 2 sir. I fit do customer care and marketing work too, just make e near Festac side", {"care", "field"}),
    ("None of these, thanks. I'm only looking at management level roles — Sales Manager / Head of Sales", set()),
    # holdout_62's: a "no" after the numbers (read as a yes to them), a why that names options only to refuse them
    ("2. and 1 if na customer care wey get selling inside like showroom. 3 and 4 no", {"care", "field"}),
    ("None. Admin roles only, but not customer care or cashier.", set()),
    # holdout_70's and 71's: "All of them" then why (both read as no answer); a why that refuses or names keeps its say
    ("All of them pls any one i go take", {"care", "field", "bd", "cashier"}),
    ("All of them. Anything he can start with, thank you ma/sir", {"care", "field", "bd", "cashier"}),
    ("all of them if the pay is good", {"care", "field", "bd", "cashier"}),
    ("All of them but not cashier", {"care", "field", "bd"}),
    # holdout_72's and 73's: "all ok" after the numbers (no answer), "Also 2 if …" (a number on a condition, lost), "2 3
    # only" then why the rest were left out ("… collections sef na target work" had read as a yes to collections)
    ("1 2 3 all ok for him but only Ibadan o and not less than 60k. Thank you", {"care", "field", "bd"}),
    ("3. Also 2 if the pay reach 120k. Not cashier", {"field", "bd"}),
    ("2 3 only. No customer care abeg. cashier sef na target work", {"field", "bd"}),
    ("2 3 only. cashier ok too", {"field", "bd", "cashier"}),
    # holdout_82's: "insha Allah" after the numbers, a place after them (read as no answer)
    ("2 3 4 insha Allah. Kano only", {"field", "bd", "cashier"}),
    ("1 and 2 sharp", {"care", "field"}),  # holdout_89: "sharp", right away
])
def test_a_reply_names_the_lines_taken_and_the_rest_are_a_no(reply, taken):
    codes = ("care", "field", "bd", "cashier")
    assert neighbours.read_reply(reply, codes) == {code: code in taken for code in codes}


@pytest.mark.parametrize(("reply", "taken"), [
    # holdout_63's: "None", then the managers' posts they want (read as a yes to shop sales)
    ("None. Not looking at rep-level roles. Sales manager / regional manager level in Abuja, yes.", set()),
    ("1 only, sales", {"sales"}),
    # holdout_64's and 65's: "neither", and a pay after "none" (both read as no answer)
    ("Neither, thanks. Please send only BD Manager / Head of BD level roles.", set()),
    ("None of these, they're too junior. Only Sales Manager roles in Lagos, ₦900k+.", set()),
    ("None, maybe 2 if the pay is ok", None),
    # holdout_82's "Both are fine" to the two lines asked (read as no answer)
    ("Both are fine", {"sales", "field"}), ("both of them pls", {"sales", "field"}), ("both", {"sales", "field"}),
    # holdout_85's: Igbo "Mba" (no) before "none" (read as no answer); a no whose why names a line only as done with
    # (read as a yes to sales)
    ("Mba, none. Na teaching work I want biko. Daalu", set()),
    ("None. I said I'm done with sales and marketing. Only customer service please.", set()),
])
def test_a_sales_manager_named_is_no_yes_to_the_sales_option(reply, taken):
    codes = ("sales", "field")
    expected = None if taken is None else {code: code in taken for code in codes}
    assert neighbours.read_reply(reply, codes) == expected


def test_an_option_taken_with_one_of_its_kinds_refused_is_taken():
    # holdout_52's oil-and-gas business developer: sales reps yes, shops no ("Sales (shop, showroom, sales rep)")
    assert neighbours.read_reply("1, but corporate sales rep only not shop", ("sales", "field")) == {
        "sales": True, "field": False}


@pytest.mark.parametrize("reply", ["9", "hello", "", "what is bd?", "I have 2 years experience", "Ikeja, 100k",
                                   # only what they refuse: the others are not answered (it had read a yes to cashier)
                                   "I don't want cashier", "no cashier", "yes", "both", "2 to 3"])
def test_a_reply_that_answers_nothing_is_not_read_as_an_answer(reply):
    assert neighbours.read_reply(reply, ("care", "field", "bd")) is None


def test_a_no_whose_reason_takes_an_option_back_is_not_a_plain_no():
    assert neighbours.read_reply("none, but 2 is ok", ("care", "field", "bd")) == {
        "care": False, "field": True, "bd": False}


# --- matching ----------------------------------------------------------------------------------------------


def test_a_line_they_said_yes_to_is_sent_as_their_own_and_the_why_says_so():
    before = score(compile_seeker(**SELLER), care_job())
    assert before.blocked == "a different line of work"

    result = score(compile_seeker(**SELLER, also_take={"care": True}), care_job())
    assert result.passes(39) and result.breakdown["titles"] == 35.0
    assert result.reasons["titles"] == "you said you also take Customer care / call centre work: “Customer Care Representative”"
    with speaking(PIDGIN):
        assert "you talk say you go take Customer care / call centre work too" in render_explanation(
            result, title="Customer Care Representative", threshold=39)


def test_a_post_of_the_new_line_asking_more_years_than_they_have_is_not_sent():
    asks_two = care_job(years_min=2)
    one_year = score(compile_seeker(**{**SELLER, "years": 1}, also_take={"care": True}), asks_two)
    assert one_year.blocked == "asks experience in a line new to you"
    assert one_year.reasons["titles"] == ("“Customer Care Representative” asks 2+ years of Customer care / call centre "
                                          "work, a line new to you")
    assert score(compile_seeker(**{**SELLER, "years": 2}, also_take={"care": True}), asks_two).passes(39)
    # a year short of a one-year post passes, as it would in their own line
    assert score(compile_seeker(**{**SELLER, "years": 0}, also_take={"care": True}), care_job(years_min=1)).passes(39)
    # Indeed's screening line only preferring the years asks none of a new line (readers wanted such a field sales
    # post for shop staff who said yes to field sales: 9 wanted alerts back, 4 refused, thirteenth session)
    preferred = care_job(years_min=2, description="Experience:\n* Customer service: 2 years (Preferred)")
    assert score(compile_seeker(**{**SELLER, "years": 1}, also_take={"care": True}), preferred).passes(39)
    required = care_job(years_min=2, description="Experience:\n* Customer service: 2 years (Required)")
    assert score(compile_seeker(**{**SELLER, "years": 1}, also_take={"care": True}), required).blocked


def test_a_post_of_the_new_line_paying_under_their_minimum_is_not_sent():
    """In their own line a post paying a little under the ask still goes (80-100% of it, with commission named); a
    line they would move into has to pay the minimum: three readings refused 10 of 12 such alerts (fourteenth
    session)."""
    asks_170k = {**SELLER, "salary_min": 170_000}
    under = care_job(description="Salary: 150k plus commission")
    result = score(compile_seeker(**asks_170k, also_take={"care": True}), under)
    assert result.blocked == "a new line paying under your minimum"
    assert result.reasons["titles"] == ("“Customer Care Representative” is Customer care / call centre work, a line "
                                        "new to you, and pays up to ₦150k/month, under your minimum")
    with speaking(PIDGIN):
        assert "wey be new work for you, and the pay na up to ₦150k/month, e no reach your smallest pay" in \
            render_explanation(result, title="Customer Care Representative", threshold=39)
    # the same pay in their own line is a little under, and goes
    own = score(compile_seeker(**asks_170k), compile_job(title="Sales Representative", ai_titles=["Sales Representative"],
                                                         city="Ikeja", state="Lagos", country="NG",
                                                         location="Ikeja, Lagos", arrangement="onsite",
                                                         salary_max=150_000, salary_currency="NGN",
                                                         description="Salary: 150k plus commission"))
    assert own.passes(39) and own.reasons["salary"] == "up to ₦150k/month, a little below your minimum"
    # at their minimum, or stating no pay, it goes
    assert score(compile_seeker(**{**SELLER, "salary_min": 150_000}, also_take={"care": True}), care_job()).passes(39)
    assert score(compile_seeker(**asks_170k, also_take={"care": True}), care_job(salary_max=None)).passes(39)


def test_a_shop_floor_seller_who_said_yes_to_sales_has_their_years_counted_there():
    """A sales girl's year on the shop floor counts toward a sales rep's post asking two, as in her own line (three
    readings wanted 8 such alerts and refused 2); a customer care agent's does not."""
    sales = compile_job(title="Sales Representative", ai_titles=["Sales Representative"], city="Lagos", state="Lagos",
                        country="NG", location="Lagos", arrangement="onsite", salary_max=150_000,
                        salary_currency="NGN", years_min=2, description="Requirements:\n* 2 years of experience")
    girl = compile_seeker(roles=["sales girl"], locations_=["Lagos"], years=1, salary_min=60_000, salary_currency="NGN",
                          also_take={"sales": True})
    assert "Cashier" in girl.groups
    result = score(girl, sales)
    assert result.passes(39) and result.reasons["experience"] == "asks 2+ years, you have 1"
    agent = compile_seeker(roles=["Customer Care Representative"], locations_=["Lagos"], years=1, salary_min=60_000,
                           salary_currency="NGN", also_take={"sales": True})
    assert score(agent, sales).blocked == "asks experience in a line new to you"


def test_a_post_of_the_new_line_requiring_selling_is_not_sent_to_one_whose_work_names_none():
    """A school's "Administrative Officer" whose only requirement is "Must have experience in marketing": readers
    refused it to the customer care staff who said they also take admin work (27 refused alerts stopped over the read
    parts, none wanted lost). It had been sent to admin officers, their own line, which the early parts' readers
    wanted; the readers since holdout_47 refused it to them too (thirty-eighth session: held of their own line as well,
    over the read parts 34 refused stopped, 14 wanted lost)."""
    admin = compile_job(title="Administrative Officer", company="Headstart School", ai_titles=["Administrative Officer"],
                        skills=[], city="Lagos", state="Lagos", country="NG", location="Isolo, Lagos",
                        arrangement="onsite", description="Requirements\n* Excellent use of a computer.\n"
                                                          "* Must have experience in marketing.")
    care = dict(roles=["Customer Care Representative"], skills=["Customer Service"], locations_=["Lagos"],
                arrangements=["onsite"], years=2)
    result = score(compile_seeker(**care, also_take={"admin": True}), admin)
    assert result.blocked == "requires sales experience"
    assert result.reasons["experience"] == ("the post requires experience in sales or marketing; your profile names "
                                            "no work in it (add it to your skills if you have it)")
    with speaking(PIDGIN):
        said = render_explanation(result, title="Administrative Officer", threshold=39)
        assert "the post want person wey don work for sales or marketing" in said
    assert score(compile_seeker(**{**care, "skills": ["Customer Service", "Telesales"]}, also_take={"admin": True}),
                 admin).passes(39)
    assert score(compile_seeker(**{**care, "roles": ["Admin Officer"]}), admin).blocked == "requires sales experience"
    assert score(compile_seeker(**{**care, "roles": ["Admin Officer"], "skills": ["Marketing"]}), admin).passes(39)


def test_a_line_they_said_no_to_is_never_sent_even_where_the_family_would():
    seeker = compile_seeker(**{**SELLER, "roles": ["Cashier"]})
    sales = compile_job(title="Sales Representative", company="Shoprite", ai_titles=["Sales Executive"],
                        skills=["Sales"], city="Ikeja", state="Lagos", country="NG", location="Ikeja, Lagos",
                        arrangement="onsite", salary_max=150_000, salary_currency="NGN")
    assert score(seeker, sales).passes(39)  # a cashier takes the shop's sales posts (TAKES_ALSO)

    refused = score(compile_seeker(**{**SELLER, "roles": ["Cashier"]}, also_take={"sales": False}), sales)
    assert refused.blocked == "a line you said no to"
    assert refused.reasons["titles"] == "“Sales Representative” is Sales (shop, showroom, sales rep) work, which you said you don't take"


def test_a_no_wins_over_a_yes_on_a_post_of_both_lines():
    bank_dsa = care_job(title="Direct Sales Agent (Bank)", ai_titles=["Field Marketer", "Relationship Manager"])
    seeker = compile_seeker(**{**SELLER, "roles": ["Loan Officer"]}, also_take={"rm": True, "field": False})
    assert score(seeker, bank_dsa).blocked == "a line you said no to"


def test_a_no_never_blocks_a_post_of_their_own_line_that_is_also_the_neighbours():
    both = care_job(title="Customer Service/Sales Representative",
                    ai_titles=["Customer Care Representative", "Sales Executive"])
    assert score(compile_seeker(**SELLER, also_take={"care": False}), both).passes(39)
    # nor is their own line declined by an answer about a line they also named
    seeker = compile_seeker(**{**SELLER, "roles": ["Sales Representative", "Customer Care"]}, also_take={"care": False})
    assert seeker.declined == ()


def test_what_they_were_not_asked_is_left_to_the_rules():
    seeker = compile_seeker(**SELLER, also_take={"care": True, "unknown-code": True})
    assert seeker.also == ("Customer Care Representative",) and seeker.declined == ()
    assert score(seeker, field_job()).blocked  # a sales rep is sent no field marketing (NOT_TAKEN), unasked


def test_answers_about_the_neighbours_of_a_line_they_no_longer_name_are_set_aside():
    nurse = compile_seeker(**{**SELLER, "roles": ["Nurse"]}, also_take={"care": True, "field": False})
    assert nurse.also == () and nurse.declined == ()
    assert score(nurse, care_job()).blocked  # retrained as a nurse: no customer care posts from an old answer


@pytest.mark.parametrize("stored", [["care"], "care", None, {"care": "yes"}])
def test_answers_hand_edited_into_another_shape_never_break_matching(stored):
    seeker = compile_seeker(**SELLER, also_take=stored)
    assert seeker.declined == () and seeker.also in {(), ("Customer Care Representative",)}


def test_the_answers_survive_the_stored_profile_and_reach_the_index():
    seeker = compile_seeker(**SELLER, also_take={"care": True, "field": False})
    assert type(seeker).from_json(seeker.to_json()) == seeker
    assert "g:customer care representative" in terms.seeker_roles(seeker)


@pytest.mark.django_db
def test_a_new_customer_care_job_finds_the_seller_who_said_yes_through_the_index():
    yes = UserPreferencesFactory(job_roles=["Sales Representative"], technical_skills=["Sales"],
                                 preferred_locations=["Ikeja, Lagos"], work_arrangements=["onsite"],
                                 also_take={"care": True})
    no = UserPreferencesFactory(job_roles=["Sales Representative"], technical_skills=["Sales"],
                                preferred_locations=["Ikeja, Lagos"], work_arrangements=["onsite"],
                                also_take={"care": False})
    job = CanonicalJobFactory(title="Customer Care Representative", ai_job_titles=["Customer Care Representative"],
                              ai_skills=["Customer Service"], city="Ikeja", state="Lagos", country="NG",
                              location="Ikeja, Lagos", work_arrangement="onsite")
    found = {match.user_id for match in find_matches(job=job)}
    assert yes.user_id in found and no.user_id not in found


def test_the_one_option_offered_taken_on_a_condition_is_a_yes():
    """holdout_74's "Only if it is a day role, …" to the one option she was offered had been read as no answer."""
    reply = "Only if it is a day role, Monday to Friday, closing by 5pm. I can't do night or weekend shifts."
    assert neighbours.read_reply(reply, ("care",)) == {"care": True}
    assert neighbours.read_reply("Only if it is a day role", ("care", "admin")) is None  # which one, it does not say


# --- a yes at a level -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("reply", "codes", "answers"), [
    # holdout_80's Abuja sales executive: field marketing only as a supervisor, business development outright
    ("3. Also 2 if it's a supervisor/area level role paying 250k+, not entry level", ("care", "field", "bd", "cashier"),
     {"care": False, "field": neighbours.SENIOR, "bd": True, "cashier": False}),
    ("2 only if na supervisor or manager level and pay reach 200k. no to 1 and 3", ("care", "field", "cashier"),
     {"care": False, "field": neighbours.SENIOR, "cashier": False}),
    ("1 — but only B2B/enterprise or sales lead roles, not shop or showroom. Skip 2", ("sales", "field"),
     {"sales": neighbours.SENIOR, "field": False}),
    ("3 only, provided it's a senior/managerial BD role on the Island", ("care", "field", "bd", "cashier"),
     {"care": False, "field": False, "bd": neighbours.SENIOR, "cashier": False}),
    ("2 and 3. Only if it's manager level pls", ("care", "field", "bd"),
     {"care": False, "field": neighbours.SENIOR, "bd": neighbours.SENIOR}),
    # holdout_101's branch operations officer (read as a plain yes before any of its pairs was scored)
    ("3 but supervisor level pls", ("sales", "front_desk", "admin"),
     {"sales": False, "front_desk": False, "admin": neighbours.SENIOR}),
    # no rank in the condition, or a rank refused: plain answers
    ("2 and 3 but not entry level abeg", ("care", "field", "bd"), {"care": False, "field": True, "bd": True}),
    ("1 only if it is at the head office in Ikeja", ("care", "field"), {"care": True, "field": False}),
    ("2 if it's lead generation, not door to door", ("sales", "field"), {"sales": False, "field": True}),
    ("1 2. Not sales manager pls", ("care", "field"), {"care": True, "field": True}),
    ("1 but not manager level", ("care", "field"), {"care": True, "field": False}),
])
def test_a_yes_bound_to_a_rank_is_read_as_a_yes_at_that_level(reply, codes, answers):
    assert neighbours.read_reply(reply, codes) == answers


def test_a_line_taken_only_at_a_level_sends_its_ranked_posts_and_no_others():
    seeker = compile_seeker(**{**SELLER, "years": 6}, also_take={"field": neighbours.SENIOR, "care": True})
    assert seeker.also_senior == ("Field Marketer",)
    result = score(seeker, field_job())
    assert result.blocked == "below the level you asked"
    assert result.reasons["titles"] == ("“Field Marketer” is Field marketing / direct sales work, which you take "
                                        "only at a supervisor's level or above")
    with speaking(PIDGIN):
        said = render_explanation(result, title="Field Marketer", threshold=39)
        assert "wey you talk say you go take only if na supervisor level or pass" in said
    supervisor = compile_job(title="Field Sales Supervisor", company="Crisp Foods", ai_titles=["Field Marketer"],
                             skills=["Sales"], city="Ikeja", state="Lagos", country="NG", location="Ikeja, Lagos",
                             arrangement="onsite", salary_max=250_000, salary_currency="NGN")
    assert score(seeker, supervisor).passes(39)
    assert score(seeker, care_job()).passes(39)  # a plain yes is untouched
    # a plain yes to the same line through another option wins
    assert neighbours.senior_groups({"field": neighbours.SENIOR, "bd": True}, ("Sales Executive",)) == (
        "Field Marketer",)
    assert type(seeker).from_json(seeker.to_json()) == seeker


@pytest.mark.django_db
def test_a_new_entry_post_skips_the_seller_who_takes_its_line_only_at_a_level():
    """In `find_matches` a job's title part is shared across candidates whose answers read alike: the level must be
    part of that key, or one seeker's plain yes would be given to another's yes at a level (or the reverse)."""
    base = dict(job_roles=["Sales Representative"], technical_skills=["Sales"], preferred_locations=["Ikeja, Lagos"],
                work_arrangements=["onsite"], years_of_experience=6)
    plain = UserPreferencesFactory(**base, also_take={"field": True})
    levelled = UserPreferencesFactory(**base, also_take={"field": neighbours.SENIOR})
    job = CanonicalJobFactory(title="Field Marketer", ai_job_titles=["Field Marketer"], ai_skills=["Sales"],
                              city="Ikeja", state="Lagos", country="NG", location="Ikeja, Lagos",
                              work_arrangement="onsite")
    found = {match.user_id for match in find_matches(job=job)}
    assert plain.user_id in found and levelled.user_id not in found
    ranked = CanonicalJobFactory(title="Area Sales Manager (Field)", ai_job_titles=["Field Marketer"],
                                 ai_skills=["Sales"], city="Ikeja", state="Lagos", country="NG",
                                 location="Ikeja, Lagos", work_arrangement="onsite")
    assert levelled.user_id in {match.user_id for match in find_matches(job=ranked)}
