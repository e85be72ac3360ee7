"""Smart delivery on a frozen clock: batching, exactly once, held jobs, caps, quiet hours, pause and stop."""

from __future__ import annotations

from datetime import timedelta

import pytest

from accounts.models import User
from delivery.models import DeliveryType, ErrorCode, HistoryStatus, MessageStatus, OutboundMessage, UserJobHistory
from delivery.services import job_deliver, jobs_send_on_request, pump_tick
from delivery.tests.conftest import NOON, backend_job, drain
from delivery.windows import window_touch

pytestmark = pytest.mark.django_db


def alerts(user: User) -> list[OutboundMessage]:
    return list(OutboundMessage.objects.filter(user=user, purpose="alert").order_by("pk"))


def jobs_in(message: OutboundMessage) -> list[int]:
    return list(message.history.order_by("-match_score", "pk").values_list("job_id", flat=True))


def test_a_match_inside_the_window_is_pending_then_sent_once_the_batch_wait_is_over(clock, seeker, settings):
    user = seeker()
    job = backend_job()
    assert job_deliver(job_id=job.pk) == 1
    row = UserJobHistory.objects.get(user=user, job=job)
    assert row.status == HistoryStatus.PENDING and row.match_score >= settings.MATCH_THRESHOLD
    assert row.match_breakdown["breakdown"]["titles"] > 0  # explainable: the parts are kept with the row

    pump_tick()
    assert not alerts(user)  # waiting ALERT_BATCH_SECONDS for others to group with

    clock.advance(seconds=settings.ALERT_BATCH_SECONDS)
    pump_tick()
    [message] = alerts(user)
    assert message.status == MessageStatus.SENT and message.transport == "outbox"
    assert message.kind == "cta_url" and job.title in message.preview
    row.refresh_from_db()
    assert (row.status, row.message_sent, row.outbound_message_id) == (HistoryStatus.SENT, True, message.pk)


def test_jobs_arriving_close_together_go_in_one_message_best_first(clock, seeker):
    user = seeker()
    weaker = backend_job(ai_skills=["Python", "Excel", "Java"])
    strong = backend_job()
    for job in (weaker, strong):
        job_deliver(job_id=job.pk)
        clock.advance(seconds=10)
    third = backend_job(title="Software Engineer", ai_job_titles=["Software Engineer", "Backend Developer"])
    job_deliver(job_id=third.pk)
    clock.advance(seconds=20)  # 40 s after the first match: its batch is due
    pump_tick()
    [message] = alerts(user)
    assert message.kind == "list"
    assert set(jobs_in(message)) == {weaker.pk, strong.pk, third.pk}
    scores = list(message.history.order_by("-match_score").values_list("job_id", flat=True))
    body = message.payload["interactive"]["body"]["text"]
    assert body.index(f"1. *{UserJobHistory.objects.get(job_id=scores[0]).job.title}") >= 0
    row_ids = [r["id"] for r in message.payload["interactive"]["action"]["sections"][0]["rows"]]
    assert row_ids == [f"job:{pk}:pick" for pk in scores]


def test_a_lone_job_is_never_held_longer_than_the_batch_wait(clock, seeker, settings):
    settings.ALERT_BATCH_SECONDS = 30
    user = seeker()
    job_deliver(job_id=backend_job().pk)
    clock.advance(seconds=29)
    pump_tick()
    assert not alerts(user)
    clock.advance(seconds=1)
    pump_tick()
    assert len(alerts(user)) == 1


def test_more_than_a_batch_is_split_into_messages_six_seconds_apart(clock, seeker, settings):
    settings.ALERT_BATCH_MAX = 3
    user = seeker()
    jobs = [backend_job() for _ in range(5)]
    for job in jobs:
        job_deliver(job_id=job.pk)
    clock.advance(seconds=30)
    pump_tick()
    assert [len(jobs_in(m)) for m in alerts(user)] == [3]
    clock.advance(seconds=5)
    pump_tick()
    assert len(alerts(user)) == 1  # WhatsApp's pair limit: one message per user every 6 s
    clock.advance(seconds=1)
    pump_tick()
    first, second = alerts(user)
    assert len(jobs_in(second)) == 2 and second.created_at - first.created_at >= timedelta(seconds=6)


def test_each_user_gets_each_job_at_most_once_whatever_triggers_it_again(clock, seeker):
    users = [seeker() for _ in range(3)]
    job = backend_job()
    for _ in range(3):
        job_deliver(job_id=job.pk)
    drain(clock)
    for _ in range(2):
        job_deliver(job_id=job.pk)  # a retried task, a second cluster, a re-scrape
        drain(clock)
    for user in users:
        [message] = alerts(user)
        assert jobs_in(message) == [job.pk]
    assert UserJobHistory.objects.filter(job=job).count() == 3


def test_outside_the_window_jobs_are_held_and_nothing_free_form_is_sent(clock, seeker):
    user = seeker()
    clock.advance(hours=24)
    job = backend_job()
    job_deliver(job_id=job.pk)
    drain(clock)
    row = UserJobHistory.objects.get(user=user, job=job)
    assert (row.status, row.delivery_type) == (HistoryStatus.HELD, DeliveryType.DIGEST)
    assert not OutboundMessage.objects.filter(user=user).exists()


def test_the_window_is_checked_again_when_the_batch_goes_out(clock, seeker):
    user = seeker()  # wrote an hour ago
    clock.advance(hours=22, minutes=59, seconds=50)
    job_deliver(job_id=backend_job().pk)
    clock.advance(seconds=30)  # now 23 h 56 min: inside the 5-minute safety margin
    drain(clock)
    assert not alerts(user)
    assert UserJobHistory.objects.get(user=user).status == HistoryStatus.HELD


def test_a_queued_alert_is_not_sent_once_the_window_has_closed(clock, seeker, settings):
    settings.WHATSAPP_SEND_RATE = 0  # the pump flushes but dispatches nothing yet
    user = seeker()
    job_deliver(job_id=backend_job().pk)
    clock.advance(seconds=30)
    pump_tick()
    [message] = alerts(user)
    assert message.status == MessageStatus.QUEUED
    clock.advance(hours=24)
    settings.WHATSAPP_SEND_RATE = 60
    pump_tick()
    message.refresh_from_db()
    assert (message.status, message.error_code) == (MessageStatus.FAILED, ErrorCode.WINDOW_CLOSED)
    row = UserJobHistory.objects.get(user=user)
    assert (row.status, row.message_sent) == (HistoryStatus.HELD, False)  # back for the digest, not lost


def test_the_daily_cap_holds_the_rest_until_tomorrow(clock, seeker):
    user = seeker(alert_daily_cap=2, quiet_hours="off")
    jobs = [backend_job() for _ in range(4)]
    for job in jobs:
        job_deliver(job_id=job.pk)
    drain(clock)
    [message] = alerts(user)
    assert len(jobs_in(message)) == 2
    assert UserJobHistory.objects.filter(user=user, status=HistoryStatus.HELD).count() == 2

    clock.advance(hours=12)  # past midnight in Lagos, and still inside the window
    job_deliver(job_id=backend_job().pk)
    drain(clock)
    assert len(alerts(user)) == 2


def test_the_cap_defaults_to_the_setting(clock, seeker, settings):
    settings.ALERT_DAILY_CAP = 1
    user = seeker()
    for _ in range(3):
        job_deliver(job_id=backend_job().pk)
    drain(clock)
    assert [len(jobs_in(m)) for m in alerts(user)] == [1]


def test_quiet_hours_defer_alerts_to_the_morning_in_the_users_time_zone(clock, seeker):
    clock.advance(hours=10)  # 22:00 UTC = 23:00 in Lagos
    user = seeker()
    job_deliver(job_id=backend_job().pk)
    drain(clock, seconds=60)
    assert not alerts(user)
    row = UserJobHistory.objects.get(user=user)
    assert row.status == HistoryStatus.PENDING
    assert row.next_attempt_at.hour == 6  # 07:00 in Lagos
    clock.advance(hours=7)
    drain(clock)
    assert len(alerts(user)) == 1


def test_a_user_can_have_their_own_quiet_hours_and_time_zone(clock, seeker):
    # 12:00 UTC is 20:00 in Singapore: inside this user's 19:00-08:00.
    user = seeker(timezone="Asia/Singapore", quiet_hours="19:00-08:00")
    other = seeker(quiet_hours="off")
    job_deliver(job_id=backend_job().pk)
    drain(clock, seconds=60)
    assert not alerts(user) and len(alerts(other)) == 1


def test_quiet_hours_can_be_turned_off_for_everyone(clock, seeker, settings):
    from delivery.quiet import _default_quiet

    settings.QUIET_HOURS = ""
    _default_quiet.cache_clear()
    try:
        clock.advance(hours=10)
        user = seeker()
        job_deliver(job_id=backend_job().pk)
        drain(clock)
        assert len(alerts(user)) == 1
    finally:
        _default_quiet.cache_clear()


def test_pause_holds_alerts_and_stop_cancels_them_at_once(clock, seeker):
    from conversations.services import user_opt_out

    paused = seeker(paused_until=clock.now() + timedelta(days=7))
    stopping = seeker()
    job = backend_job()
    job_deliver(job_id=job.pk)
    user_opt_out(user=stopping)
    drain(clock)
    assert not alerts(paused) and not alerts(stopping)
    assert UserJobHistory.objects.get(user=paused).status == HistoryStatus.HELD
    assert not UserJobHistory.objects.filter(user=stopping, status=HistoryStatus.SENT).exists()


@pytest.mark.parametrize("change,code,kept", [
    ({"is_active": False}, ErrorCode.OPTED_OUT, HistoryStatus.SKIPPED),
    ({"paused_until": NOON + timedelta(days=3)}, ErrorCode.PAUSED, HistoryStatus.HELD),
])
def test_a_stop_or_pause_after_the_alert_was_queued_still_stops_it(clock, seeker, settings, change, code, kept):
    settings.WHATSAPP_SEND_RATE = 0
    user = seeker()
    job_deliver(job_id=backend_job().pk)
    clock.advance(seconds=30)
    pump_tick()
    User.objects.filter(pk=user.pk).update(**change)
    settings.WHATSAPP_SEND_RATE = 60
    pump_tick()
    [message] = alerts(user)
    assert (message.status, message.error_code) == (MessageStatus.FAILED, code)
    assert UserJobHistory.objects.get(user=user).status == kept


def test_an_archived_job_is_not_alerted(clock, seeker):
    user = seeker()
    job = backend_job()
    job_deliver(job_id=job.pk)
    job.status = "archived"
    job.save()
    drain(clock)
    assert not alerts(user)
    assert UserJobHistory.objects.get(user=user).status == HistoryStatus.SKIPPED


def test_a_job_past_its_stated_closing_date_is_sent_to_nobody_and_not_retried(clock, seeker):
    from jobs.models import CanonicalJob

    user = seeker()
    closed = backend_job(apply_by=clock.now().date() - timedelta(days=1))
    assert job_deliver(job_id=closed.pk) == 0
    assert not UserJobHistory.objects.filter(user=user).exists()
    assert CanonicalJob.objects.get(pk=closed.pk).matched_at is not None  # the pipeline sweep leaves it alone
    assert job_deliver(job_id=backend_job(apply_by=clock.now().date()).pk) == 1  # the closing day itself is open


def test_an_alert_waiting_when_its_job_closes_is_not_sent(clock, seeker):
    user = seeker()
    job = backend_job(apply_by=clock.now().date())
    job_deliver(job_id=job.pk)
    clock.advance(days=1)
    window_touch(user=user, at=clock.now())  # still inside the window: only the closing date stops it
    drain(clock)
    assert not alerts(user)
    assert UserJobHistory.objects.get(user=user).status == HistoryStatus.SKIPPED


def test_unconfirmed_or_unmatched_users_get_nothing(clock, seeker):
    from accounts.tests.factories import UserPreferencesFactory

    UserPreferencesFactory(preferences_confirmed=False)
    UserPreferencesFactory(job_roles=["Nurse"], technical_skills=["Nursing"])
    assert job_deliver(job_id=backend_job().pk) == 0
    assert not UserJobHistory.objects.exists()


# --- "jobs" on request -----------------------------------------------------------------------------------


def test_jobs_on_request_sends_held_and_fresh_matches_best_first_then_more(clock, seeker, settings):
    settings.ALERT_BATCH_MAX = 3
    user = seeker()
    clock.advance(hours=30)  # window closed: these are held
    held = [backend_job() for _ in range(2)]
    for job in held:
        job_deliver(job_id=job.pk)
    fresh = [backend_job(ai_skills=["Python", "Excel", "Java"]) for _ in range(3)]  # never delivered (e.g. arrived before signup)
    UserJobHistory.objects.filter(job__in=fresh).delete()
    from delivery.windows import window_touch

    window_touch(user=user)
    assert jobs_send_on_request(user=user) == 3
    first = OutboundMessage.objects.filter(user=user).latest("pk")
    assert first.kind == "list" and first.purpose == "reply"
    rows = first.payload["interactive"]["action"]["sections"][0]["rows"]
    assert rows[-1]["id"] == "jobs:more"
    assert set(jobs_in(first)) >= {j.pk for j in held}  # the stronger matches first

    assert jobs_send_on_request(user=user) == 2
    assert jobs_send_on_request(user=user) == 0
    assert "No new matching jobs" in OutboundMessage.objects.filter(user=user).latest("pk").preview
    shown = UserJobHistory.objects.filter(user=user, status=HistoryStatus.SENT)
    assert shown.count() == 5 and shown.values("job").distinct().count() == 5


def test_jobs_on_request_never_repeats_a_job_the_pump_already_sent(clock, seeker):
    user = seeker()
    job = backend_job()
    job_deliver(job_id=job.pk)
    drain(clock)
    assert jobs_send_on_request(user=user) == 0
    assert len(alerts(user)) == 1
