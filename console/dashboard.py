"""The dashboard's panels: each figure from `console.metrics` drawn by `console.charts`, with a line saying what it
shows. No queries of its own; the view and the admin index only call `panels()` and `failures()`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from console import charts, metrics


@dataclass(frozen=True)
class Panel:
    key: str
    title: str
    svg: SafeString  # built by console.charts, which escapes every label
    note: str = ""


def _day_labels(days: list) -> list[str]:
    return [f"{day:%d %b}" for day in days]


def _jobs(now: datetime) -> Panel:
    daily = metrics.jobs_per_day(now=now)
    title = "New jobs per day by source, last 14 days"
    total = sum(sum(v) for v in daily.series.values())
    svg = charts.bar_chart(title=title, desc=f"{total} new jobs; bars stacked by the source of the first copy.",
                           labels=_day_labels(daily.days), series=daily.series) if total else charts.message_chart(
        title=title, desc="No jobs yet.", message="No new jobs in the last 14 days")
    return Panel("jobs", title, mark_safe(svg))  # noqa: S308 - charts escape every label


def _scrapes(now: datetime) -> Panel:
    runs = metrics.scrape_runs(now=now)
    title = "Scrape runs by source, last 7 days"
    failed = sum(r["failed"] for r in runs.values())
    total = sum(sum(r.values()) for r in runs.values())
    desc = f"{failed} of {total} runs failed." if total else "No runs."
    svg = charts.hbar_chart(title=title, desc=desc, rows=runs, order=["succeeded", "partial", "failed"]) if runs \
        else charts.message_chart(title=title, desc=desc, message="No scrape runs in the last 7 days")
    return Panel("scrapes", title, mark_safe(svg), note=desc)  # noqa: S308


def _alerts(now: datetime) -> Panel:
    daily = metrics.alert_messages_per_day(now=now)
    title = "Alert and digest messages per day, by status now, last 14 days"
    total = sum(sum(v) for v in daily.series.values())
    svg = charts.bar_chart(title=title, desc=f"{total} messages, stacked by queued, sent, delivered, read, failed.",
                           labels=_day_labels(daily.days), series=daily.series) if total else charts.message_chart(
        title=title, desc="No alerts yet.", message="No alerts or digests in the last 14 days")
    return Panel("alerts", title, mark_safe(svg))  # noqa: S308


def _replies(now: datetime) -> Panel:
    hourly = metrics.reply_times(now=now)
    title = "Reply time p50 / p95 per hour, last 24 hours"
    note = f"{hourly.answered} messages answered, {hourly.unanswered} without a reply sent (yet)."
    svg = charts.line_chart(title=title, desc=f"Seconds from a seeker's message to our first reply. {note}",
                            labels=[f"{h:%H}h" for h in hourly.hours], series={"p50": hourly.p50, "p95": hourly.p95},
                            unit="s") if hourly.answered else charts.message_chart(
        title=title, desc=note, message="No replies in the last 24 hours")
    return Panel("replies", title, mark_safe(svg), note=note)  # noqa: S308


def _scores(now: datetime) -> Panel:
    bins = metrics.match_scores(now=now)
    title = "Match scores of user–job matches, last 14 days"
    labels = [f"{10 * i}–{10 * i + 9}" for i in range(10)]
    svg = charts.bar_chart(title=title, desc=f"{sum(bins)} matches by score band.", labels=labels,
                           series={"matches": bins}) if sum(bins) else charts.message_chart(
        title=title, desc="No matches.", message="No matches in the last 14 days")
    return Panel("scores", title, mark_safe(svg))  # noqa: S308


def _matches_per_job(now: datetime) -> Panel:
    bands = metrics.matches_per_job(now=now)
    title = "Jobs by number of seekers matched, jobs of the last 14 days"
    svg = charts.bar_chart(title=title, desc=f"{sum(bands.values())} jobs by how many seekers each matched.",
                           labels=list(bands), series={"jobs": list(bands.values())}) if sum(bands.values()) \
        else charts.message_chart(title=title, desc="No jobs.", message="No new jobs in the last 14 days")
    return Panel("matches_per_job", title, mark_safe(svg))  # noqa: S308


def _windows() -> Panel:
    counts = metrics.windows()
    title = "24-hour windows now"
    svg = charts.bar_chart(title=title, desc=", ".join(f"{k}: {v}" for k, v in counts.items()),
                           labels=["open", "closing (reminded/warned)", "expired"],
                           series={"windows": list(counts.values())}, height=180)
    return Panel("windows", title, mark_safe(svg))  # noqa: S308


def _funnel(now: datetime) -> Panel:
    steps = metrics.funnel(now=now)
    title = f"Seekers who joined in the last {metrics.FUNNEL_DAYS} days"
    note = "" if steps["applied"] is not None else "Apply taps are not tracked yet."
    svg = charts.funnel_chart(title=title, desc="Joined, confirmed preferences, got an alert, tapped Apply. " + note,
                              steps=list(steps.items()))
    return Panel("funnel", title, mark_safe(svg), note=note)  # noqa: S308


def _openai(now: datetime) -> Panel:
    usage = metrics.openai_usage(now=now)
    title = "OpenAI tokens per day (job enhancement), last 14 days"
    note = (f"{usage.tokens:,} tokens, ${usage.cost_usd:.4f}; {usage.enhanced_openai} jobs by OpenAI, "
            f"{usage.enhanced_offline} offline; {usage.waiting_for_retry} waiting for a retry.")
    svg = charts.bar_chart(title=title, desc=note, labels=_day_labels(usage.tokens_per_day.days),
                           series=usage.tokens_per_day.series) if usage.tokens else charts.message_chart(
        title=title, desc=note, message=f"offline enhancer: 0 tokens, $0 ({usage.enhanced_offline} jobs offline)")
    return Panel("openai", title, mark_safe(svg), note=note)  # noqa: S308


def panels(*, now: datetime | None = None) -> list[Panel]:
    now = now or timezone.now()
    return [_jobs(now), _scrapes(now), _alerts(now), _replies(now), _scores(now), _matches_per_job(now),
            _windows(), _funnel(now), _openai(now)]


def failures(*, now: datetime | None = None) -> metrics.Failures:
    return metrics.failures(now=now)
