"""Operator alerts: each condition raises once, stays quiet within the hour, repeats after it, and recovers once."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from accounts.tests.factories import UserFactory
from console import alerts
from console.models import OperatorAlert, WebhookRefusals
from console.tests.conftest import NOW, backdate
from console.tests.factories import (
    ConversationWindowFactory,
    InboundMessageFactory,
    OutboundMessageFactory,
    SourceRunFactory,
)
from delivery.models import OutboundMessage
from delivery.transports.cloud import token_alert_clear, token_alert_raise
from jobs.models import CanonicalJob, SourceRun
from jobs.tests.factories import CanonicalJobFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def operators(settings):
    settings.OPERATOR_EMAILS = ["ops@example.com"]
    settings.OPERATOR_WHATSAPP = ""
    settings.ALERT_WEBHOOK_ERRORS = 3
    settings.ALERT_OPENAI_FAILURES = 2
    settings.ALERT_REPLY_P95_SECONDS = 10
    settings.ALERT_REPLY_MIN_MESSAGES = 2
    settings.ALERT_BACKLOG_MESSAGES = 3


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def subjects() -> list[str]:
    return [message.subject for message in mail.outbox]


def check(name: str) -> alerts.CheckReport:
    report = alerts.alerts_check()
    assert set(report.failing) <= {name}, report.failing
    return report


def fail_source(n: int = 3) -> None:
    for i in range(n):
        SourceRunFactory(source="greenhouse", status="failed", started_at=timezone.now() - timedelta(minutes=i + 1),
                         errors=["HTTPError: 404"])


def back_up_delivery() -> None:
    OutboundMessageFactory.create_batch(4, status="queued", next_attempt_at=timezone.now())


def slow_replies() -> None:
    user = UserFactory()
    for minutes_ago in (30, 20):
        inbound = InboundMessageFactory(user=user)
        received = timezone.now() - timedelta(minutes=minutes_ago)
        backdate(inbound, received_at=received)
        OutboundMessageFactory(user=user, purpose="reply", sent_at=received + timedelta(seconds=45))


def refuse_webhooks() -> None:
    alerts.webhook_refusals_count(count=4)


def fail_openai() -> None:
    for job in CanonicalJobFactory.create_batch(3):
        CanonicalJob.objects.filter(pk=job.pk).update(needs_reenhancement=True, enhanced_at=timezone.now(),
                                                      enhancement_error="APIConnectionError")


def refuse_token(settings) -> None:
    settings.WHATSAPP_TRANSPORT = "cloud"
    token_alert_raise(code="190", message="Session has expired")


def clear(name: str, settings) -> None:
    if name == "source_failing":
        SourceRunFactory(source="greenhouse", status="succeeded", started_at=timezone.now())
    elif name == "delivery_backlog":
        OutboundMessage.objects.filter(status="queued").update(status="sent")
    elif name == "reply_time":
        settings.ALERT_REPLY_P95_SECONDS = 60
    elif name == "webhook_errors":
        WebhookRefusals.objects.all().delete()
    elif name == "openai_failures":
        CanonicalJob.objects.update(needs_reenhancement=False)
    elif name == "whatsapp_token":
        token_alert_clear()


CASES = {
    "source_failing": (lambda settings: fail_source(), "A job source keeps failing", "greenhouse: the last 3 runs failed"),
    "delivery_backlog": (lambda settings: back_up_delivery(), "Delivery is behind", "4 messages queued"),
    "reply_time": (lambda settings: slow_replies(), "Replies are slow", "reply p95 over the last hour 45.0 s"),
    "webhook_errors": (lambda settings: refuse_webhooks(), "Webhook errors are rising", "4 webhook POSTs"),
    "openai_failures": (lambda settings: fail_openai(), "OpenAI calls are failing", "3 jobs fell back"),
    "whatsapp_token": (refuse_token, "The WhatsApp token is refused", "Session has expired"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_condition_mails_once_stays_quiet_within_the_hour_and_mails_its_recovery(name, settings, clock):
    trigger, title, detail = CASES[name]
    trigger(settings)

    assert check(name).raised == [name]
    assert subjects() == [f"[Aremu] FAILING: {title}"]
    assert detail in mail.outbox[0].body
    assert mail.outbox[0].to == ["ops@example.com"]

    clock.shift(timedelta(minutes=10))  # inside the 15-minute counts, well inside the hour
    assert check(name).raised == []
    assert len(mail.outbox) == 1

    clear(name, settings)
    assert check(name).recovered == [name]
    assert subjects()[-1] == f"[Aremu] RECOVERED: {title}"
    assert check(name).recovered == []
    assert len(mail.outbox) == 2


def test_a_condition_that_lasts_is_mailed_again_after_the_hour(settings, clock):
    fail_source()
    alerts.alerts_check()
    clock.shift(timedelta(minutes=61))
    fail_source()
    assert alerts.alerts_check().raised == ["source_failing"]
    assert len(mail.outbox) == 2


def test_a_flapping_condition_is_not_mailed_again_within_the_hour_of_its_last_mail(settings, clock):
    fail_source()
    alerts.alerts_check()
    clear("source_failing", settings)
    alerts.alerts_check()  # recovery
    clock.shift(timedelta(minutes=5))
    fail_source()
    assert alerts.alerts_check().raised == []
    assert subjects() == ["[Aremu] FAILING: A job source keeps failing", "[Aremu] RECOVERED: A job source keeps failing"]


def test_two_clusters_checking_the_same_minute_send_one_mail(clock):
    fail_source()
    alerts.alerts_check()
    alerts.alerts_check()
    assert len(mail.outbox) == 1


def test_a_source_with_a_success_among_its_last_runs_is_not_failing(clock):
    for minutes_ago, status in ((1, "failed"), (2, "failed"), (3, "succeeded"), (4, "failed"), (5, "failed")):
        SourceRunFactory(source="greenhouse", status=status, started_at=timezone.now() - timedelta(minutes=minutes_ago))
    assert SourceRun.objects.filter(status="failed").count() == 4
    assert alerts.alerts_check().failing == []


def test_a_message_left_unprocessed_past_the_limit_counts_as_a_slow_reply(settings, clock):
    slow_replies()
    settings.ALERT_REPLY_P95_SECONDS = 60
    stuck = InboundMessageFactory(status="received")
    backdate(stuck, received_at=timezone.now() - timedelta(minutes=5))
    assert alerts.alerts_check().raised == ["reply_time"]
    assert "unanswered" in mail.outbox[0].body


def test_the_operator_gets_a_whatsapp_text_only_while_their_window_is_open(settings, clock, caplog):
    operator = UserFactory(phone_number="+2348030000001")
    settings.OPERATOR_WHATSAPP = operator.phone_number
    fail_source()
    alerts.alerts_check()
    assert not OutboundMessage.objects.filter(purpose="operator").exists()
    assert "no open 24-hour window" in caplog.text
    assert len(mail.outbox) == 1  # the e-mail went out all the same

    ConversationWindowFactory(user=operator)
    clear("source_failing", settings)
    alerts.alerts_check()
    message = OutboundMessage.objects.get(purpose="operator")
    assert message.to == operator.phone_number and "RECOVERED" in message.preview


def test_without_operator_addresses_the_alert_is_only_logged(settings, clock, caplog):
    settings.OPERATOR_EMAILS = []
    fail_source()
    alerts.alerts_check()
    assert mail.outbox == []
    assert "operator alert: FAILING: A job source keeps failing" in caplog.text


def test_a_broken_check_does_not_stop_the_others(monkeypatch, clock):
    def broken(now):
        raise RuntimeError("boom")

    monkeypatch.setattr(alerts, "CONDITIONS", [alerts.Condition("broken", "Broken", broken), *alerts.CONDITIONS])
    fail_source()
    assert alerts.alerts_check().raised == ["source_failing"]


def test_refused_webhook_posts_are_counted_per_minute(post_webhook, clock):
    for _ in range(3):
        assert post_webhook({"object": "whatsapp_business_account"}, signature="sha256=bad").status_code == 403
    assert list(WebhookRefusals.objects.values_list("count", flat=True)) == [3]
    alerts.webhook_refusals_count(count=2)
    assert WebhookRefusals.objects.get().count == 5


def test_a_raised_alert_fails_health_until_it_recovers(admin_client, settings, clock):
    fail_source()
    alerts.alerts_check()
    body = admin_client.get("/health/").json()
    assert "operator_alerts" in body["failing"]
    assert OperatorAlert.objects.get(name="source_failing").active
