"""Job-source tests never reach the internet: every remote base URL points at a closed local port, and every
JobSpy scraper fails loudly, unless a test points them at its own local server or fake scraper."""

from __future__ import annotations

import pytest

CLOSED = "http://127.0.0.1:9"


@pytest.fixture(autouse=True)
def _no_internet(settings, monkeypatch):
    import jobspy
    from jobspy.model import Scraper

    settings.LINKEDIN_BASE_URL = settings.GREENHOUSE_API_URL = settings.LEVER_API_URL = CLOSED
    settings.WORKABLE_API_URL = settings.ASHBY_API_URL = CLOSED
    settings.LINKEDIN_MIN_INTERVAL = settings.BOARDS_MIN_INTERVAL = 0
    settings.LINKEDIN_BACKOFF_SECONDS = 0.01

    class Offline(Scraper):
        def scrape(self, scraper_input):
            self.fail("the network is off in tests")
            return []

    for site in list(jobspy.SCRAPER_MAPPING):
        monkeypatch.setitem(jobspy.SCRAPER_MAPPING, site, Offline)
