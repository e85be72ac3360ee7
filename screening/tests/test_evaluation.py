"""`manage.py evaluate_screening` and the figures it prints, on the labelled set in screening/evaluation/."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from screening.evaluation import HERE, SCAM_FILES, evaluate

REALDATA = Path(__file__).resolve().parents[2].parent / "shared" / "realdata"
needs_realdata = pytest.mark.skipif(
    not any(REALDATA.glob("*.csv")),
    reason=f"the real exports are not in the repository; they are read from {REALDATA}, absent here",
)


def test_the_labelled_scams_are_many_varied_and_split_before_tuning():
    rows = [json.loads(line) for name in SCAM_FILES for line in (HERE / name).read_text().splitlines()]
    assert len(rows) >= 60 and len({r["key"] for r in rows}) == len(rows)
    assert {r["lang"] for r in rows} == {"en", "pcm"} and sum(r["lang"] == "pcm" for r in rows) >= 15
    assert {r["split"] for r in rows} == {"tune", "heldout"}


def test_without_the_real_exports_the_command_screens_the_scams_and_says_so(tmp_path):
    out, err = StringIO(), StringIO()
    call_command("evaluate_screening", "--data", str(tmp_path), stdout=out, stderr=err)
    assert "no real exports there" in err.getvalue()
    assert "heldout" in out.getvalue() and "recall" in out.getvalue()


def test_held_out_scams_are_caught_without_the_real_exports():
    figures = evaluate(None).figures("heldout")
    assert figures["scams"] == 30 and figures["recall"] >= 0.95


@needs_realdata
@pytest.mark.once
def test_on_the_real_exports_few_real_jobs_are_held_and_scams_are_caught():
    report = evaluate(REALDATA)
    assert report.missing == []
    for split in ("tune", "heldout"):
        figures = report.figures(split)
        assert figures["recall"] >= 0.95, split
        assert figures["real_held_share"] <= 0.02, split


@needs_realdata
@pytest.mark.once
def test_the_command_prints_each_split_and_the_misses_at_verbosity_2():
    out = StringIO()
    call_command("evaluate_screening", "--data", str(REALDATA), verbosity=2, stdout=out)
    lines = out.getvalue().splitlines()
    assert [line.split()[0] for line in lines[1:4]] == ["tune", "heldout", "all"]
