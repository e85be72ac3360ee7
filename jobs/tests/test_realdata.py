"""The importer on real python-jobspy exports nobody on the project wrote (`../shared/realdata`, not in the
repository), against the hand labels in `jobs/evaluation/realdata_labels.jsonl`."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobs.evaluation import FIELDS, evaluate, format_report

REALDATA = Path(__file__).resolve().parents[2].parent / "shared" / "realdata"

pytestmark = [pytest.mark.once, pytest.mark.skipif(
    not any(REALDATA.glob("*.csv")),
    reason=f"the real exports are not in the repository; they are read from {REALDATA}, absent here",
)]

# Floors, not goals: what the labelled set measures today, so a change that reads real postings worse fails.
FLOORS = {"pay": 0.98, "currency": 0.98, "country": 0.93, "city": 0.94, "arrangement": 0.96, "years_min": 0.96,
          "job_function": 0.90, "industry": 0.70}


@pytest.fixture(scope="module")
def report():
    return evaluate(REALDATA)


def test_every_labelled_row_is_found_and_no_real_row_is_rejected(report):
    assert report.missing == [] and report.rejected == []
    assert report.rows >= 850


@pytest.mark.parametrize("field", [*FIELDS, "job_function", "industry"])
def test_each_field_is_read_as_a_careful_reader_would(report, field):
    right, counted = report.accuracy(field)
    assert right / counted >= FLOORS[field], format_report(report, verbose=True)


def test_no_stored_text_keeps_an_escape_naira_is_never_dollars_and_no_experience_is_invented(report):
    assert report.backslashes == []
    assert report.naira_as_usd == []
    assert report.long_experience == []
