from __future__ import annotations

from collections.abc import Iterator

import openai
import pytest

from aremu.testing.http import FakeServer, serve
from jobs.enhancement.openai_provider import OpenAIEnhancer
from jobs.tests.enhancement.fake_openai import good_handler


@pytest.fixture
def fake_openai() -> Iterator[FakeServer]:
    with serve(good_handler) as server:
        yield server


@pytest.fixture
def make_enhancer(fake_openai: FakeServer):
    def make(*, timeout: float = 5.0, max_retries: int = 0, concurrency: int = 4) -> OpenAIEnhancer:
        client = openai.OpenAI(api_key="sk-test", base_url=f"{fake_openai.url}/v1", timeout=timeout,
                               max_retries=max_retries)
        return OpenAIEnhancer(client=client, model="gpt-4o-mini", concurrency=concurrency)

    return make


@pytest.fixture
def openai_settings(settings, fake_openai: FakeServer):
    """Settings that make get_enhancer() pick OpenAI, pointed at the fake server."""
    settings.OPENAI_API_KEY = "sk-test"
    settings.OPENAI_BASE_URL = f"{fake_openai.url}/v1"
    settings.OPENAI_MAX_RETRIES = 0
    settings.OPENAI_TIMEOUT = 5.0
    return settings
