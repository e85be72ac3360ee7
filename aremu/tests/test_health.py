from __future__ import annotations

import pytest
from django.urls import include, path

from aremu import health, health_registry

pytestmark = pytest.mark.django_db

# The liveness tests mount aremu.health here, so they pass before and after aremu/urls.py includes it.
urlpatterns = [path("health/", include("aremu.health"))]

SECRET = "s3cret-health-token"


def _broken() -> dict[str, object]:
    raise RuntimeError("delivery is 1200 s behind (42 messages queued)")


@pytest.fixture
def failing_check(monkeypatch):
    monkeypatch.setitem(health_registry.CHECKS, "broken", _broken)


def test_health_answers_200_when_every_check_passes(admin_client):
    response = admin_client.get("/health/")
    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "ok" and body["failing"] == []
    assert {"database", "cache", "queue"} | set(health_registry.CHECKS) <= set(body["checks"])


def test_health_answers_503_when_an_app_check_fails(client, failing_check):
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json() == {"status": "fail", "failing": ["broken"]}


def test_health_answers_503_when_the_database_check_fails(client, monkeypatch):
    monkeypatch.setitem(health.CHECKS, "database", _broken)
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["failing"] == ["database"]


def test_anonymous_callers_see_only_the_status_and_the_failing_names(client, failing_check):
    response = client.get("/health/")
    assert set(response.json()) == {"status", "failing"}
    for leak in (b"1200 s behind", b"RuntimeError", b"queued", b"checks", b"vendor"):
        assert leak not in response.content


def test_a_signed_in_user_who_is_not_staff_sees_only_the_anonymous_view(client, django_user_model, failing_check):
    client.force_login(django_user_model.objects.create_user(username="seeker", password="x"))
    assert set(client.get("/health/").json()) == {"status", "failing"}


def test_staff_see_every_check_with_its_error(admin_client, failing_check):
    response = admin_client.get("/health/")
    checks = response.json()["checks"]
    assert response.status_code == 503
    assert checks["broken"]["ok"] is False and "1200 s behind" in checks["broken"]["error"]
    assert "queued" in checks["queue"]


def test_a_bearer_token_sees_the_details(client, settings, failing_check):
    settings.HEALTH_TOKEN = SECRET
    response = client.get("/health/", headers={"Authorization": f"Bearer {SECRET}"})
    assert "1200 s behind" in response.json()["checks"]["broken"]["error"]


def test_a_token_in_the_query_string_sees_the_details(client, settings):
    settings.HEALTH_TOKEN = SECRET
    assert "database" in client.get("/health/", {"token": SECRET}).json()["checks"]


@pytest.mark.parametrize("presented", ["Bearer wrong", f"Basic {SECRET}", "Bearer ", "Bearer ünïcode"])
def test_a_wrong_token_sees_only_the_anonymous_view(client, settings, failing_check, presented):
    settings.HEALTH_TOKEN = SECRET
    response = client.get("/health/", headers={"Authorization": presented})
    assert response.status_code == 503
    assert set(response.json()) == {"status", "failing"}


def test_an_empty_token_setting_lets_no_token_in(client, settings):
    settings.HEALTH_TOKEN = ""
    assert "checks" not in client.get("/health/", {"token": ""}, headers={"Authorization": "Bearer "}).json()


def test_health_answers_head_requests_for_monitors_that_send_them(client):
    assert client.head("/health/").status_code == 200


def test_health_responses_are_never_cached(client):
    assert "no-store" in client.get("/health/")["Cache-Control"]


@pytest.mark.urls(__name__)
def test_liveness_answers_200_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/health/live/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.urls(__name__)
def test_liveness_runs_no_check_so_a_failing_dependency_does_not_restart_the_process(client, monkeypatch):
    def must_not_run() -> dict[str, object]:
        raise AssertionError("liveness ran a check")

    monkeypatch.setattr(health, "CHECKS", {"database": must_not_run})
    monkeypatch.setattr(health_registry, "CHECKS", {"broker": must_not_run})
    assert client.get("/health/live/").status_code == 200


def test_the_project_routes_the_liveness_url(client):
    assert client.get("/health/live/").status_code == 200
