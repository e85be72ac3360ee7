"""The offline rule-based enhancer: the project vocabulary, keyword classifiers and an extractive summary.

No network, no model files: about a millisecond a posting, so the pipeline never waits on it.
"""

from __future__ import annotations

import re
from functools import cache

from jobs.enhancement import Enhancement, JobText
from jobs.enhancement.classify import classify_function, classify_industry
from jobs.enhancement.posting import parse
from jobs.enhancement.skills import posting_skills
from jobs.enhancement.text import plain, summarize
from jobs.vocabulary import (
    MISLEADING_IN_TITLES,
    RELATED_TITLES,
    TITLE_GROUPS,
    find_skills,
    find_titles,
    normalize,
    strip_seniority,
    title_group,
)

MAX_TITLES = 10
MAX_SKILLS = 15

_YEARS = re.compile(
    r"(?<![\d.])(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*)?(?:\+\s*)?years?(?:'|’)?\s*(?:of\s+)?"
    r"(?:[a-z/&-]+\s+){0,4}?(?:experience|exp\b|post[- ]qualification|working)",
    re.I,
)
# Jobberman's header and Indeed's screening lines: "Experience Length : 2 years", "Sales: 2 years (Preferred)".
_BOARD_YEARS = re.compile(r"experience length\s*:\s*(\d{1,2})\s*\+?\s*years?", re.I)
_SCREENING_YEARS = re.compile(r":\s*(\d{1,2})\s*\+?\s*years?\s*\((?:preferred|required)\)", re.I)
_AGE_BEFORE = re.compile(r"\b(?:age[ds]?|aged between|ages? of|between the ages|not (?:be )?(?:older|younger)|"
                         r"not more than|not above|below|old)\b[\s:-]*(?:of\s+|between\s+|from\s+)?$", re.I)
_AGE_AFTER = re.compile(r"\s*(?:of age|old|and above|and below|or older|or younger|of age or)\b|.*\bof age\b", re.I)
_FIRM_BEFORE = re.compile(r"\b(?:we|we've|our|us|company|firm|group|organi[sz]ation|business|brand|has been|"
                          r"have been|founded|established|since|history|spans?|existence|over the (?:past|last))\b",
                          re.I)
_CANDIDATE = re.compile(r"\b(?:you|your|candidate|applicant|must|should|minimum|at least|require\w*|ideal|"
                        r"looking for|seeking|need)\b", re.I)
_FIRM_AFTER = re.compile(r"[^.;\n]{0,40}?,\s*(?:we|our)\b|[^.;\n]{0,25}\b(?:in business|of existence|in operation|of operation|of service to|"
                         r"of history|we have|we've|serving)\b", re.I)
_MIN_YEARS = re.compile(r"(?:minimum|at least|min\.?)\s+(?:of\s+)?(\d{1,2})\s*years?", re.I)
_REMOTE = re.compile(
    r"\b(?:fully remote|100% remote|remote[- ](?:role|position|job|first|only)|work(?:ing)? remotely|"
    r"work from (?:home|anywhere)|remote \(|\(remote)",
    re.I,
)
_HYBRID = re.compile(r"\bhybrid\b", re.I)
_NEGATION = re.compile(r"\b(?:not|no|non|never)\b[\w -]{0,12}$", re.I)
_LEVEL_WORDS = {
    "intern": "intern", "entry": "entry", "junior": "junior", "mid": "mid", "senior": "senior", "lead": "lead",
    "head": "head", "manager": "manager",
}
# Which seniority the title implies when it names none: read from the years asked for.
_LEVEL_BY_YEARS = [(0, "entry"), (2, "junior"), (3, "mid"), (6, "senior"), (10, "lead")]


class OfflineEnhancer:
    name = "offline"

    def enhance(self, job: JobText) -> Enhancement:
        posting = parse(job.description)
        function = classify_function(job.title, job.description, board_category=posting.board_category)
        skills = extract_skills(job, function)
        years_min, years_max = extract_years(job.description)
        return Enhancement(
            job_titles=extract_titles(job.title, job.description),
            skills=skills,
            industry=classify_industry(company=job.company, description=job.description, job_function=function,
                                       title=job.title),
            job_function=function,
            summary=summarize(description=job.description, skills=skills, title=clean_title(job.title),
                              company=job.company, location=job.location),
            source=self.name,
            experience_level=extract_level(job.title, years_min),
            years_experience_min=years_min,
            years_experience_max=years_max,
            work_arrangement=extract_arrangement(f"{job.title}\n{job.location}\n{job.description}"),
        )


# A bank's way of writing a title, rank first: "Officer, Client Service", "Head, Procurement & Supply Chain"
_RANK_FIRST = re.compile(r"^\s*(officer|manager|executive|associate|analyst|assistant|head|director|specialist|lead|"
                         r"supervisor|coordinator)\s*,\s*([^,(|]+)", re.I)


def clean_title(title: str) -> str:
    """The posting's title without the parts that are not the job: "(Remote - Africa)", ", Payments", "2027";
    a rank written first is put back ("Officer, Client Service" → "Client Service Officer", "Head, Procurement" →
    "Head of Procurement")."""
    if ranked := _RANK_FIRST.match(title):
        rank, line = ranked.group(1), ranked.group(2).strip()
        title = f"{rank} of {line}" if rank.lower() in {"head", "director"} else f"{line} {rank}"
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", title)
    text = re.split(r"\s[-–|]\s|,\s|\s@\s", text)[0]
    text = re.sub(r"\b(?:19|20)\d\d\b|\burgent(?:ly)?\b|\bneeded\b|\bwanted\b", " ", text, flags=re.I)
    return re.sub(r"\s+", " ", text).strip(" -/:") or title.strip()


def extract_titles(title: str, description: str = "") -> list[str]:
    """The posting's own title, then the canonical titles it names, then the equivalents of the main one."""
    cleaned = _vocabulary_spelling(clean_title(title))
    groups: list[int] = []
    primary = title_group(cleaned)
    if primary is None:
        primary = title_group(title)
    named = find_titles(cleaned, skip_lone=MISLEADING_IN_TITLES) + find_titles(title, skip_lone=MISLEADING_IN_TITLES)
    for name in ([TITLE_GROUPS[primary][0]] if primary is not None else []) + named:
        group = title_group(name)
        if group is not None and group not in groups:
            groups.append(group)
    titles = [cleaned]
    for group in groups:
        titles.append(TITLE_GROUPS[group][0])
        titles.extend(RELATED_TITLES.get(TITLE_GROUPS[group][0], []))
    if groups:
        titles.extend(TITLE_GROUPS[groups[0]][1:])
    return dedupe(titles)[:MAX_TITLES]


_CONTACTS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\+?\d[\d -]{8,}\d")
# "B.Sc in Statistics, Mathematics or related field": a degree subject is not a skill the job uses.
_QUALIFICATION = re.compile(
    r"\b(?:b\.?\s?(?:sc|eng|ed|a|tech|pharm|agric|mls)|hnd|ond|nce|m\.?\s?sc|mba|mph|phd|degree|diploma|"
    r"bachelor'?s?|master'?s?|graduates?|credits|o.?levels?)\b[\w./ ]{0,30}?\s(?:degree\s+)?(?:in|of|including)\s+[^.;:\n]{0,120}?"
    r"(?=[.;:\n]|\s+(?:with|and\s+(?:a|an|at\s+least|\d|\w+\s+years?))\b|,\s*(?:\d|at least|minimum)|$)",
    re.I,
)


# Degree subjects that are rarely the work itself: "B.Sc in Microbiology or Biochemistry" on a sales job.
_SUBJECTS = {"Mathematics", "Physics", "Chemistry", "Microbiology", "Statistics", "Nursing", "Pharmacy", "Agronomy",
             "Haematology", "Clinical Chemistry", "Fashion Design", "Hospitality", "Marketing", "Midwifery"}


def skill_text(job: JobText) -> str:
    """The description without what would fake a skill: contacts and the employer's own name."""
    text = _CONTACTS.sub(" ", plain(job.description))
    if len(job.company) > 3:
        text = re.sub(re.escape(job.company), " ", text, flags=re.I)
    return text


def _vocabulary_spelling(title: str) -> str:
    """"DISPATCH RIDER" → "Dispatch Rider": shouting or lower-case titles take the vocabulary's spelling."""
    if not (title.isupper() or title.islower()):
        return title
    return _spellings().get(normalize(title), title.title() if len(title) > 4 else title.upper())


@cache
def _spellings() -> dict[str, str]:
    return {normalize(name): name for group in TITLE_GROUPS for name in group}


def extract_skills(job: JobText, function: str = "") -> list[str]:
    """Skills the posting asks for, title first (a "Python Developer" needs Python even if the text forgets it).

    Ambiguous words count only in their skill sense (see `jobs.enhancement.skills`); a school subject named
    only in the qualifications ("B.Sc in Statistics, Mathematics…") is left out.
    """
    text = _CONTACTS.sub(" ", job.description or "")
    kept = posting_skills(parse(text), title=job.title, function=function, strip=job.company)
    if _SUBJECTS.intersection(kept):  # rare, and the second scan costs as much as the first
        only_in_degrees = set(kept) - set(find_skills(_QUALIFICATION.sub(" ", skill_text(job))))
        kept = [skill for skill in kept if not (skill in only_in_degrees and skill in _SUBJECTS)]
    return dedupe(find_skills(job.title) + kept)[:MAX_SKILLS]


def extract_years(description: str) -> tuple[int | None, int | None]:
    """Years of experience asked for: "3-5 years of experience" → (3, 5); "at least 2 years" → (2, None).

    Ages ("18 years and above", "aged 25-35 years") and the firm's own history ("over 30 years of experience
    in logistics, we…") are not asked of the candidate and are skipped.
    """
    text = description or ""
    for pattern in (_BOARD_YEARS, _SCREENING_YEARS, _YEARS, _MIN_YEARS):
        for match in pattern.finditer(text):
            if _not_experience(text, match):
                continue
            low = int(match.group(1))
            high = int(match.group(2)) if match.lastindex and match.lastindex >= 2 and match.group(2) else None
            if low > 40 or (high is not None and high < low):
                continue
            return low, high
    return None, None


def _not_experience(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 60):match.start()]
    before = re.split(r"[.;\n]", before)[-1]  # the same sentence only
    after = text[match.end():match.end() + 40]
    span = match.group(0)
    return bool(_AGE_BEFORE.search(before) or _AGE_AFTER.match(after) or _AGE_AFTER.search(span)
                or (_FIRM_BEFORE.search(before) and not _CANDIDATE.search(before)) or _FIRM_AFTER.match(after))


def extract_level(title: str, years_min: int | None) -> str:
    _, level = strip_seniority(title)
    if level:
        return _LEVEL_WORDS.get(level, level)
    words = set(normalize(title).split())
    if words & {"manager", "supervisor"}:
        return "manager"
    if words & {"head", "director", "chief"}:
        return "head"
    if years_min is None:
        return ""
    return [name for floor, name in _LEVEL_BY_YEARS if years_min >= floor][-1]


def extract_arrangement(text: str) -> str:
    """remote or hybrid when the posting says so; empty when it does not (on-site is the normaliser's default)."""
    for arrangement, pattern in (("hybrid", _HYBRID), ("remote", _REMOTE)):
        if any(not _NEGATION.search(text[max(0, m.start() - 20):m.start()]) for m in pattern.finditer(text)):
            return arrangement
    return ""


def dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = normalize(item)
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out
