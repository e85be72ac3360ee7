"""The structure of a real posting: the job board's header block, "Label: value" field lines, and content lines
with the section each sits in.

Real exports (python-jobspy) carry board furniture before the job: Jobberman-style headers ("Today", an
initial, the title underlined with ====, the company and a category underlined with ----, "Lagos Full Time",
"IT & Telecoms Confidential") and Indeed-style field lines ("Job Title: …", "Location: …"). Those are facts
about the job, not prose: the summary must skip them, and classification may use them.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# to_csv(escapechar="\\") and markdown both leave "\-", "\&", "\<" behind; a backslash is never content.
_ESCAPE = re.compile(r"\\+([^\w\s]?)")
_HTML_BREAK = re.compile(r"<\s*(?:br|/p|/li|/h\d|/div|/tr)\s*/?>", re.I)
_HTML_ITEM = re.compile(r"<\s*li[^>]*>", re.I)
_HTML_TAG = re.compile(r"<[^>]{1,200}>")
_STYLED = re.compile("[\U0001D400-\U0001D7FF]")
_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,}|_{3,}|\*{3,})\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•·●▪◦Øo]|\d{1,2}[.)])\s+")
_FIELD_LABELS = (
    r"job\s*title|position|role|title|vacancy|company|company name|employer|organi[sz]ation|hiring company|client|"
    r"(?:job\s*|work\s*)?location|address|job\s*type|employment\s*type|contract\s*type|work\s*type|type|"
    r"work\s*(?:mode|arrangement|model)|salary|pay|remuneration|compensation|budget|stipend|deadline|"
    r"application\s*deadline|closing\s*date|experience|experience\s*(?:level|length|required)|years of experience|"
    r"(?:minimum\s*)?qualifications?|education(?:al)?\s*(?:qualification|level)?|industry|sector|department|"
    r"function|job\s*function|category|reports?\s*to|reporting\s*to|start\s*date|working\s*(?:hours|days)|"
    r"work\s*(?:hours|days|schedule)|schedule|shift|duration|level|job\s*level|seniority|slots?|vacancies|"
    r"no\.?\s*of\s*(?:openings|vacancies)|openings|accommodation|gender|sex|age|age\s*(?:limit|range)|"
    r"date\s*posted|job\s*id|req(?:uisition)?\s*id|ref(?:erence)?|benefits|ctc|notice\s*period|"
    r"project\s*role(?:\s*description)?|must\s*have\s*skills|good\s*to\s*have\s*skills|tenure|posted"
)
_FIELD = re.compile(rf"^(?:{_FIELD_LABELS})\s*:\s*(.*)$", re.I)
_HEADING = re.compile(r"^[A-Za-z][\w &/,'()’-]{1,60}?\s*:?$")
# Jobberman's header line for the employer's sector, e.g. "Banking, Finance & Insurance Confidential".
BOARD_INDUSTRIES = (
    "IT & Telecoms", "Banking, Finance & Insurance", "Recruitment", "Education", "Hospitality & Hotel",
    "Healthcare", "Advertising, Media & Communications", "Construction", "Energy & Utilities",
    "Manufacturing & Warehousing", "Real Estate", "Retail, Fashion & FMCG", "Shipping & Logistics",
    "NGO, NPO & Charity", "Mining, Energy & Metals", "Tourism & Travel", "Entertainment, Events & Sport",
    "Law & Compliance", "Automotive & Aviation", "Agriculture, Fishing & Forestry", "Government",
    "Consulting", "Telecommunications", "Oil & Gas", "Travel & Tourism", "Food Services & Catering",
    "Media", "Security", "Agriculture",
)
_BOARD_INDUSTRY = re.compile(
    r"^(" + "|".join(re.escape(name) for name in sorted(BOARD_INDUSTRIES, key=len, reverse=True)) + r")\b", re.I
)


@dataclass(frozen=True)
class Line:
    text: str
    section: str  # the heading above it, lower case ("" before the first heading)
    bullet: bool


@dataclass(frozen=True)
class Posting:
    lines: tuple[Line, ...] = ()
    fields: dict[str, str] = field(default_factory=dict)  # label (lower case) → value, first one wins
    board_category: str = ""  # the board's job category ("Sales", "Accounting, Auditing & Finance")
    board_industry: str = ""  # the board's employer sector ("IT & Telecoms")


def unescape(text: str) -> str:
    """"full\\-time", "IT \\& Telecoms" → "full-time", "IT & Telecoms"; stray backslashes go."""
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text


def field_line(line: str) -> tuple[str, str] | None:
    """("location", "Lagos") for "Location: Lagos" or "* Experience Length : 2 years"; None for prose."""
    match = _FIELD.match(_BULLET.sub("", line).strip(" *"))
    if not match:
        return None
    label = re.sub(r"\s+", " ", line[: line.lower().find(":")].strip(" *-•").lower())
    return label, match.group(1).strip(" *")


@lru_cache(maxsize=64)  # the enhancer reads one posting several times (skills, function, industry, summary)
def parse(description: str) -> Posting:
    text = _html_lines(description or "")
    if _STYLED.search(text):  # "𝐑𝐞𝐚𝐜𝐭" (styled letters some boards love) → "React"
        text = unicodedata.normalize("NFKC", text)
    raw = [unescape(line).strip() for line in text.splitlines()]
    headings = {i - 1 for i, line in enumerate(raw) if i and _UNDERLINE.match(line) and raw[i - 1]}
    category, industry, start = _board_header(raw, headings)
    lines: list[Line] = []
    fields: dict[str, str] = {}
    section = ""
    for i, line in enumerate(raw[start:], start):
        if not line or _UNDERLINE.match(line) or len(line) < 2:
            continue
        pair = field_line(line)
        if pair:
            fields.setdefault(*pair)
            continue
        if i in headings or (_HEADING.match(line) and len(line) < 45 and not _BULLET.match(line)):
            section = line.strip(" :*").lower()
            continue
        if lines and line[0].islower() and lines[-1].text[-1:] not in ".!?:" and raw[i - 1]:
            # A sentence wrapped over two lines (markdown's trailing-backslash break) is one sentence.
            lines[-1] = Line(f"{lines[-1].text} {line}", lines[-1].section, lines[-1].bullet)
            continue
        lines.append(Line(_BULLET.sub("", line).strip(), section, bool(_BULLET.match(line))))
    return Posting(tuple(lines), fields, category, industry)


def _html_lines(text: str) -> str:
    """HTML postings as lines, list items as "- " bullets; markdown/plain text passes through."""
    if "<" in text and ">" in text:
        text = _HTML_TAG.sub(" ", _HTML_ITEM.sub("\n- ", _HTML_BREAK.sub("\n", text)))
    return html.unescape(text).replace("\r", "") if "&" in text else text.replace("\r", "")


def _board_header(raw: list[str], headings: set[int]) -> tuple[str, str, int]:
    """(category, sector, index after the header) of a Jobberman-style header; ("", "", 0) when none."""
    underlined = sorted(i for i in headings if i < 12)
    if not underlined or underlined[0] > 4:
        return "", "", 0
    category = raw[underlined[2]] if len(underlined) > 2 else ""
    industry = ""
    end = underlined[-1] + 2
    for i in range(end, min(end + 4, len(raw))):
        match = _BOARD_INDUSTRY.match(raw[i])
        if match:
            industry, end = match.group(1), i + 1
            break
    return category, industry, end
