"""The labelled matching evaluation set and its metrics (precision/recall of "alerted" vs "a person wants it").

Data: `seekers.json`, `postings.json`, `labels.csv` beside this file (see README.md there). `evaluate()` scores
every pair with the real scoring code, offline; `manage.py evaluate_matching` prints the figures.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jobs import credentials
from jobs.enhancement import JobText, get_enhancer
from jobs.normalize import split_location
from matching.profiles import Job, Seeker, compile_job, compile_seeker
from matching.scoring import MatchResult, score

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Outcome:
    seeker: dict
    posting: dict
    relevant: bool
    result: MatchResult

    def alerted(self, threshold: float) -> bool:
        return self.result.passes(threshold)

    def describe(self) -> str:
        """One line of a worst-mistakes listing: who, which posting (its occupation where the set tags one), the
        score by part, the block, then the reasons."""
        s, p, r = self.seeker, self.posting, self.result
        occupation = f" [{p['occupation']}]" if p.get("occupation") else ""
        return (f"  {s['id']} {'/'.join(s['roles'])} @ {'/'.join(s['locations']) or '-'} × {p['id']} {p['title']!r}"
                f"{occupation} @ {p['location']} ({p['work_arrangement']}) → {r.total:g} {r.breakdown}"
                f"{'  BLOCKED: ' + r.blocked if r.blocked else ''}\n      {r.reasons}")


@dataclass
class Report:
    threshold: float
    outcomes: list[Outcome] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        tp = sum(o.relevant and o.alerted(self.threshold) for o in self.outcomes)
        fp = sum(not o.relevant and o.alerted(self.threshold) for o in self.outcomes)
        fn = sum(o.relevant and not o.alerted(self.threshold) for o in self.outcomes)
        return {"tp": tp, "fp": fp, "fn": fn, "tn": len(self.outcomes) - tp - fp - fn}

    @property
    def precision(self) -> float:
        c = self.counts()
        return c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0

    @property
    def recall(self) -> float:
        c = self.counts()
        return c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0

    def false_positives(self) -> list[Outcome]:
        wrong = [o for o in self.outcomes if not o.relevant and o.alerted(self.threshold)]
        return sorted(wrong, key=lambda o: -o.result.total)

    def false_negatives(self) -> list[Outcome]:
        missed = [o for o in self.outcomes if o.relevant and not o.alerted(self.threshold)]
        return sorted(missed, key=lambda o: (bool(o.result.blocked), -o.result.total))


def load() -> tuple[list[dict], list[dict], dict[tuple[str, int], bool]]:
    seekers = json.loads((HERE / "seekers.json").read_text())
    postings = json.loads((HERE / "postings.json").read_text())
    with (HERE / "labels.csv").open() as handle:
        labels = {(row["seeker"], int(row["posting"])): row["relevant"] == "1" for row in csv.DictReader(handle)}
    return seekers, postings, labels


def seeker_profile(seeker: dict, *, answered: bool = False, asked: bool = True) -> Seeker:
    """A seeker's `answers` to the onboarding's schooling and must-haves questions, where their writer gave them
    (holdout_25 on), are read as production reads them. `answered`: a seeker without answers as if they had answered
    the must-haves question from their words (holding what they say they hold, nothing else); otherwise what no one
    asked them is unknown, as for a seeker who skipped it. `asked`: their answer to the question about neighbouring
    lines (`also_take`, matching.neighbours), where they have one; off, as if they had skipped it."""
    given = seeker.get("answers") or {}
    said = given.get("credentials") or (answered_from_words(seeker) if answered else None)
    return compile_seeker(
        roles=seeker["roles"], skills=seeker["skills"], locations_=seeker["locations"],
        arrangements=seeker["arrangements"], years=seeker["years"], salary_min=seeker["salary_min"],
        salary_currency="NGN", answered=said, schooling=given.get("schooling") or "",
        also_take=(given.get("also_take") or None) if asked else None,
    )


def answered_from_words(seeker: dict) -> dict[str, bool]:
    said = credentials.said_in([*seeker["roles"], *seeker["skills"]])
    return {code: said.get(code, False) for code in credentials.CREDENTIALS}


def hand_enhanced(posting: dict) -> tuple[list[str], list[str]]:
    """Titles and skills as the labelled set gives them (what a good enhancer returns)."""
    return posting["ai_job_titles"], posting["ai_skills"]


def offline_enhanced(posting: dict) -> tuple[list[str], list[str]]:
    """Titles and skills from the project's current enhancer (`jobs.enhancement.get_enhancer()`)."""
    text = JobText(title=posting["title"], company=posting["company"], location=posting["location"],
                   description=posting["description"])
    enhancement = get_enhancer().enhance(text)
    return enhancement.job_titles, enhancement.skills


def job_profile(posting: dict, enhance: Callable[[dict], tuple[list[str], list[str]]]) -> Job:
    titles, skills = enhance(posting)
    city, state, country = split_location(posting["location"])
    return compile_job(
        title=posting["title"], company=posting["company"], ai_titles=titles, skills=skills, city=city,
        state=state, country=country, location=posting["location"], arrangement=posting["work_arrangement"],
        salary_max=posting["salary_monthly_max"], salary_currency=posting["salary_currency"],
        years_min=posting["years_experience_min"],
    )


ENHANCERS = {"hand": hand_enhanced, "offline": offline_enhanced}


def evaluate(*, threshold: float, enhancer: str = "hand") -> Report:
    seekers, postings, labels = load()
    jobs = [(p, job_profile(p, ENHANCERS[enhancer])) for p in postings]
    report = Report(threshold=threshold)
    for seeker in seekers:
        profile = seeker_profile(seeker)
        for posting, job in jobs:
            report.outcomes.append(
                Outcome(seeker, posting, labels[(seeker["id"], posting["id"])], score(profile, job))
            )
    return report
