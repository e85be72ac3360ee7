"""inbound_handle: stored messages in, preferences and user state saved, replies queued as outbound rows."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import User, UserPreferences
from accounts.tests.factories import UserFactory, UserPreferencesFactory
from conversations.models import ConversationState, InboundMessage, InboundStatus
from conversations.services import inbound_handle
from delivery.models import ErrorCode, HistoryStatus, MessageStatus, OutboundMessage, UserJobHistory
from delivery.windows import window_touch
from jobs.tests.factories import CanonicalJobFactory

pytestmark = pytest.mark.django_db

_ids = itertools.count(1)


def receive(user: User | None, body: str = "", *, kind: str = "text", reply_id: str = "", payload=None) -> InboundMessage:
    message = InboundMessage.objects.create(
        wa_message_id=f"wamid.test{next(_ids)}", user=user, from_number=user.phone_number if user else "",
        message_type=kind, text=body, reply_id=reply_id, payload=payload or {},
    )
    if user is not None:
        window_touch(user=user)  # as inbound_process does before the dialogue
    inbound_handle(inbound_id=message.pk)
    return message


def said(user: User) -> list[str]:
    return list(OutboundMessage.objects.filter(user=user).order_by("pk").values_list("preview", flat=True))


def test_a_new_user_is_greeted_with_a_reply_queued_as_an_outbound_row():
    user = UserFactory(name="Ada Obi")
    message = receive(user, "hi")
    reply = OutboundMessage.objects.get(user=user)
    assert reply.status == MessageStatus.QUEUED and reply.purpose == "reply"
    assert "Hi Ada" in reply.preview
    assert ConversationState.objects.get(user=user).step == "ask_role"
    message.refresh_from_db()
    assert message.status == InboundStatus.PROCESSED


def test_onboarding_in_one_message_then_yes_saves_confirmed_preferences_with_the_users_words():
    user = UserFactory()
    receive(user, "I'm a backend developer looking for Python/Django roles in Lagos, 4 years experience, "
                  "hybrid or remote, at least 600k a month")
    prefs = UserPreferences.objects.get(user=user)
    assert not prefs.preferences_confirmed  # nothing is alerted before the user says yes
    assert prefs.job_roles == ["Backend Developer"] and prefs.salary_min == 600000
    receive(user, "none")  # the certificate and must-haves question: none of them
    receive(user, "yes")
    prefs.refresh_from_db()
    assert prefs.preferences_confirmed
    assert prefs.preferred_locations == ["Lagos"]
    assert prefs.work_arrangements == ["hybrid", "remote"]
    assert prefs.user_words["roles"] == "backend developer"
    assert "all set" in said(user)[-1]  # no jobs yet: no "No new matching jobs" after "I'll message you"


def test_guided_onboarding_with_list_taps():
    user = UserFactory()
    for body, kind, reply_id in [("i dey find nursing work for Kano", "text", ""),
                                 ("3–5 years", "interactive", "exp:3"), ("Hybrid", "interactive", "style:hybrid"),
                                 ("Skip", "interactive", "step:skip"), ("Skip", "interactive", "step:skip"),
                                 ("✅ Yes, that's right", "interactive", "confirm:yes")]:
        receive(user, body, kind=kind, reply_id=reply_id)
    prefs = UserPreferences.objects.get(user=user)
    assert (prefs.job_roles, prefs.years_of_experience, prefs.work_arrangements) == (["Nurse"], 3, ["hybrid"])
    assert prefs.preferences_confirmed and prefs.user_words["years"] == "3–5 years"


def test_media_gets_an_answer_and_reactions_none():
    user = UserFactory()
    receive(user, kind="image")
    receive(user, kind="reaction")
    assert len(said(user)) == 1 and "I can read text and buttons" in said(user)[0]


def test_a_shared_location_pin_with_a_name_is_read_as_a_place():
    user = UserFactory()
    receive(user, "Nurse")
    receive(user, kind="location", payload={"location": {"latitude": 6.6, "longitude": 3.35, "name": "Ikeja City Mall",
                                                       "address": "Obafemi Awolowo Way, Ikeja, Lagos"}})
    assert UserPreferences.objects.get(user=user).preferred_locations == ["Ikeja, Lagos"]


def test_pause_and_resume_set_and_clear_paused_until():
    prefs = UserPreferencesFactory()
    receive(prefs.user, "pause 3 days")
    prefs.user.refresh_from_db()
    expected = timezone.now() + timedelta(days=3)
    assert abs(prefs.user.paused_until - expected) < timedelta(minutes=1)
    receive(prefs.user, "resume")
    prefs.user.refresh_from_db()
    assert prefs.user.paused_until is None


def test_stop_opts_out_at_once_and_cancels_queued_alerts():
    prefs = UserPreferencesFactory()
    user = prefs.user
    alert = OutboundMessage.objects.create(user=user, to=user.phone_number, kind="text", purpose="alert", payload={})
    held = UserJobHistory.objects.create(user=user, job=CanonicalJobFactory(), match_score=80, status=HistoryStatus.HELD)
    receive(user, "stop")
    user.refresh_from_db()
    assert not user.is_active and user.opted_out_at is not None
    alert.refresh_from_db()
    held.refresh_from_db()
    assert alert.status == MessageStatus.FAILED and alert.error_code == ErrorCode.OPTED_OUT
    assert held.status == HistoryStatus.SKIPPED
    assert "unsubscribed" in said(user)[-1]
    receive(user, "start")
    user.refresh_from_db()
    assert user.is_active and user.opted_out_at is None


def test_delete_my_data_erases_the_user_and_everything_about_them():
    prefs = UserPreferencesFactory()
    user = prefs.user
    UserJobHistory.objects.create(user=user, job=CanonicalJobFactory(), match_score=80)
    asked = receive(user, "delete my data")
    assert UserPreferences.objects.filter(user=user).exists()  # nothing happens before the confirmation
    last = receive(user, "Yes, delete it all", kind="interactive", reply_id=f"erase:yes-{asked.pk}")
    assert not User.objects.filter(pk=user.pk).exists()
    assert not UserPreferences.objects.filter(pk=prefs.pk).exists()
    assert not UserJobHistory.objects.exists()
    assert not ConversationState.objects.exists()
    assert list(InboundMessage.objects.values_list("pk", flat=True)) == [last.pk]  # being processed: kept, scrubbed
    last.refresh_from_db()
    assert (last.text, last.payload, last.from_number, last.status) == ("", {}, "", InboundStatus.PROCESSED)
    goodbye = OutboundMessage.objects.get()  # the goodbye alone survives, with no user attached
    assert goodbye.user_id is None and "deleted" in goodbye.preview and goodbye.to == user.phone_number


def test_not_for_me_and_why_buttons_reach_matching():
    prefs = UserPreferencesFactory()
    job = CanonicalJobFactory()
    UserJobHistory.objects.create(user=prefs.user, job=job, match_score=72, match_breakdown={"title": 40},
                                  message_sent=True, shown_at=timezone.now())
    receive(prefs.user, "Not for me", kind="interactive", reply_id=f"job:{job.pk}:nfm")
    assert UserJobHistory.objects.get(user=prefs.user).feedback == "not_for_me"
    receive(prefs.user, "why")  # typed: about the latest alert
    explanation = said(prefs.user)[-1]
    assert explanation.startswith("Why") and "Backend Developer" in explanation
    assert "not for me" in explanation  # the feedback just given already lowers this job


def test_settings_can_send_a_signed_portal_link():
    prefs = UserPreferencesFactory()
    receive(prefs.user, "Edit on a web page", kind="interactive", reply_id="portal:link")
    link = OutboundMessage.objects.filter(user=prefs.user).last()
    assert link.kind == "cta_url"
    assert "/portal/p/" in link.payload["interactive"]["action"]["parameters"]["url"]


def test_a_message_without_a_user_is_ignored_deliberately():
    message = receive(None, "hello")
    message.refresh_from_db()
    assert message.status == InboundStatus.IGNORED and not OutboundMessage.objects.exists()


def test_an_openai_key_routes_free_text_through_the_model(settings):
    from aremu.testing.http import Reply, serve
    from conversations.tests.test_extraction import MODEL_ANSWER, completion

    with serve(lambda request: Reply(body=completion(MODEL_ANSWER))) as server:
        settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL = "sk-test", f"{server.url}/v1"
        user = UserFactory()
        receive(user, "abeg I wan work")
    assert len(server.requests) == 1
    assert UserPreferences.objects.get(user=user).job_roles == ["Nurse"]


def test_replies_are_sent_through_the_transport_once_the_transaction_commits(django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        receive(user, "i dey find nursing work for Kano")
    greeting, question = OutboundMessage.objects.filter(user=user).order_by("pk")
    assert {greeting.status, question.status} == {MessageStatus.SENT}
    assert question.transport == "outbox" and question.kind == "list"


def test_two_users_conversations_do_not_mix():
    first, second = UserFactory(), UserFactory()
    receive(first, "accountant in Abuja")
    receive(second, "driver in PH")
    assert UserPreferences.objects.get(user=first).job_roles == ["Accountant"]
    assert UserPreferences.objects.get(user=second).preferred_locations == ["Port Harcourt, Rivers"]


def test_a_seeker_settled_before_the_background_question_gets_it_once_after_their_jobs():
    prefs = UserPreferencesFactory()  # confirmed before onboarding asked certificates and must-haves
    ConversationState.objects.create(user=prefs.user, step="ready", data={"asked": ["experience", "salary"]})
    CanonicalJobFactory(title="Backend Developer")
    receive(prefs.user, "jobs")
    replies = said(prefs.user)
    assert "One question to sharpen your alerts" in replies[-1]  # after the answer to what they asked, not before
    assert len(replies) >= 2 and "One question" not in "".join(replies[:-1])

    receive(prefs.user, "HND, driver's licence, Yoruba")
    prefs.refresh_from_db()
    assert prefs.schooling == "degree" and prefs.credentials["licence"] and prefs.credentials["yoruba"]
    assert prefs.credentials["chartered"] is False and prefs.job_roles == ["Backend Developer"]
    assert "Saved" in said(prefs.user)[-1]

    receive(prefs.user, "jobs")
    assert "One question" not in said(prefs.user)[-1]
