"""One raw record (JobSpy's 34-column shape; every source maps to it) → canonical fields, or RecordError."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from jobs import dedupe
from jobs.locations import COUNTRIES, Place, resolve_place
from jobs.normalize.fields import (
    RecordError,
    employment_type,
    experience_level,
    parse_amount,
    parse_date,
    work_arrangement,
    years_of_experience,
)
from jobs.normalize.text import canonical_url, clean_text, find_emails, find_whatsapp, html_to_text
from jobs.salary import PER_MONTH, currency_code, parse_salary, to_usd

COUNTRY_CURRENCY = {"NG": "NGN", "KE": "KES", "GH": "GHS", "ZA": "ZAR", "GB": "GBP", "US": "USD", "EG": "EGP",
                    "RW": "RWF", "UG": "UGX", "TZ": "TZS", "CI": "XOF", "SN": "XOF", "CM": "XAF", "CA": "CAD",
                    "AE": "AED", "IN": "INR", "DE": "EUR", "NL": "EUR", "IE": "EUR", "FR": "EUR"}
_PAY_LINE = re.compile(r"salary|pay\b|remuneration|compensation|per\s+(month|annum|year)|monthly|₦|naira|ngn",
                       re.I)
_PAY_WORDS = ("salary", "pay", "remuneration", "compensation", "per ", "monthly", "₦", "naira", "ngn")
# Beyond this, a "monthly" figure is a parsing accident (a revenue or a phone number), not pay.
MAX_MONTHLY_USD = 200_000.0


@dataclass
class NormalizedJob:
    title: str
    company: str = ""
    location: str = ""
    city: str = ""
    state: str = ""
    country: str = ""
    salary_min: Decimal | None = None
    salary_max: Decimal | None = None
    salary_currency: str = ""
    salary_period: str = ""
    salary_monthly_min: float | None = None
    salary_monthly_max: float | None = None
    salary_monthly_usd_min: float | None = None
    salary_monthly_usd_max: float | None = None
    employment_type: str = ""
    work_arrangement: str = ""
    experience_level: str = ""
    years_experience_min: int | None = None
    years_experience_max: int | None = None
    posted_date: date | None = None
    job_url: str = ""
    apply_url: str = ""
    contact_email: str = ""
    contact_whatsapp: str = ""
    description: str = ""
    source: str = ""
    source_job_id: str = ""
    fingerprint: str = ""
    dedupe_block: str = ""
    # Not model fields: what the ingest matches copies on, and what was only partly read.
    title_key: str = ""
    url_keys: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def model_fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in MODEL_FIELDS}


MODEL_FIELDS = [f.name for f in dataclass_fields(NormalizedJob) if f.name not in {"title_key", "url_keys", "warnings"}]


def normalize_record(record: dict[str, Any], *, source: str = "") -> NormalizedJob:
    """Map one JobSpy-shaped record to canonical fields, or raise RecordError with the reason."""
    title = clean_text(record.get("title"))
    if not title:
        raise RecordError("title is empty")
    job_url = clean_text(record.get("job_url")) or clean_text(record.get("job_url_direct"))
    if not job_url:
        raise RecordError("job_url is empty")
    if len(job_url) > 2000 or not re.match(r"^https?://[^\s/]+", job_url, re.I):
        raise RecordError(f"job_url {job_url[:80]!r} is not an http(s) URL")
    warnings: list[str] = []
    company = clean_text(record.get("company"))[:300]
    location = clean_text(record.get("location"))
    place = _place(location)
    description = html_to_text(clean_text(record.get("description")))
    arrangement = work_arrangement(
        is_remote=record.get("is_remote"), wfh_type=clean_text(record.get("work_from_home_type")),
        title=title, location=location, description=description,
    )
    years_min, years_max = years_of_experience(
        f"{clean_text(record.get('experience_range'))}\n{title}\n{description}"
    )
    job = NormalizedJob(
        title=title[:300],
        company=company,
        location=location[:300],
        city=place.city,
        state=place.state,
        country=place.country,
        employment_type=employment_type(job_type=clean_text(record.get("job_type")), title=title,
                                        description=description)[:60],
        work_arrangement=arrangement,
        experience_level=experience_level(job_level=clean_text(record.get("job_level")), title=title,
                                          years_min=years_min),
        years_experience_min=years_min,
        years_experience_max=years_max,
        posted_date=parse_date(record.get("date_posted")),
        job_url=job_url,
        apply_url=_apply_url(record, job_url),
        description=description,
        source=clean_text(record.get("site")) or source,
        warnings=warnings,
    )
    _fill_salary(job, record, description=description, warnings=warnings)
    _fill_contacts(job, record, description=description)
    _fill_keys(job, record, place=place)
    job.source_job_id = _source_id(record, job.url_keys)
    return job


@lru_cache(maxsize=16384)
def _place(location: str) -> Place:
    """Resolved once per distinct string: a batch repeats the same few hundred places."""
    place = resolve_place(location) if location else None
    if place is not None and (place.city or place.state or place.remote):
        return place
    # A place the gazetteer does not know ("Springfield, Oregon, United States"): keep what the board wrote.
    parts = [p.strip() for p in location.split(",") if p.strip()]
    country = place.country if place else COUNTRIES.get(parts[-1].lower(), "") if parts else ""
    if country and parts and COUNTRIES.get(parts[-1].lower()) == country:
        parts = parts[:-1]
    return Place(city=(parts[0] if parts else "")[:120], state=(parts[1] if len(parts) > 1 else "")[:120],
                 country=country)


def split_location(location: str) -> tuple[str, str, str]:
    """(city, state, country) of a posting's location, exactly as normalisation stores them."""
    place = _place(location)
    return place.city, place.state, place.country


def _apply_url(record: dict[str, Any], job_url: str) -> str:
    direct = clean_text(record.get("job_url_direct"))
    return direct if direct and direct != job_url and len(direct) <= 2000 else ""


def _fill_salary(job: NormalizedJob, record: dict[str, Any], *, description: str, warnings: list[str]) -> None:
    low, high = parse_amount(record.get("min_amount")), parse_amount(record.get("max_amount"))
    currency = currency_code(clean_text(record.get("currency"))) or COUNTRY_CURRENCY.get(job.country, "")
    period = clean_text(record.get("interval")).lower()
    if low is None and high is None:
        found = _salary_in_text(f"{job.title}\n{description}", default_currency=COUNTRY_CURRENCY.get(job.country, ""))
        if found is None:
            return
        low, high = Decimal(str(round(found.minimum, 2))), Decimal(str(round(found.maximum, 2)))
        currency, period = found.currency, found.period
    low, high = low if low is not None else high, high if high is not None else low
    if low is not None and high is not None and high < low:
        low, high = high, low
    period = period if period in PER_MONTH else _guess_period(float(high or 0), currency)
    factor = PER_MONTH[period]
    monthly = (float(low) * factor, float(high) * factor)  # type: ignore[arg-type]
    usd = (to_usd(monthly[0], currency), to_usd(monthly[1], currency))
    if usd[1] is not None and usd[1] > MAX_MONTHLY_USD:
        warnings.append(f"salary {low}–{high} {currency} per {period} is implausible; ignored")
        return
    job.salary_min, job.salary_max, job.salary_currency, job.salary_period = low, high, currency[:3], period
    job.salary_monthly_min, job.salary_monthly_max = monthly
    job.salary_monthly_usd_min, job.salary_monthly_usd_max = usd


def _salary_in_text(text: str, *, default_currency: str):  # -> Salary | None
    """Pay is only read from lines that talk about pay, so "₦5bn revenue" or a phone number is not a salary."""
    lowered = text.lower()
    if not any(word in lowered for word in _PAY_WORDS):
        return None
    end = -1
    for match in _PAY_LINE.finditer(text):
        if match.start() <= end:
            continue  # one line mentions pay twice
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        found = parse_salary(text[start:end], default_currency=default_currency)
        if found is not None and found.currency:
            return found
    return None


def _guess_period(amount: float, currency: str) -> str:
    """No period given: big figures are yearly (₦6m is a year's pay, ₦450k a month's)."""
    usd = to_usd(amount, currency)
    if currency == "NGN":
        return "yearly" if amount > 3_000_000 else "monthly"
    return "yearly" if usd is not None and usd > 15_000 else "monthly"


def _fill_contacts(job: NormalizedJob, record: dict[str, Any], *, description: str) -> None:
    emails = find_emails(clean_text(record.get("emails")), description)
    job.contact_email = next((e for e in emails if len(e) <= 254), "")
    job.contact_whatsapp = find_whatsapp(description, region=job.country or "NG")


def _fill_keys(job: NormalizedJob, record: dict[str, Any], *, place: Place) -> None:
    # City level, not neighbourhood: one board says "Ikeja, Lagos", another "Lagos, Nigeria" for the same job.
    city_level = f"{place.city} {place.state} {place.country}"
    # Remote: "Remote", "Remote (Nigeria)" and "Nigeria" + is_remote are one place for one employer's role.
    where = "remote" if job.work_arrangement == "remote" and not place.city else city_level
    where = where.strip() or job.location
    urls = [u for u in (canonical_url(job.job_url), canonical_url(clean_text(record.get("job_url_direct")))) if u]
    # "Confidential" or blank employers: two such "Driver, Lagos" posts are not known to be one job.
    company = job.company if dedupe.company_key(job.company) else f"url:{urls[0]}"
    job.title_key = dedupe.title_key(job.title, city_level)
    job.fingerprint = dedupe.fingerprint(company=company, title=job.title, location=where)
    # Fuzzy candidates share a state: LinkedIn often says "Rivers State, Nigeria" where another board names the city.
    region = "remote" if where == "remote" else f"{place.state or place.city} {place.country}".strip() or where
    job.dedupe_block = dedupe.block_key(company=company, location=region)
    job.url_keys = sorted({dedupe.url_key(u) for u in urls if dedupe.url_is_specific(u)})


def _source_id(record: dict[str, Any], url_keys: list[str]) -> str:
    given = clean_text(record.get("id"))
    if given and len(given) <= 200:
        return given
    return canonical_url(clean_text(record.get("job_url")))[:200] or (url_keys[0] if url_keys else "")
