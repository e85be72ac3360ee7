"""The shared vocabulary: names other areas rely on, equivalences and matching rules."""

from __future__ import annotations

import pytest

from jobs.vocabulary import (
    SKILLS,
    TITLE_GROUPS,
    canonical_skill,
    canonical_title,
    equivalent_titles,
    find_skills,
    find_titles,
    normalize,
    title_group,
)


@pytest.mark.parametrize(
    ("said", "means"),
    [("accountant", "Finance Officer"), ("customer care", "Call Centre Agent"), ("okada rider", "Dispatch Rider"),
     ("keke driver", "Tricycle Rider"), ("sales girl", "Cashier"), ("POS agent", "Mobile Money Agent"),
     ("gateman", "Security Guard"), ("house help", "Housemaid"), ("seamstress", "Tailor"),
     ("lesson teacher", "Home Tutor"), ("CHEW", "Community Health Worker"), ("front desk officer", "Receptionist")],
)
def test_a_seeker_s_words_find_the_employer_s_titles(said, means):
    assert title_group(said) == title_group(means) is not None


def test_seniority_words_do_not_change_the_group():
    assert canonical_title("Senior Backend Engineer") == canonical_title("Junior Back-end developer") == (
        "Backend Developer")


def test_a_close_typo_finds_the_group_but_a_different_title_does_not():
    assert canonical_title("sofware enginer") == "Software Engineer"
    assert canonical_title("Astronaut") is None


def test_equivalent_titles_lists_the_whole_group():
    assert "Finance Officer" in equivalent_titles("Accountant")
    assert equivalent_titles("Astronaut") == []


def test_find_titles_prefers_the_longest_title_and_keeps_mention_order():
    assert find_titles("I am a backend developer or a dispatch rider") == ["Backend Developer", "Dispatch Rider"]


def test_find_skills_returns_canonical_names_in_vocabulary_order():
    assert find_skills("postgres, Node.js and ms excel; some c# and .NET") == [
        "Node.js", "C#", ".NET", "PostgreSQL", "Microsoft Excel"]


def test_everyday_words_are_not_skills():
    assert find_skills("go to the office and express interest; the rest is security of tenure") == []


def test_canonical_skill_maps_one_skill_as_written():
    assert canonical_skill("MS Excel") == "Microsoft Excel"
    assert canonical_skill("Jetpack Compose") == "Jetpack Compose"
    assert canonical_skill("Juggling") is None


def test_the_vocabulary_is_generous_across_fields():
    assert len(TITLE_GROUPS) >= 150 and len(SKILLS) >= 300
    informal = ["POS Operation", "Motorcycle Riding", "Tailoring", "Catering", "Hairdressing", "Barbing"]
    assert all(name in SKILLS for name in informal)


def test_no_title_belongs_to_two_groups():
    seen: dict[str, int] = {}
    for group_id, group in enumerate(TITLE_GROUPS):
        for title in group:
            assert seen.setdefault(normalize(title), group_id) == group_id, title
