"""Raw record → canonical fields. Pure functions: a JobSpy-shaped dict in, typed fields out."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from anyascii import anyascii

PERIOD_PER_MONTH = {"hourly": 173.33, "daily": 21.67, "weekly": 4.33, "monthly": 1.0, "yearly": 1 / 12}
COUNTRY_CODES = {"nigeria": "NG", "kenya": "KE", "ghana": "GH", "south africa": "ZA", "uk": "GB",
                 "united kingdom": "GB", "usa": "US", "united states": "US"}
TRACKING_PARAMS = re.compile(r"^(utm_|ref|trk|refid|trackingid|src|source|from|fbclid|gclid)", re.I)


class RecordError(ValueError):
    """The record cannot become a canonical job; the message says why."""


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
    employment_type: str = ""
    work_arrangement: str = ""
    experience_level: str = ""
    posted_date: date | None = None
    job_url: str = ""
    apply_url: str = ""
    contact_email: str = ""
    description: str = ""
    source: str = ""
    source_job_id: str = ""
    fingerprint: str = ""
    warnings: list[str] = field(default_factory=list)

    def model_fields(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("warnings")
        return data


def clean_text(value: Any) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    return "" if text.lower() in {"nan", "none", "null"} else text


def parse_amount(value: Any) -> Decimal | None:
    text = clean_text(value).replace(",", "")
    if not text:
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation as exc:
        raise RecordError(f"salary amount {value!r} is not a number") from exc
    if amount < 0 or not amount.is_finite():
        raise RecordError(f"salary amount {value!r} is not a positive number")
    return amount


def parse_date(value: Any) -> date | None:
    text = clean_text(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise RecordError(f"date_posted {value!r} is not a date (YYYY-MM-DD)") from exc


def canonical_url(url: str) -> str:
    """The URL without tracking parameters or fragment, so copies of one posting compare equal."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), urlencode(query), ""))


def split_location(location: str) -> tuple[str, str, str]:
    parts = [p.strip() for p in location.split(",") if p.strip()]
    country = COUNTRY_CODES.get(parts[-1].lower(), "") if parts else ""
    if country:
        parts = parts[:-1]
    city = parts[0] if parts else ""
    state = parts[1] if len(parts) > 1 else ""
    if city.lower() == "remote":
        city = ""
    return city, state, country


def work_arrangement(record: dict[str, Any]) -> str:
    wfh = clean_text(record.get("work_from_home_type")).lower()
    if "hybrid" in wfh:
        return "hybrid"
    if str(record.get("is_remote")).lower() in {"true", "1", "yes"} or "remote" in wfh:
        return "remote"
    text = f"{clean_text(record.get('title'))} {clean_text(record.get('location'))}".lower()
    if "hybrid" in text:
        return "hybrid"
    if "remote" in text:
        return "remote"
    return "onsite"


def _norm_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", anyascii(text).lower()).strip()


def fingerprint(*, company: str, title: str, location: str) -> str:
    key = "|".join(_norm_key(p) for p in (company, title, location))
    return hashlib.sha256(key.encode()).hexdigest()


def normalize_record(record: dict[str, Any], *, source: str = "") -> NormalizedJob:
    """Map one JobSpy-shaped record to canonical fields, or raise RecordError with the reason."""
    title = clean_text(record.get("title"))
    if not title:
        raise RecordError("title is empty")
    job_url = clean_text(record.get("job_url"))
    if not job_url:
        raise RecordError("job_url is empty")
    location = clean_text(record.get("location"))
    city, state, country = split_location(location)
    low, high = parse_amount(record.get("min_amount")), parse_amount(record.get("max_amount"))
    period = clean_text(record.get("interval")).lower()
    per_month = PERIOD_PER_MONTH.get(period, 1.0) if (low or high) else None
    company = clean_text(record.get("company"))
    emails = [e.strip() for e in clean_text(record.get("emails")).split(",") if e.strip()]
    return NormalizedJob(
        title=title,
        company=company,
        location=location,
        city=city,
        state=state,
        country=country,
        salary_min=low,
        salary_max=high,
        salary_currency=clean_text(record.get("currency")).upper()[:3],
        salary_period=period if period in PERIOD_PER_MONTH else "",
        salary_monthly_min=float(low) * per_month if low and per_month else None,
        salary_monthly_max=float(high or low) * per_month if (high or low) and per_month else None,
        employment_type=clean_text(record.get("job_type")),
        work_arrangement=work_arrangement(record),
        experience_level=clean_text(record.get("job_level")),
        posted_date=parse_date(record.get("date_posted")),
        job_url=job_url,
        apply_url=clean_text(record.get("job_url_direct")),
        contact_email=emails[0] if emails else "",
        description=clean_text(record.get("description")),
        source=clean_text(record.get("site")) or source,
        source_job_id=clean_text(record.get("id")) or canonical_url(job_url),
        fingerprint=fingerprint(company=company, title=title, location=location),
    )
