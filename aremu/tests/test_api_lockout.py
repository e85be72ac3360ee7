"""Login lockout (django-axes): the admin's login form and the API's HTTP Basic, per username and address."""

from __future__ import annotations

import base64
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import User as Operator
from django.test import Client
from django.utils import timezone
from rest_framework.throttling import SimpleRateThrottle

pytestmark = pytest.mark.django_db

PASSWORD = "the-right-long-password"


@pytest.fixture
def operator() -> Operator:
    return Operator.objects.create_superuser("ops", password=PASSWORD)


@pytest.fixture
def no_rate_limit(monkeypatch):
    """The API's anonymous rate (30/min) would answer 429 first; these tests are about the lockout alone."""
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "10000/min", "user": "10000/min"})


def admin_login(client: Client, password: str):
    return client.post("/admin/login/?next=/admin/", {"username": "ops", "password": password})


def api_get(password: str):
    token = base64.b64encode(f"ops:{password}".encode()).decode()
    return Client(HTTP_AUTHORIZATION=f"Basic {token}").get("/api/jobs/")


def test_the_admin_login_locks_after_five_failures_and_refuses_the_right_password_too(operator):
    client = Client()
    codes = [admin_login(client, f"guess-{n}").status_code for n in range(100)]
    assert codes[:4] == [200] * 4  # the form again, with its error
    assert set(codes[4:]) == {429}
    assert admin_login(client, PASSWORD).status_code == 429


def test_the_admin_lock_lifts_after_the_cool_off(operator):
    client = Client()
    for n in range(100):
        admin_login(client, f"guess-{n}")
    with time_machine.travel(timezone.now() + timedelta(minutes=16), tick=False):
        response = admin_login(client, PASSWORD)
    assert response.status_code == 302 and response.url == "/admin/"


def test_the_lock_is_per_username_and_address(operator):
    for n in range(5):
        admin_login(Client(), f"guess-{n}")
    assert admin_login(Client(REMOTE_ADDR="10.1.2.3"), PASSWORD).status_code == 302


def test_api_basic_auth_locks_after_five_failures_and_refuses_the_right_password_too(operator, no_rate_limit):
    codes = [api_get(f"guess-{n}").status_code for n in range(100)]
    assert set(codes[:4]) <= {401, 403} and set(codes[4:]) == {429}
    refused = api_get(PASSWORD)
    error = refused.json()["error"]
    assert refused.status_code == 429 and error["code"] == "locked_out" and "locked" in error["message"]
    assert int(refused["Retry-After"]) == 15 * 60


def test_api_basic_auth_works_again_after_the_cool_off(operator, no_rate_limit):
    for n in range(100):
        api_get(f"guess-{n}")
    with time_machine.travel(timezone.now() + timedelta(minutes=16), tick=False):
        assert api_get(PASSWORD).status_code == 200


def test_api_and_admin_failures_count_together(operator, no_rate_limit):
    for n in range(5):
        api_get(f"guess-{n}")
    assert admin_login(Client(), PASSWORD).status_code == 429
