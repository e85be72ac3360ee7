"""Small field parsers: work arrangement, employment type, experience level and years, dates, amounts."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from dateutil import parser as dateparser

from jobs.levels import ExperienceLevel
from jobs.normalize.text import clean_text


class RecordError(ValueError):
    """The record cannot become a canonical job; the message says why."""


_TRUE = {"true", "1", "yes", "y", "t"}
_NEGATED = r"(?<!not )(?<!no )(?<!non-)(?<!non )"
# What the posting's own words say. Checked in the title and place first, then the description.
_HYBRID = re.compile(
    r"\bhybrid\b|\b(?:\d|one|two|three|four)\s+days?\s+(?:a\s+week\s+)?(?:in|at|from)\s+(?:the\s+)?office\b"
    r"|\b(?:\d|one|two|three|four)\s+days?\s+(?:on-?site|remote(?:ly)?|from\s+home|wfh)\b"
    r"|\b(?:partly|partially)\s+remote\b|\bremote\s+and\s+(?:on-?site|in[- ]office)\b"
    r"|\b(?:on-?site|in[- ]office)\s+and\s+remote\b"
    r"|\b(?:in|at)\s+(?:the\s+)?office\s+(?:\d|one|two|three|four)\s+days?\b",
    re.I,
)
# "Remote work is not available": remote named only to be refused.
_REMOTE_DENIED = re.compile(
    r"\bremote(?:\s+work(?:ing)?)?\s+(?:is\s+)?(?:not|no\s+longer)\s+(?:available|possible|an\s+option|offered|allowed)"
    r"|\bno\s+(?:remote|work[- ]from[- ]home)\b",
    re.I,
)
_REMOTE = re.compile(
    _NEGATED + r"\b(?:fully|100\s?%|completely|entirely|permanently)\s+remote\b|" + _NEGATED
    + r"\bremote[- ](?:role|position|job|opportunity|work(?:ing)?|first|only|based|team|contract)\b"
    r"|\b(?:this|it) is a remote\b|\bwork(?:ing)?\s+(?:remotely|from\s+home|from\s+anywhere)\b"
    r"|\b(?:work\s+)?location\s*:\s*remote\b|\bwfh\b|\btelecommut\w*|\(remote\)|^remote\b",
    re.I | re.M,
)
_ONSITE = re.compile(
    r"\b(?:on-?site|in[- ]office|in[- ]person)\s+(?:role|position|job|work|only|basis)\b"
    r"|\b(?:work\s+)?location\s*:\s*(?:in[- ]person|on-?site|office)\b|\bnot\s+(?:a\s+)?remote\b"
    r"|\bno\s+remote\b|\bmust\s+(?:be\s+able\s+to\s+)?(?:resume|report)\s+(?:at|to)\s+(?:the\s+)?office\b"
    r"|\b(?:fully|strictly|100\s?%)\s+on-?site\b|\bwork\s+from\s+(?:the\s+)?office\b"
    r"|\b(?:office|site)[- ]based\b",
    re.I,
)
_REMOTE_IN_HEAD = re.compile(r"\b(remote|work from home|wfh|telecommut\w*)\b", re.I)
# Work done with the hands in a place: a board's remote flag on these is a mislabel unless the words say remote.
_PLACE_BOUND = re.compile(
    r"\b(nanny|nannies|caregiver|care giver|carer|guard|security|driver|rider|chauffeur|cleaner|housekeeper|"
    r"cook|chef|waiter|waitress|steward|nurse|midwife|doctor|pharmacist|technician|electrician|plumber|welder|"
    r"mechanic|artisan|operator|storekeeper|store keeper|cashier|receptionist|front desk|gatehouse|gateman|"
    r"housemaid|maid|gardener|laundry|attendant|teacher|lab scientist|porter|janitor|mason|carpenter|"
    r"warehouse|factory|bartender|barista|hairdresser|stylist)\b",
    re.I,
)


def work_arrangement(*, is_remote: Any, wfh_type: str, title: str, location: str, description: str = "") -> str:
    """remote / hybrid / onsite. The posting's words beat the board's flags ("3 days onsite and 2 days remote" is
    hybrid whatever `is_remote` says); only when the words say nothing does the board's flag stand."""
    head, body = f"{title} | {location}", description[:6000]
    lowered = body.lower()
    if _HYBRID.search(head) or (_mentions(lowered, _HYBRID_WORDS) and _HYBRID.search(body)):
        return "hybrid"
    if _REMOTE_IN_HEAD.search(head) and not re.search(r"\b(?:not|no|non)[- ]remote\b", head, re.I):
        return "remote"  # "Remote (Nigeria)", "Customer Support - Remote": the board's own place says it
    said = _said_arrangement(body, lowered)
    if said:
        return said
    wfh = wfh_type.lower()
    if "hybrid" in wfh:
        return "hybrid"
    flagged = "remote" in wfh or str(is_remote).strip().lower() in _TRUE
    if flagged and not _PLACE_BOUND.search(title):
        return "remote"
    return "onsite"


# Most descriptions name none of these: a substring test skips the regexes, which cost far more on long text.
_HYBRID_WORDS = ("hybrid", "office", "remote", "site", "home", "wfh")
_REMOTE_WORDS = ("remote", "home", "anywhere", "wfh", "telecommut")
_ONSITE_WORDS = ("site", "office", "person", "remote")


def _mentions(lowered: str, words: tuple[str, ...]) -> bool:
    return any(word in lowered for word in words)


def _said_arrangement(text: str, lowered: str) -> str:
    if "remote" in lowered and _REMOTE_DENIED.search(text):
        return "onsite"
    remote = _mentions(lowered, _REMOTE_WORDS) and _REMOTE.search(text)
    onsite = _mentions(lowered, _ONSITE_WORDS + ("based",)) and _ONSITE.search(text)
    if remote and onsite:
        return "hybrid"
    if remote:
        return "remote"
    if onsite:
        return "onsite"
    return ""


PART_TIME = re.compile(r"\bpart[- ]?time\b", re.I)
# "Job Types: Full-time, Part-time", "Full and part-time positions are available": a full-time place is offered
FULL_TIME_TOO = re.compile(r"\bfull[- ]?time\b|\bfull and part\b", re.I)
EMPLOYMENT_TYPES = [
    ("internship", re.compile(r"\b(intern(ship)?|industrial training|siwes)\b", re.I)),
    ("contract", re.compile(r"\b(contract(or)?|fixed[- ]term|temporary|temp|freelance|consultant)\b", re.I)),
    ("parttime", PART_TIME),
    ("fulltime", re.compile(r"\b(full[- ]?time|permanent)\b", re.I)),
]
_TYPE_WORDS = {"fulltime": "fulltime", "full_time": "fulltime", "full-time": "fulltime", "full time": "fulltime",
               "permanent": "fulltime", "parttime": "parttime", "part-time": "parttime", "part time": "parttime",
               "part_time": "parttime", "contract": "contract", "contractor": "contract", "temporary": "contract",
               "temp": "contract", "freelance": "contract", "internship": "internship", "intern": "internship",
               "perdiem": "contract", "volunteer": "volunteer", "other": ""}


def employment_type(*, job_type: str, title: str, description: str = "") -> str:
    """JobSpy's comma-joined job_type ("fulltime, contract") or the words in the posting → one type. A part-time post
    that also offers full-time places ("parttime, fulltime"; a board's "Part Time" over a text saying "a full-time
    on-site role") is full-time: part-time alone is what keeps it from seekers who want a full job."""
    found = _employment_type(job_type, title, description)
    if found == "parttime" and ("fulltime" in _board_types(job_type) or FULL_TIME_TOO.search(f"{title} {description[:3000]}")):
        return "fulltime"
    return found


def _board_types(job_type: str) -> list[str]:
    return [kind for word in re.split(r"[,/;|]", job_type.lower()) if (kind := _TYPE_WORDS.get(word.strip()))]


def _employment_type(job_type: str, title: str, description: str) -> str:
    board = _board_types(job_type)
    if board:
        return board[0]
    for text in (title, description[:1500]):
        for name, pattern in EMPLOYMENT_TYPES:
            if pattern.search(text):
                return name
    return ""


LEVELS = [
    (ExperienceLevel.INTERN, re.compile(r"\b(intern(ship)?|siwes|industrial attachment)\b", re.I)),
    (ExperienceLevel.ENTRY, re.compile(r"\b(entry[- ]level|graduate trainee|graduate|trainee|junior|jnr"
                                       r"|fresh(er| graduate)s?|no experience|nysc|apprentice)\b", re.I)),
    (ExperienceLevel.HEAD, re.compile(r"\b(director|vp|vice president|head of|chief|cto|cfo|ceo|coo)\b", re.I)),
    (ExperienceLevel.MANAGER, re.compile(r"\b(manager|supervisor)\b", re.I)),
    # "Staff" is a level only before the line ("Staff Engineer"); "Front Desk Staff" is a post (it read as 7 years).
    (ExperienceLevel.LEAD, re.compile(r"\b(lead|principal)\b|^\W*staff\b", re.I)),
    (ExperienceLevel.SENIOR, re.compile(r"\b(senior|snr|sr\.?|experienced)\b", re.I)),
    (ExperienceLevel.MID, re.compile(r"\b(mid[- ]?level|mid[- ]senior|intermediate|associate)\b", re.I)),
]
# The boards' own words (LinkedIn's `job_level`); "not applicable" says nothing.
_LEVEL_WORDS = {"internship": ExperienceLevel.INTERN, "entry level": ExperienceLevel.ENTRY,
                "associate": ExperienceLevel.MID, "mid-senior level": ExperienceLevel.SENIOR,
                "director": ExperienceLevel.HEAD, "executive": ExperienceLevel.HEAD, "not applicable": ""}


def experience_level(*, job_level: str, title: str, years_min: int | None) -> str:
    """An `ExperienceLevel` value, or "" when the posting does not say."""
    level = _LEVEL_WORDS.get(job_level.strip().lower())
    if level is not None and level:
        return level
    for name, pattern in LEVELS[:-1]:
        if pattern.search(title):
            return name
    if years_min is not None:  # stated years beat a vague "Associate" in the title
        return (ExperienceLevel.ENTRY if years_min <= 1 else ExperienceLevel.MID if years_min <= 4
                else ExperienceLevel.SENIOR)
    return ExperienceLevel.MID if LEVELS[-1][1].search(title) else ""


_NUM = r"(\d{1,2}(?:\.5)?|one|two|three|four|five|six|seven|eight|nine|ten)"
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# Found from the year word backwards: a regex that opens with the number has no literal to skip to and cost
# 170 µs a posting. All of these run on lower-cased text.
_YEAR_WORD = re.compile(r"(?:years?|yrs?)\b(?:'|’|\(s\))?")
_YEARS_BEFORE = re.compile(
    rf"(?<![\d.])(?:{_NUM}\s*(?:-|–|—|to)\s*)?{_NUM}\s*(\+|plus|or\s+more|or\s+above)?\s*(?:\+|plus)?\s*$"
)
_AFTER_EXPERIENCE = re.compile(
    r"^\s*(?:of\s+)?(?:[\w/&,.-]+\s+){0,6}?(?:experience|exp\b|post[- ]?qualification|pqe|working\b|work\b"
    r"|in\s+(?:a|an|the)\s+(?:similar|related|relevant)|in\s+similar|as\s+(?:a|an)\b|hands[- ]on)",
    re.I,
)
_BEFORE_EXPERIENCE = re.compile(
    r"(?:experience(?:\s+level)?|exp\.?|minimum|at\s+least|min\.?|not\s+less\s+than|requires?|required"
    r"|must\s+have|should\s+have|candidates?\s+with|applicants?\s+with)[^.;\n]{0,25}$",
    re.I,
)
# Numbers of years that are not experience asked of the candidate.
_NOT_EXPERIENCE_AFTER = re.compile(r"^\s*(?:of\s+age|old\b|of\s+operation|in\s+(?:business|operation|existence)"
                                   r"|of\s+(?:existence|operations?|service\s+to|excellence|history|track\s+record))",
                                   re.I)
_NOT_EXPERIENCE_BEFORE = re.compile(
    r"(?:\bage[ds]?\b|\bage\s+(?:limit|range|bracket)|not\s+(?:older|younger)|\bwe\b|\bour\b|\bus\b"
    r"|company|firm|organi[sz]ation|group|has\s+been|have\s+been|established|founded|since|history|legacy"
    r"|\bcontract\b|duration|tenure|warranty|guarantee|within|every|after|renewable|bond)[^.;\n]{0,40}$",
    re.I,
)
# "With over 30 years of experience in the industry, we are…": the employer's experience, not the candidate's.
_EMPLOYER_AFTER = re.compile(r"^[^.;\n]{0,80}?,?\s+(?:we|the\s+company|the\s+firm)\s+(?:are|have|is|has|'re|provide|offer)\b",
                             re.I)
# "* 2–4 years in a data analytics or marketing analytics role": a line opening with the years, in a line of work
_IN_A_LINE = re.compile(r"^\s*(?:in|within|as)\s+(?:an?\s+|the\s+)?(?:[\w/&,-]+\s+){0,6}?(?:role|position|field|"
                        r"environment|function|industry|sector|capacity)\b", re.I)
_DOING = re.compile(r"^\s*(?:of\s+)?(?:\w+\s+){0,2}?\w+ing\b", re.I)
ENTRY = re.compile(r"\b(entry[- ]level|graduate trainee|no (?:prior |previous |work )?experience (?:is )?(?:required|needed)"
                   r"|fresh (?:graduates?|grads?)|freshers?)\b", re.I)
MAX_YEARS = 40


def _n(word: str) -> float:
    return float(word) if word[0].isdigit() else _WORDS[word.lower()]


def years_of_experience(text: str) -> tuple[int | None, int | None]:
    """Years of experience asked for, from experience phrases only: "3+ years of experience" → (3, None);
    "3-5 years' experience" → (3, 5); "Experience: 0-2 years" → (0, 2); "entry level" → (0, 1).

    Ages ("18 years of age", "aged 25-35 years"), company histories ("over 30 years in business") and contract
    lengths never count.
    """
    text = (text or "")[:8000]
    lowered = text.lower()
    if "yr" in lowered or "year" in lowered:  # most of the cost is scanning texts that never say it
        found = (years for word in _YEAR_WORD.finditer(lowered)
                 if (number := _YEARS_BEFORE.search(lowered, max(0, word.start() - 30), word.start()))
                 and (years := _experience_years(lowered, number, word.end())) is not None)
        first = next(found, None)  # the rest are read only when the first is a bare number
        if first is not None:
            low, high = first
            # Jobberman's header can carry the top of the range the text asks ("Experience Length : 10 years" over
            # "3–10 years' experience in financial services sales"): the range is the ask
            return first if high is not None else next(
                ((start, end) for start, end in found if end == low and start < low), first)
    return (0, 1) if ENTRY.search(text) else (None, None)


def _experience_years(text: str, number: re.Match[str], end: int) -> tuple[int, int | None] | None:
    before = text[max(0, number.start() - 60) : number.start()]
    after = text[end : end + 70]
    sentence_before = re.split(r"[.;\n]|\s\*\s", before)[-1]
    if (_NOT_EXPERIENCE_AFTER.match(after) or _NOT_EXPERIENCE_BEFORE.search(sentence_before)
            or _EMPLOYER_AFTER.match(after)):
        return None
    # "5+ years building APIs" as a requirement bullet: the plus, or a line that opens with the years, says it.
    listed = bool(number.group(3)) or "+" in number.group() or (
        not sentence_before.strip(" -*•:") and bool(_DOING.match(after) or _IN_A_LINE.match(after)))
    if not (listed or _AFTER_EXPERIENCE.match(after) or _BEFORE_EXPERIENCE.search(sentence_before)):
        return None
    low = _n(number.group(1) or number.group(2))
    high = _n(number.group(2)) if number.group(1) else None
    if high is not None and high < low:
        low, high = high, low
    if (high or low) > MAX_YEARS:
        return None
    return int(low), (int(high) if high is not None and high != low else None)


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


_RELATIVE = re.compile(r"(\d+)\+?\s*(hour|day|week|month)s?\s+ago", re.I)
_TODAY = re.compile(r"^(?:posted\s+)?(?:today|just posted|just now|active today|new)$", re.I)
# A date that is obviously not a posting date (a typo's year 2204, an epoch of 0) is not kept.
_EARLIEST = date(2000, 1, 1)


def parse_date(value: Any, *, today: date | None = None, dayfirst: bool = True) -> date | None:
    """ISO dates and datetimes, epoch milliseconds (Lever), "3 days ago" (guest pages), and the common written
    forms ("9/11/2024", "11 Sep 2024", "Sep 11, 2024"); RecordError when none fits.

    Slashed dates are ambiguous: `dayfirst` follows the site's country (day first everywhere but the US), and
    a reading that lies in the future gives way to the other one.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = clean_text(value)
    if not text:
        return None
    today = today or date.today()
    if text.isdigit() and len(text) >= 12:
        return datetime.fromtimestamp(int(text) / 1000, tz=UTC).date()
    if _TODAY.match(text):
        return today
    if text.lower() == "yesterday":
        return today - timedelta(days=1)
    relative = _RELATIVE.search(text)
    if relative:
        days = {"hour": 0, "day": 1, "week": 7, "month": 30}[relative.group(2).lower()] * int(relative.group(1))
        return today - timedelta(days=days)
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    found = _written_date(text, today=today, dayfirst=dayfirst)
    if found is None:
        raise RecordError(f"date_posted {value!r} is not a date")
    return found


def _written_date(text: str, *, today: date, dayfirst: bool) -> date | None:
    readings = []
    for first in (dayfirst, not dayfirst):
        try:
            readings.append(dateparser.parse(text, dayfirst=first, default=datetime(today.year, 1, 1)).date())
        except (ValueError, OverflowError, TypeError):
            continue
    plausible = [d for d in readings if _EARLIEST <= d <= today + timedelta(days=1)]
    return plausible[0] if plausible else None


# "Deadline: 25/08/2025", "**Closing Date:** 12\-Sep\-2025", "Application closes 18th August 2025", "Deadline to
# Apply: Thursday, August 14th, 2025": a closing date the post states (about one Nigerian post in ten).
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DEADLINE = re.compile(
    r"\b(?:(?:application\s+)?deadline(?:\s+(?:to|for)\s+(?:apply|applications?|submissions?))?"
    r"|closing\s+date(?:\s+for\s+applications?)?|applications?\s+(?:close|closes|closing|ends?)(?:\s+on)?"
    r"|apply\s+(?:before|by|on\s+or\s+before)|last\s+date\s+(?:to|for)\s+appl\w*)"
    r"[\s*:|\\\-–—]{0,12}(?:is\s+|on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?P<date>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+" + _MONTH
    + r",?[\s\-]+\d{4}|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})",
    re.I,
)
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$")


def application_deadline(text: str, *, posted: date | None = None) -> date | None:
    """The closing date for applications the post states, or None. Slashed dates are read day first (as Nigerian
    and Indian posts write them) unless that cannot be a date; a date more than two years from the posting (or
    today) is a typo and not kept; of two dates, the later."""
    around = posted or date.today()
    days = [day for found in _DEADLINE.finditer(text) if (day := _deadline_date(found.group("date")))
            and around - timedelta(days=730) <= day <= around + timedelta(days=730)]
    return max(days, default=None)  # two dates ("deadline extended to …"): the later, so no open job is closed early


def _deadline_date(text: str) -> date | None:
    numeric = _NUMERIC_DATE.match(text)
    if numeric:
        first, second, year = (int(g) for g in numeric.groups())
        year += 2000 if year < 100 else 0
        for day, month in ((first, second), (second, first)):
            try:
                return date(year, month, day)
            except ValueError:
                continue
        return None
    words = re.sub(r"(\d)(?:st|nd|rd|th)\b|\bof\b|,", r"\1", text, flags=re.I)
    try:
        return dateparser.parse(words.replace("-", " "), dayfirst=True).date()
    except (ValueError, OverflowError):
        return None
