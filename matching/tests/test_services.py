"""Candidate selection through the index, its upkeep, and "not for me" feedback."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import UserPreferences
from accounts.tests.factories import UserFactory, UserPreferencesFactory
from jobs.tests.factories import CanonicalJobFactory
from matching import profiles
from matching.models import MatchDislike, MatchProfile, MatchTerm
from matching.profiles import compile_job
from matching.services import (
    candidate_profiles,
    feedback_not_for_me,
    find_matches,
    index_rebuild,
    index_refresh_stale,
    matches_for_user,
)

pytestmark = pytest.mark.django_db


def accountant(**overrides):
    values = dict(job_roles=["Accountant"], technical_skills=["Excel"], preferred_locations=["Lagos"],
                  work_arrangements=["onsite", "hybrid"])
    return UserPreferencesFactory(**{**values, **overrides})


def finance_job(**overrides):
    values = dict(title="Finance Officer", ai_job_titles=["Finance Officer", "Accountant"],
                  ai_skills=["Microsoft Excel"], city="Lagos", state="Lagos", location="Lagos, Nigeria")
    return CanonicalJobFactory(**{**values, **overrides})


def test_saving_preferences_indexes_the_seeker_and_changes_reindex_them():
    prefs = accountant()
    assert MatchProfile.objects.filter(user=prefs.user).exists()
    assert MatchTerm.objects.filter(user=prefs.user, role="g:accountant", place="s:lagos").exists()
    prefs.preferred_locations = ["Kano"]
    prefs.save()
    assert not MatchTerm.objects.filter(user=prefs.user, place="s:lagos").exists()
    assert MatchTerm.objects.filter(user=prefs.user, place="s:kano").exists()


def test_unconfirmed_or_deleted_preferences_leave_the_index():
    prefs = accountant()
    prefs.preferences_confirmed = False
    prefs.save()
    assert not MatchTerm.objects.filter(user=prefs.user).exists()
    other = accountant()
    other.delete()
    assert not MatchProfile.objects.filter(user=other.user).exists()


def test_it_finds_only_eligible_users_best_first_and_keeps_paused_ones():
    strong = accountant(technical_skills=["Excel"], years_of_experience=3)
    weak = accountant(technical_skills=["Tailoring"])
    paused = accountant(user=UserFactory(paused_until=timezone.now() + timedelta(days=2)))
    accountant(user=UserFactory(is_active=False))
    accountant(user=UserFactory(unreachable_at=timezone.now()))
    accountant(preferences_confirmed=False)
    found = list(find_matches(job=finance_job()))
    users = [m.user_id for m in found]
    assert set(users) == {strong.user_id, weak.user_id, paused.user_id}
    assert users.index(strong.user_id) < users.index(weak.user_id)
    assert [m.result.total for m in found] == sorted((m.result.total for m in found), reverse=True)


def test_it_sends_no_onsite_job_elsewhere_and_no_onsite_job_to_remote_only_users():
    accountant(preferred_locations=["Abuja"])
    accountant(work_arrangements=["remote"])
    assert list(find_matches(job=finance_job())) == []


def test_a_remote_job_reaches_remote_users_in_every_city_without_reading_the_others():
    kano = accountant(preferred_locations=["Kano"], work_arrangements=["remote"])
    ph = accountant(preferred_locations=["PH"], work_arrangements=["onsite", "remote"])
    accountant(preferred_locations=["Lagos"], work_arrangements=["onsite"])
    job = finance_job(work_arrangement="remote", location="Remote", city="", state="")
    assert {m.user_id for m in find_matches(job=job)} == {kano.user_id, ph.user_id}
    compiled = compile_job(title=job.title, ai_titles=job.ai_job_titles, arrangement="remote", location="Remote")
    assert set(candidate_profiles(job=compiled).values_list("user_id", flat=True)) == {kano.user_id, ph.user_id}


def test_candidates_come_from_the_index_not_from_every_user():
    accountant()
    nurses = [UserPreferencesFactory(job_roles=["Nurse"], preferred_locations=["Lagos"]) for _ in range(3)]
    compiled = compile_job(title="Finance Officer", city="Lagos", state="Lagos", country="NG")
    ids = set(candidate_profiles(job=compiled).values_list("user_id", flat=True))
    assert ids and not ids & {n.user_id for n in nurses}


def test_the_threshold_can_be_raised_per_call():
    accountant()
    job = finance_job()
    assert list(find_matches(job=job, threshold=39))
    assert list(find_matches(job=job, threshold=101)) == []


def test_the_stale_sweep_reindexes_preferences_written_without_signals():
    prefs = accountant()
    UserPreferences.objects.filter(pk=prefs.pk).update(
        preferred_locations=["Kano"], updated_at=timezone.now() + timedelta(seconds=5)
    )
    assert index_refresh_stale() == 1
    assert MatchTerm.objects.filter(user=prefs.user, place="s:kano").exists()
    assert index_refresh_stale() == 0


def test_a_full_rebuild_indexes_bulk_created_preferences():
    user = UserFactory()
    UserPreferences.objects.bulk_create([UserPreferences(user=user, job_roles=["Nurse"], preferences_confirmed=True)])
    assert index_rebuild() == 1
    assert MatchProfile.objects.filter(user=user).exists()


def test_not_for_me_lowers_similar_jobs_for_that_user_only_and_hides_no_category():
    mine, other = accountant(), accountant()
    first = finance_job(company="Acme Ltd")
    before = {m.user_id: m.result.total for m in find_matches(job=finance_job(company="Acme Ltd"))}
    feedback_not_for_me(user=mine.user, job_id=first.pk)
    assert MatchDislike.objects.filter(user=mine.user, job=first).exists()
    after = {m.user_id: m.result for m in find_matches(job=finance_job(company="Acme Ltd"))}
    assert after[mine.user_id].total < before[mine.user_id] and after[mine.user_id].penalty > 0
    assert after[other.user_id].total == before[other.user_id]
    unrelated_title = {m.user_id: m.result for m in find_matches(
        job=finance_job(title="Accounts Officer", ai_job_titles=["Accounts Officer"], company="B"))}
    assert unrelated_title[mine.user_id].penalty == 0


def test_not_for_me_twice_or_for_an_unknown_job_is_harmless():
    prefs = accountant()
    job = finance_job()
    feedback_not_for_me(user=prefs.user, job_id=job.pk)
    feedback_not_for_me(user=prefs.user, job_id=job.pk)
    feedback_not_for_me(user=prefs.user, job_id=999_999)
    assert MatchDislike.objects.filter(user=prefs.user).count() == 1


def test_matches_for_user_scores_many_jobs_for_one_seeker_best_first():
    prefs = accountant(technical_skills=["Excel"])
    good = finance_job(ai_skills=["Microsoft Excel"])
    fair = finance_job(ai_skills=["Tailoring"])
    elsewhere = finance_job(city="Kano", state="Kano", location="Kano")
    result = matches_for_user(user=prefs.user, jobs=[fair, elsewhere, good])
    assert [job for job, _ in result] == [good, fair]
    assert matches_for_user(user=UserFactory(), jobs=[good]) == []


def test_a_change_to_the_code_reading_seekers_makes_their_stored_profiles_stale(tmp_path, monkeypatch):
    # a rule added to the reading (a regex in matching.profiles) must reach seekers who confirmed before it
    accountant()
    assert index_refresh_stale() == 0
    module = tmp_path / "reading_rules_probe.py"
    module.write_text("RULE = 'was a teacher before'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(profiles, "_READING_MODULES", ("reading_rules_probe",))
    profiles.vocabulary_version.cache_clear()
    before = profiles.vocabulary_version()
    assert index_refresh_stale() == 1  # built with the real modules' digest: rebuilt under the probe's
    module.write_text("RULE = 'was a teacher before i switched'\n")
    profiles.vocabulary_version.cache_clear()
    assert profiles.vocabulary_version() != before
    assert index_refresh_stale() == 1
    assert index_refresh_stale() == 0
    profiles.vocabulary_version.cache_clear()
