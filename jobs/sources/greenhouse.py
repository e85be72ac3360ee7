"""Greenhouse job boards: GET boards-api.greenhouse.io/v1/boards/<token>/jobs?content=true (public, no key)."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from jobs.sources.base import Fetch, SourceError, record
from jobs.sources.http import HttpClient, HttpError

NAME = "greenhouse"


def fetch_board(*, slug: str, company: str, client: HttpClient) -> Fetch:
    url = f"{settings.GREENHOUSE_API_URL}/v1/boards/{slug}/jobs"
    try:
        data = client.get_json(url, params={"content": "true"})
    except HttpError as exc:
        raise SourceError(f"greenhouse board {slug!r}: {exc}") from exc
    jobs = data.get("jobs") if isinstance(data, dict) else None
    if not isinstance(jobs, list):
        raise SourceError(f"greenhouse board {slug!r}: no 'jobs' list in the answer")
    return Fetch(records=[_record(job, slug=slug, company=company) for job in jobs if isinstance(job, dict)],
                 requests=client.requests)


def _record(job: dict[str, Any], *, slug: str, company: str) -> dict[str, Any]:
    location = (job.get("location") or {}).get("name", "")
    metadata = {m.get("name", "").lower(): m.get("value") for m in job.get("metadata") or [] if isinstance(m, dict)}
    return record(
        id=f"{slug}:{job.get('id')}", site=NAME, job_url=job.get("absolute_url"), title=job.get("title"),
        company=company or job.get("company_name") or slug, location=location,
        date_posted=(job.get("first_published") or job.get("updated_at") or "")[:10],
        description=job.get("content"), job_type=metadata.get("employment type"),
        work_from_home_type=metadata.get("workplace type") or metadata.get("location type"),
        job_function=", ".join(d.get("name", "") for d in job.get("departments") or [] if isinstance(d, dict)),
    )
