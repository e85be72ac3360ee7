"""'Why this job?', explain_match and the evaluation command."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from accounts.tests.factories import UserFactory, UserPreferencesFactory
from jobs.tests.factories import CanonicalJobFactory
from matching.evaluation import evaluate
from matching.selectors import match_explanation

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair():
    prefs = UserPreferencesFactory(job_roles=["Accountant"], technical_skills=["Excel"], preferred_locations=["PH"],
                                   work_arrangements=["onsite"], years_of_experience=2)
    job = CanonicalJobFactory(title="Finance Officer", ai_job_titles=[], ai_skills=["Microsoft Excel"],
                              city="Port Harcourt", state="Rivers", location="Port Harcourt, Rivers")
    return prefs.user, job


def test_the_explanation_says_each_part_in_plain_words(pair):
    user, job = pair
    text = match_explanation(user=user, job_id=job.pk)
    assert "Finance Officer" in text and "Accountant" in text
    for label in ("Role", "Skills", "Place", "Pay", "Experience"):
        assert f"{label}:" in text
    assert len(text) < 1000


def test_the_explanation_names_the_hard_limit_that_blocks_a_job(pair):
    user, _ = pair
    elsewhere = CanonicalJobFactory(title="Finance Officer", city="Kano", state="Kano", location="Kano")
    assert "Not a match for you" in match_explanation(user=user, job_id=elsewhere.pk)


def test_the_explanation_handles_missing_jobs_and_preferences(pair):
    user, _ = pair
    assert "can't find" in match_explanation(user=user, job_id=999_999)
    assert "preferences" in match_explanation(user=UserFactory(), job_id=CanonicalJobFactory().pk)


def test_explain_match_prints_the_breakdown(pair):
    user, job = pair
    out = StringIO()
    call_command("explain_match", phone=user.phone_number, job=job.pk, stdout=out)
    assert "Role:" in out.getvalue() and "/100" in out.getvalue()


def test_explain_match_rejects_bad_input_clearly(pair):
    _, job = pair
    with pytest.raises(CommandError, match="Not a phone number"):
        call_command("explain_match", phone="hello", job=job.pk)
    with pytest.raises(CommandError, match="No seeker"):
        call_command("explain_match", phone="+2348099999999", job=job.pk)


def test_the_labelled_set_keeps_its_precision_and_most_of_its_recall():
    report = evaluate(threshold=39)
    assert len(report.outcomes) >= 30 * 150
    # Its hand labels want posts stating two more years than a junior has (recall 0.957 → 0.879); the
    # people who read real postings refused 127 of 145 such alerts, so matching follows them (matching/scoring.py).
    # They also want pay from 75% of the seeker's floor, which three readings of real postings refused under 80%
    # (0.879 → 0.871: a business developer's ₦310k post for a ₦400k floor). And a React Native post for a Flutter
    # developer, which three readings of real postings refused ("React Native required, he uses Flutter"; 0.864).
    # And a warehouse supervisor's post for a storekeeper, which readers of real postings refused to clerks and cooks
    # of the line who name no supervising (0.857; matching/scoring.py SUPERVISOR_MIN_YEARS). And a five-year business
    # developer's sales posts asking none or one year, a neighbouring line's posts far below their years, which the
    # readers of real postings refused 8 to 1 in like pairs (0.843; matching/scoring.py JUNIOR_GAP). And pay a little
    # under the floor with nothing on top, which the readers of real postings refused 13 to 1 (0.821; PAY_BLOCK_RATIO_FLAT).
    assert report.precision >= 0.95 and report.recall >= 0.82


def test_evaluate_matching_prints_the_confusion_matrix_and_mistakes():
    out = StringIO()
    call_command("evaluate_matching", worst=3, stdout=out)
    text = out.getvalue()
    assert "Precision" in text and "not relevant" in text and "Missed" in text


def test_the_health_check_compares_indexed_profiles_with_confirmed_preferences(pair):
    from matching.selectors import index_health

    assert index_health() == {"profiles": 1, "confirmed_preferences": 1}


def test_rebuild_match_index_reports_what_it_indexed(pair):
    out = StringIO()
    call_command("rebuild_match_index", stdout=out)
    assert "Indexed 1 seekers" in out.getvalue()
