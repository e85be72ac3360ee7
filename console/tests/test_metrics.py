"""The dashboard's figures, counted by the database from rows the factories write."""

from __future__ import annotations

from datetime import timedelta

import pytest

from console import metrics
from console.tests.conftest import backdate, seed
from console.tests.factories import InboundMessageFactory, OutboundMessageFactory, SourceRunFactory
from jobs.tests.factories import CanonicalJobFactory

pytestmark = pytest.mark.django_db


def test_jobs_per_day_are_counted_by_source_with_one_value_per_day(frozen):
    seed(frozen)
    daily = metrics.jobs_per_day(now=frozen)
    assert len(daily.days) == 14 and daily.days[-1] == frozen.date()
    assert daily.series["linkedin"][-1] == 3
    assert daily.series["greenhouse"][-2:] == [2, 0]


def test_sources_beyond_the_six_largest_are_summed_as_other(frozen):
    for n in range(8):
        CanonicalJobFactory.create_batch(8 - n, source=f"s{n}")
    series = metrics.jobs_per_day(now=frozen).series
    assert list(series) == ["s0", "s1", "s2", "s3", "s4", "s5", "other"]
    assert series["other"][-1] == 2 + 1


def test_scrape_runs_are_split_by_outcome_per_source(frozen):
    seed(frozen)
    SourceRunFactory(source="linkedin", status="failed", started_at=frozen - timedelta(days=8))  # too old
    assert metrics.scrape_runs(now=frozen) == {
        "greenhouse": {"succeeded": 0, "partial": 0, "failed": 1},
        "linkedin": {"succeeded": 2, "partial": 0, "failed": 1},
    }


def test_alert_messages_per_day_by_status_leave_replies_out_and_count_sending_as_queued(frozen):
    seed(frozen)
    OutboundMessageFactory(status="sending")
    series = metrics.alert_messages_per_day(now=frozen).series
    assert {name: values[-1] for name, values in series.items()} == {
        "queued": 2, "sent": 1, "delivered": 1, "read": 1, "failed": 1}


def test_reply_times_give_p50_and_p95_per_hour_from_the_message_to_the_first_reply_after_it(frozen):
    seed(frozen)
    hourly = metrics.reply_times(now=frozen)
    assert len(hourly.hours) == 24
    slot = hourly.hours.index((frozen - timedelta(hours=3)).replace(minute=0))
    assert (hourly.p50[slot], hourly.p95[slot]) == (1.5, 2.5)
    assert hourly.p50[-1] is None
    assert (hourly.answered, hourly.unanswered) == (4, 0)


def test_an_unprocessed_message_past_the_limit_counts_as_an_endless_wait_in_the_alerts_p95(frozen):
    seed(frozen)
    stuck = InboundMessageFactory(status="received")
    backdate(stuck, received_at=frozen - timedelta(minutes=5))
    p95, count = metrics.reply_p95(now=frozen, minutes=120, overdue_seconds=30)
    assert count == 3 and p95 == float("inf")


def test_match_scores_fall_in_ten_point_bands(frozen):
    seed(frozen)
    assert metrics.match_scores(now=frozen) == [0, 0, 0, 0, 0, 1, 0, 1, 0, 1]


def test_jobs_are_counted_by_how_many_seekers_each_matched(frozen):
    seed(frozen)
    assert metrics.matches_per_job(now=frozen) == {"0": 3, "1": 1, "2–5": 1, "6–20": 0, "21–100": 0, "100+": 0}


def test_windows_are_open_closing_or_expired(frozen):
    seed(frozen)
    assert metrics.windows() == {"open": 1, "closing": 1, "expired": 1}


def test_the_funnel_counts_joined_confirmed_and_alerted_and_applied_only_when_clicks_are_tracked(frozen):
    seed(frozen)
    steps = metrics.funnel(now=frozen)
    assert (steps["joined"], steps["confirmed"], steps["alerted"]) == (3, 2, 2)
    assert steps["applied"] == (0 if metrics._apply_link_model() is not None else None)


def test_openai_usage_sums_recorded_tokens_and_cost(frozen):
    seed(frozen)
    usage = metrics.openai_usage(now=frozen)
    assert (usage.tokens, float(usage.cost_usd), usage.enhanced_openai) == (1200, 0.0003, 1)
    assert usage.tokens_per_day.series["tokens"][-1] == 1200


def test_failures_list_failed_scrape_runs_with_their_first_error(frozen):
    seed(frozen)
    failures = metrics.failures(now=frozen)
    assert failures.runs_failed == 2
    assert failures.runs[0].error == "HTTPError: 404 board not found"
    assert failures.outbound_failed == 1
