"""One raw record (JobSpy's 34-column shape; every source maps to it) → canonical fields, or RecordError."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from jobs import dedupe, gazetteer
from jobs.locations import Place, resolve_job_location
from jobs.normalize.fields import (
    RecordError,
    application_deadline,
    employment_type,
    experience_level,
    parse_amount,
    parse_date,
    work_arrangement,
    years_of_experience,
)
from jobs.normalize.text import canonical_url, clean_text, find_emails, find_whatsapp, html_to_text
from jobs.salary import PER_MONTH, Salary, currency_code, parse_salary, to_usd

COUNTRY_CURRENCY = {"NG": "NGN", "KE": "KES", "GH": "GHS", "ZA": "ZAR", "GB": "GBP", "US": "USD", "EG": "EGP",
                    "RW": "RWF", "UG": "UGX", "TZ": "TZS", "CI": "XOF", "SN": "XOF", "CM": "XAF", "CA": "CAD",
                    "AE": "AED", "IN": "INR", "DE": "EUR", "NL": "EUR", "IE": "EUR", "FR": "EUR"}
# A currency only one country pays in: a remote post paying in it hires there ("Stipend: ₹7,500" on a LinkedIn row
# with no location is an Indian internship, not a job open to a Lagos developer). USD, EUR, XOF, XAF are not.
_SHARED_CURRENCIES = frozenset({"USD", "EUR", "XOF", "XAF"})  # paid in many countries (XAF: six, whatever this table holds)
_CURRENCY_COUNTRY = {currency: country for country, currency in COUNTRY_CURRENCY.items()
                     if currency not in _SHARED_CURRENCIES}
# A line that talks about the job's pay; figures on it beat the board's fields.
_PAY_LINE = re.compile(
    r"salar(?:y|ies)|pay\b|remunerat|compensat|budget\b|ctc\b|stipend|wages?\b|take[- ]home|gross\b|earn"
    r"|per\s+(?:month|annum|year|hour|day|week)|monthly|annually|p\.a\b|lpa\b",
    re.I,
)
# A figure with a currency on a line that names none of the above is pay only when nothing else is known.
_MONEY_LINE = re.compile(r"₦|₹|£|€|\$|naira|ngn\b|inr\b|ksh|ghs\b", re.I)
_SALARY_NOUN = re.compile(r"salar|\bpay\b|remunerat|compensat|stipend|\bwages?\b|\bctc\b|take[- ]home|\bgross\b"
                          r"|\bearn", re.I)
_PAY_WORDS, _MONEY_SIGNS = re.compile(_PAY_LINE.pattern), re.compile(_MONEY_LINE.pattern)  # for lower-cased text
# Money that is not the job's pay: a sales target, the firm's revenue, a fee.
_NOT_PAY = re.compile(
    r"target|revenue|turnover|capital|loan|worth|\bfees?\b|deposit|portfolio|funding|raised|invest|grant|price"
    r"|cost|valuation|sales\s+of|budgets?\s+(?:of|worth)|customers|users|transactions|billion|trillion"
    r"|innovator|fortune|market\s+cap|projects?\b|ranging|contract\s+value|deals?\b|\d\s?mm\b"
    r"|benefit|allowance|bonus|voucher|reimburse", re.I)
_WEB_URL = re.compile(r"^https?://[^\s/]+", re.I)
_ANYWHERE = re.compile(r"\b(worldwide|anywhere|global(?:ly)?|international)\b", re.I)
_LEARNER = re.compile(r"\b(intern|internship|trainee|apprentice|graduate trainee|nysc|siwes|fresher)\b", re.I)
# Beyond these, a "monthly" figure is a parsing accident (a revenue or a phone number), not pay.
MAX_MONTHLY_USD = 200_000.0
MIN_MONTHLY_USD = 5.0
# Job boards whose host names the country (ng.indeed.com, glassdoor.co.in): JobSpy labels their amounts with a
# currency that is often not the country's (ng.indeed's naira arrive as "USD").
_HOST_COUNTRY = {"indeed.com": "US", "glassdoor.com": "US", "ziprecruiter.com": "US", "naukri.com": "IN",
                 "jobberman.com": "NG", "myjobmag.com": "NG", "hotnigerianjobs.com": "NG"}
_TLD_COUNTRY = {"ng": "NG", "in": "IN", "uk": "GB", "ca": "CA", "au": "AU", "za": "ZA", "ke": "KE", "gh": "GH",
                "ie": "IE", "de": "DE", "fr": "FR", "nl": "NL", "ae": "AE", "sg": "SG"}


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
    salary_text: str = ""
    employment_type: str = ""
    work_arrangement: str = ""
    experience_level: str = ""
    years_experience_min: int | None = None
    years_experience_max: int | None = None
    posted_date: date | None = None
    apply_by: date | None = None
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
    text_key: str = ""
    warnings: list[str] = field(default_factory=list)

    def keys(self) -> list[str]:
        """What copies of this job are found by (`job_keys`): its fingerprint, specific URLs and description key."""
        return [dedupe.fingerprint_key(self.fingerprint), *self.url_keys, *([self.text_key] if self.text_key else [])]

    def model_fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in MODEL_FIELDS}


MODEL_FIELDS = [f.name for f in dataclass_fields(NormalizedJob) if f.name not in {"title_key", "url_keys", "text_key",
                                                                                      "warnings"}]


def normalize_record(record: dict[str, Any], *, source: str = "") -> NormalizedJob:
    """Map one JobSpy-shaped record to canonical fields, or raise RecordError with the reason.

    Only a record with no title or no usable URL is rejected: a field that cannot be read (a date in an unknown
    form, an amount that is not a number) is left empty and the reason kept in `warnings`.
    """
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
    site_country = host_country(job_url)
    description = html_to_text(clean_text(record.get("description")))
    place = _place_in_text(_place(location), title=title, location=location, description=description,
                           site_country=site_country, apply_url=clean_text(record.get("job_url_direct")))
    arrangement = work_arrangement(
        is_remote=record.get("is_remote"), wfh_type=clean_text(record.get("work_from_home_type")),
        title=title, location=location, description=description,
    )
    years_min, years_max = years_of_experience(
        f"{clean_text(record.get('experience_range'))}\n{title}\n{description}"
    )
    if years_min is None and _LEARNER.search(title):
        years_min = 0  # an intern or trainee post asks for no experience unless it says so
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
        posted_date=_readable(parse_date, record.get("date_posted"), warnings, dayfirst=site_country != "US"),
        job_url=job_url,
        apply_url=_apply_url(record, job_url),
        description=description,
        source=clean_text(record.get("site")) or source,
        warnings=warnings,
    )
    _fill_salary(job, record, description=description, site_country=site_country, warnings=warnings)
    if arrangement == "remote" and not job.country and not _ANYWHERE.search(f"{title} {location}"):
        job.country = _CURRENCY_COUNTRY.get(job.salary_currency, "")
    _fill_contacts(job, record, description=description)
    job.apply_by = application_deadline(description, posted=job.posted_date)
    _fill_keys(job, record, place=place)
    job.source_job_id = _source_id(record, job.url_keys)
    return job


def _readable(parse: Any, value: Any, warnings: list[str], **options: Any) -> Any:
    """parse(value), or None with the reason noted: one unreadable field never costs the job."""
    try:
        return parse(value, **options)
    except RecordError as exc:
        warnings.append(f"{exc}; left empty")
        return None


def host_country(url: str) -> str:
    """The country a job board's host serves ("ng.indeed.com" → NG, "glassdoor.co.in" → IN), or ""."""
    host = re.sub(r"^https?://", "", url.lower()).split("/", 1)[0].split(":", 1)[0].removeprefix("www.")
    first, _, rest = host.partition(".")
    first = "gb" if first == "uk" else first
    if len(first) == 2 and first.upper() in COUNTRY_CURRENCY and rest:
        return first.upper()
    if host in _HOST_COUNTRY:
        return _HOST_COUNTRY[host]
    return _TLD_COUNTRY.get(host.rsplit(".", 1)[-1], "")


@lru_cache(maxsize=16384)
def _place(location: str) -> Place:
    """Resolved once per distinct string: a batch repeats the same few hundred places."""
    return resolve_job_location(location)


_BOARD_STATE = re.compile(r"^\s*Rest of Nigeria \(([A-Za-z .-]{3,30})\)", re.M)


def _place_in_text(place: Place, *, title: str, location: str, description: str, site_country: str,
                   apply_url: str) -> Place:
    """Fill what the board's location left out from what the posting names: a country (a LinkedIn post with no
    location that says "across India"), a city ("KA, IN" whose title reads "India-Bangalore: Developer", an
    employer's apply page at ".../job/India-Bangalore-560064/..."). Only an unambiguous mention counts: one
    country, or one big city of the known country."""
    if place.remote:  # a remote job on a country's board (indeed.com, uk.indeed.com) is open in that country
        if place.country or not site_country or _ANYWHERE.search(f"{title} {location}"):
            return place
        return Place(country=site_country, remote=True)
    if place.city:
        return place
    if not place.state and (board := _BOARD_STATE.search(description[:1500])):
        # Jobberman's header places a job outside Lagos and Abuja by its state: "Rest of Nigeria (Abia)"
        in_state = resolve_job_location(f"{board.group(1)}, Nigeria")
        if in_state.state:  # the state, not its namesake town ("(Ondo)" is Ondo State)
            place = Place(state=in_state.state, country=in_state.country or "NG")
    url_words = re.sub(r"[-_/]+", " ", apply_url.partition("://")[2].partition("?")[0]) if apply_url else ""
    text = f"{title}\n{description[:3000]}\n{url_words}"
    country = place.country or site_country
    if not country:
        named = gazetteer.countries_named(text)
        country = named[0] if len(named) == 1 else ""
    cities = gazetteer.cities_named(text, country=country) if country else []
    if len(cities) == 1 and (not place.state or cities[0].state in ("", place.state)):
        resolved = resolve_job_location(f"{cities[0].name}, {cities[0].country}")
        if not place.state or resolved.state in ("", place.state):
            return Place(city=resolved.city, state=place.state or resolved.state, country=resolved.country)
    return Place(city="", state=place.state, country=country, area=place.area, remote=place.remote)


def split_location(location: str) -> tuple[str, str, str]:
    """(city, state, country) of a posting's location, exactly as normalisation stores them."""
    place = _place(location)
    return place.city, place.state, place.country


def _apply_url(record: dict[str, Any], job_url: str) -> str:
    """The employer's own page, when it is a web address: a `javascript:` or `data:` link in a CSV must never
    become the button a seeker taps."""
    direct = clean_text(record.get("job_url_direct"))
    if not direct or direct == job_url or len(direct) > 2000 or not _WEB_URL.match(direct):
        return ""
    return direct


def _fill_salary(job: NormalizedJob, record: dict[str, Any], *, description: str, site_country: str,
                 warnings: list[str]) -> None:
    """Pay, in the order a careful reader trusts it: figures on the posting's own pay line, then the board's
    fields (with the currency the country pays in when the board's label contradicts it), then a figure with a
    currency anywhere. Both ends of a range are kept; nothing is shown that the posting does not say."""
    local = COUNTRY_CURRENCY.get(job.country or site_country, "") or COUNTRY_CURRENCY.get(site_country, "")
    text = f"{job.title}\n{description}"
    stated = _salary_in_text(text, default_currency=local, strong=True)
    board = None if stated else _board_salary(record, local=local, site_country=site_country, warnings=warnings)
    found = stated or board or _salary_in_text(text, default_currency=local, strong=False)
    if found is None:
        return
    salary, said = found
    if not salary.currency:
        return
    period = salary.period if salary.period in PER_MONTH else _guess_period(salary.maximum, salary.currency)
    factor = PER_MONTH[period]
    monthly = (salary.minimum * factor, salary.maximum * factor)
    usd = (to_usd(monthly[0], salary.currency), to_usd(monthly[1], salary.currency))
    if usd[1] is not None and not MIN_MONTHLY_USD <= usd[1] <= MAX_MONTHLY_USD:
        warnings.append(f"pay {said!r} read as {salary.minimum:,.0f}–{salary.maximum:,.0f} {salary.currency} "
                        f"per {period} is implausible; left empty")
        return
    job.salary_min, job.salary_max = _decimal(salary.minimum), _decimal(salary.maximum)
    job.salary_currency, job.salary_period, job.salary_text = salary.currency[:3], period, said[:300]
    job.salary_monthly_min, job.salary_monthly_max = monthly
    job.salary_monthly_usd_min, job.salary_monthly_usd_max = usd


def _decimal(value: float) -> Decimal:
    return Decimal(str(round(value, 2)))


def _board_salary(record: dict[str, Any], *, local: str, site_country: str,
                  warnings: list[str]) -> tuple[Salary, str] | None:
    low = _readable(parse_amount, record.get("min_amount"), warnings)
    high = _readable(parse_amount, record.get("max_amount"), warnings)
    if low is None and high is None:
        return None
    low, high = low if low is not None else high, high if high is not None else low
    if high < low:
        low, high = high, low
    label = currency_code(clean_text(record.get("currency")))
    currency = label or local
    # ng.indeed labels naira "USD"; a board in a country pays in that country's money unless the words say so.
    interval = clean_text(record.get("interval")).lower()
    salary = Salary(minimum=float(low), maximum=float(high), currency=currency, period=interval)
    relabelled = Salary(minimum=salary.minimum, maximum=salary.maximum, currency=local, period=interval)
    if local and label == "USD" != local and _plausible(relabelled) and (
        (site_country and COUNTRY_CURRENCY.get(site_country) == local) or not _plausible(salary)
    ):
        salary = relabelled
    said = f"{record.get('min_amount')}–{record.get('max_amount')} {label or '?'} {interval} (board)".strip()
    return salary, said


def _salary_in_text(text: str, *, default_currency: str, strong: bool) -> tuple[Salary, str] | None:
    """Pay on a line about pay (strong), or on any line with a currency sign (not strong).

    A figure with its own currency sign beats a bare one ("Salary: 150,000" then "Pay: ₦100,000 - ₦150,000 per
    month" is the range); a heading ("Salary") takes the line after it. "₦5bn revenue", a sales target or a
    phone number is not a salary, nor is a figure no job pays.
    """
    bare: tuple[Salary, str] | None = None
    # One scan of the whole text, lower-cased (a case-blind regex is five times slower); lines are cut around the
    # hits only (most lines of a posting say nothing of pay).
    lowered = text.lower()
    scan = (_PAY_WORDS if strong else _MONEY_SIGNS).finditer(lowered) if len(lowered) == len(text) else (
        _PAY_LINE if strong else _MONEY_LINE).finditer(text)
    for match in scan:
        if match.start() and lowered[match.start() - 1].isalpha():
            continue  # inside a word ("learn", "repay"): every alternative opens with a literal, not \b, so the
            # engine can skip to candidate positions, which made this scan five times faster
        start, end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
        line = text[start : len(text) if end < 0 else end]
        at = match.start() - start
        # Around the word, not the whole paragraph: a long line may name pay once and other numbers often.
        window = line[max(0, at - 60) : at + len(match.group()) + 120]
        if _NOT_PAY.search(window) and not _SALARY_NOUN.search(window):
            continue  # "a monthly sales target of ₦10m": a period word alone does not make it pay
        found = parse_salary(window, default_currency=default_currency)
        if found is None and len(line) < 80 and end >= 0:
            window = f"{window} {_next_line(text, end)[:160]}"  # a "Salary" heading: the figure is below it
            found = parse_salary(window, default_currency=default_currency)
        if found is None or not found.currency or not _plausible(found):
            continue
        said = (line if len(window) <= len(line) <= 300 else window).strip()
        if _MONEY_LINE.search(window):
            return found, said
        bare = bare or (found, said)
    return bare


def _next_line(text: str, end: int) -> str:
    rest = text[end:].lstrip()
    return rest.split("\n", 1)[0]


def _plausible(salary: Salary) -> bool:
    monthly = salary.maximum * PER_MONTH.get(salary.period or _guess_period(salary.maximum, salary.currency), 1.0)
    usd = to_usd(monthly, salary.currency)
    return usd is None or MIN_MONTHLY_USD <= usd <= MAX_MONTHLY_USD


def _guess_period(amount: float, currency: str) -> str:
    """No period given: big figures are yearly (₦6m is a year's pay, ₦450k a month's; ₹6 lakh is a year's CTC)."""
    usd = to_usd(amount, currency)
    if currency == "NGN":
        return "yearly" if amount > 3_000_000 else "monthly"
    if currency == "INR":
        return "yearly" if amount >= 200_000 else "monthly"
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
    job.dedupe_block = dedupe_block(company=company, remote=where == "remote", country=place.country, where=where)
    job.url_keys = sorted({dedupe.url_key(u) for u in urls if dedupe.url_is_specific(u)})
    job.text_key = dedupe.text_key(company=job.company, title=job.title, description=job.description,
                                   place=city_level.strip() or job.location, remote=job.work_arrangement == "remote")


def dedupe_block(*, company: str, remote: bool, country: str, where: str) -> str:
    """Fuzzy candidates share a country: one board writes "KA, IN", another "Bengaluru"; the ingest then only
    merges near-identical titles whose places cannot differ (no two different cities or states named).
    `company` is the employer, or "url:<canonical job URL>" for an anonymous one; `where` the place as text."""
    return dedupe.block_key(company=company, location="remote" if remote else country or where)


def stored_dedupe_block(*, company: str, job_url: str, city: str, state: str, country: str, arrangement: str,
                        location: str) -> str:
    """The block of a job already stored, from its columns (what `_fill_keys` gave it at import)."""
    remote = arrangement == "remote" and not city
    where = f"{city} {state} {country}".strip() or location
    named = company if dedupe.company_key(company) else f"url:{canonical_url(job_url)}"
    return dedupe_block(company=named, remote=remote, country=country, where=where)


def _source_id(record: dict[str, Any], url_keys: list[str]) -> str:
    given = clean_text(record.get("id"))
    if given and len(given) <= 200:
        return given
    return canonical_url(clean_text(record.get("job_url")))[:200] or (url_keys[0] if url_keys else "")
