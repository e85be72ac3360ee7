"""Must-haves a posting asks and a seeker holds: a driver's licence, an accountancy charter (ICAN, ACA, ACCA), a
language (Hausa, Igbo, Yoruba, French).

Shared by matching (a post requiring one the seeker said they do not have is not sent; what they never answered is
unknown and does not block: labellers split on such posts by whether they read them, issue 16) and onboarding (its
last question, the seeker's "i get license", "no ICAN", "I speak Hausa", the portal's ticks). Answers are stored in
`user_preferences.credentials` ({"licence": false, "hausa": true}).
"""

from __future__ import annotations

import re
from functools import lru_cache

# code → how a "why" and the portal name it
CREDENTIALS: dict[str, str] = {
    "licence": "a driver's licence",
    "chartered": "ICAN/ACA/ACCA",
    "hausa": "Hausa",
    "igbo": "Igbo",
    "yoruba": "Yoruba",
    "french": "French",
}

# The schooling question's answers (user_preferences.schooling) → the level matching compares with what a post's
# requirement lines accept (1 SSCE, 2 OND/NCE, 3 HND or a degree)
SCHOOLING_LEVELS: dict[str, int] = {"ssce": 1, "ond": 2, "degree": 3}
# The answer that they hold no certificate: a post asking even SSCE is not for them (no level: 0 is "not said")
NO_CERTIFICATE = "none"

# A driver's licence named: what a post asks, and what a seeker's words hold (no role: matching.profiles)
DRIVING_LICENCE = r"driv(?:er'?s?|ers'|ing)\s+licen[cs]e"
# What a posting's line must name for the post to ask it (lower-case text)
_ASKED: dict[str, re.Pattern[str]] = {
    "licence": re.compile(DRIVING_LICENCE + r"|licen[cs]ed?\s+driver"),
    "chartered": re.compile(r"\b(?:ican|aca|acca|cima|fca)\b|chartered accountant"),
    "hausa": re.compile(r"\bhausa\b"),
    "igbo": re.compile(r"\bigbo\b"),
    "yoruba": re.compile(r"\byoruba\b"),
    "french": re.compile(r"\bfrench\b"),
}
_LANGUAGES = frozenset({"hausa", "igbo", "yoruba", "french"})
# What a seeker's words say they hold ("i get license", "ACA qualified", "english + french")
_HELD: dict[str, re.Pattern[str]] = {
    "licence": re.compile(r"licen[cs]e"),
    "chartered": re.compile(r"\b(?:ican|aca|acca|cima|fca|cfa|anan)\b|chartered"),
    **{code: _ASKED[code] for code in _LANGUAGES},
}
# A line asks it only with one of these and none of SOFT (shared with the schooling limit): "ICAN is an added
# advantage", "ACA in view", "currently pursuing or completed a degree" do not ask.
MUST = re.compile(r"must|mandatory|required|requirement|essential|compulsory|minimum|qualification|qualified|"
                   r"holder|at least|should (?:have|hold|possess)|valid|need")
# "fluency in Hausa", "able to speak Igbo": a language asked ("Hausa-speaking states" is not)
_SPEAKS = re.compile(r"fluen|proficien|(?:able|ability) to (?:speak|communicate)|(?:must|can|should) speak|"
                     r"spoken and written|written and spoken")
SOFT = re.compile(r"advantage|prefer|plus|added|desirabl|nice to have|bonus|asset|in view|pursuing|studying|partly|"
                   r"applicable|optional|beneficial")
# A posting's section headings: a line under a requirements heading asks what it names without saying "must"
# ("Qualifications" / "* Bachelor's degree in Business Administration"); under "Preferred Qualifications" it does not.
_HEADING_TEXT = re.compile(
    r"(?:job |key |minimum |educational |required |the )?(?:requirements?|qualifications?|education|"
    r"(?:skills|requirements?|qualifications?) (?:and|&) (?:skills|requirements?|qualifications?|experience)|"
    r"what we.?re looking for|who you are|candidate profile|required skills|job description/requirements|"
    r"preferred(?: qualifications| skills)?|nice to have|bonus(?: points)?|responsibilities|key responsibilities|"
    r"duties|benefits|about (?:us|the role|the company)|what you.?ll do|role overview|overview|perks|how to apply)")
_STRIP = " \t*#-•✅:"


def line_at(text: str, begin: int, end: int, breaks: tuple[str, ...] = ("\n", ". ")) -> tuple[int, str]:
    """The line (up to the nearest break either side) holding text[begin:end], and where it starts."""
    start = max(text.rfind(b, 0, begin) for b in breaks) + 1
    ends = [i for i in (text.find(b, end) for b in breaks) if i >= 0]
    return start, text[start : min(ends) if ends else len(text)]


def in_requirements(text: str, start: int) -> bool:
    """Whether the line starting at `start` of lower-cased `text` sits under a requirements heading (the nearest
    heading above it asks, and does not only prefer)."""
    lines = text[:start].split("\n")[-40:]
    for line in reversed(lines):
        bare = line.strip(_STRIP)
        if not bare:
            continue
        heading = len(bare.split()) <= 6 and (line.rstrip().endswith(":") or _HEADING_TEXT.fullmatch(bare))
        if heading:
            return bool(_HEADING_TEXT.fullmatch(bare)) and not SOFT.search(bare) and not re.search(
                r"responsib|duties|benefit|about|what you.?ll do|overview|perks|apply", bare)
    return False


_ANY = re.compile(r"licen[cs]e|\b(?:ican|aca|acca|cima|fca)\b|chartered|\bhausa\b|\bigbo\b|\byoruba\b|\bfrench\b")


def asked(description: str) -> tuple[str, ...]:
    """The must-haves a post's lines ask ("Hausa is mandatory" → hausa; "ACA is an added advantage" → none), each
    a code, or codes joined by "|" where one line takes any of them ("fluent in Hausa or Yoruba" → hausa|yoruba).
    Only the lines naming one are read (once per job, on the matching path)."""
    text = (description or "")[:6000].lower().replace("’", "'")
    found: dict[str, None] = {}
    for match in _ANY.finditer(text):
        start, line = line_at(text, match.start(), match.end())
        if SOFT.search(line):
            continue
        listed = in_requirements(text, start)
        codes = [code for code, pattern in _ASKED.items() if pattern.search(line)
                 and (listed or MUST.search(line) or (code in _LANGUAGES and _SPEAKS.search(line)))]
        spoken = "|".join(code for code in codes if code in _LANGUAGES)
        for entry in [*(code for code in codes if code not in _LANGUAGES), *([spoken] if spoken else [])]:
            found[entry] = None
    return tuple(found)


def lacking(entries: tuple[str, ...], lacks: tuple[str, ...] | frozenset[str]) -> tuple[str, ...]:
    """The asked entries whose every code the seeker lacks ("hausa|yoruba" for one who speaks neither)."""
    return tuple(entry for entry in entries if set(entry.split("|")) <= set(lacks))


# "no licence", "i no get license", "don't have ICAN", "without a driver's licence", "not chartered"
_NEGATION = re.compile(r"\b(?:no|not|without|never|don'?t have|do not have|i no get|no get|dont have)"
                       r"\s+(?:\w+'?s?\s+){0,2}?$")
# A profession's licence named just before the word ("practising licence", "PCN licence")
_OTHER_LICENCE = re.compile(r"(?:nurs\w*|pharm\w*|practis\w*|practic\w*|pcn|nmc|mdcn|medical|professional|trcn|coren|"
                            r"business|operating|trade)\W+(?:\w+\W+){0,2}$")
_IN_PROGRESS = re.compile(r"^\W*(?:inter(?:mediate)?|in view|student|final stage|\(?\d+ papers?|in progress|ongoing|"
                          r"pursuing|writing|pe ?[12]\b|ats\b|skills level|foundation)")
# "writing ICAN", "pursuing ACA", "studying for ICAN": the charter named after what is still being done
_WORKING_TOWARDS = re.compile(r"\b(?:writing|pursuing|studying(?: for)?|preparing for|student of|sitting)\s+(?:for\s+)?(?:the\s+)?$")


@lru_cache(maxsize=50_000)
def said_about(text: str) -> dict[str, bool]:
    """What a seeker's own words say of each must-have: held (True: "i get license", "ACA qualified", "english +
    french"), lacked (False: "no licence", "i no get license", and a charter still in progress: "ICAN inter", "ICAN
    (final stage)", "writing ICAN"). Codes their words do not name are left out (unknown)."""
    lowered = (text or "").lower().replace("’", "'")
    found: dict[str, bool] = {}
    for code, pattern in _HELD.items():
        for match in pattern.finditer(lowered):
            before = lowered[max(0, match.start() - 40) : match.start()]
            if code == "licence" and _OTHER_LICENCE.search(before) and not re.search(r"driv\w*\W*$", before):
                continue  # "RN with a current practising licence" holds no driver's licence
            if _NEGATION.search(before):
                found.setdefault(code, False)
            elif _IN_PROGRESS.search(lowered[match.end() : match.end() + 30]) or _WORKING_TOWARDS.search(before):
                # a charter still being written is not held: readers refused "ACA/ACCA required" posts to "ICAN
                # (final stage)" accountants (three readings, 2026-12-03)
                found.setdefault(code, False)
            else:
                found[code] = True
    return found


def said_in(texts: list[str] | tuple[str, ...]) -> dict[str, bool]:
    """What several of a seeker's texts say, together: held wherever one says so."""
    said: dict[str, bool] = {}
    for text in texts:
        if text:
            for code, held in said_about(text).items():
                said[code] = said.get(code, False) or held
    return said


def labels(entries: tuple[str, ...] | list[str]) -> str:
    """"a driver's licence and Hausa or Yoruba"."""
    names = [" or ".join(CREDENTIALS[code] for code in entry.split("|") if code in CREDENTIALS) for entry in entries]
    names = [name for name in names if name]
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
