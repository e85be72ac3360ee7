"""Workable job boards: GET apply.workable.com/api/v1/widget/accounts/<subdomain>?details=true (public)."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from jobs.sources.base import Fetch, SourceError, record
from jobs.sources.http import HttpClient, HttpError

NAME = "workable"


def fetch_board(*, slug: str, company: str, client: HttpClient) -> Fetch:
    url = f"{settings.WORKABLE_API_URL}/api/v1/widget/accounts/{slug}"
    try:
        data = client.get_json(url, params={"details": "true"})
    except HttpError as exc:
        raise SourceError(f"workable board {slug!r}: {exc}") from exc
    jobs = data.get("jobs") if isinstance(data, dict) else None
    if not isinstance(jobs, list):
        raise SourceError(f"workable board {slug!r}: no 'jobs' list in the answer")
    name = company or data.get("name") or slug
    return Fetch(records=[_record(job, slug=slug, company=name) for job in jobs if isinstance(job, dict)],
                 requests=client.requests)


def _record(job: dict[str, Any], *, slug: str, company: str) -> dict[str, Any]:
    place = ", ".join(p for p in (job.get("city"), job.get("state"), job.get("country")) if p)
    return record(
        id=f"{slug}:{job.get('shortcode') or job.get('id')}", site=NAME, job_url=job.get("url"),
        job_url_direct=job.get("application_url"), title=job.get("title"), company=company, location=place,
        is_remote=bool(job.get("telecommuting")), job_type=job.get("employment_type"),
        date_posted=job.get("published_on") or job.get("created_at"), description=job.get("description"),
        job_function=job.get("function") or job.get("department"), job_level=job.get("experience"),
    )
