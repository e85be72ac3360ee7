"""Company job boards by provider: the one place that maps a CompanyBoard's provider to its module."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings

from jobs.sources import ashby, greenhouse, lever, workable
from jobs.sources.base import Fetch
from jobs.sources.http import HttpClient

BoardFetcher = Callable[..., Fetch]
PROVIDERS: dict[str, BoardFetcher] = {
    greenhouse.NAME: greenhouse.fetch_board,
    lever.NAME: lever.fetch_board,
    workable.NAME: workable.fetch_board,
    ashby.NAME: ashby.fetch_board,
}


def fetch_board(*, provider: str, slug: str, company: str, client: HttpClient | None = None) -> Fetch:
    client = client or HttpClient(min_interval=settings.BOARDS_MIN_INTERVAL, max_requests=10)
    return PROVIDERS[provider](slug=slug, company=company, client=client)
