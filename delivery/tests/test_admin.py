"""Operator actions on delivery in the admin: resend/hold history rows, the readable "why", read-only messages,
CSV of history, re-run matching for a job; and deleting a seeker in the admin still erases them."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client

from accounts.models import User
from aremu.testing.operators import operator
from conversations.models import InboundMessage
from delivery.models import DeliveryType, HistoryStatus, OutboundMessage, UserJobHistory
from delivery.services import job_deliver
from delivery.tests.conftest import backend_job, drain

pytestmark = pytest.mark.django_db

HISTORY = "/admin/delivery/userjobhistory/"




def matched(clock, seeker, *, sent: bool = True) -> UserJobHistory:
    user, job = seeker(), backend_job()
    job_deliver(job_id=job.pk)
    if sent:
        drain(clock)
    return UserJobHistory.objects.get(user=user, job=job)


def act(client: Client, url: str, action: str, pks: list[int]):
    return client.post(url, {"action": action, "_selected_action": pks})


def test_resend_puts_a_sent_job_through_the_pump_again(clock, seeker):
    row = matched(clock, seeker)
    act(operator("view_userjobhistory", "change_userjobhistory"), HISTORY, "resend", [row.pk])
    row.refresh_from_db()
    assert (row.status, row.delivery_type, row.message_sent) == (HistoryStatus.PENDING, DeliveryType.INSTANT, False)
    drain(clock)
    assert OutboundMessage.objects.filter(user=row.user, purpose="alert").count() == 2


def test_hold_keeps_a_waiting_job_for_the_digest(clock, seeker):
    row = matched(clock, seeker, sent=False)
    act(operator("view_userjobhistory", "change_userjobhistory"), HISTORY, "hold", [row.pk])
    row.refresh_from_db()
    assert row.status == HistoryStatus.HELD
    drain(clock)
    assert not OutboundMessage.objects.filter(user=row.user, purpose="alert").exists()


def test_an_operator_who_may_only_view_history_cannot_resend(clock, seeker):
    row = matched(clock, seeker)
    act(operator("view_userjobhistory"), HISTORY, "resend", [row.pk])
    row.refresh_from_db()
    assert row.status == HistoryStatus.SENT


def test_a_history_row_reads_why_in_words_and_cannot_be_edited(clock, seeker):
    row = matched(clock, seeker)
    client = operator("view_userjobhistory", "change_userjobhistory")
    page = client.get(f"{HISTORY}{row.pk}/change/").content.decode()
    assert "Why “Backend Developer" in page and "Role:" in page and '"breakdown"' not in page
    assert '<input type="text" name="match_score"' not in page
    assert client.get(f"{HISTORY}add/").status_code == 403
    assert client.post(f"{HISTORY}{row.pk}/change/", {"match_score": 1}).status_code == 403


def test_messages_both_ways_are_read_only(clock, seeker):
    row = matched(clock, seeker)
    InboundMessage.objects.create(wa_message_id="wamid.ro", user=row.user, message_type="text", text="hi")
    client = operator(superuser=True)
    for url in ("/admin/delivery/outboundmessage/add/", "/admin/conversations/inboundmessage/add/"):
        assert client.get(url).status_code == 403
    message = OutboundMessage.objects.get(user=row.user)
    assert client.post(f"/admin/delivery/outboundmessage/{message.pk}/change/", {"to": "x"}).status_code == 403


def test_deleting_a_seeker_in_the_admin_still_erases_their_rows(clock, seeker):
    row = matched(clock, seeker)
    phone = row.user.phone_number
    client = operator(superuser=True)
    response = client.post(f"/admin/accounts/user/{row.user_id}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=row.user_id).exists()
    assert not OutboundMessage.objects.filter(to=phone).exists()


def test_the_history_csv_lists_the_selected_rows(clock, seeker):
    row = matched(clock, seeker)
    response = act(operator("view_userjobhistory"), HISTORY, "export_csv", [row.pk])
    [line] = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert (line["job_id"], line["status"]) == (str(row.job_id), "sent")


def test_rematch_runs_matching_for_the_job_again(clock, seeker, django_capture_on_commit_callbacks):
    job = backend_job()
    user = seeker()  # a seeker who signed up after the job was matched
    client = operator("view_canonicaljob", "change_canonicaljob")
    with django_capture_on_commit_callbacks(execute=True):
        act(client, "/admin/jobs/canonicaljob/", "rematch", [job.pk])
    assert UserJobHistory.objects.filter(user=user, job=job).exists()


def test_rematch_needs_the_change_permission(clock, seeker, django_capture_on_commit_callbacks):
    job = backend_job()
    user = seeker()
    with django_capture_on_commit_callbacks(execute=True):
        act(operator("view_canonicaljob"), "/admin/jobs/canonicaljob/", "rematch", [job.pk])
    assert not UserJobHistory.objects.filter(user=user, job=job).exists()
