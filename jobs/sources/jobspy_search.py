"""python-jobspy: LinkedIn, Indeed, Glassdoor, Google… through `scrape_jobs`, which already returns our shape.

Each failing board is in `df.attrs["errors"]` (recorded, not fatal); an empty frame is simply no jobs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings

from jobs.sources.base import Fetch, SourceError, jsonable

logger = logging.getLogger(__name__)

NAME = "jobspy"


@dataclass(frozen=True)
class JobSpySearch:
    search_term: str
    location: str = ""
    sites: tuple[str, ...] = ()
    is_remote: bool = False
    country_indeed: str = "nigeria"
    results_wanted: int = 30
    hours_old: int | None = None


def fetch_search(search: JobSpySearch) -> Fetch:
    from jobspy import scrape_jobs  # pandas and numpy load in ~1 s: only when a search actually runs

    try:
        frame = scrape_jobs(**_arguments(search))
    except ValueError as exc:  # JobSpy validates its arguments (a misspelt site, a bad country)
        raise SourceError(f"jobspy rejected the search: {exc}") from exc
    errors = [f"{site}: {message}" for site, message in (frame.attrs.get("errors") or {}).items()]
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return Fetch(records=[_record(row) for row in rows], errors=errors)


def _arguments(search: JobSpySearch) -> dict[str, Any]:
    place = search.location or ("remote" if search.is_remote else "Nigeria")
    arguments: dict[str, Any] = {
        "site_name": list(search.sites) or None,
        "search_term": search.search_term,
        "google_search_term": f"{search.search_term} jobs near {place}"
        + (" since yesterday" if (search.hours_old or 999) <= 24 else ""),
        "location": search.location or None,
        "is_remote": search.is_remote,
        "results_wanted": search.results_wanted,
        "hours_old": search.hours_old,
        "country_indeed": search.country_indeed or "nigeria",
        "description_format": "markdown",
        "fetch_description": settings.JOBSPY_FETCH_DESCRIPTION,
        "verbose": 0,
    }
    if settings.JOB_SOURCES_USER_AGENT:
        arguments["user_agent"] = settings.JOB_SOURCES_USER_AGENT
    return arguments


def _record(row: dict[str, Any]) -> dict[str, Any]:
    return {key: jsonable(value) for key, value in row.items() if value is not None}
