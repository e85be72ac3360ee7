"""The compiled seekers a worker keeps between jobs: the same matches as scoring every seeker afresh, never a stale
profile, and a bounded size."""

from __future__ import annotations

import random

import pytest

from accounts.tests.factories import UserPreferencesFactory
from jobs.tests.factories import CanonicalJobFactory
from matching import services
from matching.scoring import job_from_row, score
from matching.services import find_matches, seeker_compile

pytestmark = pytest.mark.django_db

ROLES = ["Accountant", "Backend Developer", "Nurse", "Data Analyst", "Sales Executive"]
PLACES = ["Lagos", "Abuja", "Ikeja", "Kano", "anywhere"]


@pytest.fixture(autouse=True)
def _empty_cache():
    services._SEEKERS.clear()
    yield
    services._SEEKERS.clear()


def test_matches_are_those_of_scoring_every_seeker_afresh_cold_and_warm(settings):
    rng = random.Random(16)
    seekers = [UserPreferencesFactory(
        job_roles=[rng.choice(ROLES)], preferred_locations=[rng.choice(PLACES)], technical_skills=["Excel", "Python"],
        work_arrangements=rng.choice([["onsite"], ["remote"], ["onsite", "hybrid", "remote"]]),
        years_of_experience=rng.randint(0, 8)) for _ in range(40)]
    jobs = [CanonicalJobFactory(title=role, ai_job_titles=[role], city=place, state=place, location=f"{place}, Nigeria",
                                work_arrangement=rng.choice(["onsite", "remote"]), ai_skills=["Excel"])
            for role in ROLES for place in ("Lagos", "Kano")]
    matched = 0
    for job in jobs:
        expected = {}
        for prefs in seekers:
            result = score(seeker_compile(prefs=prefs), job_from_row(job))
            if result.passes(settings.MATCH_THRESHOLD):
                expected[prefs.user_id] = result.total
        for _ in ("cold", "warm"):
            assert {m.user_id: m.result.total for m in find_matches(job=job)} == expected
        matched += len(expected)
    assert matched > 20


def test_a_changed_profile_is_compiled_again_not_served_from_the_cache():
    prefs = UserPreferencesFactory(job_roles=["Accountant"], preferred_locations=["Lagos"])
    lagos = CanonicalJobFactory(title="Accountant", ai_job_titles=["Accountant"], city="Lagos", state="Lagos",
                                location="Lagos, Nigeria", work_arrangement="onsite")
    assert [m.user_id for m in find_matches(job=lagos)] == [prefs.user_id]
    prefs.job_roles = ["Nurse"]
    prefs.save()  # the signal recompiles the profile: a new updated_at
    assert list(find_matches(job=lagos)) == []


def test_the_cache_keeps_no_more_than_its_bound(settings):
    settings.MATCH_SEEKER_CACHE = 5
    for _ in range(12):
        UserPreferencesFactory(job_roles=["Accountant"], preferred_locations=["Lagos"])
    job = CanonicalJobFactory(title="Accountant", ai_job_titles=["Accountant"], city="Lagos", state="Lagos",
                              location="Lagos, Nigeria", work_arrangement="onsite")
    assert len(list(find_matches(job=job))) == 12
    assert len(services._SEEKERS) == 5


def test_a_starting_worker_compiles_the_seekers_before_its_first_job(settings, monkeypatch, django_assert_max_num_queries):
    from matching.signals import worker_spawned

    seekers = [UserPreferencesFactory(job_roles=["Accountant"], preferred_locations=["Lagos"]) for _ in range(6)]
    UserPreferencesFactory(job_roles=["Nurse"], preferences_confirmed=False)  # no profile: nothing to compile
    monkeypatch.setenv("Q_CLUSTER_NAME", "interactive")
    worker_spawned(sender="django_q", proc_name="Process-1:1")
    assert services._SEEKERS == {}  # the interactive cluster matches no jobs
    monkeypatch.delenv("Q_CLUSTER_NAME")
    settings.MATCH_SEEKER_CACHE = 4
    worker_spawned(sender="django_q", proc_name="Process-1:1")
    assert len(services._SEEKERS) == 4
    settings.MATCH_SEEKER_CACHE = 100
    worker_spawned(sender="django_q", proc_name="Process-1:2")
    assert set(services._SEEKERS) == {prefs.user_id for prefs in seekers}
    job = CanonicalJobFactory(title="Accountant", ai_job_titles=["Accountant"], city="Lagos", state="Lagos",
                              location="Lagos, Nigeria", work_arrangement="onsite")
    with django_assert_max_num_queries(1):  # the candidates' stamps only: every profile is already compiled
        assert len(list(find_matches(job=job))) == 6
