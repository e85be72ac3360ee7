"""Engagement in numbers, for the dashboard and the API: Apply taps per job, source and day, and read rates.

Taps come from the tracked Apply links (`delivery.links`); reads from WhatsApp's status callbacks, which move an
outbound message to delivered and read (`delivery.status`). A seeker may turn read receipts off, so the read rate
is a floor, not the truth. "Source" is how a job reached the seeker: an alert, the welcome-back digest, or "jobs".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncDate

from delivery.models import ApplyClick, ApplyLink, DeliveryType, MessageStatus, UserJobHistory


@dataclass(frozen=True)
class JobClicks:
    job_id: int
    title: str
    company: str
    links: int  # seekers who got a tracked link to it
    clickers: int  # of them, how many tapped at least once
    clicks: int


@dataclass(frozen=True)
class SourceClicks:
    source: str
    links: int
    clickers: int
    clicks: int

    @property
    def click_rate(self) -> float:
        return round(self.clickers / self.links, 4) if self.links else 0.0


@dataclass(frozen=True)
class DayClicks:
    day: date
    clicks: int
    clickers: int


@dataclass(frozen=True)
class ReadFigures:
    source: str
    messages: int  # job messages WhatsApp accepted (sent, delivered or read)
    delivered: int  # delivered or read
    read: int

    @property
    def read_rate(self) -> float:
        return round(self.read / self.messages, 4) if self.messages else 0.0


def _links(since: datetime, until: datetime | None):
    links = ApplyLink.objects.filter(created_at__gte=since)
    return links.filter(created_at__lt=until) if until else links


def clicks_per_job(*, since: datetime, until: datetime | None = None, limit: int = 20) -> list[JobClicks]:
    """The most tapped jobs among links issued in the period, most taps first."""
    rows = (
        _links(since, until).values("job_id", "job__title", "job__company")
        .annotate(links=Count("pk"), clickers=Count("pk", filter=Q(clicks__gt=0)), taps=Sum("clicks"))
        .order_by("-taps", "-clickers", "job_id")[:limit]
    )
    return [JobClicks(r["job_id"], r["job__title"], r["job__company"], r["links"], r["clickers"], r["taps"] or 0)
            for r in rows]


def clicks_per_source(*, since: datetime, until: datetime | None = None) -> list[SourceClicks]:
    """Links issued in the period by source (alert, digest, on request), with how many were tapped."""
    rows = dict(
        (r["source"], r) for r in _links(since, until).values("source")
        .annotate(links=Count("pk"), clickers=Count("pk", filter=Q(clicks__gt=0)), taps=Sum("clicks"))
    )
    return [SourceClicks(source, rows[source]["links"], rows[source]["clickers"], rows[source]["taps"] or 0)
            for source in DeliveryType.values if source in rows]


def clicks_per_day(*, since: datetime, until: datetime | None = None, tz: str = "") -> list[DayClicks]:
    """Taps per local day (DEFAULT_TIMEZONE unless `tz`), whenever their link was issued; oldest day first."""
    taps = ApplyClick.objects.filter(clicked_at__gte=since)
    if until:
        taps = taps.filter(clicked_at__lt=until)
    zone = ZoneInfo(tz or settings.DEFAULT_TIMEZONE)
    rows = (taps.annotate(day=TruncDate("clicked_at", tzinfo=zone)).values("day")
            .annotate(n=Count("pk"), people=Count("link__user_id", distinct=True)).order_by("day"))
    return [DayClicks(r["day"], r["n"], r["people"]) for r in rows]


def read_rate(*, since: datetime, until: datetime | None = None) -> list[ReadFigures]:
    """Of the messages that carried jobs in the period, by source: how many WhatsApp delivered and the seeker read."""
    shown = UserJobHistory.objects.filter(shown_at__gte=since, outbound_message__isnull=False)
    if until:
        shown = shown.filter(shown_at__lt=until)
    accepted = [MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.READ]
    rows = (
        shown.filter(outbound_message__status__in=accepted).values("delivery_type")
        .annotate(
            messages=Count("outbound_message", distinct=True),
            delivered=Count("outbound_message", distinct=True, filter=Q(
                outbound_message__status__in=[MessageStatus.DELIVERED, MessageStatus.READ])),
            read=Count("outbound_message", distinct=True, filter=Q(outbound_message__status=MessageStatus.READ)),
        )
    )
    by_source = {r["delivery_type"]: r for r in rows}
    return [ReadFigures(source, by_source[source]["messages"], by_source[source]["delivered"],
                        by_source[source]["read"]) for source in DeliveryType.values if source in by_source]


def engagement_summary(*, since: datetime, until: datetime | None = None) -> dict[str, object]:
    """Everything above as plain data (for JSON): the API's `/api/engagement/` and the dashboard."""
    return {
        "since": since.isoformat(), "until": until.isoformat() if until else None,
        "by_source": [{**vars(s), "click_rate": s.click_rate} for s in clicks_per_source(since=since, until=until)],
        "reads": [{**vars(r), "read_rate": r.read_rate} for r in read_rate(since=since, until=until)],
        "per_day": [{"day": d.day.isoformat(), "clicks": d.clicks, "clickers": d.clickers}
                    for d in clicks_per_day(since=since, until=until)],
        "top_jobs": [vars(j) for j in clicks_per_job(since=since, until=until, limit=10)],
    }
