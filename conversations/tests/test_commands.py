"""Typed commands as Nigerian seekers write them: English, Pidgin, typos, Yoruba/Hausa/Igbo greetings (issue 14)."""

from __future__ import annotations

import pytest

from conversations.dialogue.commands import parse_command


@pytest.mark.parametrize(
    ("body", "name", "days"),
    [("abeg pause am for 2 weeks", "pause", 14), ("pause for one week", "pause", 7), ("hold am for 3 days abeg", "pause", 3),
     ("stop for one week", "pause", 7), ("pause for a month", "pause", 30), ("pause", "pause", 7),
     ("pause 200 days", "pause", 90)],
)
def test_a_pause_reads_its_length_in_english_and_pidgin(body, name, days):
    assert parse_command(body) is not None
    assert (parse_command(body).name, parse_command(body).days) == (name, days)


@pytest.mark.parametrize(
    ("body", "name"),
    [("wetin dey happen, no job?", "jobs"), ("pls send me jobs", "jobs"), ("una no get job for me?", "jobs"),
     ("where my jobs?", "jobs"), ("i wan see jobs", "jobs"), ("any jobs?", "jobs"), ("jbos", "jobs"),
     ("I don return", "resume"), ("I'm back", "resume"), ("continue sending abeg", "resume"),
     ("?", "help"), ("??", "help"), ("hepl", "help"), ("menu abeg", "help"), ("wetin i fit do for here?", "help"),
     ("abeg stop sending me messages", "stop"), ("unsubcribe", "stop"), ("STOP", "stop"),
     ("i wan change my settings", "settings"), ("setings", "settings"),
     ("e se", "thanks"), ("nagode", "thanks"), ("Daalu", "thanks"), ("imela", "thanks"), ("tanks well well", "thanks"),
     ("ehen", "yes"), ("no be so", "no")],
)
def test_pidgin_english_and_typo_commands(body, name):
    assert parse_command(body) is not None and parse_command(body).name == name


@pytest.mark.parametrize(
    "body",
    ["Bawo ni", "e kaaro sir", "E kaasan", "sannu", "Ina kwana", "barka da yamma", "Kedu", "ndewo o", "how far na",
     "hello, good evening"],
)
def test_greetings_in_yoruba_hausa_igbo_and_pidgin_are_hello(body):
    assert parse_command(body).name == "hello"


def test_a_greeting_in_front_of_a_command_is_dropped():
    assert parse_command("ndewo, pls send me jobs").name == "jobs"
    assert parse_command("Sannu, I dey find driver work for Kano") is None  # free text for the extractor


@pytest.mark.parametrize(
    "body",
    ["any job", "anything, i fit do any work", "any work wey dey for Ibadan", "I want to stop working nights",
     "not abuja again", "remove abuja", "add lagos too", "jos", "no more abuja", "I mean Kano not Kaduna"],
)
def test_preferences_any_role_and_sentences_are_not_commands(body):
    assert parse_command(body) is None


def test_bare_any_stays_skip_so_the_question_asked_decides_what_it_means():
    assert parse_command("any").name == "skip" and parse_command("anything").name == "skip"


@pytest.mark.parametrize("body", ["stpo", "delet", "strat"])
def test_typos_are_never_guessed_for_stop_delete_or_start(body):
    assert parse_command(body) is None
