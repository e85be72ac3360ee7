"""Tracked Apply links: the alert's button points at /a/<token>/, a tap counts and redirects, bad tokens don't."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.test import Client

from delivery.engagement import clicks_per_day, clicks_per_job, clicks_per_source, engagement_summary, read_rate
from delivery.links import apply_link_follow
from delivery.models import ApplyClick, ApplyLink, DeliveryType, OutboundMessage
from delivery.services import job_deliver, jobs_send_on_request
from delivery.status import StatusUpdate, status_apply
from delivery.tests.conftest import backend_job, drain

pytestmark = pytest.mark.django_db

TOKEN_PATH = re.compile(r"^/a/([A-Za-z0-9_-]{12})/$")


def alert_button_url(user) -> str:
    message = OutboundMessage.objects.get(user=user, purpose="alert")
    return message.payload["interactive"]["action"]["parameters"]["url"]


def alerted(clock, seeker, **job_fields):
    user, job = seeker(), backend_job(**job_fields)
    job_deliver(job_id=job.pk)
    drain(clock)
    return user, job


def test_the_alerts_apply_button_points_at_our_short_link_not_the_employer(clock, seeker, settings):
    user, job = alerted(clock, seeker, apply_url="https://apply.example.com/42")
    url = alert_button_url(user)
    assert url.startswith(settings.SITE_URL) and TOKEN_PATH.match(urlparse(url).path)
    link = ApplyLink.objects.get(user=user, job=job)
    assert (link.source, link.clicks) == (DeliveryType.INSTANT, 0) and url.endswith(f"/a/{link.token}/")
    assert len(url) < 200  # far inside WhatsApp's limit for a CTA URL


def test_the_token_says_nothing_about_the_user(clock, seeker):
    user, _ = alerted(clock, seeker)
    token = TOKEN_PATH.match(urlparse(alert_button_url(user)).path).group(1)
    digits = user.phone_number.lstrip("+")
    assert digits not in token and digits[-7:] not in token and str(user.pk) != token
    assert not token.isdigit()


def test_a_tap_redirects_to_the_job_and_counts_once_per_tap(clock, seeker):
    user, job = alerted(clock, seeker, apply_url="https://apply.example.com/42")
    path = urlparse(alert_button_url(user)).path
    first = Client().get(path)
    assert (first.status_code, first["Location"]) == (302, "https://apply.example.com/42")
    clock.advance(minutes=5)
    Client().get(path)
    link = ApplyLink.objects.get(user=user, job=job)
    assert link.clicks == 2 and link.first_clicked_at < link.last_clicked_at
    assert ApplyClick.objects.filter(link=link).count() == 2


def test_whatsapps_preview_fetcher_and_head_requests_are_not_taps(clock, seeker):
    user, job = alerted(clock, seeker)
    path = urlparse(alert_button_url(user)).path
    assert Client(HTTP_USER_AGENT="WhatsApp/2.23.20.0").get(path).status_code == 302
    assert Client().head(path).status_code == 302
    assert ApplyLink.objects.get(user=user, job=job).clicks == 0


def test_the_employers_whatsapp_is_reached_through_the_link_too(clock, seeker):
    user, _ = alerted(clock, seeker, contact_whatsapp="+234 803 111 2222")
    response = Client().get(urlparse(alert_button_url(user)).path)
    assert response["Location"] == "https://wa.me/2348031112222"


def test_an_unknown_token_gets_a_friendly_404(db):
    response = Client().get("/a/notarealtoken/")
    assert response.status_code == 404 and b"doesn't work" in response.content
    assert Client().get("/a/../admin/").status_code == 404


def test_an_expired_link_answers_410_and_redirects_nowhere(clock, seeker, settings):
    user, _ = alerted(clock, seeker)
    clock.advance(days=settings.APPLY_LINK_DAYS + 1)
    response = Client().get(urlparse(alert_button_url(user)).path)
    assert response.status_code == 410 and "Location" not in response


def test_a_javascript_link_never_becomes_a_tracked_link_or_a_redirect(clock, seeker):
    user, job = alerted(clock, seeker, job_url="javascript:alert(1)", contact_email="hr@example.com")
    assert not ApplyLink.objects.filter(job=job).exists()
    assert "javascript" not in str(OutboundMessage.objects.get(user=user, purpose="alert").payload).lower()
    # A link issued while the job had a web address, then the address was changed to a script: no redirect.
    link = ApplyLink.objects.create(token="tokentoken12", user=user, job=job, source=DeliveryType.INSTANT)
    response = Client().get(f"/a/{link.token}/")
    assert response.status_code == 410 and "Location" not in response


def test_jobs_on_request_get_their_own_link_per_source(clock, seeker):
    user = seeker()
    job = backend_job()
    assert jobs_send_on_request(user=user) == 1
    assert ApplyLink.objects.get(user=user, job=job).source == DeliveryType.ON_REQUEST


def test_the_engagement_figures_count_taps_and_reads(clock, seeker):
    user, job = alerted(clock, seeker)
    since = clock.now() - timedelta(days=1)
    apply_link_follow(token=ApplyLink.objects.get(user=user).token)
    message = OutboundMessage.objects.get(user=user, purpose="alert")
    message.provider_message_id = "wamid.read-me"
    message.save()
    status_apply(update=StatusUpdate("wamid.read-me", "read"))

    [by_job] = clicks_per_job(since=since)
    assert (by_job.job_id, by_job.links, by_job.clickers, by_job.clicks) == (job.pk, 1, 1, 1)
    [by_source] = clicks_per_source(since=since)
    assert (by_source.source, by_source.click_rate) == (DeliveryType.INSTANT, 1.0)
    [today] = clicks_per_day(since=since)
    assert (today.clicks, today.clickers) == (1, 1)
    [reads] = read_rate(since=since)
    assert (reads.source, reads.messages, reads.delivered, reads.read, reads.read_rate) == ("instant", 1, 1, 1, 1.0)
    assert engagement_summary(since=since)["top_jobs"][0]["clicks"] == 1
