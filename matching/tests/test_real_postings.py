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

# Floors a little under what the set measures today at 39 (2026-12-01): held-out 0.971 / 0.892, tune 0.976 / 0.992,
# blind held-out_2 0.947 / 0.978, holdout_3 0.989 / 0.918 and holdout_4 0.944 / 0.802 (both read for fixes after
# their blind measure: 0.985 / 0.653 and 0.900 / 0.425). A change that loses more than the margin fails here.
FLOORS = {"holdout": (0.93, 0.85), "tune": (0.94, 0.95), "holdout_2": (0.91, 0.94), "holdout_3": (0.95, 0.88),
          "holdout_4": (0.90, 0.76), "holdout_5": (0.0, 0.0), "holdout_6": (0.0, 0.0), "holdout_7": (0.0, 0.0)}


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
