"""Operator actions on seekers in the admin: block, unblock, pause and the CSV export, each behind a permission."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client

from accounts.models import User
from accounts.tests.factories import UserFactory, UserPreferencesFactory
from aremu.testing.operators import operator

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/accounts/user/"




def act(client: Client, action: str, users: list[User], **fields: object):
    return client.post(CHANGELIST, {"action": action, "_selected_action": [u.pk for u in users], **fields})


def test_blocking_asks_for_a_reason_then_blocks():
    seeker = UserFactory()
    client = operator("view_user", "change_user")
    page = act(client, "block", [seeker])
    assert page.status_code == 200 and b"reason" in page.content
    assert User.objects.get(pk=seeker.pk).blocked_at is None
    done = act(client, "block", [seeker], apply="Block", reason="sends abuse")
    assert done.status_code == 302
    seeker.refresh_from_db()
    assert seeker.blocked_at is not None and seeker.blocked_reason == "sends abuse"


def test_unblocking_clears_the_block():
    seeker = UserFactory(blocked_reason="x")
    User.objects.filter(pk=seeker.pk).update(blocked_at="2026-01-01T00:00:00Z")
    act(operator("view_user", "change_user"), "unblock", [seeker])
    seeker.refresh_from_db()
    assert seeker.blocked_at is None and seeker.blocked_reason == ""


def test_pausing_takes_a_number_of_days_within_the_limit():
    seeker = UserFactory()
    client = operator("view_user", "change_user")
    assert act(client, "pause", [seeker], apply="Pause", days=500).status_code == 200  # asked again
    seeker.refresh_from_db()
    assert seeker.paused_until is None
    act(client, "pause", [seeker], apply="Pause", days=3)
    seeker.refresh_from_db()
    assert seeker.paused_until is not None


def test_an_operator_without_the_change_permission_cannot_block():
    seeker = UserFactory()
    response = act(operator("view_user"), "block", [seeker], apply="Block", reason="no")
    seeker.refresh_from_db()
    assert seeker.blocked_at is None and response.status_code in (200, 302)


def test_the_seekers_csv_streams_with_preferences_and_defuses_formulas():
    UserPreferencesFactory(user=UserFactory(name="=HYPERLINK(\"http://x\")"), preferred_locations=["Lagos", "Abuja"])
    UserFactory()  # no preferences yet
    response = act(operator("view_user", "view_userpreferences"), "export_csv", list(User.objects.all()))
    assert response.status_code == 200 and response.streaming
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 2
    first = next(r for r in rows if r["locations"])
    assert first["locations"] == "Lagos; Abuja" and first["name"].startswith("'=")


def test_the_seekers_csv_needs_the_preferences_permission_too():
    UserFactory()
    response = act(operator("view_user"), "export_csv", list(User.objects.all()))
    assert not getattr(response, "streaming", False)
