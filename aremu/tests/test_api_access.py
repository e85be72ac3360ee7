"""The API follows model permissions (view perms for reads) on every URL, and is rate-limited."""

from __future__ import annotations

import base64

import pytest
from django.contrib.auth.models import User as Operator
from django.test import Client
from django.urls import URLPattern, reverse

from accounts.tests.factories import UserPreferencesFactory
from aremu import api_urls
from aremu.api_access import ApiViewMixin, ModelViewPermissions
from aremu.testing.operators import PASSWORD, signed_in, staff
from delivery.models import UserJobHistory
from jobs.tests.factories import CanonicalJobFactory

pytestmark = pytest.mark.django_db

SEEKER_PERMISSIONS = ["view_user", "view_userpreferences"]
ALL_VIEW_PERMISSIONS = ["view_canonicaljob", *SEEKER_PERMISSIONS, "view_userjobhistory", "view_applylink"]


def api_urls_for(*, job_pk: int, seeker_pk: int, preferences_pk: int, history_pk: int) -> list[str]:
    """Every URL the API answers (list, detail and root, each with and without a format suffix)."""
    pks = {"job": job_pk, "seeker": seeker_pk, "preferences": preferences_pk, "history": history_pk}
    urls = []
    for pattern in api_urls.urlpatterns:
        assert isinstance(pattern, URLPattern)
        kwargs: dict[str, object] = {}
        if "pk" in pattern.pattern.regex.groupindex:
            kwargs["pk"] = pks[pattern.name.rsplit("-", 1)[0]]
        if "format" in pattern.pattern.regex.groupindex:
            kwargs["format"] = "json"
        url = reverse(pattern.name, kwargs=kwargs)
        if pattern.name.startswith("match-explanation"):
            url += f"?seeker={seeker_pk}&job={job_pk}"
        urls.append(url)
    return urls


@pytest.fixture
def urls() -> list[str]:
    prefs, job = UserPreferencesFactory(), CanonicalJobFactory()
    history = UserJobHistory.objects.create(user=prefs.user, job=job, match_score=70)
    return api_urls_for(job_pk=job.pk, seeker_pk=prefs.user.pk, preferences_pk=prefs.pk, history_pk=history.pk)




def basic(username: str, password: str) -> Client:
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return Client(HTTP_AUTHORIZATION=f"Basic {token}")


def test_the_api_has_the_urls_it_documents(urls):
    # root, jobs, seekers, preferences, history (list + detail), match explanation, engagement; each with .json
    assert len(urls) == 22 and "/api/seekers/" in urls and "/api/" in urls and "/api/engagement/" in urls


def test_every_api_view_checks_model_permissions_and_counts_refusals():
    for pattern in api_urls.urlpatterns:
        view = pattern.callback.cls
        assert issubclass(view, ApiViewMixin), view
        assert any(isinstance(permission, ModelViewPermissions) for permission in view().get_permissions()), view


def test_staff_without_permissions_are_refused_on_every_api_url(urls):
    client = signed_in(staff())
    assert {url: client.get(url).status_code for url in urls} == {url: 403 for url in urls}


def test_anonymous_callers_are_refused_on_every_api_url(urls):
    client = Client()
    assert all(client.get(url).status_code in (401, 403) for url in urls)


def test_staff_with_the_view_permissions_read_every_api_url(urls):
    client = signed_in(staff(*ALL_VIEW_PERMISSIONS))
    assert {url: client.get(url).status_code for url in urls} == {url: 200 for url in urls}


def test_a_view_permission_opens_its_own_list_only():
    client = signed_in(staff("view_canonicaljob"))
    assert client.get("/api/jobs/").status_code == 200
    assert client.get("/api/").status_code == 200
    assert client.get("/api/seekers/").status_code == 403


def test_seekers_need_the_preferences_permission_too_as_their_words_come_along():
    UserPreferencesFactory(user_words={"roles": "I fix generators"})
    assert signed_in(staff("view_user")).get("/api/seekers/").status_code == 403


def test_superusers_keep_access(urls):
    admin = Operator.objects.create_superuser("root", password="a-long-root-password")
    client = signed_in(admin)
    assert all(client.get(url).status_code == 200 for url in urls)


def test_http_basic_follows_the_same_permissions():
    staff("view_canonicaljob")
    client = basic("op", PASSWORD)
    assert client.get("/api/jobs/").status_code == 200
    assert client.get("/api/seekers/").status_code == 403


def test_the_31st_anonymous_request_in_a_minute_is_throttled():
    client = Client()
    codes = [client.get("/api/jobs/").status_code for _ in range(31)]
    assert set(codes[:30]) <= {401, 403} and codes[30] == 429


def test_wrong_passwords_count_against_the_anonymous_rate():
    # A new username each time, so the login lockout (per username and address) never steps in.
    codes = [basic(f"nobody{n}", "guess").get("/api/jobs/").status_code for n in range(31)]
    assert codes[29] in (401, 403) and codes[30] == 429


def test_a_made_up_forwarded_for_does_not_dodge_the_limit():
    codes = [Client(HTTP_X_FORWARDED_FOR=f"10.0.0.{n}").get("/api/jobs/").status_code for n in range(31)]
    assert codes[30] == 429


def test_signed_in_staff_have_their_own_larger_rate():
    client = signed_in(staff("view_canonicaljob"))
    assert all(client.get("/api/jobs/").status_code == 200 for _ in range(40))
