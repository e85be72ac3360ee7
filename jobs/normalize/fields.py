"""Small field parsers: work arrangement, employment type, experience level and years, dates, amounts."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from jobs.normalize.text import clean_text


class RecordError(ValueError):
    """The record cannot become a canonical job; the message says why."""


_TRUE = {"true", "1", "yes", "y", "t"}
_HYBRID = re.compile(r"\bhybrid\b", re.I)
_REMOTE = re.compile(r"\b(remote|work from home|wfh|fully distributed|telecommut\w*|anywhere)\b", re.I)
_ONSITE = re.compile(r"\b(on-?site|in-?office|in office)\b", re.I)
_NOT_REMOTE = re.compile(r"\b(not|no|non)[- ]remote\b", re.I)


def work_arrangement(*, is_remote: Any, wfh_type: str, title: str, location: str, description: str = "") -> str:
    """remote / hybrid / onsite: the board's flags first, then the title and place, then the description."""
    wfh = wfh_type.lower()
    if "hybrid" in wfh:
        return "hybrid"
    if "remote" in wfh or str(is_remote).strip().lower() in _TRUE:
        return "remote"
    if "site" in wfh or "office" in wfh:
        return "onsite"
    head = f"{title} | {location}"
    if _HYBRID.search(head):
        return "hybrid"
    if _REMOTE.search(head) and not _NOT_REMOTE.search(head):
        return "remote"
    lead = description[:1500]  # the arrangement is stated early; deep text mentions "remote" in other senses
    if _HYBRID.search(lead):
        return "hybrid"
    if re.search(r"\b(fully|100%|this is a) remote\b|\bremote[- ](role|position|job|first)\b", lead, re.I):
        return "remote"
    return "onsite"


EMPLOYMENT_TYPES = [
    ("internship", re.compile(r"\b(intern(ship)?|industrial training|siwes)\b", re.I)),
    ("contract", re.compile(r"\b(contract(or)?|fixed[- ]term|temporary|temp|freelance|consultant)\b", re.I)),
    ("parttime", re.compile(r"\bpart[- ]?time\b", re.I)),
    ("fulltime", re.compile(r"\b(full[- ]?time|permanent)\b", re.I)),
]
_TYPE_WORDS = {"fulltime": "fulltime", "full_time": "fulltime", "full-time": "fulltime", "full time": "fulltime",
               "permanent": "fulltime", "parttime": "parttime", "part-time": "parttime", "part time": "parttime",
               "part_time": "parttime", "contract": "contract", "contractor": "contract", "temporary": "contract",
               "temp": "contract", "freelance": "contract", "internship": "internship", "intern": "internship",
               "perdiem": "contract", "volunteer": "volunteer", "other": ""}


def employment_type(*, job_type: str, title: str, description: str = "") -> str:
    """JobSpy's comma-joined job_type ("fulltime, contract") or the words in the posting → one type."""
    for word in re.split(r"[,/;|]", job_type.lower()):
        found = _TYPE_WORDS.get(word.strip())
        if found:
            return found
    for text in (title, description[:1500]):
        for name, pattern in EMPLOYMENT_TYPES:
            if pattern.search(text):
                return name
    return ""


LEVELS = [
    ("internship", re.compile(r"\b(intern(ship)?|siwes|industrial attachment)\b", re.I)),
    ("entry", re.compile(r"\b(entry[- ]level|graduate trainee|graduate|trainee|junior|jnr|fresh(er| graduate)s?"
                         r"|no experience|nysc|apprentice)\b", re.I)),
    ("director", re.compile(r"\b(director|vp|vice president|head of|chief|cto|cfo|ceo|coo)\b", re.I)),
    ("manager", re.compile(r"\b(manager|supervisor)\b", re.I)),
    ("lead", re.compile(r"\b(lead|principal|staff)\b", re.I)),
    ("senior", re.compile(r"\b(senior|snr|sr\.?|experienced)\b", re.I)),
    ("mid", re.compile(r"\b(mid[- ]?level|mid[- ]senior|intermediate|associate)\b", re.I)),
]
_LEVEL_WORDS = {"internship": "internship", "entry level": "entry", "associate": "mid", "mid-senior level": "senior",
                "director": "director", "executive": "director", "not applicable": ""}


def experience_level(*, job_level: str, title: str, years_min: int | None) -> str:
    level = _LEVEL_WORDS.get(job_level.strip().lower())
    if level is not None and level:
        return level
    for name, pattern in LEVELS[:-1]:
        if pattern.search(title):
            return name
    if years_min is not None:  # stated years beat a vague "Associate" in the title
        return "entry" if years_min <= 1 else "mid" if years_min <= 4 else "senior"
    return "mid" if LEVELS[-1][1].search(title) else ""


_NUM = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_YEARS = r"\s*(?:\+|plus)?\s*(?:years?|yrs?)(?:'|’)?"
YEARS_RANGE = re.compile(rf"\b{_NUM}\s*(?:-|–|—|to)\s*{_NUM}{_YEARS}", re.I)
YEARS_MIN = re.compile(
    rf"(?:(?:at\s+least|minimum(?:\s+of)?|min\.?|over|more\s+than)\s+)?\b{_NUM}\s*(\+|plus)?{_YEARS}"
    rf"(?:\s+(?:of\s+)?(?:\w+\s+){{0,4}}?(?:experience|exp\b|work|working|in\b|as\b|post))?",
    re.I,
)
ENTRY = re.compile(r"\b(entry[- ]level|graduate trainee|no experience (is )?required|fresh graduates?)\b", re.I)


def _n(word: str) -> int:
    return int(word) if word.isdigit() else _WORDS[word.lower()]


def years_of_experience(text: str) -> tuple[int | None, int | None]:
    """ "3+ years" → (3, None); "3-5 years" → (3, 5); "entry level"/"graduate trainee" → (0, 1)."""
    text = (text or "")[:6000]
    lowered = text.lower()
    if "yr" not in lowered and "year" not in lowered:  # most of the cost is scanning texts that never say it
        return (0, 1) if ENTRY.search(text) else (None, None)
    ranged = YEARS_RANGE.search(text)
    if ranged:
        low, high = sorted((_n(ranged.group(1)), _n(ranged.group(2))))
        if high <= 40:
            return low, high
    for match in YEARS_MIN.finditer(text):
        context = text[max(0, match.start() - 40) : match.end() + 40].lower()
        if "experience" in context or "exp" in context or match.group(2):
            years = _n(match.group(1))
            if years <= 40:
                return years, None
    if ENTRY.search(text):
        return 0, 1
    return None, None


def parse_amount(value: Any) -> Decimal | None:
    text = clean_text(value).replace(",", "")
    if not text:
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation as exc:
        raise RecordError(f"salary amount {value!r} is not a number") from exc
    if not amount.is_finite() or amount < 0:
        raise RecordError(f"salary amount {value!r} is not a positive number")
    return amount


_RELATIVE = re.compile(r"(\d+)\s*(hour|day|week|month)s?\s+ago", re.I)


def parse_date(value: Any, *, today: date | None = None) -> date | None:
    """ISO dates and datetimes, epoch milliseconds (Lever), "3 days ago" (guest pages)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = clean_text(value)
    if not text:
        return None
    if text.isdigit() and len(text) >= 12:
        return datetime.fromtimestamp(int(text) / 1000, tz=UTC).date()
    relative = _RELATIVE.search(text)
    if relative:
        days = {"hour": 0, "day": 1, "week": 7, "month": 30}[relative.group(2).lower()] * int(relative.group(1))
        return (today or date.today()) - timedelta(days=days)
    try:
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise RecordError(f"date_posted {value!r} is not a date (YYYY-MM-DD)") from exc
