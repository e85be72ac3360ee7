"""Sending: the pump's pace and order, retries and permanent errors against a local Graph API server."""

from __future__ import annotations

import pytest

from aremu.testing.http import Recorded, Reply, serve
from delivery import messages
from delivery.models import ConversationWindow, HistoryStatus, MessageStatus, OutboundMessage, UserJobHistory
from delivery.outbound import message_queue, message_send, messages_dispatch
from delivery.services import job_deliver, pump_tick
from delivery.status import StatusUpdate, status_apply
from delivery.tests.conftest import backend_job

pytestmark = pytest.mark.django_db


class Graph:
    """A Graph API stand-in: answers each POST with the next scripted reply, then accepts."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies)
        self.count = 0

    def __call__(self, request: Recorded) -> Reply:
        self.count += 1
        if self.replies:
            return self.replies.pop(0)
        return Reply(200, {"messaging_product": "whatsapp", "messages": [{"id": f"wamid.ok{self.count}"}]})


def graph_error(code: int, status: int = 400, **headers: str) -> Reply:
    return Reply(status, {"error": {"message": f"(#{code}) error", "code": code, "type": "OAuthException"}},
                 headers=dict(headers))


def queued_alert(clock, seeker, settings) -> tuple[OutboundMessage, UserJobHistory]:
    """An alert flushed into a message but not dispatched yet."""
    rate = settings.WHATSAPP_SEND_RATE
    settings.WHATSAPP_SEND_RATE = 0
    user = seeker()
    job_deliver(job_id=backend_job().pk)
    clock.advance(seconds=30)
    pump_tick()
    settings.WHATSAPP_SEND_RATE = rate
    message = OutboundMessage.objects.get(user=user, purpose="alert")
    return message, UserJobHistory.objects.get(user=user)


def test_the_pump_dispatches_oldest_first_and_no_more_than_the_rate(clock, seeker, settings):
    settings.WHATSAPP_SEND_RATE = 0
    users = [seeker() for _ in range(5)]
    job_deliver(job_id=backend_job().pk)
    clock.advance(seconds=30)
    pump_tick()
    assert OutboundMessage.objects.filter(status=MessageStatus.QUEUED).count() == 5
    assert messages_dispatch(now=clock.now(), budget=2) == 2
    sent = OutboundMessage.objects.filter(status=MessageStatus.SENT).order_by("pk")
    assert [m.user_id for m in sent] == [users[0].pk, users[1].pk]
    clock.advance(seconds=1)
    settings.WHATSAPP_SEND_RATE = 2
    assert pump_tick().messages_dispatched == 2
    clock.advance(seconds=1)
    assert pump_tick().messages_dispatched == 1


def test_replies_are_sent_at_once_not_behind_a_burst_of_alerts(clock, seeker, settings,
                                                                django_capture_on_commit_callbacks):
    settings.WHATSAPP_SEND_RATE = 0  # a backlog of alerts nobody dispatches
    for _ in range(3):
        seeker()
    job_deliver(job_id=backend_job().pk)
    clock.advance(seconds=30)
    pump_tick()
    chatting = seeker()
    with django_capture_on_commit_callbacks(execute=True):
        reply = message_queue(user=chatting, payload=messages.text("Hi!"))
    reply.refresh_from_db()
    assert reply.status == MessageStatus.SENT
    assert OutboundMessage.objects.filter(purpose="alert", status=MessageStatus.QUEUED).count() == 3


def test_a_reply_whose_task_was_lost_is_picked_up_by_the_pump(clock, seeker):
    user = seeker()
    reply = message_queue(user=user, payload=messages.text("Hi!"))  # its on-commit enqueue never ran
    pump_tick()
    assert OutboundMessage.objects.get(pk=reply.pk).status == MessageStatus.QUEUED  # its own task still may
    clock.advance(minutes=1)
    pump_tick()
    assert OutboundMessage.objects.get(pk=reply.pk).status == MessageStatus.SENT


def test_a_message_is_sent_once_however_often_its_send_runs(clock, seeker):
    user = seeker()
    reply = message_queue(user=user, payload=messages.text("Hi!"))
    assert message_send(message_id=reply.pk) is not None
    assert message_send(message_id=reply.pk) is None
    assert OutboundMessage.objects.get(pk=reply.pk).attempts == 1


@pytest.mark.parametrize("code,header,wait", [(130429, None, 4), (131056, None, 60), (130429, "7", 7),
                                              (131000, None, 4)])
def test_rate_limits_and_hiccups_back_off_and_retry_the_same_row(clock, seeker, settings, cloud, code, header, wait):
    message, history = queued_alert(clock, seeker, settings)
    headers = {"Retry-After": header} if header else {}
    graph = Graph(graph_error(code, 429 if code == 130429 else 400 if code != 131000 else 500, **headers))
    with serve(graph) as server:
        cloud(server)
        pump_tick()
        message.refresh_from_db()
        assert (message.status, message.error_code, message.attempts) == (MessageStatus.QUEUED, str(code), 1)
        assert (message.next_attempt_at - clock.now()).total_seconds() == wait
        clock.advance(seconds=wait - 1)
        pump_tick()
        assert graph.count == 1
        clock.advance(seconds=1)
        pump_tick()
    message.refresh_from_db()
    assert (message.status, message.attempts, message.provider_message_id) == (MessageStatus.SENT, 2, "wamid.ok2")
    assert OutboundMessage.objects.filter(purpose="alert").count() == 1
    history.refresh_from_db()
    assert history.status == HistoryStatus.SENT


def test_outside_the_window_per_whatsapp_the_job_is_held_for_the_digest(clock, seeker, settings, cloud):
    message, history = queued_alert(clock, seeker, settings)
    with serve(Graph(graph_error(131047))) as server:
        cloud(server)
        pump_tick()
    message.refresh_from_db()
    history.refresh_from_db()
    assert (message.status, message.error_code) == (MessageStatus.FAILED, "131047")
    assert (history.status, history.message_sent, history.outbound_message_id) == (HistoryStatus.HELD, False, None)
    assert ConversationWindow.objects.get(user=history.user).window_status == "expired"  # trust WhatsApp's clock


def test_an_undeliverable_number_is_marked_unreachable_and_its_jobs_held(clock, seeker, settings, cloud):
    message, history = queued_alert(clock, seeker, settings)
    with serve(Graph(graph_error(131026))) as server:
        cloud(server)
        pump_tick()
    history.user.refresh_from_db()
    history.refresh_from_db()
    assert history.user.unreachable_at is not None and history.status == HistoryStatus.HELD
    job_deliver(job_id=backend_job().pk)  # unreachable users are not matched again until they write
    assert UserJobHistory.objects.filter(user=history.user).count() == 1


def test_a_failure_reported_later_by_a_status_callback_holds_the_jobs(clock, seeker, settings, cloud):
    message, history = queued_alert(clock, seeker, settings)
    with serve(Graph()) as server:
        cloud(server)
        pump_tick()
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    status_apply(update=StatusUpdate(provider_message_id=message.provider_message_id, status="failed",
                                     error_code="131047", error_message="Re-engagement message"))
    history.refresh_from_db()
    assert history.status == HistoryStatus.HELD


def test_a_token_error_fails_the_message_without_retrying(clock, seeker, settings, cloud):
    message, history = queued_alert(clock, seeker, settings)
    graph = Graph(graph_error(190, 401))
    with serve(graph) as server:
        cloud(server)
        pump_tick()
        clock.advance(hours=1)
        pump_tick()
    message.refresh_from_db()
    assert (message.status, graph.count) == (MessageStatus.FAILED, 1)


def test_after_the_last_attempt_the_message_fails_and_its_jobs_are_held(clock, seeker, settings, cloud):
    message, history = queued_alert(clock, seeker, settings)
    OutboundMessage.objects.filter(pk=message.pk).update(attempts=5)
    with serve(Graph(graph_error(131000, 500))) as server:
        cloud(server)
        pump_tick()
    message.refresh_from_db()
    history.refresh_from_db()
    assert message.status == MessageStatus.FAILED and history.status == HistoryStatus.HELD


def test_a_simulated_number_never_reaches_the_cloud_api(clock, seeker, settings, cloud):
    from delivery.models import SimulatedNumber

    user = seeker()
    SimulatedNumber.objects.create(phone_number=user.phone_number)
    graph = Graph()
    with serve(graph) as server:
        cloud(server)
        message = message_queue(user=user, payload=messages.text("Hi!"))
        message_send(message_id=message.pk)
    message.refresh_from_db()
    assert (message.status, message.transport, graph.count) == (MessageStatus.SENT, "outbox", 0)


def test_a_killed_pumps_lease_lapses_within_seconds(clock, seeker):
    from delivery.lease import LEASE_SECONDS, lease_take
    from delivery.tasks import PUMP_LEASE, pump

    seeker()
    job_deliver(job_id=backend_job().pk)
    assert lease_take(name=PUMP_LEASE, holder="a pump whose worker was killed")
    clock.advance(seconds=LEASE_SECONDS + 1)
    assert pump(seconds=0) == 1


def test_only_one_pump_runs_at_a_time(clock, seeker):
    from delivery.lease import lease_release, lease_take
    from delivery.tasks import PUMP_LEASE, pump

    user = seeker()
    job_deliver(job_id=backend_job().pk)
    clock.advance(seconds=30)
    assert lease_take(name=PUMP_LEASE, holder="another pump")  # in another process: no shared cache needed
    assert pump(seconds=0) == 0
    assert not OutboundMessage.objects.filter(user=user).exists()
    lease_release(name=PUMP_LEASE, holder="another pump")
    assert pump(seconds=0) == 1
    assert OutboundMessage.objects.get(user=user).status == MessageStatus.SENT
