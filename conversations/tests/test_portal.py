"""The preferences portal: a signed, expiring link, a phone-friendly form, clear pages for bad links."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from accounts.models import UserPreferences
from accounts.tests.factories import UserFactory, UserPreferencesFactory
from conversations.models import ConversationState
from conversations.portal import portal_token, portal_url
from jobs.models import CanonicalJob
from matching.scoring import calculate_match_score

pytestmark = pytest.mark.django_db


def path_for(user) -> str:
    return f"/portal/p/{portal_token(user=user)}/"


FORM = {"roles": "Accountant, bookkeeper", "locations": "Ikeja, Abuja", "work_arrangements": ["onsite", "hybrid"],
        "years_of_experience": "5", "salary": "350k a month", "skills": "Excel, QuickBooks"}


def test_the_link_opens_a_form_filled_with_the_current_preferences(client):
    prefs = UserPreferencesFactory(job_roles=["Nurse"], preferred_locations=["Abuja, FCT"], salary_min=200000)
    response = client.get(path_for(prefs.user))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="roles"' in page and 'value="Nurse"' in page
    assert 'value="Abuja"' in page and "NGN 200,000 a month" in page
    assert 'name="viewport"' in page  # phone-friendly
    assert response["Referrer-Policy"] == "same-origin"  # the token goes to no other site


def test_saving_the_form_updates_and_confirms_the_preferences(client):
    user = UserFactory()
    ConversationState.objects.create(user=user, step="ask_location")
    response = client.post(path_for(user), FORM)
    assert response.status_code == 200 and "Saved" in response.content.decode()
    prefs = UserPreferences.objects.get(user=user)
    assert prefs.job_roles == ["Accountant", "Bookkeeper"]
    assert prefs.preferred_locations == ["Ikeja, Lagos", "Abuja, FCT"]
    assert prefs.work_arrangements == ["onsite", "hybrid"]
    assert (prefs.years_of_experience, prefs.salary_min, prefs.salary_period) == (5, 350000, "monthly")
    assert prefs.technical_skills == ["Excel", "QuickBooks"]
    assert prefs.preferences_confirmed
    assert prefs.user_words["salary"] == "350k a month"
    assert ConversationState.objects.get(user=user).step == "ready"


def test_saving_keeps_the_words_the_chat_heard_and_replaces_those_the_form_was_given(client):
    prefs = UserPreferencesFactory(user_words={"roles": "nurse work", "experience": "5 yrs", "salary": "200k"})
    client.post(path_for(prefs.user), {**FORM, "salary": ""})
    prefs.refresh_from_db()
    assert prefs.user_words == {"roles": "Accountant, bookkeeper", "experience": "5 yrs", "salary": "200k",
                                "locations": "Ikeja, Abuja", "skills": "Excel, QuickBooks"}
    assert (prefs.salary_min, prefs.salary_currency, prefs.salary_period) == (None, "NGN", "monthly")


def test_a_place_we_do_not_know_is_a_clear_form_error_and_nothing_is_saved(client):
    prefs = UserPreferencesFactory(preferred_locations=["Lagos"])
    response = client.post(path_for(prefs.user), {**FORM, "locations": "Atlantis"})
    assert response.status_code == 200
    assert "We don&#x27;t know Atlantis" in response.content.decode()
    prefs.refresh_from_db()
    assert prefs.preferred_locations == ["Lagos"]


def test_remote_only_needs_no_location_but_everyone_else_does(client):
    user = UserFactory()
    response = client.post(path_for(user), {**FORM, "locations": "", "work_arrangements": ["onsite"]})
    assert "Add a city or state" in response.content.decode()
    client.post(path_for(user), {**FORM, "locations": "", "work_arrangements": ["remote"]})
    assert UserPreferences.objects.get(user=user).preferred_locations == []


def test_a_yearly_salary_is_kept_yearly(client):
    user = UserFactory()
    client.post(path_for(user), {**FORM, "salary": "1.2m a year"})
    prefs = UserPreferences.objects.get(user=user)
    assert (prefs.salary_min, prefs.salary_period) == (1200000, "yearly")


def test_an_expired_link_shows_a_clear_page(client, settings):
    settings.PORTAL_LINK_MAX_AGE_HOURS = 72
    user = UserFactory()
    path = path_for(user)
    with time_machine.travel(timezone.now() + timedelta(hours=73)):
        response = client.get(path)
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert "settings" in response.content.decode()


@pytest.mark.parametrize("token", ["nonsense", "eyJ1IjoxfQ:1abc:tampered"])
def test_a_bad_link_shows_a_clear_page(client, token):
    response = client.get(f"/portal/p/{token}/")
    assert response.status_code == 404
    assert "This link doesn" in response.content.decode()


def test_a_link_stops_working_once_the_user_erased_their_data(client):
    user = UserFactory()
    path = path_for(user)
    user.delete()
    assert client.get(path).status_code == 404


def test_the_url_sent_on_whatsapp_uses_the_public_site_url(settings):
    settings.SITE_URL = "https://aremu.example"
    assert portal_url(user=UserFactory()).startswith("https://aremu.example/portal/p/")


def test_a_user_sets_their_own_alert_cap_and_quiet_hours(client):
    user = UserPreferencesFactory().user
    response = client.post(path_for(user), {**FORM, "alerts_per_day": "3", "quiet_hours": "21:30 - 6:00"})
    assert response.status_code == 200
    user.refresh_from_db()
    assert (user.alert_daily_cap, user.quiet_hours) == (3, "21:30-06:00")
    assert 'value="21:30-06:00"' in client.get(path_for(user)).content.decode()

    client.post(path_for(user), {**FORM, "alerts_per_day": "", "quiet_hours": "off"})
    user.refresh_from_db()
    assert (user.alert_daily_cap, user.quiet_hours) == (None, "off")


def test_unreadable_quiet_hours_are_a_form_error(client):
    user = UserPreferencesFactory().user
    response = client.post(path_for(user), {**FORM, "quiet_hours": "late at night"})
    assert "like 22:00-07:00" in response.content.decode()
    user.refresh_from_db()
    assert user.quiet_hours == ""


def test_the_form_asks_what_they_have_and_an_unticked_must_have_is_answered_no(client):
    prefs = UserPreferencesFactory(credentials={"licence": True})
    page = client.get(path_for(prefs.user)).content.decode()
    assert 'name="holds" value="licence"' in page and "checked" in page.split('value="licence"')[1].split(">")[0]
    client.post(path_for(prefs.user), {**FORM, "holds": ["chartered", "yoruba"], "schooling": "degree"})
    prefs.refresh_from_db()
    assert prefs.schooling == "degree"
    assert prefs.credentials == {"licence": False, "chartered": True, "hausa": False, "igbo": False, "yoruba": True,
                                 "french": False}


WORDS_WITH_A_CONDITION = {"role_text": "I'm a graduate in Ibadan. I can work in Lagos too if there is accommodation",
                          "role_text_for": "Customer Service Representative"}


def _conditional_seeker():
    return UserPreferencesFactory(job_roles=["Customer Service Representative"],
                                  preferred_locations=["Ibadan, Oyo", "Lagos"], user_words=WORDS_WITH_A_CONDITION)


def test_a_place_taken_only_with_accommodation_is_shown_ticked_and_others_are_not(client):
    page = client.get(path_for(_conditional_seeker().user)).content.decode()
    assert "Only where the job gives accommodation" in page
    assert re.search(r'value="Lagos"[^>]*checked', page)
    assert not re.search(r'value="Ibadan, Oyo"[^>]*checked', page)
    # a seeker who set no such condition is not asked about it
    plain = UserPreferencesFactory(job_roles=["Nurse"], preferred_locations=["Lagos"])
    assert "Only where the job gives accommodation" not in client.get(path_for(plain.user)).content.decode()


def test_unticking_a_place_lifts_its_accommodation_condition_and_ticking_keeps_it(client):
    lagos_post = CanonicalJob(title="Customer Service Representative", city="Lagos", state="Lagos", country="NG",
                              work_arrangement="onsite", ai_job_titles=[], ai_skills=[])
    prefs = _conditional_seeker()
    assert calculate_match_score(prefs, lagos_post).blocked == "no accommodation given"
    form = {"roles": "Customer Service Representative", "locations": "Ibadan, Lagos", "housed_shown": "Ibadan, Oyo; Lagos"}
    client.post(path_for(prefs.user), {**form, "housed": ["Lagos"]})
    prefs.refresh_from_db()
    assert prefs.user_words["housed"] == "Lagos"
    assert calculate_match_score(prefs, lagos_post).blocked == "no accommodation given"
    client.post(path_for(prefs.user), form)  # Lagos left unticked
    prefs.refresh_from_db()
    assert prefs.user_words["housed"] == "" and prefs.user_words["role_text"] == WORDS_WITH_A_CONDITION["role_text"]
    assert not calculate_match_score(prefs, lagos_post).blocked
    page = client.get(path_for(prefs.user)).content.decode()
    assert "Only where the job gives accommodation" not in page  # nothing is conditional any more


def test_a_line_taken_only_at_a_supervisors_level_is_named_so_and_kept_while_ticked(client):
    seller = dict(job_roles=["Sales Executive"], preferred_locations=["Abuja, FCT"], work_arrangements=["onsite"])
    prefs = UserPreferencesFactory(**seller, also_take={"care": False, "field": "senior", "bd": True, "cashier": False})
    page = client.get(path_for(prefs.user)).content.decode()
    assert "Field marketing / direct sales (supervisor level and up, as you said)" in page
    assert "Business development (supervisor" not in page

    form = {**FORM, "roles": "Sales Executive", "locations": "Abuja", "also_shown": "care,field,bd,cashier"}
    client.post(path_for(prefs.user), {**form, "also_take": ["field", "bd"]})
    prefs.refresh_from_db()
    assert prefs.also_take == {"care": False, "field": "senior", "bd": True, "cashier": False}
    # unticked it is a no; ticked again later it is a plain yes
    client.post(path_for(prefs.user), {**form, "also_take": ["bd"]})
    prefs.refresh_from_db()
    assert prefs.also_take["field"] is False
    client.post(path_for(prefs.user), {**form, "also_take": ["field", "bd"]})
    prefs.refresh_from_db()
    assert prefs.also_take["field"] is True
