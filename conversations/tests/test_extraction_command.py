from __future__ import annotations

import re
from io import StringIO

from django.core.management import call_command


def test_the_accuracy_command_reports_intents_and_every_field_for_each_set():
    for name, count in (("labelled", 116), ("labelled_2", 103), ("heldout", 30), ("heldout_2", 79), ("blind", 20)):
        out = StringIO()
        call_command("extraction_accuracy", "--set", name, stdout=out)
        report = out.getvalue()
        assert f"{count} {name} messages" in report
        assert all(field in report for field in ("intent", "roles", "locations", "salary", "removed", "additive",
                                                 "any_role", "all fields"))


def test_the_accuracy_command_lists_wrong_intents_and_runs_every_set():
    out = StringIO()
    call_command("extraction_accuracy", "--set", "all", "--errors", stdout=out)
    assert out.getvalue().count(" messages, extractor: rules") == 5


def test_lines_reports_each_signup_set_and_lists_only_the_errors_of_sets_read_for_fixes():
    out = StringIO()
    call_command("extraction_accuracy", "--lines", "--errors", stdout=out)
    text = out.getvalue()
    for name in ("signups_tune", "signups_heldout", "signups_blind", "signups_next", "signups_fifth"):
        assert f"80 {name} messages:" in text
    listed = set(re.findall(r"^([A-E])-\d\d: ", text, re.M))
    assert listed == {"A", "C"}  # the measured-only sets' misses stay unread
