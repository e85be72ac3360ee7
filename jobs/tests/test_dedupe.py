"""De-duplication on a hand-labelled set: precision and recall over pairs of postings."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from jobs import dedupe
from jobs.models import RawJob
from jobs.services import records_ingest

LABELLED = Path(__file__).parent / "data" / "dedupe_labelled.json"


def pair_scores(clusters: dict[str, str], predicted: dict[str, int]) -> tuple[float, float, int, int, int]:
    """(precision, recall, true positives, false positives, false negatives) over all pairs of records."""
    tp = fp = fn = 0
    for a, b in combinations(sorted(clusters), 2):
        same, merged = clusters[a] == clusters[b], predicted[a] == predicted[b]
        tp += same and merged
        fp += merged and not same
        fn += same and not merged
    return tp / ((tp + fp) or 1), tp / ((tp + fn) or 1), tp, fp, fn


def run_labelled_set() -> tuple[float, float, int, int, int]:
    records = json.loads(LABELLED.read_text())["records"]
    records_ingest(records=enumerate(records, 1), source="labelled", start_pipeline=False)
    predicted = dict(RawJob.objects.values_list("source_job_id", "canonical_job_id"))
    return pair_scores({r["id"]: r["cluster"] for r in records}, predicted)


@pytest.mark.django_db
def test_duplicates_in_the_labelled_set_are_found_without_merging_different_jobs():
    precision, recall, _tp, fp, _fn = run_labelled_set()
    assert fp == 0, "two different jobs were merged"
    assert precision == 1.0
    assert recall >= 0.95


@pytest.mark.django_db
def test_feeding_the_set_one_record_at_a_time_finds_the_same_duplicates():
    records = json.loads(LABELLED.read_text())["records"]
    for line, record in enumerate(records, 1):
        records_ingest(records=[(line, record)], source="labelled", start_pipeline=False)
    predicted = dict(RawJob.objects.values_list("source_job_id", "canonical_job_id"))
    precision, recall, *_ = pair_scores({r["id"]: r["cluster"] for r in records}, predicted)
    assert precision == 1.0 and recall >= 0.95


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("backend developer", "backend developer", True),
        ("human resources officer", "officer human resources", True),
        ("registered nurse", "registered nurse rn", True),
        ("accountant", "senior accountant", False),
        ("software engineer 2", "software engineer 3", False),
        ("backend engineer", "frontend engineer", False),
        ("nurse", "nurse assistant", False),
    ],
)
def test_titles_are_compared_by_words_not_by_seniority_or_number(a, b, same):
    assert dedupe.same_title(a, b) is same


def test_noise_and_abbreviations_leave_the_title():
    assert dedupe.title_key("URGENT: Sr. Software Eng - Lagos", "Lagos Lagos NG") == "senior software engineer"


def test_anonymous_employers_have_no_company_identity():
    assert dedupe.company_key("Confidential") == ""
    assert dedupe.company_key("Kora Pay Ltd") == dedupe.company_key("KORA PAY LIMITED") == "kora pay"


def test_a_careers_page_is_not_a_posting_url():
    assert not dedupe.url_is_specific("https://chifarms.ng/careers")
    assert not dedupe.url_is_specific("https://chifarms.ng")
    assert dedupe.url_is_specific("https://chifarms.ng/careers/accounts-officer")
    assert dedupe.url_is_specific("https://ng.indeed.com/viewjob?jk=1")


LONG = " ".join(["Build and ship features for clients across time zones, review code and write tests."] * 5)


def test_a_description_key_ignores_a_remote_posts_city_and_title_wording_not_its_seniority():
    key = dedupe.text_key(company="Turing", title="Remote Fullstack Engineer - 17853", description=LONG,
                          place="Delhi DL IN", remote=True)
    assert key == dedupe.text_key(company="TURING LTD", title="Remote Software Engineer (Full Stack) - 17853",
                                  description=LONG.upper(), place="", remote=True)
    assert key != dedupe.text_key(company="Turing", title="Senior Fullstack Engineer - 17853", description=LONG,
                                  place="", remote=True)
    assert key != dedupe.text_key(company="Turing", title="Remote Fullstack Engineer - 17854", description=LONG,
                                  place="", remote=True)


def test_no_description_key_for_short_texts_or_a_named_employers_on_site_post():
    assert dedupe.text_key(company="Turing", title="Engineer", description="Send your CV to jobs@x.ng",
                           place="", remote=True) == ""
    assert dedupe.text_key(company="Earth and Soul", title="Store Manager", description=LONG,
                           place="Lagos LA NG", remote=False) == ""


def test_an_anonymous_posts_description_key_keeps_its_title_and_place():
    def key(title: str, place: str) -> str:
        return dedupe.text_key(company="Confidential", title=title, description=LONG, place=place, remote=False)

    assert key("M&E Officer", "Abuja FC NG") == key("M&E Officer", "Abuja FC NG") != ""
    assert key("M&E Officer", "Abuja FC NG") != key("Programme Officer", "Abuja FC NG")
    assert key("M&E Officer", "Abuja FC NG") != key("M&E Officer", "Lagos LA NG")
