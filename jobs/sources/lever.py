"""Lever job boards: GET api.lever.co/v0/postings/<company>?mode=json (public, no key)."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from jobs.sources.base import Fetch, SourceError, record
from jobs.sources.http import HttpClient, HttpError

NAME = "lever"
_INTERVALS = {"per-year-salary": "yearly", "per-month-salary": "monthly", "per-hour-wage": "hourly",
              "per-week-salary": "weekly", "per-day-wage": "daily", "one-time": ""}


def fetch_board(*, slug: str, company: str, client: HttpClient) -> Fetch:
    try:
        data = client.get_json(f"{settings.LEVER_API_URL}/v0/postings/{slug}", params={"mode": "json"})
    except HttpError as exc:
        raise SourceError(f"lever board {slug!r}: {exc}") from exc
    if not isinstance(data, list):
        raise SourceError(f"lever board {slug!r}: expected a list of postings")
    return Fetch(records=[_record(p, slug=slug, company=company) for p in data if isinstance(p, dict)],
                 requests=client.requests)


def _record(posting: dict[str, Any], *, slug: str, company: str) -> dict[str, Any]:
    categories = posting.get("categories") or {}
    salary = posting.get("salaryRange") or {}
    lists = "\n".join(
        f"{item.get('text', '')}\n{item.get('content', '')}" for item in posting.get("lists") or []
        if isinstance(item, dict)
    )
    return record(
        id=f"{slug}:{posting.get('id')}", site=NAME, job_url=posting.get("hostedUrl"),
        job_url_direct=posting.get("applyUrl"), title=posting.get("text"), company=company or slug,
        location=categories.get("location"), job_type=categories.get("commitment"),
        job_function=categories.get("team"), date_posted=posting.get("createdAt"),
        description="\n".join(filter(None, [posting.get("description") or posting.get("descriptionPlain"), lists,
                                            posting.get("additional")])),
        work_from_home_type=posting.get("workplaceType"),
        min_amount=salary.get("min"), max_amount=salary.get("max"), currency=salary.get("currency"),
        interval=_INTERVALS.get(salary.get("interval") or "", ""),
    )
