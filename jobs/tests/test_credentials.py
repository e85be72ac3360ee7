"""Must-haves read from postings and from a seeker's words (jobs.credentials)."""

from __future__ import annotations

import pytest

from jobs.credentials import NO_CERTIFICATE, SCHOOLING_LEVELS, asked, labels, lacking, said_about


@pytest.mark.parametrize(
    ("description", "codes"),
    [("Requirements:\n* Fluency in Hausa language is mandatory.\n* 1-3 years", ("hausa",)),
     ("- Valid driver’s license with a clean driving record", ("licence",)),  # the curly apostrophe of real posts
     ("* Must be a chartered accountant (ICAN certified).", ("chartered",)),
     ("* Degree in accounting (ICAN/ACCA is a must).", ("chartered",)),
     ("* Fluency in Hausa or Yoruba is required", ("hausa|yoruba",)),  # any one of them
     ("* ACA or ACCA is an added advantage", ()),
     ("* ICAN in view", ()),
     ("o Valid driver's license and reliable transportation (if applicable).", ()),
     ("* Fluency in one of these: Hausa, Yoruba, and Igbo is beneficial.", ()),
     ("We sell in Hausa-speaking states. Our drivers deliver daily.", ()),  # named, not asked
     ("", ())],
)
def test_a_post_asks_only_what_a_requirement_line_makes_a_must(description, codes):
    assert asked(description) == codes


@pytest.mark.parametrize(
    ("text", "said"),
    [("abeg i dey find driver work for abuja. i get license, 6yrs", {"licence": True}),
     ("i no get license but i sabi sell", {"licence": False}),
     ("I don't have a driver's licence", {"licence": False}),
     ("audit senior (external), ACA qualified, 4yrs", {"chartered": True}),
     # still sitting it: not held (readers refused "ACA/ACCA required" posts to such accountants, 2026-12-03)
     ("B.Sc accounting, ICAN inter (2 papers remaining)", {"chartered": False}),
     ("accountant, 4yrs, ICAN (final stage)", {"chartered": False}), ("writing ICAN exams", {"chartered": False}),
     ("ICAN ATS, school bursar", {"chartered": False}), ("FCA, 15yrs", {"chartered": True}),
     ("remote customer support (english + french), 3yrs", {"french": True}),
     ("customer care, Lagos", {})],
)
def test_a_seekers_words_say_what_they_hold_and_lack(text, said):
    assert said_about(text) == said


def test_an_entry_is_lacking_only_when_the_seeker_lacks_every_language_it_takes():
    assert lacking(("hausa|yoruba", "licence"), ("hausa",)) == ()
    assert lacking(("hausa|yoruba", "licence"), ("hausa", "yoruba", "licence")) == ("hausa|yoruba", "licence")
    assert labels(("licence", "hausa|yoruba")) == "a driver's licence and Hausa or Yoruba"


def test_a_must_have_listed_under_a_requirements_heading_is_asked_without_saying_must():
    assert asked("Qualifications\n* ICAN or ACCA certification\n* 3 years") == ("chartered",)
    assert asked("Preferred Qualifications:\n* ICAN or ACCA certification") == ()
    assert asked("Key Responsibilities:\n* Prepare reports for the ICAN audit committee") == ()


def test_a_professions_licence_is_no_drivers_licence():
    assert said_about("RN/RM with a current practising licence, 5yrs") == {}
    assert said_about("PCN licence, community pharmacist") == {}
    assert said_about("I have my drivers licence and nursing licence") == {"licence": True}


def test_every_certificate_the_seeker_can_answer_has_a_level_matching_compares():
    from accounts.models import Schooling  # the column's choices live in accounts, which jobs does not import

    assert set(Schooling.values) == {*SCHOOLING_LEVELS, NO_CERTIFICATE}  # "none" has no level: it holds none
