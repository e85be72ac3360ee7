"""Pay: amounts in free text (`₦450,000`, `N450k`, `NGN 1.2m`, `450k naira`, `$4,000/month`, `KSh 80,000`,
`£45k a year`), periods, monthly normalisation and a dated exchange-rate table kept in the repo.

Shared by normalisation (postings) and preference extraction (what a seeker says: "at least 600k a month").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypedDict

FX_FILE = Path(__file__).parent / "data" / "fx_rates.json"

PER_MONTH = {"hourly": 173.33, "daily": 21.67, "weekly": 4.33, "monthly": 1.0, "yearly": 1 / 12}

# Longest first so "ngn" wins over "n" and "ksh" over "sh".
CURRENCY_WORDS: list[tuple[str, str]] = sorted(
    [
        ("₦", "NGN"), ("ngn", "NGN"), ("naira", "NGN"), ("n", "NGN"), ("#", "NGN"),
        ("$", "USD"), ("usd", "USD"), ("us$", "USD"), ("dollars", "USD"), ("dollar", "USD"),
        ("£", "GBP"), ("gbp", "GBP"), ("pounds", "GBP"), ("€", "EUR"), ("eur", "EUR"), ("euros", "EUR"),
        ("ksh", "KES"), ("kes", "KES"), ("kshs", "KES"), ("ghs", "GHS"), ("gh₵", "GHS"), ("ghc", "GHS"),
        ("₵", "GHS"), ("cedis", "GHS"), ("zar", "ZAR"), ("r", "ZAR"), ("rand", "ZAR"), ("cfa", "XOF"),
        ("xof", "XOF"), ("xaf", "XAF"), ("egp", "EGP"), ("₹", "INR"), ("inr", "INR"), ("rs", "INR"),
        ("rs.", "INR"), ("rupees", "INR"), ("aud", "AUD"), ("a$", "AUD"), ("cad", "CAD"), ("c$", "CAD"),
        ("aed", "AED"), ("sgd", "SGD"), ("s$", "SGD"), ("ugx", "UGX"), ("tzs", "TZS"), ("rwf", "RWF"),
        ("kshs.", "KES"), ("ksh.", "KES"),
    ],
    key=lambda pair: -len(pair[0]),
)
_CUR = "|".join(re.escape(word) for word, _ in CURRENCY_WORDS)
_NUM = r"\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "400Kgross" (a recruiter's shorthand) has no space after the k; "5 LPA" is Indian lakhs per annum.
_MULT = r"(?:k(?=gross|net)|(?:k|m|mil|million|thousand|bn|b|lpa|lakhs?|lahks?|lacs?|l|crores?|cr|billion)\b)"


def _amount_pattern(n: str) -> str:
    return (
        rf"(?<![A-Za-z0-9])(?:(?P<{n}cur>{_CUR})\s?)?(?P<{n}num>{_NUM})\s?(?P<{n}mult>{_MULT})?"
        rf"(?:\s?(?P<{n}cur2>naira|ngn|usd|dollars|kes|ksh|ghs|cedis|gbp|eur|€|euros|zar|inr|rupees))?"
    )


SALARY_RE = re.compile(_amount_pattern("a") + r"(?:\s*(?:-|–|—|to|and)\s*" + _amount_pattern("b") + ")?", re.I)
PERIOD_RE = [
    ("hourly", re.compile(r"(per|an|/|a)\s*(hour|hr)\b|\bhourly\b|\bp/?h\b", re.I)),
    ("daily", re.compile(r"(per|a|/)\s*day\b|\bdaily\b", re.I)),
    ("weekly", re.compile(r"(per|a|/)\s*week\b|\bweekly\b|\bp/?w\b", re.I)),
    ("monthly", re.compile(r"(per|a|/|every)\s*(month|mo|mth)\b|\bmonthly\b|\bp\.?\s?m\b|/\s*mo\b", re.I)),
    ("yearly", re.compile(r"(per|a|/)\s*(year|yr|annum)\b|\b(yearly|annually|annual|p\.?\s?a|lpa|ctc)\b|\bper\s+annum\b",
                         re.I)),
]
MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mil": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
               "billion": 1e9, "l": 1e5, "lakh": 1e5, "lakhs": 1e5, "lahk": 1e5, "lahks": 1e5, "lac": 1e5, "lacs": 1e5, "lpa": 1e5, "crore": 1e7, "crores": 1e7,
               "cr": 1e7}
_INDIAN = {"l", "lakh", "lakhs", "lahk", "lahks", "lac", "lacs", "lpa", "crore", "crores", "cr"}


@dataclass(frozen=True)
class Salary:
    minimum: float
    maximum: float
    currency: str = ""  # ISO 4217, "" when the text names none
    period: str = ""  # hourly/daily/weekly/monthly/yearly, "" when the text names none

    def monthly(self) -> tuple[float, float]:
        factor = PER_MONTH.get(self.period or "monthly", 1.0)
        return self.minimum * factor, self.maximum * factor


def currency_code(word: str) -> str:
    word = (word or "").strip().lower()
    for alias, code in CURRENCY_WORDS:
        if word == alias:
            return code
    return word.upper() if len(word) == 3 and word.isalpha() else ""


def parse_period(text: str) -> str:
    """The period named first: "N100,000 - N150,000 Monthly + Weekly Commission" is paid monthly (the weekly
    commission that follows is not the pay's period)."""
    found = [(match.start(), period) for period, pattern in PERIOD_RE if (match := pattern.search(text or ""))]
    return min(found)[1] if found else ""


def _amount(match: re.Match[str], prefix: str) -> float | None:
    number = match.group(f"{prefix}num")
    if number is None:
        return None
    value = float(re.sub(r"[,\s]", "", number))
    mult = (match.group(f"{prefix}mult") or "").lower()
    return value * MULTIPLIERS.get(mult, 1.0)


def parse_salary(text: str, *, default_currency: str = "", min_amount: float = 1000.0) -> Salary | None:
    """The first pay amount or range in `text`, or None.

    A bare number only counts when it carries a currency or a k/m multiplier, or is large enough to be pay
    (`min_amount`), so "3 years" or "2 roles" are not read as salaries. "500k" is 500,000 — never ₦500.
    """
    for match in SALARY_RE.finditer(text or ""):
        low = _amount(match, "a")
        high = _amount(match, "b")
        cur_word = match.group("acur") or match.group("acur2") or match.group("bcur") or match.group("bcur2") or ""
        has_mult = bool(match.group("amult") or match.group("bmult"))
        if low is None:
            continue
        if match.group("amult") is None and match.group("bmult") and high is not None:
            low *= MULTIPLIERS[match.group("bmult").lower()]  # "200-300k" means 200k to 300k
        if cur_word.lower() in {"n", "r", "#"} and not (has_mult or low >= min_amount):
            continue  # a lone N/R before a small number is more likely a word than a currency
        if not cur_word and not has_mult and low < min_amount:
            continue
        if _looks_like_years_or_count(text, match) or (not cur_word and not has_mult and _a_year(text, match)):
            continue
        high = high if high is not None and high >= low else low
        mults = {(match.group("amult") or "").lower(), (match.group("bmult") or "").lower()}
        indian = bool(mults & _INDIAN)
        # Lakhs and crores are South Asia's: a bare "7 lac" is rupees whatever the page's country.
        currency = currency_code(cur_word) or ("INR" if indian else default_currency)
        if indian and currency != "INR":
            continue  # "5L" in a naira posting is not a lakh
        tail = text[match.end() : match.end() + 25]
        period = "yearly" if "lpa" in mults else parse_period(tail)
        if spread := _FOR_MONTHS.match(tail):  # "₦250,000 for 2 months": the whole contract's pay, so per month less
            months = int(_MONTH_COUNTS.get(spread.group(1).lower(), spread.group(1)))
            return Salary(minimum=low / months, maximum=high / months, currency=currency, period="monthly")
        return Salary(minimum=low, maximum=high, currency=currency, period=period)
    return None


_MONTH_COUNTS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
_FOR_MONTHS = re.compile(r"\s*(?:\.00)?\s*(?:for|in)\s*([2-9]|two|three|four|five|six)\s*months?\b", re.I)


def _a_year(text: str, match: re.Match[str]) -> bool:
    """A bare year ("bsc accounting 2022", "I finish WAEC 2023") is not pay unless a period follows it."""
    number = match.group("anum") or ""
    if match.group("bnum") or not re.fullmatch(r"(?:19[5-9]|20\d)\d", number):
        return False
    return not parse_period(text[match.end() : match.end() + 15])


def _looks_like_years_or_count(text: str, match: re.Match[str]) -> bool:
    if re.fullmatch(r"0\d{9,}|\d{10,}", match.group("anum") or ""):
        return True  # a phone number ("08149038163"), not ₦8bn
    after = text[match.end() : match.end() + 12].lower()
    return bool(re.match(r"\s*\+?\s*(years?|yrs?|months? experience|people|roles|positions|staff)", after))


# --- Exchange rates -------------------------------------------------------------------------


class FxTable(TypedDict):
    as_of: str  # an ISO date
    source: str
    usd_per_unit: dict[str, float]  # by ISO currency code: {"NGN": 0.000667, …}


@cache
def fx_table() -> FxTable:
    """The file's exchange rates; update the file, not the code."""
    table: FxTable = json.loads(FX_FILE.read_text())
    return table


def to_usd(amount: float | None, currency: str) -> float | None:
    if amount is None:
        return None
    rate = fx_table()["usd_per_unit"].get((currency or "").upper())
    return None if rate is None else amount * float(rate)


def convert(amount: float | None, source: str, target: str) -> float | None:
    if amount is None or not source or not target:
        return None
    if source.upper() == target.upper():
        return amount
    usd = to_usd(amount, source)
    target_rate = fx_table()["usd_per_unit"].get(target.upper())
    return None if usd is None or not target_rate else usd / float(target_rate)
