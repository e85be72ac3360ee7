"""Removals, additions, corrections and "any job" in the offline extractor, and the accuracy floors (issue 14)."""

from __future__ import annotations

import pytest

from conversations.extraction import Extracted
from conversations.extraction.evaluate import EVAL_FIELDS, SETS, evaluate, load_labelled
from conversations.extraction.rules import RuleExtractor, extract_rules
from matching.profiles import role_groups


def test_hospital_work_and_no_fit_work_from_house_is_an_onsite_nurse():
    found = extract_rules("hospital work na, i no fit work from house")
    assert found.roles == ["Nurse"] and found.arrangements == ["onsite"]


@pytest.mark.parametrize("body", ["i fit work from house", "work from home only"])
def test_work_from_house_is_remote(body):
    assert extract_rules(body).arrangements == ["remote"]


@pytest.mark.parametrize(("body", "arrangements", "words"), [
    ("Social Media Manager (remote preferred)", ["onsite", "hybrid", "remote"], "remote preferred"),
    ("UX designer, Figma. I prefer hybrid. Lagos", ["onsite", "hybrid", "remote"], "prefer hybrid"),
    ("backend dev, remote only. prefer remote", ["remote"], "remote"),
    ("Remote. Lagos", ["remote"], "remote"),
    # remote beside a place to work in: that place's posts too (as remote alone, every on-site Lagos post was kept away)
    ("Frontend dev, vue, 1 year, Lagos or remote", ["onsite", "hybrid", "remote"], "or remote"),
    ("Accountant, Lagos, open to remote", ["onsite", "hybrid", "remote"], "open to remote"),
    ("Data analyst. Remote is fine too. Ikeja", ["onsite", "hybrid", "remote"], "remote is fine"),
    ("Accountant, remote only, I live in Lagos", ["remote"], "remote"),
    ("Remote or Lagos. Product designer", ["onsite", "hybrid", "remote"], "remote or"),
    ("Backend dev. Lagos or fully remote", ["onsite", "hybrid", "remote"], "or fully remote"),
    ("Backend dev, fully remote. Lagos", ["remote"], "remote"),
    ("developer, hybrid or remote", ["hybrid", "remote"], "hybrid, remote"),
])
def test_an_arrangement_preferred_is_no_limit(body, arrangements, words):
    found = extract_rules(body)
    assert found.arrangements == arrangements and found.words["arrangements"] == words


@pytest.mark.parametrize("body", ["any job", "anything, i fit do any work", "any work", "whatever job dey, i go take am"])
def test_any_job_is_no_role_preference(body):
    found = extract_rules(body)
    assert found.any_role and found.roles == [] and found.is_empty() and not found.is_blank()


def test_any_job_keeps_the_place_and_a_named_role_wins():
    assert extract_rules("any job in Abuja").locations == ["Abuja, FCT"] and extract_rules("any job in Abuja").any_role
    found = extract_rules("pls any vacancy for truck driver")
    assert found.roles == ["Driver"] and not found.any_role


@pytest.mark.parametrize(
    ("body", "key", "value"),
    [("add lagos too", "locations", "Lagos"), ("also remote", "arrangements", "remote"),
     ("add port harcourt as well", "locations", "Port Harcourt, Rivers"), ("plus ibadan", "locations", "Ibadan, Oyo"),
     ("join warri join am", "locations", "Warri, Delta")],
)
def test_additions_keep_the_value_and_say_additive(body, key, value):
    found = extract_rules(body)
    assert found.additive and getattr(found, key) == [value]


@pytest.mark.parametrize("body", ["5 plus years in sales", "I want to join a tech company in Lagos", "not too far from Ikeja"])
def test_numbers_and_joining_a_company_are_not_additions(body):
    assert not extract_rules(body).additive


@pytest.mark.parametrize("body", ["not abuja again", "remove abuja", "no more abuja", "take out abuja", "not in Abuja again"])
def test_removed_places_are_never_positive(body):
    found = extract_rules(body)
    assert found.removed == {"locations": ["Abuja, FCT"]} and found.locations == []


def test_a_correction_keeps_the_first_and_drops_the_second():
    found = extract_rules("I mean Kano not Kaduna")
    assert found.locations == ["Kano"] and found.removed == {"locations": ["Kaduna"]}
    found = extract_rules("not Benin, Asaba")
    assert found.locations == ["Asaba, Delta"] and found.removed == {"locations": ["Benin City, Edo"]}


def test_roles_skills_and_styles_can_be_removed_and_added_in_one_message():
    found = extract_rules("remove teaching, add tutoring")
    assert (found.roles, found.removed, found.additive) == (["Tutor"], {"roles": ["Teacher"]}, True)
    assert extract_rules("remove excel from my skills").removed == {"skills": ["Microsoft Excel"]}
    assert extract_rules("I don't want hybrid anymore").removed == {"arrangements": ["hybrid"]}


def test_amounts_and_no_experience_are_not_removals():
    found = extract_rules("Accountant in Lagos, no experience, not less than 150k")
    assert found.removed == {} and found.locations == ["Lagos"] and found.years == 0 and found.salary_min == 150000


def test_stop_working_nights_removes_nothing():
    assert extract_rules("I want to stop working nights").is_blank()


def test_older_callers_get_safe_defaults():
    found = Extracted(roles=["Nurse"])
    assert (found.removed, found.additive, found.any_role) == ({}, False, False)


# --- Accuracy floors (figures reached when this was written, minus about one message) ------------------------------

FLOORS = {  # set: (intent, every field right on a message, each field)
    "heldout_2": (0.97, 0.91, 0.9),  # reached 100% / 94.1% (32 of 34) / ≥94.1%; written before tuning, never tuned on
    "labelled_2": (0.98, 0.97, 0.97),  # tuned on: 100% / 100%
    "labelled": (0.99, 0.92, 0.9),  # 100% / 94.0%
}


@pytest.mark.parametrize("name", FLOORS)
def test_intent_and_field_accuracy_stay_above_their_floors(name):
    intent_floor, message_floor, field_floor = FLOORS[name]
    report = evaluate(RuleExtractor(), load_labelled(SETS[name]))
    assert report.intent_accuracy() >= intent_floor, report.intent_errors
    assert report.field_accuracy() >= message_floor, report.errors
    for field in EVAL_FIELDS:
        assert report.accuracy(field) >= field_floor, (field, [e for e in report.errors if e[1] == field])


def test_the_second_held_out_set_is_big_enough_to_mean_something():
    rows = load_labelled(SETS["heldout_2"])
    assert len(rows) >= 60 and len({row.get("intent", "prefs") for row in rows}) >= 10


@pytest.mark.parametrize("body, roles, leaving", [
    ("I was a driver but I want to work as a security guard or gateman now because of my eyes", ["Security Guard"],
     "driver"),
    ("I be security man before but e no pay, i wan drive now. I get license 3yrs", ["Driver"], "security"),
    ("I have 2yrs exp as cashier in a supermarket but i want customer care work", ["Customer Care Representative"],
     "cashier"),
    ("I was a loan officer for 3yrs. I dont want to market loans again, i prefer recovery/collections",
     ["Collections Officer"], "loan officer"),
    ("Good day, I am a teacher but I want to leave teaching. I want bank job, customer service or teller",
     ["Bank Teller", "Customer Care Representative"], "a teacher"),
    # twentieth session (signups_eleventh): "right now" tells what they do, no wish; "no fit again" is done with it
    ("Right now I dey do cashier for one supermarket, e don tire me. I wan move to customer care",
     ["Customer Care Representative"], "cashier"),
    ("I drive trailer 8 yrs but my back no fit again. Now I want logistics coordinator work",
     ["Logistics Coordinator"], "drive"),
])
def test_the_line_a_seeker_is_leaving_is_not_read_as_work_they_want(body, roles, leaving):
    """Five of a helper's 80 sign-ups named the line they were leaving and were read as asking for it too; matching
    reads the words kept for the roles (the whole message) and leaves that line out as well."""
    found = extract_rules(body)
    assert found.roles == roles
    asked = found.words["role_text"].split("; no ")[0]  # the lines refused follow the words asking
    assert leaving not in asked
    assert set(role_groups(found.words["role_text"])) == set(roles)


@pytest.mark.parametrize("body, roles", [
    ("I was a cashier for 2 years, now I want cashier or sales work", ["Cashier", "Sales Executive"]),
    ("I am a nurse but I want to work in Abuja", ["Nurse"]),
    ("driver, 6yrs before in a bank, i want driver job", ["Driver"]),
])
def test_past_work_asked_for_again_or_alone_stays(body, roles):
    assert extract_rules(body).roles == roles


@pytest.mark.parametrize("body, roles", [
    ("electrician, house wiring and industrial. 6yrs exp, i also do solar installation", ["Electrician", "Solar Installer"]),
    ("I be phone engineer, i dey repair all kind phone, change screen", ["Phone Repair Technician"]),
    ("Oga abeg i dey find keke work", ["Tricycle Rider"]),
    ("Hi. OND Food Science. I need job in factory, production or QC", ["Production Operator", "Quality Control Officer"]),
    ("Pls I need online job, virtual assistant or data entry", ["Virtual Assistant", "Data Entry Clerk"]),
    ("security", ["Security Guard"]),
    ("Bank marketer. 2yrs as DSA with a tier 1 bank. HND Banking & Finance", ["Relationship Manager", "Sales Executive"]),
])
def test_lines_sign_ups_name_in_their_own_words(body, roles):
    """signups_tune's misses: a line named by its work ("solar installation", "keke work"), a course read as a line
    ("HND Banking" as a bank teller's)."""
    assert extract_rules(body).roles == roles


def test_any_job_except_two_lines_drops_both_and_a_course_is_no_role():
    found = extract_rules("Pls I need any job except marketing and sales, i have tried it. I have HND Business Admin")
    assert found.roles == [] and found.any_role
    assert found.removed == {"roles": ["Marketing Executive", "Sales Executive"]}


@pytest.mark.parametrize("body, roles", [
    ("I am a driver in Ibadan, 3yrs driving staff bus and delivery van for a bakery", ["Driver"]),
    ("accountant in an insurance company, 4yrs", ["Accountant"]),
    ("I dey find work for bakery, i fit mix bread and bake", ["Baker"]),
])
def test_a_workplace_is_no_line_unless_they_ask_for_work_there(body, roles):
    assert extract_rules(body).roles == roles


@pytest.mark.parametrize("body, roles", [
    ("Housekeeping for serviced apartment or shortlet, Ikoyi/VI. 3 yrs with one shortlet company, I dey do laundry "
     "too", ["Housekeeping Attendant", "Laundry Attendant"]),
    ("Home lesson for WAEC/NECO Chemistry and Biology, evenings + weekends. B.Sc Biochemistry. Wuse, Garki",
     ["Tutor"]),
    ("AML/KYC compliance, 3yrs at a PSB, CAMS in view. Lagos", ["Compliance Officer"]),
    # no work named: nothing read, and "to" names no line ("door to door" is a title's word, no field's)
    ("I want to stop doing night shift abeg", []),
])
def test_work_named_without_a_title_is_read_as_the_lines_matching_reads(body, roles):
    """signups_eleventh's misses (nineteenth session): a message naming its work but no title had saved no role, so
    matching read nothing of it; the extractor now takes the lines matching reads from the same words."""
    found = extract_rules(body)
    assert found.roles == roles
    assert bool(found.words.get("role_text")) == bool(roles)


@pytest.mark.parametrize("body, roles, arrangements", [
    ("Abeg any office work. I don do field sales 2 yrs and my leg don tire. Ibadan", ["Administrative Officer"],
     ["onsite"]),
    ("Cashier, office job pls", ["Cashier", "Administrative Officer"], ["onsite"]),
    # beside home or remote work, "office job" says where they work, not what
    ("I cannot work from home, I need office job for Ikeja", [], ["onsite"]),
])
def test_office_work_asks_an_admin_line_as_well_as_where(body, roles, arrangements):
    """Every sign-up writer read "any office work" as admin (Receptionist or Data Entry Clerk also fine); it was read
    as on-site only, so the seeker was asked for their line again and sent nothing."""
    found = extract_rules(body)
    assert (found.roles, found.arrangements) == (roles, arrangements)
    assert "onsite" not in found.words.get("role_text", "")


def test_a_house_helps_duties_are_not_confirmed_as_lines_of_their_own():
    """Matching reads "I fit cook, wash" beside a house help's post as its duties; the chat confirms the same."""
    assert extract_rules("Live-in housemaid for Ikoyi. I fit cook, wash and iron, take care of children").roles == [
        "Housemaid"]
    assert extract_rules("Housemaid or cook, any one. Ikeja").roles == ["Housemaid", "Cook"]


@pytest.mark.parametrize("body, removed", [
    ("anything wey no be security again", ["Security Guard"]),
    ("Any job except sales and marketing pls. BSc Biochemistry", ["Sales Executive", "Marketing Executive"]),
])
def test_a_pidgin_not_and_a_removal_before_a_courtesy_word_remove(body, removed):
    """signups_fourteenth: "anything wey no be security again" had been read as a guard's sign-up, and "except sales
    and marketing pls" kept marketing."""
    found = extract_rules(body)
    assert found.roles == [] and found.removed == {"roles": removed} and found.any_role


@pytest.mark.parametrize("body, roles, locations", [
    # "I no fit do any other work" says what they only do; "wey no be far" is a distance, not a removal
    ("I no fit do any other work apart from driving. 10 yrs. Ikeja", ["Driver"], ["Ikeja, Lagos"]),
    ("I want work wey no be far from Ikotun, cashier or sales", ["Cashier", "Sales Executive"], ["Ikotun, Lagos"]),
    ("Customer care, inbound only. I no fit do outbound sales calls again. Yaba", ["Customer Care Representative"],
     ["Yaba, Lagos"]),
])
def test_a_pidgin_cant_removes_only_what_it_names(body, roles, locations):
    found = extract_rules(body)
    assert (found.roles, found.locations) == (roles, locations)


@pytest.mark.parametrize("body, kept, dropped", [
    # a removal takes the whole list it opens…
    ("I don't want sales, marketing or anything with calls", " , ", "sales, marketing or anything with calls"),
    # …but not the half of a correction that asks again (a review's find: these had lost what they added)
    ("remove Abuja, add Kano or Lagos", " , , add Kano or Lagos", "Abuja"),
    ("no more cleaner, I want cook or steward", " , , I want cook or steward", "more cleaner"),
    ("no Abuja, Lagos or Ibadan is fine", " , , Lagos or Ibadan is fine", "Abuja"),
])
def test_a_removal_takes_the_list_it_opens_and_not_what_is_asked_after_it(body, kept, dropped):
    from conversations.extraction.changes import split_removals

    assert split_removals(body) == (kept, dropped)


def test_a_correction_keeps_the_places_and_lines_it_adds():
    found = extract_rules("remove Abuja, add Kano or Lagos")
    assert (found.removed, found.locations) == ({"locations": ["Abuja, FCT"]}, ["Kano", "Lagos"])
    assert extract_rules("no more cleaner, I want cook or steward").roles == ["Cook", "Waiter"]
