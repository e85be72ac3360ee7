"""The dashboard's figures: plain reads, each over a bounded time window, counted by the database.

Each function returns plain data (dicts, lists, dataclasses) that `console.charts` draws; nothing here renders.
Only the reply-time percentiles sort numbers in Python, over the last 24 hours' inbound messages at most.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.apps import apps
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Floor, TruncDate
from django.utils import timezone
from django_q.models import Failure

from accounts.models import User
from conversations.models import InboundMessage, InboundStatus
from delivery.models import (
    ConversationWindow,
    MessagePurpose,
    MessageStatus,
    OutboundMessage,
    UserJobHistory,
    WindowStatus,
)
from jobs.models import CanonicalJob, RunStatus, SourceRun

# Sources drawn by name; the rest are summed as "other" so a chart's legend stays readable.
MAX_SOURCES = 6
ALERT_PURPOSES = (MessagePurpose.ALERT, MessagePurpose.DIGEST)
# "sending" is drawn with "queued": both are waiting for WhatsApp's answer.
MESSAGE_STATES = ("queued", "sent", "delivered", "read", "failed")
FUNNEL_DAYS = 30


@dataclass(frozen=True)
class Daily:
    """Counts per day for each named series; every series has one value per day in `days`."""

    days: list[date]
    series: dict[str, list[int]]


def _days(now: datetime, count: int) -> list[date]:
    today = timezone.localdate(now)
    return [today - timedelta(days=count - 1 - i) for i in range(count)]


def _start(now: datetime, days: int) -> datetime:
    return now - timedelta(days=days)


def _top_named(totals: dict[str, int]) -> list[str]:
    return [name for name, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_SOURCES]]


def _daily(rows: list[dict], *, key: str, days: list[date], names: list[str] | None = None) -> Daily:
    """Rows of {"day", key, "n"} into one dense list per name; names beyond `names` go into "other"."""
    totals: dict[str, int] = {}
    for row in rows:
        totals[row[key]] = totals.get(row[key], 0) + row["n"]
    named = names if names is not None else _top_named(totals)
    index = {day: i for i, day in enumerate(days)}
    series = {name: [0] * len(days) for name in named}
    for row in rows:
        slot = index.get(row["day"])
        name = row[key] if row[key] in series else "other"
        if slot is None:
            continue
        series.setdefault(name, [0] * len(days))[slot] += row["n"]
    return Daily(days=days, series=series)


def jobs_per_day(*, now: datetime | None = None, days: int = 14) -> Daily:
    """New canonical jobs per day, by the source that brought the first copy."""
    now = now or timezone.now()
    rows = list(CanonicalJob.objects.filter(created_at__gte=_start(now, days)).annotate(day=TruncDate("created_at"))
                .values("day", "source").annotate(n=Count("pk")).order_by())
    return _daily(rows, key="source", days=_days(now, days))


def scrape_runs(*, now: datetime | None = None, days: int = 7) -> dict[str, dict[str, int]]:
    """Source runs per source and outcome over the last `days` days (running ones left out)."""
    now = now or timezone.now()
    rows = (SourceRun.objects.filter(started_at__gte=_start(now, days)).exclude(status=RunStatus.RUNNING)
            .values("source", "status").annotate(n=Count("pk")).order_by())
    result: dict[str, dict[str, int]] = {}
    for row in rows:
        result.setdefault(row["source"], {s: 0 for s in ("succeeded", "partial", "failed")})[row["status"]] = row["n"]
    return dict(sorted(result.items()))


def alert_messages_per_day(*, now: datetime | None = None, days: int = 14) -> Daily:
    """Alert and digest messages per day (by when they were written) and where each stands now."""
    now = now or timezone.now()
    rows = list(OutboundMessage.objects.filter(created_at__gte=_start(now, days), purpose__in=ALERT_PURPOSES)
                .annotate(day=TruncDate("created_at")).values("day", "status").annotate(n=Count("pk")).order_by())
    for row in rows:
        if row["status"] == MessageStatus.SENDING:
            row["status"] = MessageStatus.QUEUED.value
    return _daily(rows, key="status", days=_days(now, days), names=list(MESSAGE_STATES))


@dataclass(frozen=True)
class HourlyReplies:
    hours: list[datetime]
    p50: list[float | None]  # seconds; None for an hour with no answered message
    p95: list[float | None]
    answered: int
    unanswered: int


def reply_times(*, now: datetime | None = None, hours: int = 24) -> HourlyReplies:
    """Seconds from an inbound message being stored to the first reply sent to that seeker after it, per hour."""
    now = now or timezone.now()
    first_hour = (now - timedelta(hours=hours - 1)).replace(minute=0, second=0, microsecond=0)
    first_reply = (OutboundMessage.objects.filter(user=OuterRef("user"), purpose=MessagePurpose.REPLY,
                                                  sent_at__gte=OuterRef("received_at"))
                   .order_by("sent_at").values("sent_at")[:1])
    rows = (InboundMessage.objects.filter(received_at__gte=first_hour, user__isnull=False)
            .annotate(replied=Subquery(first_reply)).values_list("received_at", "replied"))
    waits: dict[datetime, list[float]] = {}
    unanswered = 0
    for received, replied in rows:
        if replied is None:
            unanswered += 1
            continue
        hour = received.astimezone(first_hour.tzinfo).replace(minute=0, second=0, microsecond=0)
        waits.setdefault(hour, []).append((replied - received).total_seconds())
    slots = [first_hour + timedelta(hours=i) for i in range(hours)]
    return HourlyReplies(
        hours=slots, p50=[_percentile(waits.get(h), 50) for h in slots], p95=[_percentile(waits.get(h), 95) for h in slots],
        answered=sum(len(v) for v in waits.values()), unanswered=unanswered,
    )


def _percentile(values: list[float] | None, pct: int) -> float | None:
    """Nearest rank: always one of the values (an unanswered message's infinity stays infinity, never NaN)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(pct / 100 * len(ordered)) - 1, 0)]


def reply_p95(*, now: datetime | None = None, minutes: int = 60, overdue_seconds: float) -> tuple[float | None, int]:
    """The p95 reply time over the last `minutes` and how many messages it is based on (for the alert).

    A message still unprocessed after `overdue_seconds` counts as waiting for ever: a stuck queue must raise the
    p95, not vanish from it because nothing was answered.
    """
    now = now or timezone.now()
    since = now - timedelta(minutes=minutes)
    first_reply = (OutboundMessage.objects.filter(user=OuterRef("user"), purpose=MessagePurpose.REPLY,
                                                  sent_at__gte=OuterRef("received_at"))
                   .order_by("sent_at").values("sent_at")[:1])
    rows = (InboundMessage.objects.filter(received_at__gte=since, user__isnull=False)
            .annotate(replied=Subquery(first_reply)).filter(replied__isnull=False).values_list("received_at", "replied"))
    waits = [(replied - received).total_seconds() for received, replied in rows]
    stuck = InboundMessage.objects.filter(received_at__gte=since, status=InboundStatus.RECEIVED,
                                          received_at__lt=now - timedelta(seconds=overdue_seconds)).count()
    waits.extend([math.inf] * stuck)
    return _percentile(waits, 95), len(waits)


SCORE_BIN = 10


def match_scores(*, now: datetime | None = None, days: int = 14) -> list[int]:
    """How many user-job matches fell in each 10-point score band (0–9 … 90–100), matched in the last `days`."""
    now = now or timezone.now()
    rows = (UserJobHistory.objects.filter(created_at__gte=_start(now, days))
            .annotate(band=Floor(F("match_score") / SCORE_BIN)).values("band").annotate(n=Count("pk")).order_by())
    bins = [0] * 10
    for row in rows:
        bins[min(max(int(row["band"] or 0), 0), 9)] += row["n"]
    return bins


# Jobs by how many seekers each was matched to: none, one, a few, …
MATCH_BANDS: list[tuple[str, int, int | None]] = [
    ("0", 0, 0), ("1", 1, 1), ("2–5", 2, 5), ("6–20", 6, 20), ("21–100", 21, 100), ("100+", 101, None),
]


def matches_per_job(*, now: datetime | None = None, days: int = 14) -> dict[str, int]:
    """Jobs first seen in the last `days`, by the number of seekers each was matched to."""
    now = now or timezone.now()
    jobs = CanonicalJob.objects.filter(created_at__gte=_start(now, days)).annotate(matches=Count("history"))
    counts = jobs.aggregate(**{
        f"b{i}": Count("pk", filter=Q(matches__gte=low) & (Q(matches__lte=high) if high is not None else Q()))
        for i, (_, low, high) in enumerate(MATCH_BANDS)
    })
    return {label: counts[f"b{i}"] for i, (label, _, _) in enumerate(MATCH_BANDS)}


def windows() -> dict[str, int]:
    """Seekers' 24-hour windows now: open, closing (the 20 h reminder or the 23 h warning went out), expired."""
    counts = ConversationWindow.objects.aggregate(
        open=Count("pk", filter=Q(window_status=WindowStatus.ACTIVE)),
        closing=Count("pk", filter=Q(window_status__in=[WindowStatus.REMINDED, WindowStatus.WARNED])),
        expired=Count("pk", filter=Q(window_status=WindowStatus.EXPIRED)),
    )
    return {"open": counts["open"], "closing": counts["closing"], "expired": counts["expired"]}


def _apply_link_model():
    """The click-tracking model when it exists (added separately); None before that, so "applied" is unknown."""
    try:
        model = apps.get_model("delivery", "ApplyLink")
    except LookupError:
        return None
    names = {f.name for f in model._meta.get_fields()}
    return model if {"user", "first_clicked_at"} <= names else None


def funnel(*, now: datetime | None = None, days: int = FUNNEL_DAYS) -> dict[str, int | None]:
    """Seekers who joined in the last `days`: how many confirmed preferences, got an alert, tapped Apply."""
    now = now or timezone.now()
    # Exists inside each filter, not as annotations: Django drops annotations from an aggregate's inner query.
    steps = {"alerted": Count("pk", filter=Q(Exists(UserJobHistory.objects.filter(user=OuterRef("pk"),
                                                                                message_sent=True))))}
    link = _apply_link_model()
    if link is not None:
        steps["applied"] = Count("pk", filter=Q(Exists(link.objects.filter(user=OuterRef("pk"),
                                                                          first_clicked_at__isnull=False))))
    counts = User.objects.filter(created_at__gte=_start(now, days)).aggregate(
        joined=Count("pk"), confirmed=Count("pk", filter=Q(preferences__preferences_confirmed=True)), **steps)
    return {"joined": counts["joined"], "confirmed": counts["confirmed"], "alerted": counts["alerted"],
            "applied": counts.get("applied")}


@dataclass(frozen=True)
class OpenAIUsage:
    tokens_per_day: Daily
    tokens: int
    cost_usd: Decimal
    enhanced_openai: int
    enhanced_offline: int
    waiting_for_retry: int


def openai_usage(*, now: datetime | None = None, days: int = 14) -> OpenAIUsage:
    """Tokens and cost the enhancer recorded on jobs enhanced in the last `days` (the only OpenAI use counted)."""
    now = now or timezone.now()
    recent = CanonicalJob.objects.filter(enhanced_at__gte=_start(now, days))
    rows = list(recent.filter(ai_tokens__gt=0).annotate(day=TruncDate("enhanced_at")).values("day")
                .annotate(n=Sum("ai_tokens")).order_by())
    for row in rows:
        row["series"] = "tokens"
    totals = recent.aggregate(
        tokens=Sum("ai_tokens"), cost=Sum("ai_cost_usd"),
        openai=Count("pk", filter=Q(enhancement_source="openai")),
        offline=Count("pk", filter=Q(enhancement_source="offline")),
    )
    return OpenAIUsage(
        tokens_per_day=_daily(rows, key="series", days=_days(now, days), names=["tokens"]),
        tokens=totals["tokens"] or 0, cost_usd=totals["cost"] or Decimal(0), enhanced_openai=totals["openai"],
        enhanced_offline=totals["offline"],
        waiting_for_retry=CanonicalJob.objects.filter(needs_reenhancement=True).count(),
    )


@dataclass(frozen=True)
class FailedRun:
    pk: int
    source: str
    label: str
    started_at: datetime
    error: str


@dataclass(frozen=True)
class Failures:
    """What failed in the last day, across the chain: scrapes, tasks, messages in and out, enhancement."""

    runs: list[FailedRun]
    runs_failed: int
    tasks_failed: int
    tasks_by_func: dict[str, int]
    outbound_failed: int
    inbound_failed: int
    enhancement_waiting: int


def failures(*, now: datetime | None = None, hours: int = 24, shown: int = 10) -> Failures:
    now = now or timezone.now()
    since = now - timedelta(hours=hours)
    failed_runs = SourceRun.objects.filter(started_at__gte=since, status=RunStatus.FAILED)
    latest = failed_runs.order_by("-started_at").values("pk", "source", "label", "started_at", "errors")[:shown]
    tasks = Failure.objects.filter(stopped__gte=since)
    by_func = dict(tasks.values_list("func").annotate(n=Count("pk")).order_by("-n")[:5])
    return Failures(
        runs=[FailedRun(pk=r["pk"], source=r["source"], label=r["label"], started_at=r["started_at"],
                        error=str((r["errors"] or [""])[0])[:200]) for r in latest],
        runs_failed=failed_runs.count(), tasks_failed=tasks.count(), tasks_by_func=by_func,
        outbound_failed=OutboundMessage.objects.filter(created_at__gte=since, status=MessageStatus.FAILED).count(),
        inbound_failed=InboundMessage.objects.filter(received_at__gte=since, status=InboundStatus.FAILED).count(),
        enhancement_waiting=CanonicalJob.objects.filter(needs_reenhancement=True).count(),
    )
