"""The shared vocabulary: "entry" is a level only first or before "level" ("Data Entry Clerk" was read as an
entry-level post, holdout_21)."""

from jobs.vocabulary import strip_seniority


def test_data_entry_keeps_its_entry_and_entry_level_is_a_level():
    assert strip_seniority("Data Entry Clerk") == ("data entry clerk", "")
    assert strip_seniority("Entry Level Accountant")[1] == "entry"
    assert strip_seniority("Entry Accountant") == ("accountant", "entry")
