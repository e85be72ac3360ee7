"""The API for integrations: token auth, one error shape, filters, pages, history with "why", match explanations,
engagement figures and the OpenAPI schema."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth.models import Permission
from django.contrib.auth.models import User as Operator
from django.core.management import call_command
from django.test import Client
from rest_framework.authtoken.models import Token

from accounts.tests.factories import UserPreferencesFactory
from aremu.tests.test_api_access import ALL_VIEW_PERMISSIONS
from delivery.models import ApplyLink, UserJobHistory
from jobs.tests.factories import CanonicalJobFactory
from matching.services import match_score_for_user

pytestmark = pytest.mark.django_db


def token_client(*codenames: str) -> Client:
    operator = Operator.objects.create_user("integration", is_staff=True)
    operator.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return Client(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=operator).key}")


def test_anonymous_callers_get_401_in_the_one_error_shape():
    response = Client().get("/api/jobs/")
    assert response.status_code == 401 and response["WWW-Authenticate"] == "Token"
    assert response.json() == {"error": {"code": "not_authenticated", "details": {},
                                         "message": "Authentication credentials were not provided."}}


def test_a_wrong_token_is_401():
    response = Client(HTTP_AUTHORIZATION="Token not-a-real-token").get("/api/jobs/")
    assert response.status_code == 401 and response.json()["error"]["code"] == "authentication_failed"


def test_a_token_without_permissions_is_403():
    response = token_client().get("/api/jobs/")
    assert response.status_code == 403 and response.json()["error"]["code"] == "permission_denied"


def test_a_token_of_a_user_who_is_not_staff_is_403():
    operator = Operator.objects.create_user("outsider")
    operator.user_permissions.set(Permission.objects.filter(codename="view_canonicaljob"))
    token = Token.objects.create(user=operator)
    assert Client(HTTP_AUTHORIZATION=f"Token {token.key}").get("/api/jobs/").status_code == 403


def test_a_token_with_the_view_permission_reads_jobs():
    CanonicalJobFactory()
    response = token_client("view_canonicaljob").get("/api/jobs/")
    assert response.status_code == 200 and response.json()["count"] == 1


def test_an_operator_creates_a_token_with_the_command():
    Operator.objects.create_user("crm", is_staff=True)
    call_command("drf_create_token", "crm")
    assert Token.objects.filter(user__username="crm").exists()


def test_jobs_are_searched_by_place_arrangement_and_date_posted():
    CanonicalJobFactory(title="Lagos remote", work_arrangement="remote", posted_date=date(2026, 11, 20))
    CanonicalJobFactory(title="Lagos onsite old", work_arrangement="onsite", posted_date=date(2026, 10, 1))
    CanonicalJobFactory(title="Abuja remote", city="Abuja", state="FCT", location="Abuja, Nigeria",
                        work_arrangement="remote", posted_date=date(2026, 11, 21))
    client = token_client("view_canonicaljob")

    def titles(query: str) -> set[str]:
        return {job["title"] for job in client.get(f"/api/jobs/?{query}").json()["results"]}

    assert titles("place=lagos") == {"Lagos remote", "Lagos onsite old"}
    assert titles("place=Abuja&arrangement=remote") == {"Abuja remote"}
    assert titles("posted_after=2026-11-01&place=Lagos") == {"Lagos remote"}


def test_lists_come_in_pages_the_caller_can_size():
    for _ in range(3):
        CanonicalJobFactory()
    page = token_client("view_canonicaljob").get("/api/jobs/?page_size=2").json()
    assert page["count"] == 3 and len(page["results"]) == 2 and page["next"]


def test_a_bad_filter_value_is_400_in_the_error_shape():
    response = token_client("view_canonicaljob").get("/api/jobs/?posted_after=yesterday")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid" and "posted_after" in error["details"]


def test_history_carries_the_breakdown_and_why_in_words():
    prefs, job = UserPreferencesFactory(), CanonicalJobFactory()
    result = match_score_for_user(user=prefs.user, job=job)
    UserJobHistory.objects.create(user=prefs.user, job=job, match_score=result.total, match_breakdown=result.as_dict())
    client = token_client("view_userjobhistory")
    [row] = client.get(f"/api/history/?user={prefs.user.pk}").json()["results"]
    assert row["match_breakdown"]["breakdown"]["titles"] > 0 and "Role:" in row["why"]
    assert "phone_number" not in row


def test_a_match_is_explained_for_a_seeker_and_a_job():
    prefs, job = UserPreferencesFactory(), CanonicalJobFactory()
    client = token_client("view_user", "view_userpreferences", "view_canonicaljob")
    body = client.get(f"/api/match-explanation/?seeker={prefs.user.pk}&job={job.pk}").json()
    assert body["passes"] and body["breakdown"]["titles"] > 0 and body["explanation"].startswith("Why")
    assert client.get(f"/api/match-explanation/?seeker={prefs.user.pk}&job=999999").status_code == 404
    assert client.get("/api/match-explanation/").json()["error"]["code"] == "invalid"


def test_the_match_explanation_needs_the_jobs_permission_too():
    prefs, job = UserPreferencesFactory(), CanonicalJobFactory()
    client = token_client("view_user", "view_userpreferences")
    assert client.get(f"/api/match-explanation/?seeker={prefs.user.pk}&job={job.pk}").status_code == 403


def test_engagement_figures_are_served():
    prefs, job = UserPreferencesFactory(), CanonicalJobFactory()
    ApplyLink.objects.create(token="abcdefabcdef", user=prefs.user, job=job, source="instant", clicks=2)
    body = token_client("view_applylink").get("/api/engagement/?days=7").json()
    assert body["by_source"] == [{"source": "instant", "links": 1, "clickers": 1, "clicks": 2, "click_rate": 1.0}]
    assert Client().get("/api/engagement/").status_code == 401


def test_seekers_filter_by_blocked_and_confirmed():
    UserPreferencesFactory()
    client = token_client("view_user", "view_userpreferences")
    assert client.get("/api/seekers/?blocked=false&confirmed=true").json()["count"] == 1
    assert client.get("/api/seekers/?blocked=true").json()["count"] == 0


def test_the_schema_and_its_docs_are_for_staff():
    assert Client().get("/api/schema/").status_code == 401
    client = token_client(*ALL_VIEW_PERMISSIONS)
    schema = client.get("/api/schema/?format=json").json()
    assert {"/api/jobs/", "/api/history/", "/api/match-explanation/", "/api/engagement/"} <= set(schema["paths"])
    assert client.get("/api/docs/").status_code == 200


def test_the_schema_documents_every_refusal_in_the_one_error_shape():
    schema = token_client(*ALL_VIEW_PERMISSIONS).get("/api/schema/?format=json").json()
    for path, operations in schema["paths"].items():
        for operation in operations.values():
            assert {"200", "400", "401", "403", "404", "429", "414"} <= set(operation["responses"]), path
    assert schema["components"]["schemas"]["Error"]["required"] == ["error"]


@pytest.mark.parametrize("path", ["/api/jobs/not-a-number/", "/api/history/1,2/", "/api/nothing-here/"])
def test_an_address_under_api_that_does_not_exist_is_a_json_404(path):
    response = token_client(*ALL_VIEW_PERMISSIONS).get(path)
    assert response.status_code == 404 and response["Content-Type"] == "application/json"
    assert response.json()["error"]["code"] == "not_found"
