"""Index keys (pure): a seeker is found under exactly the keys a job that could match them looks up."""

from __future__ import annotations

from matching import terms
from matching.profiles import compile_job, compile_seeker


def test_a_remote_only_seeker_is_indexed_only_under_remote():
    seeker = compile_seeker(roles=["Accountant"], locations_=["Lagos"], arrangements=["remote"])
    assert terms.seeker_place_keys(seeker) == {"remote"}


def test_an_onsite_seeker_is_found_by_a_job_in_their_area_and_not_by_a_remote_job():
    seeker = compile_seeker(roles=["Accountant"], locations_=["Eko"], arrangements=["onsite"])
    lekki = compile_job(title="Finance Officer", city="Lekki", state="Lagos", country="NG")
    remote = compile_job(title="Finance Officer", arrangement="remote", location="Remote")
    keys = terms.seeker_terms(seeker)
    assert any((r, p) in keys for r in terms.job_roles(lekki) for p in terms.job_place_keys(lekki))
    assert not any((r, p) in keys for r in terms.job_roles(remote) for p in terms.job_place_keys(remote))


def test_a_job_without_a_city_reads_every_place_of_its_roles():
    assert terms.job_place_keys(compile_job(title="Nurse", location="Nigeria", country="NG")) is None


def test_roles_are_indexed_by_group_and_word_and_skills_only_without_roles():
    with_role = compile_seeker(roles=["customer care"], skills=["Excel"])
    assert {"g:customer care representative", "w:customer", "w:care"} <= terms.seeker_roles(with_role)
    assert not any(key.startswith("k:") for key in terms.seeker_roles(with_role))
    assert terms.seeker_roles(compile_seeker(skills=["Excel"])) == {"k:microsoft excel"}
