"""A part read again pair by pair replaces its first labels; `first=True` keeps them (matching/evaluation/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from matching.evaluation import real

HEADER = "seeker,file,key,relevant"


@pytest.fixture
def parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(real, "HERE", tmp_path)
    monkeypatch.setattr(real, "SPLITS", ("holdout_3", "holdout_14"))
    (tmp_path / "labels_holdout_3.csv").write_text(f"{HEADER}\nh3-01,a.csv,k1,1\nh3-01,a.csv,k2,0\nh3-01,a.csv,k3,?\n")
    (tmp_path / "labels_holdout_14.csv").write_text(f"{HEADER}\nh14-01,a.csv,k1,1\n")
    (tmp_path / "reread_holdout_3.csv").write_text(
        f"{HEADER},reason\nh3-01,a.csv,k1,0,\"a shop-floor post across Lagos, for a seller in Ikeja\"\nh3-01,a.csv,k3,1,\n")
    return tmp_path


def test_the_reread_decisions_replace_the_first_labels(parts: Path) -> None:
    assert real.load_labels() == {("h3-01", "a.csv", "k1"): "0", ("h3-01", "a.csv", "k2"): "0",
                                  ("h3-01", "a.csv", "k3"): "1", ("h14-01", "a.csv", "k1"): "1"}


def test_first_labels_on_request(parts: Path) -> None:
    labels = real.load_labels(first=True)
    assert labels[("h3-01", "a.csv", "k1")] == "1"
    assert labels[("h3-01", "a.csv", "k3")] == "?"


def test_the_majority_of_three_readings_comes_last(parts: Path) -> None:
    (parts / "adjudicated.csv").write_text(
        f"{HEADER},reason\nh3-01,a.csv,k3,?,\"first 1, second readers 0 and ?\"\nh14-01,a.csv,k1,0,\"first 1, second readers 0 and 0\"\n"
        "h99-01,a.csv,k1,1,\n")  # a pair no part holds is not added
    labels = real.load_labels()
    assert labels[("h3-01", "a.csv", "k3")] == "?" and labels[("h14-01", "a.csv", "k1")] == "0"
    assert ("h99-01", "a.csv", "k1") not in labels
    assert real.load_labels(first=True)[("h14-01", "a.csv", "k1")] == "1"


def test_each_reading_is_scored_against_the_other_two_where_they_agree(parts: Path) -> None:
    (parts / "adjudicated.csv").write_text(
        f"{HEADER},reason\n"
        "h3-01,a.csv,k1,1,\"first 1, second readers 1 and 1\"\n"  # all agree: a tp for each reader
        "h3-01,a.csv,k2,0,\"first 1, second readers 0 and 0: a shop post\"\n"  # the first reader's fp
        "h3-01,a.csv,k3,1,\"first 0, second readers 1 and ?\"\n"  # the others disagree: no one is scored
        "h3-01,a.csv,k4,1,\"first 1, second readers ? and 1\"\n")
    counts = real.reader_agreement()
    assert counts["first"] == {"tp": 1, "fp": 1}
    # k2: each later reader's other two disagree; k4: the reader who was unsure is scored (a `?` sends nothing)
    assert counts["second"] == {"tp": 2, "fn": 1}
