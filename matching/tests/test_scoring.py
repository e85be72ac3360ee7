"""The score and its hard limits, on plain profiles (no database)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from jobs.normalize.fields import employment_type
from matching.profiles import compile_job, compile_seeker
from matching.scoring import WEIGHTS, calculate_match_score, score

THRESHOLD = 39.0


def seeker(**overrides):
    values = dict(roles=["Accountant"], skills=["accounting", "excel"], locations_=["Lagos"],
                  arrangements=["onsite", "hybrid", "remote"], years=3, salary_min=None, salary_currency="NGN")
    return compile_seeker(**{**values, **overrides})


def job(**overrides):
    values = dict(title="Accountant", ai_titles=[], skills=["Accounting"], city="Lagos", state="Lagos",
                  country="NG", location="Lagos, Nigeria", arrangement="onsite")
    return compile_job(**{**values, **overrides})


@pytest.mark.parametrize(
    ("role", "title"),
    [("Accountant", "Finance Officer"), ("customer care", "Call Centre Agent"),
     ("Backend developer", "Senior Backend Engineer (Python)"), ("Nurse", "Registered Nurse"),
     ("Dispatch rider", "Delivery Rider"), ("Software developer", "Android Developer")],
)
def test_it_gives_full_title_points_to_equivalent_titles_in_other_words(role, title):
    result = score(seeker(roles=[role]), job(title=title))
    assert result.breakdown["titles"] == WEIGHTS["titles"]
    assert result.passes(THRESHOLD)


@pytest.mark.parametrize(("wanted", "job_city", "job_state"),
                         [("PH", "Port Harcourt", "Rivers"), ("FCT", "Abuja", "FCT"), ("Eko", "Lekki", "Lagos"),
                          ("Lagos", "Ikorodu", "Lagos"), ("Ikeja", "Lagos", "Lagos")])
def test_it_understands_place_aliases_and_areas(wanted, job_city, job_state):
    result = score(seeker(locations_=[wanted]), job(city=job_city, state=job_state, location=f"{job_city}, {job_state}"))
    assert not result.blocked
    assert result.breakdown["location"] > 0


def test_it_never_alerts_a_lagos_only_seeker_to_an_onsite_job_elsewhere():
    result = score(seeker(), job(city="Abuja", state="FCT", location="Abuja"))
    assert result.blocked
    assert not result.passes(0)


@pytest.mark.parametrize(
    ("title", "city", "state", "location", "place"),
    [("Security guard (AJAH)", "Lagos", "Lagos", "Lagos, LA, NG", "Ajah, Lagos"),
     ("Accounts Officer/Store Keeper - Sango Ota", "Shagamu", "Ogun", "Shagamu, OG, NG", "Ota, Ogun"),
     ("Teller - Ikeja", "", "", "NG", "Ikeja, Lagos"),
     ("Accountant - Abuja", "Lagos", "Lagos", "Lagos, LA, NG", "Lagos"),  # another state: the board's place stands
     ("Sales Representative (Remote)", "Lagos", "Lagos", "Lagos, LA, NG", "Lagos")],
)
def test_a_workplace_the_title_names_narrows_the_boards_place(title, city, state, location, place):
    assert job(title=title, city=city, state=state, location=location).place.label == place


def test_a_shagamu_seeker_is_not_sent_a_post_its_title_places_in_sango_ota():
    post = job(title="Accounts Officer - Sango Ota", city="Shagamu", state="Ogun", location="Shagamu, OG, NG")
    assert score(seeker(locations_=["Shagamu"]), post).blocked
    assert not score(seeker(locations_=["Ota"]), post).blocked


def test_it_never_alerts_a_remote_only_seeker_to_an_onsite_or_hybrid_job():
    for arrangement in ("onsite", "hybrid", ""):
        result = score(seeker(arrangements=["remote"]), job(arrangement=arrangement))
        assert result.blocked, arrangement


def test_a_remote_job_reaches_remote_seekers_in_any_city():
    result = score(seeker(locations_=["Kano"], arrangements=["remote"]), job(arrangement="remote", location="Remote",
                                                                            city="", state=""))
    assert not result.blocked
    assert result.breakdown["location"] == WEIGHTS["location"]


def test_a_remote_job_limited_to_another_country_is_blocked():
    result = score(seeker(), job(arrangement="remote", location="Remote (Kenya only)", city="", state="", country=""))
    assert result.blocked


def test_an_onsite_only_seeker_is_not_sent_remote_jobs():
    assert score(seeker(arrangements=["onsite"]), job(arrangement="remote", city="", state="")).blocked


def test_a_job_naming_no_city_is_blocked_for_a_seeker_with_chosen_places():
    assert score(seeker(), job(city="", state="", location="Nigeria")).blocked


def test_anywhere_means_anywhere_in_the_home_country():
    anywhere = seeker(locations_=["anywhere"])
    assert not score(anywhere, job(city="Kano", state="Kano", location="Kano")).blocked
    assert score(anywhere, job(city="Accra", state="", country="GH", location="Accra, Ghana")).blocked


def test_a_job_paying_clearly_below_the_floor_is_blocked_and_a_little_below_scores_less():
    floor = seeker(salary_min=300_000)
    assert score(floor, job(salary_max=150_000, salary_currency="NGN")).blocked
    near = score(floor, job(salary_max=270_000, salary_currency="NGN", description="₦270,000 + commission"))
    assert not near.blocked and 0 < near.breakdown["salary"] < WEIGHTS["salary"]
    assert score(floor, job(salary_max=270_000, salary_currency="NGN")).blocked  # nothing on top of it


def test_pay_in_another_currency_is_converted_and_no_pay_is_neutral():
    floor = seeker(salary_min=300_000)
    assert score(floor, job(salary_max=2_000, salary_currency="USD")).breakdown["salary"] == WEIGHTS["salary"]
    assert score(floor, job()).breakdown["salary"] == WEIGHTS["salary"] / 2


def test_a_yearly_floor_is_compared_per_month():
    yearly = seeker(salary_min=3_600_000, salary_period="yearly")
    assert score(yearly, job(salary_max=300_000, salary_currency="NGN")).breakdown["salary"] == WEIGHTS["salary"]


def test_a_senior_role_for_a_graduate_scores_low_and_far_more_experience_is_blocked():
    graduate = seeker(years=0)
    senior = score(graduate, job(title="Senior Accountant"))
    assert senior.blocked == "asks far more experience than you have"
    slightly = score(seeker(years=2), job(years_min=3))
    assert not slightly.blocked and slightly.breakdown["experience"] < WEIGHTS["experience"]


@pytest.mark.parametrize(("years", "asked", "blocked"), [(1, 3, True), (3, 5, True), (0, 2, True), (3, 4, False)])
def test_a_post_stating_two_years_more_than_the_seeker_has_is_blocked(years, asked, blocked):
    result = score(seeker(years=years), job(years_min=asked))
    assert bool(result.blocked) is blocked
    assert result.reasons["experience"] == f"asks {asked}+ years, you have {years}"


def test_a_remote_post_open_to_anywhere_is_not_limited_to_the_boards_country():
    listed_in_india = dict(title="Software Engineer", city="Delhi", state="", country="IN", location="Delhi, India",
                           arrangement="remote")
    lagos = seeker(roles=["Software Engineer"], skills=[])
    assert score(lagos, job(**listed_in_india)).blocked == "remote for IN residents only"
    anywhere = job(**listed_in_india, description="This is a fully remote engagement: work from anywhere.")
    assert not score(lagos, anywhere).blocked


def test_a_part_time_post_reaches_only_seekers_who_asked_for_part_time_work():
    post = job(title="Business Development Manager", employment_type="parttime",
               description="This is a part-time hybrid role for a Business Development Manager.")
    result = score(seeker(roles=["Business Development Manager"]), post)
    assert result.blocked == "part-time"
    assert result.reasons["location"] == "it is part-time work; you did not ask for part-time"
    assert not score(seeker(roles=["Business Development Manager (part-time)"]), post).blocked
    offered = "Job Types: Full-time, Part-time"  # a full-time place too: normalisation stores it full-time
    both = job(employment_type=employment_type(job_type="parttime", title="Accountant", description=offered),
               description=offered)
    assert not score(seeker(), both).blocked


def test_years_a_senior_title_only_implies_block_at_three_more_and_double():
    assert not score(seeker(years=3), job(title="Senior Accountant")).blocked  # "Senior" implies 5; the post says none
    assert score(seeker(years=3), job(title="Senior Accountant", years_min=5)).blocked


def test_another_line_of_work_is_blocked_whatever_the_other_points():
    result = score(seeker(roles=["Nurse"], skills=[]), job(title="Welder", skills=[]))
    assert result.blocked == "a different line of work"
    assert not result.passes(0)


def test_a_dislike_lowers_similar_titles_and_the_company_but_blocks_nothing():
    plain = score(seeker(), job(company="Acme"))
    disliked = score(seeker(disliked_titles=("accountant",), disliked_companies=("acme",)), job(company="Acme"))
    assert disliked.penalty > 0 and disliked.total == plain.total - disliked.penalty
    assert not disliked.blocked


def test_the_result_has_every_component_reasons_and_a_total_within_range():
    result = score(seeker(), job())
    assert set(result.breakdown) == set(WEIGHTS)
    assert set(result.reasons) >= set(WEIGHTS)
    assert 0 <= result.total <= 100
    assert result.as_dict()["breakdown"] == result.breakdown


def test_calculate_match_score_adapts_unsaved_rows():
    prefs = SimpleNamespace(job_roles=["Accountant"], technical_skills=["Excel"], preferred_locations=["PH"],
                            work_arrangements=["onsite"], years_of_experience=3, salary_min=None,
                            salary_period="monthly", salary_currency="NGN")
    row = SimpleNamespace(title="Finance Officer", company="X", ai_job_titles=[], ai_skills=["Microsoft Excel"],
                          city="Port Harcourt", state="Rivers", country="NG", location="Port Harcourt",
                          work_arrangement="onsite", salary_monthly_max=None, salary_monthly_min=None,
                          salary_currency="", years_experience_min=None, experience_level="")
    result = calculate_match_score(prefs, row)
    assert result.total >= THRESHOLD and not result.blocked


def test_a_seeker_who_names_only_a_generic_role_still_gets_matching_posts():
    manager = seeker(roles=["Manager"], skills=[])
    assert score(manager, job(title="Sales Manager", skills=[])).passes(THRESHOLD)
    assert score(manager, job(title="Welder", skills=[])).blocked


def test_generic_words_alone_never_make_a_title_match():
    result = score(seeker(roles=["Customer Service Officer"], skills=[]), job(title="Security Officer", skills=[]))
    assert result.blocked == "a different line of work"


def test_an_unknown_place_is_kept_not_turned_into_anywhere():
    gboko = seeker(locations_=["Gboko"], arrangements=["onsite"])
    assert not gboko.anywhere
    assert score(gboko, job(city="Kano", state="Kano", location="Kano")).blocked
    assert not score(gboko, job(city="Gboko", state="Benue", location="Gboko, Benue")).blocked
