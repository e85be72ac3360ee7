"""Operator alerts: every minute each condition is checked; a failing one is mailed (and sent on WhatsApp when the
operator's window is open) at most once per ALERT_REPEAT_MINUTES, and a recovery goes out once when it clears.

The "at most once" holds across clusters: a notice is sent only by whoever flips the condition's row with a
conditional UPDATE (console.models.OperatorAlert), so two schedulers firing the same minute send one mail.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F, Q, Sum
from django.utils import timezone

from accounts.models import User
from console import metrics
from console.models import OperatorAlert, WebhookRefusals
from conversations.models import InboundMessage, InboundStatus
from delivery import messages
from delivery.models import MessagePurpose
from delivery.outbound import message_queue
from delivery.selectors import backlog
from delivery.transports import cloud
from delivery.windows import window_is_open
from jobs.models import CanonicalJob, RunStatus, SourceRun

logger = logging.getLogger(__name__)

RECENT = timedelta(minutes=15)  # the window for "rising" counts (webhook errors, OpenAI failures)
SOURCES_LOOKBACK = timedelta(days=7)  # sources that ran at all in this time are checked


@dataclass(frozen=True)
class Finding:
    failing: bool
    detail: str


@dataclass(frozen=True)
class Condition:
    name: str
    title: str
    check: Callable[[datetime], Finding]


def source_failing(now: datetime) -> Finding:
    """A source whose last ALERT_SOURCE_FAILED_RUNS runs all failed (a board moved, a site blocks us)."""
    n = settings.ALERT_SOURCE_FAILED_RUNS
    finished = SourceRun.objects.exclude(status=RunStatus.RUNNING)
    sources = finished.filter(started_at__gte=now - SOURCES_LOOKBACK).values_list("source", flat=True).distinct()
    lines = []
    for source in sorted(set(sources)):  # a handful of sources, each one indexed query
        last = list(finished.filter(source=source).order_by("-started_at").values("status", "label", "errors")[:n])
        if len(last) == n and all(run["status"] == RunStatus.FAILED for run in last):
            error = str((last[0]["errors"] or ["no error recorded"])[0])[:200]
            lines.append(f"{source}: the last {n} runs failed (latest: {last[0]['label']}: {error})")
    return Finding(bool(lines), "\n".join(lines) or "every source's recent runs include a success")


def delivery_backlog(now: datetime) -> Finding:
    info = backlog(now=now)
    late, queued = int(info["oldest_due_seconds"]), int(info["queued_messages"])
    failing = late > settings.ALERT_BACKLOG_MINUTES * 60 or queued > settings.ALERT_BACKLOG_MESSAGES
    return Finding(failing, f"oldest due message waiting {late} s, {queued} messages queued "
                            f"(limits {settings.ALERT_BACKLOG_MINUTES} min, {settings.ALERT_BACKLOG_MESSAGES})")


def reply_time(now: datetime) -> Finding:
    limit = settings.ALERT_REPLY_P95_SECONDS
    p95, count = metrics.reply_p95(now=now, minutes=60, overdue_seconds=limit)
    if p95 is None or count < settings.ALERT_REPLY_MIN_MESSAGES:
        return Finding(False, f"{count} messages in the last hour: too few to judge")
    shown = "unanswered" if math.isinf(p95) else f"{p95:.1f} s"
    return Finding(p95 > limit, f"reply p95 over the last hour {shown} ({count} messages; limit {limit:.0f} s)")


def webhook_errors(now: datetime) -> Finding:
    since = now - RECENT
    refused = WebhookRefusals.objects.filter(minute__gte=since).aggregate(n=Sum("count"))["n"] or 0
    failed = InboundMessage.objects.filter(received_at__gte=since, status=InboundStatus.FAILED).count()
    return Finding(refused + failed > settings.ALERT_WEBHOOK_ERRORS,
                   f"last 15 min: {refused} webhook POSTs or events refused, {failed} inbound messages failed "
                   f"(limit {settings.ALERT_WEBHOOK_ERRORS})")


def openai_failures(now: datetime) -> Finding:
    failed = CanonicalJob.objects.filter(needs_reenhancement=True, enhanced_at__gte=now - RECENT).count()
    last = (CanonicalJob.objects.filter(needs_reenhancement=True).order_by("-enhanced_at")
            .values_list("enhancement_error", flat=True).first()) or ""
    return Finding(failed > settings.ALERT_OPENAI_FAILURES,
                   f"last 15 min: {failed} jobs fell back to the offline enhancer because OpenAI failed "
                   f"(limit {settings.ALERT_OPENAI_FAILURES}); last error: {last[:200] or 'none'}")


def whatsapp_token(now: datetime) -> Finding:
    try:
        cloud.health()
    except RuntimeError as exc:
        return Finding(True, f"WhatsApp refuses the access token, every send fails: {exc}")
    return Finding(False, "the Cloud API accepts the token (or the outbox transport is in use)")


CONDITIONS = [
    Condition("source_failing", "A job source keeps failing", source_failing),
    Condition("delivery_backlog", "Delivery is behind", delivery_backlog),
    Condition("reply_time", "Replies are slow", reply_time),
    Condition("webhook_errors", "Webhook errors are rising", webhook_errors),
    Condition("openai_failures", "OpenAI calls are failing", openai_failures),
    Condition("whatsapp_token", "The WhatsApp token is refused", whatsapp_token),
]


@dataclass
class CheckReport:
    raised: list[str]
    recovered: list[str]
    failing: list[str]


def alerts_check(*, now: datetime | None = None) -> CheckReport:
    """Evaluate every condition once; notify the raises and recoveries this call claimed."""
    now = now or timezone.now()
    report = CheckReport(raised=[], recovered=[], failing=[])
    for condition in CONDITIONS:
        try:
            finding = condition.check(now)
        except Exception:  # noqa: BLE001 - one broken check must not silence the others
            logger.exception("operator alert %s could not be checked", condition.name)
            continue
        if finding.failing:
            report.failing.append(condition.name)
            if _claim_raise(condition.name, detail=finding.detail, now=now):
                report.raised.append(condition.name)
                operators_notify(subject=f"FAILING: {condition.title}", body=finding.detail)
        elif _claim_recovery(condition.name, now=now):
            report.recovered.append(condition.name)
            operators_notify(subject=f"RECOVERED: {condition.title}", body=finding.detail)
    WebhookRefusals.objects.filter(minute__lt=now - timedelta(days=1)).delete()
    return report


def _ensure(name: str) -> None:
    if OperatorAlert.objects.filter(name=name).exists():
        return
    try:
        with transaction.atomic():
            OperatorAlert.objects.create(name=name)
    except IntegrityError:
        pass  # another cluster made it first


def _claim_raise(name: str, *, detail: str, now: datetime) -> bool:
    """True for the one caller that may notify: not notified within ALERT_REPEAT_MINUTES (recovered or not, so a
    flapping condition still mails at most once per period)."""
    _ensure(name)
    quiet = now - timedelta(minutes=settings.ALERT_REPEAT_MINUTES)
    due = Q(notified_at__isnull=True) | Q(notified_at__lte=quiet)
    return bool(OperatorAlert.objects.filter(due, name=name).update(active=True, notified_at=now, detail=detail))


def _claim_recovery(name: str, *, now: datetime) -> bool:
    """True once per notified failure: a recovery answers a mail the operators got, never a silent blip."""
    return bool(OperatorAlert.objects.filter(name=name, active=True).update(active=False, cleared_at=now))


def operators_notify(*, subject: str, body: str) -> None:
    """E-mail always (when OPERATOR_EMAILS is set); WhatsApp only inside the operator's open 24-hour window, since a
    free-form message outside it is refused by WhatsApp and a template for this would need Meta's approval."""
    logger.warning("operator alert: %s: %s", subject, body)
    if settings.OPERATOR_EMAILS:
        try:
            send_mail(f"[Aremu] {subject}", body, None, settings.OPERATOR_EMAILS)
        except Exception:  # noqa: BLE001 - a broken mail server must not stop the WhatsApp notice or the checks
            logger.exception("operator alert e-mail could not be sent")
    if settings.OPERATOR_WHATSAPP:
        _whatsapp_notify(text=f"⚠️ Aremu {subject}\n{body}")


def _whatsapp_notify(*, text: str) -> None:
    operator = User.objects.filter(phone_number=settings.OPERATOR_WHATSAPP).first()
    if operator is None or not window_is_open(user=operator):
        logger.info("operator alert not sent on WhatsApp: %s has no open 24-hour window (write to the bot to open "
                    "one)", settings.OPERATOR_WHATSAPP)
        return
    message_queue(user=operator, payload=messages.text(text), purpose=MessagePurpose.OPERATOR)


def webhook_refusals_count(*, count: int, now: datetime | None = None) -> None:
    """Add to this minute's count of refused webhook POSTs (one row a minute, whatever the traffic)."""
    minute = (now or timezone.now()).replace(second=0, microsecond=0)
    if WebhookRefusals.objects.filter(minute=minute).update(count=F("count") + count):
        return
    try:
        with transaction.atomic():
            WebhookRefusals.objects.create(minute=minute, count=count)
    except IntegrityError:  # another request created this minute's row first
        WebhookRefusals.objects.filter(minute=minute).update(count=F("count") + count)


def alerts_health() -> dict[str, object]:
    """`/health/`: fails while an operator alert is raised (the same conditions operators are mailed about)."""
    active = list(OperatorAlert.objects.filter(active=True).values_list("name", "detail"))
    if active:
        raise RuntimeError("; ".join(f"{name}: {detail}" for name, detail in active))
    return {"raised": 0, "checked": [c.name for c in CONDITIONS]}
