"""OpenAI's second opinion, against a local Chat Completions stand-in on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import json

import pytest

from aremu.testing.http import Reply, serve
from jobs.tasks import process_new_job
from jobs.tests.enhancement.fake_openai import answer, completion, error
from jobs.tests.factories import CanonicalJobFactory
from screening.models import JobScreening, ScreeningSource, ScreeningStatus
from screening.tests.factories import ScamJobFactory

pytestmark = pytest.mark.django_db


def verdict(value: str, *reasons: str) -> Reply:
    return Reply(body=completion(json.dumps({"verdict": value, "reasons": list(reasons)})))


@pytest.fixture
def fake_openai(settings):
    """Answers the enhancement call as a good model would, and the screening call with `server.replies`."""
    replies: list[Reply] = []

    def handle(request):
        if request.json()["response_format"]["json_schema"]["name"] != "job_screening":
            return answer()
        return replies.pop(0) if replies else verdict("ok")

    with serve(handle) as server:
        settings.OPENAI_API_KEY = "sk-test"
        settings.OPENAI_BASE_URL = f"{server.url}/v1"
        settings.OPENAI_MAX_RETRIES = 0
        settings.OPENAI_TIMEOUT = 5.0
        settings.SCREENING_PROVIDER = "auto"
        server.replies = replies
        yield server


def screening_requests(server) -> list[dict]:
    bodies = [r.json() for r in server.requests if r.path.endswith("/chat/completions")]
    return [b for b in bodies if b["response_format"]["json_schema"]["name"] == "job_screening"]


def test_the_model_can_send_a_job_the_rules_passed_to_review_with_its_reasons(fake_openai):
    job = CanonicalJobFactory()
    fake_openai.replies.append(verdict("review", "The recruiter asks for a WhatsApp call only."))
    process_new_job(job.pk)
    row = JobScreening.objects.get(pk=job.pk)
    [request] = screening_requests(fake_openai)
    assert request["response_format"]["json_schema"]["strict"] is True
    assert row.status == ScreeningStatus.REVIEW and row.source == ScreeningSource.OPENAI
    assert "OpenAI: The recruiter asks for a WhatsApp call only." in row.reasons


def test_a_job_the_rules_blocked_stays_blocked_and_costs_no_call(fake_openai):
    scam = ScamJobFactory()
    process_new_job(scam.pk)
    assert JobScreening.objects.get(pk=scam.pk).status == ScreeningStatus.BLOCKED
    assert screening_requests(fake_openai) == []


def test_when_the_api_fails_the_rules_verdict_stands(fake_openai):
    fake_openai.set_handler(lambda request: error(500))
    job = CanonicalJobFactory()
    process_new_job(job.pk)
    row = JobScreening.objects.get(pk=job.pk)
    assert row.status == ScreeningStatus.CLEAR and row.source == ScreeningSource.RULES
