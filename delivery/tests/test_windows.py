"""The 24-hour window on a frozen clock: every transition, reminders once per window, the digest on return."""

from __future__ import annotations

from datetime import timedelta

import pytest

from accounts.tests.factories import UserFactory, UserPreferencesFactory
from conversations.tests.helpers import message_envelope, text_envelope
from delivery.buttons import KEEP_ALERTS_ON
from delivery.models import ConversationWindow, HistoryStatus, OutboundMessage, UserJobHistory, WindowStatus
from delivery.services import job_deliver, pump_tick
from delivery.tests.conftest import backend_job, drain
from delivery.windows import window_is_open, window_touch, windows_sweep

pytestmark = pytest.mark.django_db


def window(user) -> ConversationWindow:
    return ConversationWindow.objects.get(user=user)


def sent(user, purpose: str) -> list[OutboundMessage]:
    return list(OutboundMessage.objects.filter(user=user, purpose=purpose).order_by("pk"))


@pytest.fixture
def confirmed(clock):
    """A confirmed seeker who last wrote at the clock's start; quiet hours off unless a test sets them."""
    prefs = UserPreferencesFactory(user=UserFactory(quiet_hours="off"))
    window_touch(user=prefs.user)
    return prefs.user


def test_the_first_message_opens_a_window_and_later_ones_extend_it(clock):
    user = UserFactory()
    first = window_touch(user=user)
    assert first.reopened and first.window_status == WindowStatus.ACTIVE
    clock.advance(hours=5)
    again = window_touch(user=user)
    assert not again.reopened
    assert again.window_start == first.window_start and again.last_activity == clock.now()
    assert again.messages_in_window == 2
    user.refresh_from_db()
    assert user.last_active == clock.now()


def test_active_then_4_hours_left_then_last_warning_then_expired(clock, confirmed):
    clock.advance(hours=19, minutes=59)
    assert windows_sweep().reminded == 0
    assert window(confirmed).window_status == WindowStatus.ACTIVE

    clock.advance(minutes=1)  # 20 h
    assert windows_sweep().reminded == 1
    pump_tick()  # reminders go out through the pump, like alerts
    w = window(confirmed)
    assert (w.window_status, w.four_hour_reminder_sent, w.battery_warning_sent) == (WindowStatus.REMINDED, True, False)
    [reminder] = sent(confirmed, "reminder")
    assert "4 hours left" in reminder.preview and reminder.status == "sent"
    assert reminder.payload["interactive"]["action"]["buttons"][0]["reply"]["id"] == KEEP_ALERTS_ON

    clock.advance(hours=3)  # 23 h
    assert windows_sweep().warned == 1
    pump_tick()
    w = window(confirmed)
    assert (w.window_status, w.battery_warning_sent) == (WindowStatus.WARNED, True)
    [warning] = sent(confirmed, "warning")
    assert "Last call" in warning.preview and warning.status == "sent"

    clock.advance(hours=1)  # 24 h
    assert windows_sweep().expired == 1
    assert window(confirmed).window_status == WindowStatus.EXPIRED
    assert not window_is_open(user=confirmed)


def test_each_reminder_goes_out_once_however_often_the_sweep_runs(clock, confirmed):
    clock.advance(hours=20)
    for _ in range(3):
        windows_sweep()
        clock.advance(minutes=1)
    clock.advance(hours=3)
    for _ in range(3):
        windows_sweep()
    assert len(sent(confirmed, "reminder")) == 1 and len(sent(confirmed, "warning")) == 1


def test_a_sweep_that_missed_20_hours_sends_only_the_last_warning(clock, confirmed):
    clock.advance(hours=23, minutes=10)
    report = windows_sweep()
    assert (report.reminded, report.warned) == (0, 1)
    windows_sweep()
    assert not sent(confirmed, "reminder") and len(sent(confirmed, "warning")) == 1


def test_the_reminder_says_how_many_jobs_are_waiting(clock, confirmed):
    confirmed.alert_daily_cap = 0  # everything matched is held
    confirmed.save()
    for _ in range(3):
        job_deliver(job_id=backend_job().pk)
    drain(clock)
    clock.advance(hours=20)
    windows_sweep()
    assert "3 matching jobs are waiting" in sent(confirmed, "reminder")[0].preview


def test_any_inbound_message_reopens_the_window_and_rearms_the_reminders(clock, confirmed):
    clock.advance(hours=23)
    windows_sweep()
    clock.advance(hours=2)
    windows_sweep()
    assert window(confirmed).window_status == WindowStatus.EXPIRED
    reopened = window_touch(user=confirmed)
    assert reopened.reopened and reopened.window_start == clock.now()
    assert (reopened.four_hour_reminder_sent, reopened.battery_warning_sent) == (False, False)
    clock.advance(hours=20)
    windows_sweep()
    assert len(sent(confirmed, "reminder")) == 1


def test_a_user_who_writes_during_the_sweep_is_not_reminded(clock, confirmed):
    clock.advance(hours=20)
    from delivery import windows

    stale = list(windows._candidates(last_activity__lte=clock.now() - timedelta(hours=20),
                                     four_hour_reminder_sent=False))
    window_touch(user=confirmed)  # the user wrote after the sweep read the row
    assert not windows._claim_and_send(stale[0], now=clock.now(), flags={"four_hour_reminder_sent": True},
                                       status=WindowStatus.REMINDED, last=False)
    assert not sent(confirmed, "reminder")


def test_no_reminders_while_paused_or_before_setup(clock):
    awake = UserPreferencesFactory(user=UserFactory(quiet_hours="off")).user
    paused = UserPreferencesFactory(user=UserFactory(quiet_hours="off",
                                                     paused_until=clock.now() + timedelta(days=9))).user
    onboarding = UserPreferencesFactory(user=UserFactory(quiet_hours="off"), preferences_confirmed=False).user
    for user in (awake, paused, onboarding):
        window_touch(user=user)
    clock.advance(hours=20)
    assert windows_sweep().reminded == 1
    assert sent(awake, "reminder") and not sent(paused, "reminder") and not sent(onboarding, "reminder")


def test_reminders_that_fall_in_quiet_hours_are_skipped_not_sent_at_night(clock):
    clock.advance(hours=14)  # 02:00 UTC = 03:00 in Lagos
    user = UserPreferencesFactory().user  # the default quiet hours, 22:00-07:00 Lagos
    window_touch(user=user)
    clock.advance(hours=20)  # 23:00 Lagos
    assert windows_sweep().skipped_quiet == 1
    clock.advance(hours=3)  # 02:00 Lagos
    assert windows_sweep().skipped_quiet == 1
    clock.advance(hours=1)
    assert windows_sweep().expired == 1
    assert not OutboundMessage.objects.filter(user=user).exists()


def test_tapping_keep_my_alerts_on_reopens_the_window_through_the_webhook(clock, confirmed, post_webhook,
                                                                          django_capture_on_commit_callbacks):
    clock.advance(hours=23, minutes=30)
    windows_sweep()
    tap = {"type": "interactive", "timestamp": str(int(clock.now().timestamp())),
           "interactive": {"type": "button_reply", "button_reply": {"id": KEEP_ALERTS_ON, "title": "Keep my alerts on"}}}
    with django_capture_on_commit_callbacks(execute=True):
        assert post_webhook(message_envelope({**tap, "from": confirmed.phone_number[1:]})).status_code == 200
    w = window(confirmed)
    assert w.last_activity == clock.now() and w.window_status == WindowStatus.ACTIVE
    assert "alerts stay on" in OutboundMessage.objects.filter(user=confirmed).latest("pk").preview


def test_a_returning_user_gets_a_digest_of_what_was_held(clock, confirmed, post_webhook, settings,
                                                         django_capture_on_commit_callbacks):
    settings.ALERT_BATCH_MAX = 3
    clock.advance(hours=25)
    windows_sweep()
    jobs = [backend_job() for _ in range(4)]
    for job in jobs:
        job_deliver(job_id=job.pk)
    assert UserJobHistory.objects.filter(user=confirmed, status=HistoryStatus.HELD).count() == 4
    assert not OutboundMessage.objects.filter(user=confirmed, purpose="alert").exists()

    envelope = text_envelope("hello", timestamp=str(int(clock.now().timestamp())), **{"from": confirmed.phone_number[1:]})
    with django_capture_on_commit_callbacks(execute=True):
        assert post_webhook(envelope).status_code == 200
    drain(clock)
    [digest] = sent(confirmed, "digest")
    assert "While you were away: 4 new matches" in digest.preview
    assert digest.kind == "list" and digest.status == "sent"
    rows = digest.payload["interactive"]["action"]["sections"][0]["rows"]
    assert rows[-1]["id"] == "jobs:more"
    assert UserJobHistory.objects.filter(user=confirmed, status=HistoryStatus.SENT).count() == 3
    # "More jobs" brings the one left; a second hello brings no second digest.
    from delivery.services import jobs_send_on_request

    assert jobs_send_on_request(user=confirmed) == 1
    with django_capture_on_commit_callbacks(execute=True):
        post_webhook(text_envelope("hi again", timestamp=str(int(clock.now().timestamp())),
                                   **{"from": confirmed.phone_number[1:]}))
    assert len(sent(confirmed, "digest")) == 1


def test_the_reengagement_template_is_off_by_default_and_once_per_window_when_on(clock, confirmed, settings):
    clock.advance(hours=25)
    job_deliver(job_id=backend_job().pk)  # held: the window is closed
    windows_sweep()
    assert not sent(confirmed, "reengagement")

    settings.WHATSAPP_REENGAGEMENT_TEMPLATE = "jobs_waiting"
    for _ in range(3):
        windows_sweep()
        clock.advance(minutes=1)
    pump_tick()
    [template] = sent(confirmed, "reengagement")
    assert template.kind == "template" and template.status == "sent"  # allowed outside the window
    assert template.payload["template"]["components"][0]["parameters"][0]["text"] == "1"
