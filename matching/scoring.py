"""The seed's explainable match score: titles 35 + skills 25 + location 20 + salary 10 + experience 10.

Pure logic on plain dataclasses (no ORM), so it is unit-tested without a database;
`calculate_match_score` adapts model rows (saved or not) to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

WEIGHTS = {"titles": 35.0, "skills": 25.0, "location": 20.0, "salary": 10.0, "experience": 10.0}
NEUTRAL = 0.5  # share of a component's points when the job says nothing about it


@dataclass(frozen=True)
class SeekerProfile:
    roles: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    arrangements: tuple[str, ...] = ()
    years: int | None = None
    salary_min_monthly: float | None = None
    salary_currency: str = ""


@dataclass(frozen=True)
class JobProfile:
    title: str
    titles: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    city: str = ""
    state: str = ""
    country: str = ""
    location: str = ""
    arrangement: str = ""
    salary_monthly_max: float | None = None
    salary_currency: str = ""
    years_min: int | None = None


@dataclass(frozen=True)
class MatchResult:
    total: float
    breakdown: dict[str, float] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    blocked: str = ""  # a hard limit the job breaks; a blocked job is never alerted

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "breakdown": self.breakdown, "reasons": self.reasons, "blocked": self.blocked}


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9+#]+", " ", text.lower()).strip()


def title_share(seeker: SeekerProfile, job: JobProfile) -> float:
    if not seeker.roles:
        return NEUTRAL
    candidates = [_norm(t) for t in (job.title, *job.titles) if t]
    best = max((fuzz.token_set_ratio(_norm(r), c) for r in seeker.roles for c in candidates), default=0.0)
    return best / 100.0 if best >= 60 else 0.0


def skills_share(seeker: SeekerProfile, job: JobProfile) -> float:
    if not seeker.skills or not job.skills:
        return NEUTRAL if not job.skills else 0.0
    wanted = {_norm(s) for s in seeker.skills}
    have = {_norm(s) for s in job.skills}
    return len(wanted & have) / min(len(wanted), len(have))


def location_share(seeker: SeekerProfile, job: JobProfile) -> float:
    if job.arrangement == "remote":
        return 1.0 if not seeker.arrangements or "remote" in seeker.arrangements else 0.0
    if seeker.arrangements and job.arrangement and job.arrangement not in seeker.arrangements:
        return 0.0
    if not seeker.locations:
        return NEUTRAL
    places = {_norm(p) for p in (job.city, job.state, job.location) if p}
    for wanted in map(_norm, seeker.locations):
        if any(wanted and (wanted == p or wanted in p.split()) for p in places):
            return 1.0
    return 0.0


def salary_share(seeker: SeekerProfile, job: JobProfile) -> float:
    if seeker.salary_min_monthly is None or job.salary_monthly_max is None:
        return NEUTRAL
    if seeker.salary_currency and job.salary_currency and seeker.salary_currency != job.salary_currency:
        return NEUTRAL
    return 1.0 if job.salary_monthly_max >= seeker.salary_min_monthly else 0.0


def experience_share(seeker: SeekerProfile, job: JobProfile) -> float:
    if seeker.years is None or job.years_min is None:
        return NEUTRAL
    gap = job.years_min - seeker.years
    return 1.0 if gap <= 0 else max(0.0, 1.0 - gap / 3.0)


def score(seeker: SeekerProfile, job: JobProfile) -> MatchResult:
    shares = {
        "titles": title_share(seeker, job),
        "skills": skills_share(seeker, job),
        "location": location_share(seeker, job),
        "salary": salary_share(seeker, job),
        "experience": experience_share(seeker, job),
    }
    breakdown = {name: round(WEIGHTS[name] * share, 1) for name, share in shares.items()}
    blocked = "location" if shares["location"] == 0.0 else ""
    return MatchResult(total=round(sum(breakdown.values()), 1), breakdown=breakdown, blocked=blocked)


def seeker_from_preferences(prefs: Any) -> SeekerProfile:
    salary = float(prefs.salary_min) if prefs.salary_min is not None else None
    if salary is not None and getattr(prefs, "salary_period", "monthly") == "yearly":
        salary /= 12
    return SeekerProfile(
        roles=tuple(prefs.job_roles or ()),
        skills=tuple(prefs.technical_skills or ()),
        locations=tuple(prefs.preferred_locations or ()),
        arrangements=tuple(prefs.work_arrangements or ()),
        years=prefs.years_of_experience,
        salary_min_monthly=salary,
        salary_currency=prefs.salary_currency or "",
    )


def job_from_row(job: Any) -> JobProfile:
    return JobProfile(
        title=job.title,
        titles=tuple(job.ai_job_titles or ()),
        skills=tuple(job.ai_skills or ()),
        city=job.city,
        state=job.state,
        country=job.country,
        location=job.location,
        arrangement=job.work_arrangement,
        salary_monthly_max=job.salary_monthly_max,
        salary_currency=job.salary_currency,
        years_min=job.years_experience_min,
    )


def calculate_match_score(prefs: Any, job: Any) -> MatchResult:
    """The seed's function: a `user_preferences` row and a `canonical_jobs` row in, an explained score out."""
    return score(seeker_from_preferences(prefs), job_from_row(job))
