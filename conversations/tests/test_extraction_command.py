from __future__ import annotations

from io import StringIO

from django.core.management import call_command


def test_the_accuracy_command_reports_every_field_for_each_set():
    for name, count in (("labelled", 116), ("heldout", 30), ("blind", 20)):
        out = StringIO()
        call_command("extraction_accuracy", "--set", name, stdout=out)
        report = out.getvalue()
        assert f"{count} {name} messages" in report
        assert all(field in report for field in ("roles", "locations", "salary", "all fields"))
