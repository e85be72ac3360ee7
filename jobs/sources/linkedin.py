"""LinkedIn's public guest job pages (no login, no cookies): the search result cards, then each description.

LinkedIn rate-limits hard (HTTP 429, or 999 for suspected bots), so this source is deliberately slow: a minimum
gap between requests, backoff with jitter, a cap on requests per run, and it stops at the first block rather
than hammering. What it fetched before a block is kept.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup, Tag
from django.conf import settings

from jobs.sources.base import Fetch, record
from jobs.sources.http import HttpClient, HttpError, RequestCapError

logger = logging.getLogger(__name__)

NAME = "linkedin"
PAGE_SIZE = 10  # the guest API returns 10 cards per page
_JOB_ID = re.compile(r"(?:jobPosting:|/view/[^/?]*?-?)(\d{6,})")


@dataclass(frozen=True)
class GuestSearch:
    keywords: str
    location: str = ""
    remote: bool = False
    hours_old: int | None = None
    results_wanted: int = 25


def client_for_run() -> HttpClient:
    return HttpClient(
        min_interval=settings.LINKEDIN_MIN_INTERVAL,
        max_requests=settings.LINKEDIN_MAX_REQUESTS_PER_RUN,
        retries=2,
        backoff_base=settings.LINKEDIN_BACKOFF_SECONDS,
    )


def fetch_search(search: GuestSearch, *, client: HttpClient | None = None) -> Fetch:
    client = client or client_for_run()
    fetch = Fetch()
    cards = _search_cards(search, client=client, fetch=fetch)
    if settings.LINKEDIN_FETCH_DESCRIPTIONS:
        for card in cards:
            if not _add_details(card, client=client, fetch=fetch):
                break
    fetch.records = [record(**card) for card in cards]
    fetch.requests = client.requests
    return fetch


def _search_cards(search: GuestSearch, *, client: HttpClient, fetch: Fetch) -> list[dict[str, Any]]:
    url = f"{settings.LINKEDIN_BASE_URL}/jobs-guest/jobs/api/seeMoreJobPostings/search"
    cards: dict[str, dict[str, Any]] = {}
    for start in range(0, search.results_wanted, PAGE_SIZE):
        params = {"keywords": search.keywords, "location": search.location or None, "start": start,
                  "f_TPR": f"r{search.hours_old * 3600}" if search.hours_old else None,
                  "f_WT": "2" if search.remote else None}
        try:
            page = parse_search_page(client.get_text(url, params=params))
        except HttpError as exc:
            fetch.errors.append(f"linkedin search page {start // PAGE_SIZE + 1}: {exc}")
            break
        if not page:
            break
        for card in page:
            cards.setdefault(card["id"], card)
    return list(cards.values())[: search.results_wanted]


def _add_details(card: dict[str, Any], *, client: HttpClient, fetch: Fetch) -> bool:
    """Fetch one description; False when the run must stop asking (cap reached or blocked)."""
    job_id = card["id"].removeprefix("li-")
    try:
        card.update(parse_job_page(client.get_text(f"{settings.LINKEDIN_BASE_URL}/jobs-guest/jobs/api/jobPosting/"
                                                   f"{job_id}")))
    except RequestCapError as exc:
        fetch.errors.append(f"linkedin descriptions: {exc}; the rest are kept without one")
        return False
    except HttpError as exc:
        fetch.errors.append(f"linkedin job {job_id}: {exc}")
        return exc.status not in {429, 999}
    return True


def parse_search_page(html: str) -> list[dict[str, Any]]:
    """The guest search fragment: one <li> card per job."""
    soup = BeautifulSoup(html, "html.parser")
    cards = []
    for node in soup.select("div.base-search-card, div.base-card, li > div.job-search-card"):
        card = _card(node)
        if card:
            cards.append(card)
    return cards


def _card(node: Tag) -> dict[str, Any] | None:
    link = node.select_one("a.base-card__full-link, a.base-search-card__full-link")
    href = str(link.get("href") or "").split("?")[0] if link else ""  # str: bs4 types attributes str or list
    match = _JOB_ID.search(str(node.get("data-entity-urn") or "")) or _JOB_ID.search(href)
    title = _text(node, "h3.base-search-card__title")
    if not (match and title):
        return None
    posted = node.select_one("time")
    return {
        "id": f"li-{match.group(1)}", "site": NAME, "title": title,
        "job_url": href or f"https://www.linkedin.com/jobs/view/{match.group(1)}",
        "company": _text(node, "h4.base-search-card__subtitle"),
        "location": _text(node, "span.job-search-card__location"),
        "date_posted": posted.get("datetime") if posted else None,
        "description": _text(node, "span.job-search-card__salary-info"),  # replaced by the full text if fetched
    }


def parse_job_page(html: str) -> dict[str, Any]:
    """A guest job page: the description and the criteria list (seniority, employment type, function)."""
    soup = BeautifulSoup(html, "html.parser")
    body = soup.select_one("div.show-more-less-html__markup, div.description__text")
    criteria = {}
    for item in soup.select("li.description__job-criteria-item"):
        criteria[_text(item, "h3").lower()] = _text(item, "span")
    details = {
        "description": body.decode_contents() if body else None,
        "job_level": criteria.get("seniority level"),
        "job_type": criteria.get("employment type"),
        "job_function": criteria.get("job function"),
        "company_industry": criteria.get("industries"),
    }
    salary = _text(soup, "div.salary, div.compensation__salary")
    if salary and details["description"]:
        details["description"] = f"Salary: {salary}\n{details['description']}"
    return {k: v for k, v in details.items() if v}


def _text(node: Tag, selector: str) -> str:
    found = node.select_one(selector)
    return " ".join(found.get_text(" ").split()) if found else ""
