"""Each seeker's messages reach WhatsApp in the order they were written, whichever worker sends them.

The Graph API stand-in records the order in which sends arrive; WhatsApp shows messages in that order. The
stand-in's answer carries a wamid that the sender stores on the row, so each arrival maps back to its row.
"""

from __future__ import annotations

import json
import queue
import random
import threading
import time
from collections import defaultdict
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.utils.module_loading import import_string

from aremu.testing.http import Recorded, Reply, serve
from conversations.models import InboundMessage, InboundStatus
from conversations.tests.helpers import SECRET, message_envelope
from conversations.webhook import sign
from delivery import messages, policy
from delivery.models import HistoryStatus, MessageStatus, OutboundMessage, UserJobHistory
from delivery.outbound import (
    message_queue,
    message_send,
    messages_dispatch,
    messages_reconcile,
    messages_send_in_order,
)
from delivery.services import pump_tick
from delivery.tests.conftest import backend_job

pytestmark = pytest.mark.django_db


class Graph:
    """Accepts every send (optionally failing the first ones) and keeps the arrival order as (to, wamid)."""

    def __init__(self, *, fail_first: int = 0, error: Reply | None = None, jitter: float = 0.0) -> None:
        self.arrivals: list[tuple[str, str]] = []
        self.refused: list[str] = []
        self.fail_first = fail_first
        self.error = error
        self.jitter = jitter
        self.lock = threading.Lock()

    def __call__(self, request: Recorded) -> Reply:
        to = str(request.json().get("to", ""))
        with self.lock:
            if self.fail_first > 0:
                self.fail_first -= 1
                self.refused.append(to)
                return self.error or Reply(429, {"error": {"message": "(#130429) Rate limit hit", "code": 130429}})
            wamid = f"wamid.{len(self.arrivals) + 1}"
            self.arrivals.append((to, wamid))
        # An answer that takes a little while, as the real one does: the window in which workers could race.
        delay = random.uniform(0, self.jitter) if self.jitter else 0.0  # noqa: S311 - test timing only
        return Reply(200, {"messaging_product": "whatsapp", "messages": [{"id": wamid}]}, delay=delay)

    def order(self) -> dict[str, list[int]]:
        """Per recipient, the rows in the order their sends arrived."""
        rows = dict(OutboundMessage.objects.exclude(provider_message_id=None).values_list("provider_message_id", "pk"))
        seen: dict[str, list[int]] = defaultdict(list)
        for to, wamid in self.arrivals:
            seen[to].append(rows[wamid])
        return seen


def text(user, body: str) -> OutboundMessage:
    return message_queue(user=user, payload=messages.text(body), purpose="alert", immediate=False)


# --- The line, message by message --------------------------------------------------------------------------


def test_a_message_waits_for_the_older_one_and_whoever_sends_that_sends_it_too(clock, seeker, cloud):
    user = seeker()
    first, second = text(user, "first"), text(user, "second")
    graph = Graph()
    with serve(graph) as server:
        cloud(server)
        assert message_send(message_id=second.pk) is None  # not its turn: the older one is unsent
        assert OutboundMessage.objects.get(pk=second.pk).status == MessageStatus.QUEUED
        assert messages_send_in_order(message_id=second.pk) == 2  # its task sends the head, then it
    assert graph.order() == {user.phone_number: [first.pk, second.pk]}


def test_a_rate_limited_message_holds_the_ones_behind_it_until_its_retry(clock, seeker, cloud):
    user = seeker()
    first, second, third = (text(user, body) for body in ("one", "two", "three"))
    graph = Graph(fail_first=1)  # 130429 on the first send
    with serve(graph) as server:
        cloud(server)
        pump_tick()
        assert OutboundMessage.objects.get(pk=first.pk).error_code == "130429"
        for _ in range(5):  # however often the others' tasks run, none overtakes it
            for message in (second, third):
                messages_send_in_order(message_id=message.pk)
            pump_tick()
        assert graph.arrivals == []
        retry_at = OutboundMessage.objects.get(pk=first.pk).next_attempt_at
        clock.advance(seconds=(retry_at - clock.now()).total_seconds())  # the retry is due
        pump_tick()
    assert graph.order() == {user.phone_number: [first.pk, second.pk, third.pk]}


def test_a_message_given_up_releases_the_line(clock, seeker, cloud):
    user = seeker()
    first, second = text(user, "one"), text(user, "two")
    refused = Reply(400, {"error": {"message": "(#131026) Message undeliverable", "code": 131026}})
    graph = Graph(fail_first=1, error=refused)
    with serve(graph) as server:
        cloud(server)
        pump_tick()
    assert OutboundMessage.objects.get(pk=first.pk).status == MessageStatus.FAILED
    assert graph.order() == {user.phone_number: [second.pk]}


def test_a_message_for_later_does_not_hold_back_what_is_due_now(clock, seeker, cloud):
    user = seeker()
    morning = message_queue(user=user, payload=messages.text("for the morning"), purpose="alert",
                            not_before=clock.now() + timedelta(hours=8))
    reply = message_queue(user=user, payload=messages.text("Hi!"))
    graph = Graph()
    with serve(graph) as server:
        cloud(server)
        assert messages_send_in_order(message_id=reply.pk) == 1
        clock.advance(hours=8)
        pump_tick()
    assert graph.order() == {user.phone_number: [reply.pk, morning.pk]}


def test_a_send_cut_off_mid_way_holds_the_line_until_it_is_reconciled(clock, seeker, cloud):
    user = seeker()
    first, second = text(user, "one"), text(user, "two")
    OutboundMessage.objects.filter(pk=first.pk).update(status=MessageStatus.SENDING, attempts=1)  # worker killed
    graph = Graph()
    with serve(graph) as server:
        cloud(server)
        assert messages_send_in_order(message_id=second.pk) == 0
        clock.advance(minutes=3)
        assert messages_reconcile() == (1, 0)
        pump_tick()
    assert graph.order() == {user.phone_number: [first.pk, second.pk]}


def test_the_pump_dispatches_only_the_head_of_each_line(clock, seeker, settings):
    settings.WHATSAPP_SEND_RATE = 0
    users = [seeker() for _ in range(2)]
    heads = [text(user, "one") for user in users]
    for user in users:
        text(user, "two")
    dispatched = []
    settings.WHATSAPP_TRANSPORT = "cloud"  # not the inline outbox: record what would be enqueued
    from delivery import outbound

    original = outbound.message_enqueue
    outbound.message_enqueue = lambda *, message_id: dispatched.append(message_id)
    try:
        assert messages_dispatch(now=clock.now(), budget=10) == 2
    finally:
        outbound.message_enqueue = original
    assert dispatched == [m.pk for m in heads]


# --- Twenty seekers at once, through the signed webhook, with several workers ------------------------------


class Workers:
    """Django-Q2's workers as threads: every task enqueued goes to a shared queue that WORKERS threads drain in
    parallel, in whatever order they get to it (the cluster's processes cannot run inside a test)."""

    def __init__(self, count: int) -> None:
        self.tasks: queue.Queue[tuple[str, tuple]] = queue.Queue()
        self.errors: list[BaseException] = []
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self.work, daemon=True) for _ in range(count)]

    def enqueue(self, func: str, *args, **_options) -> str:
        self.tasks.put((func, args))
        return "task"

    def work(self) -> None:
        try:
            while not self.stop.is_set():
                try:
                    func, args = self.tasks.get(timeout=0.05)
                except queue.Empty:
                    continue
                try:
                    import_string(func)(*args)
                except BaseException as exc:  # noqa: BLE001 - reported by the test
                    self.errors.append(exc)
                finally:
                    self.tasks.task_done()
        finally:
            connection.close()

    def __enter__(self) -> Workers:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(30)


SEEKERS = 20
WORKERS = 4
SCRIPT = [
    "hi",
    "I'm a backend developer looking for Python/Django roles in Lagos, 4 years experience, hybrid or remote, "
    "at least 600k a month",
    "skip",
    "yes",
    "jobs",
    "help",
]


def seeker_talks(index: int, errors: list[BaseException]) -> None:
    """One seeker: each message POSTed signed to /webhook/, the next one once the bot has handled it."""
    wa_id = f"234803{index:07d}"
    client = Client()
    try:
        for body in SCRIPT:
            envelope = message_envelope({"from": wa_id, "type": "text", "text": {"body": body},
                                         "timestamp": str(int(time.time()))})
            wamid = envelope["entry"][0]["changes"][0]["value"]["messages"][0]["id"]
            data = json.dumps(envelope).encode()
            response = client.post("/webhook/", data=data, content_type="application/json",
                                   HTTP_X_HUB_SIGNATURE_256=sign(data, SECRET))
            assert response.status_code == 200
            deadline = time.monotonic() + 60
            while InboundMessage.objects.filter(wa_message_id=wamid, status=InboundStatus.RECEIVED).exists():
                assert time.monotonic() < deadline, f"{body!r} from {wa_id} was never handled"
                time.sleep(0.02)
            time.sleep(random.uniform(0, 0.05))  # noqa: S311 - reading, typing
    except BaseException as exc:  # noqa: BLE001 - reported by the test
        errors.append(exc)
    finally:
        connection.close()


def new_jobs_arrive(stop: threading.Event, errors: list[BaseException]) -> None:
    """New matching jobs while the seekers talk: alerts race with the replies."""
    from delivery.services import job_deliver

    try:
        while not stop.wait(0.15):
            job_deliver(job_id=backend_job(work_arrangement="hybrid").pk)
    except BaseException as exc:  # noqa: BLE001
        errors.append(exc)
    finally:
        connection.close()


@pytest.mark.django_db(transaction=True)
def test_twenty_seekers_onboarding_at_once_get_their_messages_in_the_order_written(settings, app_secret, cloud,
                                                                                   monkeypatch):
    import django_q.tasks

    from delivery.quiet import _default_quiet

    settings.QUIET_HOURS = "off"
    settings.ALERT_BATCH_SECONDS = 0
    settings.ALERT_DAILY_CAP = 1000
    # Alerts go out the moment they are due, not 6 s after the last message: they race with every reply.
    monkeypatch.setattr(policy, "PAIR_SPACING", timedelta(0))
    _default_quiet.cache_clear()
    for _ in range(3):
        backend_job(work_arrangement="hybrid")  # what "yes" and "jobs" show
    graph = Graph(jitter=0.02)
    errors: list[BaseException] = []
    with serve(graph) as server, Workers(WORKERS) as workers:
        cloud(server)
        settings.WHATSAPP_API_TIMEOUT = 10
        monkeypatch.setattr(django_q.tasks, "async_task", workers.enqueue)
        stop = threading.Event()
        feeder = threading.Thread(target=new_jobs_arrive, args=(stop, errors))
        seekers = [threading.Thread(target=seeker_talks, args=(i, errors)) for i in range(SEEKERS)]
        feeder.start()
        for thread in seekers:
            thread.start()
        for thread in seekers:
            thread.join(120)
        stop.set()
        feeder.join(30)
        deadline = time.monotonic() + 60
        while (OutboundMessage.objects.filter(status__in=[MessageStatus.QUEUED, MessageStatus.SENDING]).exists()
               or UserJobHistory.objects.filter(status=HistoryStatus.PENDING).exists()):
            assert time.monotonic() < deadline, "messages left unsent"
            workers.enqueue("delivery.tasks.pump")
            time.sleep(0.2)
        workers.tasks.join()
    _default_quiet.cache_clear()
    assert not errors and not workers.errors, (errors + workers.errors)[0]
    assert not any(thread.is_alive() for thread in seekers)

    order = graph.order()
    assert len(order) == SEEKERS
    for to, arrived in order.items():
        assert arrived == sorted(arrived), f"{to} got their messages out of order: {arrived}"
    sent = OutboundMessage.objects.exclude(provider_message_id=None)
    assert sorted(pk for rows in order.values() for pk in rows) == sorted(sent.values_list("pk", flat=True))
    assert sent.filter(purpose="alert").exists(), "no alert raced with the replies"
    assert InboundMessage.objects.filter(status=InboundStatus.PROCESSED).count() == SEEKERS * len(SCRIPT)
    assert not OutboundMessage.objects.filter(status=MessageStatus.FAILED).exists()
