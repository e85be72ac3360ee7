"""The seeker's own words for their work: kept by onboarding beside the roles read from them, read by matching while
they still describe those roles (matching/evaluation/README.md, "Roles as production stores them")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from accounts.models import UserPreferences
from accounts.selectors import role_wording
from accounts.tests.factories import UserFactory
from conversations.dialogue.state import Prefs
from conversations.extraction.rules import extract_rules
from conversations.services import preferences_apply, preferences_update
from jobs.models import CanonicalJob
from matching.profiles import refused_groups, role_groups
from matching.scoring import calculate_match_score

BANK_SELLER = "marketing exec (banking) - deposit mobilisation, acct opening. lagos"


def _said(prefs: Prefs) -> list[str]:
    return role_wording(roles=prefs.roles, words=prefs.words)


def test_a_sign_up_keeps_the_seekers_words_beside_the_titles_read_from_them():
    prefs = Prefs().merged(extract_rules(BANK_SELLER))
    assert "Marketing Executive" in prefs.roles
    assert _said(prefs) == [BANK_SELLER]


def test_an_added_role_adds_its_words_and_a_replaced_one_replaces_them():
    prefs = Prefs().merged(extract_rules(BANK_SELLER))
    added = prefs.merged(extract_rules("add teaching too"))
    assert _said(added) == [BANK_SELLER, "add teaching too"]
    replaced = prefs.merged(extract_rules("I want driver work"))
    assert _said(replaced) == ["I want driver work"]


def test_words_no_longer_read_once_the_roles_change_another_way():
    prefs = Prefs().merged(extract_rules(BANK_SELLER)).merged(extract_rules("add teaching too"))
    dropped = prefs.merged(extract_rules("remove teaching"))
    assert "Teacher" not in dropped.roles
    assert _said(dropped) == []  # the titles decide again: no removed line comes back through old words
    assert _said(replace(prefs, roles=["Driver"])) == []


@pytest.mark.django_db
def test_the_portal_form_changing_the_roles_retires_the_chat_words():
    user = UserFactory()
    row = preferences_apply(row=UserPreferences(user=user), prefs=Prefs().merged(extract_rules(BANK_SELLER)),
                            confirmed=True)
    assert role_wording(roles=row.job_roles, words=row.user_words) == [BANK_SELLER]
    cleaned = {"job_roles": ["Driver"], "preferred_locations": ["Lagos"], "technical_skills": [],
               "years_of_experience": 2, "salary_min": None, "salary_currency": "NGN", "salary_period": "monthly",
               "work_arrangements": ["onsite"], "words": {}, "alerts_per_day": None, "quiet_hours": ""}
    row = preferences_update(user=user, cleaned=cleaned)
    assert role_wording(roles=row.job_roles, words=row.user_words) == []


def test_matching_reads_the_words_while_they_describe_the_roles():
    prefs = Prefs().merged(extract_rules(BANK_SELLER))
    dsa = CanonicalJob(title="DSA for Microfinance Bank", ai_job_titles=["Direct Sales Agent"], ai_skills=[],
                       city="Lagos", state="Lagos", country="NG", work_arrangement="onsite")
    seeker = UserPreferences(job_roles=prefs.roles, user_words=prefs.words, preferred_locations=["Lagos"],
                             salary_currency="NGN", preferences_confirmed=True, years_of_experience=2)
    result = calculate_match_score(seeker, dsa)
    assert result.passes(39), result.as_dict()  # "(banking)": a bank's seller takes a bank's DSA post
    # the why quotes the clause of their words that names a bank marketer's line ("deposit mobilisation")
    assert "deposit mobilisation" in result.reasons["titles"] and len(result.reasons["titles"]) < 120
    titles_only = UserPreferences(job_roles=prefs.roles, preferred_locations=["Lagos"], salary_currency="NGN",
                                  preferences_confirmed=True, years_of_experience=2)
    assert not calculate_match_score(titles_only, dsa).passes(39)


def test_the_words_kept_hold_what_the_seeker_refused_which_matching_reads_as_refused():
    found = extract_rules("I am a driver, not office work")
    assert found.roles == ["Driver"]
    assert found.words["role_text"] == "I am a driver; no Administrative Officer"
    assert role_groups(found.words["role_text"]) == ("Driver",)
    assert refused_groups(found.words["role_text"]) == ("Administrative Officer",)


CARE_NO_SALES = ("Customer care or call centre work around Ikeja, Maryland or Ogba. Please no sales or marketing with "
                 "target, I no fit do target.")


def test_a_refusal_said_at_sign_up_keeps_a_half_sales_post_from_the_seeker():
    """A real-postings seeker (holdout_57): the chat had kept only "Customer care or call centre work around Ikeja…"
    of her words, so matching never saw her "no sales" and sent her the "Customer Service/Sales Representative" post
    both readers said she refuses. The evaluation reads her whole message, and had not seen the chat lose it; the chat
    now keeps the lines she refused beside her words (over the read parts' seekers signed up through the chat: 7
    refused alerts stopped, 1 wanted lost)."""
    prefs = Prefs().merged(extract_rules(CARE_NO_SALES))
    def post(title: str, titles: list[str]) -> CanonicalJob:
        return CanonicalJob(title=title, ai_job_titles=titles, ai_skills=[], city="Lagos", state="Lagos",
                            country="NG", work_arrangement="onsite")

    seeker = UserPreferences(job_roles=prefs.roles, user_words=prefs.words, preferred_locations=prefs.locations,
                             salary_currency="NGN", preferences_confirmed=True, years_of_experience=3)
    both = post("Customer Service/Sales Representative", ["Customer Service Representative", "Sales Representative"])
    assert not calculate_match_score(seeker, both).passes(39)
    care = post("Customer Service Representative", ["Customer Service Representative"])
    assert calculate_match_score(seeker, care).passes(39)  # her line still reaches her


@pytest.mark.parametrize(("words", "title", "description", "blocked"), [
    ("2yrs collections officer for a digital lender, calls and WhatsApp. Lagos, remote is fine. Pls no field recovery "
     "(going to people house)", "Credit Recovery Officer",
     "Contacting defaulting clients via calls, letters, and field visits to ensure repayment.",
     "field visits, which you said no to"),
    ("junior frontend dev (React, Tailwind), remote. Please no unpaid internships again 🙏", "Web Developer Intern",
     "**Web Developer Intern (Unpaid)**\nBuild pages in React.", "unpaid, and you asked for pay"),
])
def test_a_condition_said_as_a_refusal_at_sign_up_reaches_matching(words, title, description, blocked):
    """The chat drops what a seeker refuses from the words it keeps, and kept only the lines refused: holdout_88's
    and 90's collectors signed up through the chat lost "no field recovery" and were sent door-to-door recovery posts
    their readers refused (10 pairs). A refusal that states a condition matching reads is now kept apart."""
    prefs = Prefs().merged(extract_rules(words))
    seeker = UserPreferences(job_roles=prefs.roles, user_words=prefs.words, preferred_locations=prefs.locations,
                             work_arrangements=["remote"], salary_currency="NGN", years_of_experience=2)
    post = CanonicalJob(title=title, ai_job_titles=[*prefs.roles], ai_skills=[], country="NG",
                        work_arrangement="remote", description=description)
    assert calculate_match_score(seeker, post).blocked == blocked
    assert not set(refused_groups(prefs.words["role_text"])) & set(prefs.roles)  # no line of theirs is refused


def test_schooling_said_at_sign_up_is_read_even_after_the_roles_changed():
    from matching.scoring import seeker_from_preferences

    prefs = Prefs().merged(extract_rules("Salesgirl/ shop attendant. SSCE. Ikeja or Ogba"))
    row = UserPreferences(job_roles=["Cashier", "Driver"], user_words=prefs.words)  # changed in the portal
    assert role_wording(roles=row.job_roles, words=row.user_words) == []  # the titles decide the roles…
    assert seeker_from_preferences(row).schooling == 1  # …and what she said of her schooling still holds


def test_a_seeker_who_moved_is_not_kept_in_the_old_city_by_their_sign_up_words():
    from matching.scoring import seeker_from_preferences

    prefs = Prefs().merged(extract_rules("accountant in Lagos, 3 years"))
    assert role_wording(roles=prefs.roles, words=prefs.words) == ["accountant in Lagos, 3 years"]
    row = UserPreferences(job_roles=prefs.roles, user_words=prefs.words, preferred_locations=["Abuja"])  # moved
    assert {place.city for place in seeker_from_preferences(row).places} == {"Abuja"}


def test_a_role_added_to_portal_set_roles_leaves_every_role_to_the_titles():
    portal = Prefs(roles=["Accountant", "Auditor"])  # no words of theirs for these
    added = portal.merged(extract_rules("add teaching too"))
    assert added.roles == ["Accountant", "Auditor", "Teacher"]
    assert _said(added) == []  # "add teaching too" alone must not stand for the accountant's roles
