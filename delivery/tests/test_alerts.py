"""What the user reads: alerts within WhatsApp's limits, the best apply route, digests and reminders."""

from __future__ import annotations

from decimal import Decimal

import pytest

from delivery import messages
from delivery.alerts import Offer, apply_route, render_digest, render_job_alert, render_job_batch, render_reminder
from jobs.models import CanonicalJob


def job(pk: int = 1, **fields) -> CanonicalJob:
    values = dict(title="Backend Developer", company="Paystack", location="Lekki, Lagos", work_arrangement="hybrid",
                  job_url="https://jobs.example.com/1", ai_summary="Build payment APIs in Python.")
    return CanonicalJob(pk=pk, **{**values, **fields})


def test_one_job_is_a_card_with_an_apply_button_and_the_reply_hint():
    payload = render_job_alert(job(salary_min=Decimal(600000), salary_max=Decimal(900000), salary_currency="NGN",
                                   salary_period="monthly"), 82.4)
    interactive = payload["interactive"]
    assert interactive["type"] == "cta_url"
    body = interactive["body"]["text"]
    for part in ("*Backend Developer*", "Paystack, Lekki, Lagos · Hybrid", "NGN 600,000–900,000 per month",
                 "Match: 82%", "Build payment APIs"):
        assert part in body
    assert interactive["action"]["parameters"] == {"display_text": "Apply now", "url": "https://jobs.example.com/1"}
    assert "why" in interactive["footer"]["text"]


def test_a_stated_closing_date_is_on_the_card():
    from datetime import date

    body = render_job_alert(job(apply_by=date(2025, 8, 25)), 70)["interactive"]["body"]["text"]
    assert "⏳ Apply by 25 Aug 2025" in body
    assert "Apply by" not in render_job_alert(job(), 70)["interactive"]["body"]["text"]


def test_the_apply_route_prefers_the_employers_whatsapp_then_the_link_then_email():
    assert apply_route(job(contact_whatsapp="+234 803 111 2222")).url == "https://wa.me/2348031112222"
    assert apply_route(job(apply_url="https://apply.example.com/9")).url == "https://apply.example.com/9"
    by_email = apply_route(job(job_url="", contact_email="hr@example.com"))
    assert (by_email.url, by_email.line) == ("", "Apply by email: hr@example.com")


def test_a_link_that_is_not_a_web_address_never_becomes_the_button():
    route = apply_route(job(apply_url="javascript:alert(1)", job_url="JavaScript:steal()", contact_email="hr@x.ng"))
    assert (route.url, route.line) == ("", "Apply by email: hr@x.ng")


def test_a_job_with_no_link_gets_reply_buttons_instead():
    payload = render_job_alert(job(job_url="", contact_email="hr@example.com"), 70)
    assert payload["interactive"]["type"] == "button"
    assert "hr@example.com" in payload["interactive"]["body"]["text"]
    assert [b["reply"]["id"] for b in payload["interactive"]["action"]["buttons"]] == ["job:1:why", "job:1:nfm", "job:1:report"]


def test_a_batch_of_long_jobs_stays_within_whatsapps_limits():
    long = "Senior Principal Staff Backend Platform Engineer, Payments Infrastructure " * 3
    offers = [Offer(job(pk=n, title=long, company="C" * 200, job_url=f"https://jobs.example.com/{'x' * 300}/{n}"), 90 - n)
              for n in range(1, 6)]
    payload = render_job_batch(offers, heading="🔔 New jobs for you:")
    interactive = payload["interactive"]
    assert interactive["type"] == "list"
    assert len(interactive["body"]["text"]) <= messages.BODY_LIMIT_TEXT
    rows = interactive["action"]["sections"][0]["rows"]
    assert [r["id"] for r in rows] == [f"job:{n}:pick" for n in range(1, 6)]  # one row per job, the fifth too
    assert all(len(r["title"]) <= messages.LIST_ROW_TITLE_LIMIT for r in rows)
    assert all(len(r.get("description", "")) <= messages.LIST_ROW_DESCRIPTION_LIMIT for r in rows)
    assert all(len(r["id"]) <= 200 for r in rows)


def test_a_digest_says_how_many_waited_and_offers_more():
    offers = [Offer(job(pk=n), 80) for n in range(1, 4)]
    payload = render_digest(offers, total=7)
    body = payload["interactive"]["body"]["text"]
    assert "While you were away: 7 new matches" in body and "best 3" in body
    assert payload["interactive"]["action"]["sections"][0]["rows"][-1]["id"] == "jobs:more"


def test_a_digest_of_one_job_still_says_welcome_back():
    payload = render_digest([Offer(job(), 80)], total=1)
    assert "While you were away: 1 new match." in payload["interactive"]["body"]["text"]


@pytest.mark.parametrize("last,waiting,expected", [(False, 0, "4 hours left"), (True, 2, "2 matching jobs are waiting"),
                                                    (False, 1, "1 matching job is waiting")])
def test_reminders_carry_the_keep_my_alerts_on_button(last, waiting, expected):
    payload = render_reminder(hours_left=4, waiting=waiting, last=last)
    assert expected in payload["interactive"]["body"]["text"]
    [button] = payload["interactive"]["action"]["buttons"]
    assert button["reply"] == {"id": "window:keep", "title": "Keep my alerts on"}


def test_an_alert_names_what_the_post_requires_and_how_to_stop_such_posts():
    job = CanonicalJob(pk=5, title="Van Sales Rep", company="Acme", location="Lagos", job_url="https://x.test/j",
                       description="Requirements:\n- Valid driver’s license\n- 1 year in FMCG")
    body = messages.preview(render_job_alert(job, 71))
    assert "🔑 Requires a driver's licence" in body
    assert 'Reply "no licence"' in body
    assert "Requires" not in messages.preview(render_job_alert(CanonicalJob(pk=6, title="Cashier"), 60))
