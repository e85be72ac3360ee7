"""Ashby job boards: GET api.ashbyhq.com/posting-api/job-board/<name>?includeCompensation=true (public)."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from jobs.sources.base import Fetch, SourceError, record
from jobs.sources.http import HttpClient, HttpError

NAME = "ashby"


def fetch_board(*, slug: str, company: str, client: HttpClient) -> Fetch:
    url = f"{settings.ASHBY_API_URL}/posting-api/job-board/{slug}"
    try:
        data = client.get_json(url, params={"includeCompensation": "true"})
    except HttpError as exc:
        raise SourceError(f"ashby board {slug!r}: {exc}") from exc
    jobs = data.get("jobs") if isinstance(data, dict) else None
    if not isinstance(jobs, list):
        raise SourceError(f"ashby board {slug!r}: no 'jobs' list in the answer")
    listed = [j for j in jobs if isinstance(j, dict) and j.get("isListed", True)]
    return Fetch(records=[_record(job, slug=slug, company=company) for job in listed], requests=client.requests)


def _record(job: dict[str, Any], *, slug: str, company: str) -> dict[str, Any]:
    address = ((job.get("address") or {}).get("postalAddress") or {})
    place = ", ".join(p for p in (address.get("addressLocality"), address.get("addressRegion"),
                                  address.get("addressCountry")) if p) or job.get("location")
    pay = (job.get("compensation") or {}).get("compensationTierSummary") or ""
    description = job.get("descriptionHtml") or job.get("descriptionPlain") or ""
    return record(
        id=f"{slug}:{job.get('id')}", site=NAME, job_url=job.get("jobUrl"), job_url_direct=job.get("applyUrl"),
        title=job.get("title"), company=company or slug, location=place, is_remote=job.get("isRemote"),
        work_from_home_type=job.get("workplaceType"), job_type=job.get("employmentType"),
        date_posted=(job.get("publishedAt") or "")[:10], job_function=job.get("department"),
        description=f"Salary: {pay}\n\n{description}" if pay else description,
    )
