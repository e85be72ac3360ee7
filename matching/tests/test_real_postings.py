"""Matching on real job-board rows (`../shared/realdata`, not in the repository) against the labels in
`matching/evaluation/real/`, written before any pair was scored."""

from __future__ import annotations

from pathlib import Path

import pytest

from matching.evaluation.real import evaluate

REALDATA = Path(__file__).resolve().parents[2].parent / "shared" / "realdata"

pytestmark = pytest.mark.skipif(
    not any(REALDATA.glob("*.csv")),
    reason=f"the real exports are not in the repository; they are read from {REALDATA}, absent here",
)

# Floors a little under what the set measures today (held-out 0.842 / 0.865, tune 0.893 / 0.951, blind held-out_2
# 0.857 / 0.955 at 39). holdout_3 (written blind, see matching/evaluation/README.md) has no floor until it is measured.
# holdout_4 (written blind too, 2026-12-01) has none until it is measured either.
FLOORS = {"holdout": (0.78, 0.78), "tune": (0.83, 0.87), "holdout_2": (0.82, 0.92), "holdout_3": (0.0, 0.0),
          "holdout_4": (0.0, 0.0)}


@pytest.fixture(scope="module")
def reports():
    return evaluate(data_dir=REALDATA, threshold=39)


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_real_postings_reach_the_seekers_who_want_them_and_few_others(reports, split):
    report = reports[split]
    precision, recall = FLOORS[split]
    assert report.precision >= precision, report.counts()
    assert report.recall >= recall, report.counts()


def test_every_selected_row_is_read_and_both_splits_have_relevant_pairs(reports):
    assert all(sum(o.relevant for o in r.outcomes) >= 30 for r in reports.values())
