"""Conversation bugs testers met, each played through the signed webhook as WhatsApp delivers it (issue 14)."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta

import pytest

from accounts.models import UserPreferences
from conversations.tests.helpers import message_envelope
from delivery import policy
from delivery.models import OutboundMessage
from delivery.quiet import _default_quiet
from delivery.services import job_deliver, pump_tick
from jobs.tests.factories import CanonicalJobFactory

pytestmark = pytest.mark.django_db

BACKEND = ("I'm a backend developer looking for Python/Django roles in Lagos, 4 years experience, hybrid or remote, "
           "at least 600k a month")


class Seeker:
    """One WhatsApp number talking to the bot through /webhook/; `replies()` is what it got since last asked."""

    def __init__(self, post_webhook, on_commit, wa_id: str = "2348031234567") -> None:
        self.post, self.on_commit, self.wa_id, self.seen = post_webhook, on_commit, wa_id, 0

    def _send(self, message: dict) -> list[str]:
        envelope = message_envelope({"from": self.wa_id, "id": f"wamid.{uuid.uuid4().hex}",
                                     "timestamp": str(int(time.time())), **message})
        with self.on_commit(execute=True):  # the test's transaction never commits: run what waits for it
            assert self.post(envelope).status_code == 200
        return self.replies()

    def say(self, text: str) -> list[str]:
        return self._send({"type": "text", "text": {"body": text}})

    def tap(self, reply_id: str, title: str = "", *, row: bool = False) -> list[str]:
        kind = "list_reply" if row else "button_reply"
        return self._send({"type": "interactive", "interactive": {"type": kind, kind: {"id": reply_id, "title": title}}})

    def replies(self) -> list[str]:
        rows = list(OutboundMessage.objects.filter(to=f"+{self.wa_id}").order_by("pk").values_list("preview", flat=True))
        new, self.seen = rows[self.seen:], len(rows)
        return new

    def payloads(self) -> list[dict]:
        return list(OutboundMessage.objects.filter(to=f"+{self.wa_id}").order_by("pk").values_list("payload", flat=True))

    def onboard(self, profile: str = BACKEND) -> list[str]:
        self.say("hi")
        self.say(profile)
        self.say("skip")  # the certificate and must-haves question
        return self.say("yes")


@pytest.fixture
def seeker(post_webhook, settings, django_capture_on_commit_callbacks):
    settings.QUIET_HOURS = "off"
    _default_quiet.cache_clear()
    yield Seeker(post_webhook, django_capture_on_commit_callbacks)
    _default_quiet.cache_clear()


def backend_jobs(count: int) -> list:
    return [CanonicalJobFactory(title=f"Backend Developer {n}", work_arrangement="hybrid") for n in range(count)]


def test_add_lagos_too_during_onboarding_keeps_the_places_already_given(seeker):
    seeker.say("hi")
    seeker.say("I'm a nurse looking for work in Abuja or Kaduna")
    seeker.say("add lagos too")
    places = UserPreferences.objects.get(user__phone_number=f"+{seeker.wa_id}").preferred_locations
    assert len(places) == 3 and any("Lagos" in p for p in places) and any("Kaduna" in p for p in places)


def test_confirming_shows_the_matches_at_once_instead_of_saying_there_are_none(seeker):
    backend_jobs(2)
    replies = seeker.onboard()
    assert "all set" in replies[0]
    assert "Your best new matches" in replies[1]
    assert not any("No new matching jobs" in r for r in replies)


def test_with_no_matches_yet_confirming_does_not_add_a_second_no_jobs_message(seeker):
    replies = seeker.onboard()
    assert len(replies) == 1 and "as soon as a matching job comes in" in replies[0]


def test_the_settings_list_is_not_repeated_after_the_seeker_moves_on(seeker):
    seeker.onboard()
    assert any("What would you like to change" in r or "preferences" in r.lower() for r in seeker.say("settings"))
    for text in ("thanks", "hello", "wetin dey", "blah blah"):
        assert not any("What would you like to change" in r for r in seeker.say(text)), text


def test_not_for_me_with_no_alert_yet_does_not_talk_about_why(seeker):
    seeker.onboard()
    [reply] = seeker.say("not for me")
    assert "no job alert" in reply and "why" not in reply.lower()


def test_resume_after_a_pause_brings_the_jobs_held_meanwhile(seeker, settings):
    settings.ALERT_BATCH_SECONDS = 0
    seeker.onboard()
    seeker.say("pause 3 days")
    for job in backend_jobs(2):
        job_deliver(job_id=job.pk)
    pump_tick()
    assert seeker.replies() == []  # paused: held, not sent
    replies = seeker.say("resume")
    assert "on again" in replies[0]
    assert "While your alerts were paused: 2 new matches" in replies[1]


def test_every_job_of_a_five_job_list_has_why_and_not_for_me(seeker):
    backend_jobs(7)
    seeker.onboard()
    listing = seeker.payloads()[-1]
    rows = listing["interactive"]["action"]["sections"][0]["rows"]
    job_rows = [r for r in rows if r["id"].startswith("job:")]
    assert len(job_rows) == 5 and rows[-1]["id"] == "jobs:more"
    fifth = job_rows[4]
    [*_, choice] = seeker.tap(fifth["id"], fifth["title"], row=True)
    assert "[Why this job?]" in choice and "[Not for me]" in choice
    job_id = fifth["id"].split(":")[1]
    assert "fewer jobs like that" in seeker.tap(f"job:{job_id}:nfm", "Not for me")[0]


def test_hi_from_someone_who_knows_the_bot_is_not_the_introduction_again(seeker):
    first = seeker.say("hi")
    assert "I'm *Aremu*" in first[0]
    for _ in range(2):
        again = seeker.say("hi")
        assert not any("I'm *Aremu*" in r for r in again)
    seeker.say(BACKEND)
    seeker.say("skip")
    seeker.say("yes")
    assert not any("I'm *Aremu*" in r for r in seeker.say("hello"))


def test_yes_to_the_pay_question_is_told_how_to_answer_not_asked_the_same_again(seeker):
    seeker.say("hi")
    replies = seeker.say("I'm a nurse looking for work in Kano, 3 years experience, onsite")
    assert "least pay" in replies[-1]
    replies = seeker.say("yes")
    assert "Sorry" not in replies[0] and "Type the amount" in replies[0]
    assert "least pay" in replies[-1]
    seeker.say("150k a month")
    prefs = UserPreferences.objects.get(user__phone_number=f"+{seeker.wa_id}")
    assert prefs.salary_min == 150000


# --- Additions, removals, "any job" -----------------------------------------------------------------------------


def test_not_abuja_again_drops_it_from_a_settled_seekers_places(seeker):
    seeker.onboard("I'm a nurse in Abuja or Kaduna, 3 years experience, onsite, at least 200k a month")
    proposal = seeker.say("not abuja again")
    assert "Kaduna" in proposal[0] and "Abuja" not in proposal[0]
    seeker.say("yes")
    places = UserPreferences.objects.get(user__phone_number=f"+{seeker.wa_id}").preferred_locations
    assert [p.split(",")[0] for p in places] == ["Kaduna"]


def test_any_job_gets_a_follow_up_for_the_kind_of_work_not_the_jobs_command(seeker):
    seeker.say("hi")
    [reply] = seeker.say("any job for Lagos")
    assert "Any work is fine" in reply and "Let's finish setting up" not in reply
    replies = seeker.say("cleaning or driving")
    assert not any("Any work is fine" in r for r in replies)
    prefs = UserPreferences.objects.get(user__phone_number=f"+{seeker.wa_id}")
    assert prefs.job_roles and any("Lagos" in p for p in prefs.preferred_locations)


# --- A seeker who writes Pidgin ---------------------------------------------------------------------------------


def test_a_seeker_who_writes_pidgin_onboards_gets_alerts_and_uses_commands_in_pidgin(seeker, settings, monkeypatch):
    settings.ALERT_BATCH_SECONDS = 0
    monkeypatch.setattr(policy, "PAIR_SPACING", timedelta(0))  # the alert at once, not 6 s after the last reply
    backend_jobs(1)
    assert "Na me be *Aremu*" in seeker.say("how far")[0]
    replies = seeker.say("abeg i dey find backend developer work for Lagos, i get 4 years, python and django")
    assert "How you wan work" in replies[-1]
    assert "smallest pay" in seeker.say("any one")[-1]
    assert "Correct 👍 Type the amount" in seeker.say("yes")[0]
    assert "Last one" in seeker.say("600k a month")[-1]
    assert "Na so?" in seeker.say("i get licence, i sabi yoruba")[-1]
    replies = seeker.say("na so")
    assert "E don set" in replies[0] and "The best new work wey match you" in replies[1]
    for job in backend_jobs(2):
        job_deliver(job_id=job.pk)
    pump_tick()
    alert = OutboundMessage.objects.filter(to=f"+{seeker.wa_id}", purpose="alert").get()
    assert "New work dey for you" in alert.preview
    seeker.replies()
    assert "I don pause alerts for 14 days" in seeker.say("abeg pause am for 2 weeks")[0]
    assert "don start again" in seeker.say("I don return")[0]
    assert "No new work wey match you now" in seeker.say("pls send me jobs")[0]
    assert "Wetin you want" in seeker.say("settings")[0]
    assert "I go send less work like that one" in seeker.say("abeg not for me")[0]
    assert "e match" in seeker.say("why")[0]  # the explanation in Pidgin too
    assert "You don comot" in seeker.say("stop")[0]
    assert "You don join again" in seeker.say("start")[0]
    assert "Make I delete everything?" in seeker.say("delete my data")[0]
    assert "I no touch anything" in seeker.tap(
        OutboundMessage.objects.filter(to=f"+{seeker.wa_id}").last().payload["interactive"]["action"]["buttons"][1]
        ["reply"]["id"], "No, leave am")[0]
    assert "See wetin I fit do" in seeker.say("menu abeg")[0]
    assert "I go dey yarn you for Pidgin" not in seeker.say("speak English")[0]
    assert "You're welcome" in seeker.say("thank you so much")[0]
    assert "No wahala" in seeker.say("talk pidgin")[0]
    user = UserPreferences.objects.get(user__phone_number=f"+{seeker.wa_id}").user
    assert (user.language, user.language_chosen) == ("pcm", True)
    assert "Welcome back" not in seeker.say("I'm looking for remote python work as well, thank you")[0]
    user.refresh_from_db()
    assert user.language == "pcm"  # chosen: an English sentence no longer switches it


def test_a_seller_answers_the_neighbouring_lines_question_through_the_webhook_and_it_is_saved(seeker):
    seeker.say("hi")
    replies = seeker.say("I'm a sales rep in Ikeja, 2 years experience, onsite, at least 100k a month")
    assert "Would you also take jobs in any of these?" in replies[-1] and "1. Customer care / call centre" in replies[-1]
    assert "Last one" in seeker.say("1 3")[-1]
    assert "*Also:* Customer care / call centre; Business development" in seeker.say("none")[-1]
    seeker.say("yes")
    prefs = UserPreferences.objects.get(user__phone_number=f"+{seeker.wa_id}")
    assert prefs.preferences_confirmed
    assert prefs.also_take == {"care": True, "field": False, "bd": True, "cashier": False}
