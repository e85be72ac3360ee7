"""The labelled postings and the offline enhancer's measured quality (a floor, so regressions show)."""

from __future__ import annotations

from jobs.enhancement.offline import OfflineEnhancer
from jobs.enhancement.quality import evaluate, load_labelled
from jobs.enhancement.schema import FUNCTIONS
from jobs.vocabulary import TITLE_GROUPS, canonical_title


def test_the_labelled_set_covers_at_least_a_hundred_postings_across_many_functions():
    jobs = load_labelled()
    functions = {OfflineEnhancer().enhance(j.job).job_function for j in jobs}

    assert len(jobs) >= 150 and len({j.id for j in jobs}) == len(jobs)
    assert len(load_labelled(split="holdout")) >= 50
    assert len(functions & set(FUNCTIONS)) >= 20


def test_labelled_titles_use_the_vocabulary_names():
    canonical = {group[0] for group in TITLE_GROUPS}
    unknown = {t for j in load_labelled() for t in j.titles if t not in canonical}
    # A few roles have no group yet; they count as misses for every enhancer alike.
    assert unknown <= {"Curriculum Developer", "Public Health Officer"}
    assert all(canonical_title(t) == t for t in canonical)


def test_offline_quality_stays_above_its_measured_floor():
    holdout = evaluate(OfflineEnhancer(), load_labelled(split="holdout"))
    dev = evaluate(OfflineEnhancer(), load_labelled(split="dev"))

    assert holdout.titles.precision >= 0.9 and holdout.titles.recall >= 0.75
    assert holdout.skills.precision >= 0.65 and holdout.skills.recall >= 0.4
    assert dev.titles.f1 >= 0.9 and dev.skills.f1 >= 0.8
