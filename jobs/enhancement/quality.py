"""Precision and recall of an enhancer's titles and skills against the labelled postings in `data/`.

Titles are compared as equivalence groups (a matcher treats "Finance Officer" and "Accountant" alike);
skills as canonical names. Micro-averaged over all postings: every label and every prediction counts once.

Two splits: `dev` postings were looked at while the vocabulary was extended (in-sample, optimistic);
`holdout` postings were labelled afterwards and must never be used to tune it. Report both.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from jobs.enhancement import Enhancer, JobText
from jobs.vocabulary import canonical_skill, canonical_title, normalize

LABELLED_SET = Path(__file__).parent / "data" / "labelled_jobs.jsonl"


@dataclass(frozen=True)
class LabelledJob:
    id: str
    split: str
    job: JobText
    titles: list[str]
    skills: list[str]


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def add(self, predicted: set[str], expected: set[str]) -> None:
        self.true_positives += len(predicted & expected)
        self.predicted += len(predicted)
        self.expected += len(expected)


@dataclass
class Report:
    jobs: int = 0
    titles: Score = field(default_factory=Score)
    skills: Score = field(default_factory=Score)
    misses: list[tuple[str, str, list[str], list[str]]] = field(default_factory=list)  # (id, kind, missed, extra)

    def lines(self) -> list[str]:
        return [
            f"postings: {self.jobs}",
            f"titles: precision {self.titles.precision:.3f}  recall {self.titles.recall:.3f}  "
            f"f1 {self.titles.f1:.3f}  ({self.titles.true_positives}/{self.titles.predicted} predicted, "
            f"{self.titles.expected} labelled)",
            f"skills: precision {self.skills.precision:.3f}  recall {self.skills.recall:.3f}  "
            f"f1 {self.skills.f1:.3f}  ({self.skills.true_positives}/{self.skills.predicted} predicted, "
            f"{self.skills.expected} labelled)",
        ]


def load_labelled(path: Path = LABELLED_SET, *, split: str | None = None) -> list[LabelledJob]:
    """The labelled postings, all of them or one split ("dev" or "holdout")."""
    jobs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if split and row["split"] != split:
            continue
        job = JobText(title=row["title"], company=row["company"], location=row["location"],
                      description=row["description"])
        jobs.append(LabelledJob(id=row["id"], split=row["split"], job=job, titles=row["labels"]["titles"],
                                skills=row["labels"]["skills"]))
    return jobs


def title_groups(titles: Iterable[str]) -> set[str]:
    """Titles as their group's canonical name; titles outside the vocabulary cannot be compared and are left out."""
    return {group for group in (canonical_title(t) for t in titles) if group}


def skill_names(skills: Iterable[str]) -> set[str]:
    return {normalize(canonical_skill(s) or s) for s in skills if s.strip()}


def evaluate(enhancer: Enhancer, jobs: list[LabelledJob] | None = None) -> Report:
    report = Report()
    for labelled in jobs if jobs is not None else load_labelled():
        result = enhancer.enhance(labelled.job)
        report.jobs += 1
        for kind, score, predicted, expected in (
            ("titles", report.titles, title_groups(result.job_titles), title_groups(labelled.titles)),
            ("skills", report.skills, skill_names(result.skills), skill_names(labelled.skills)),
        ):
            score.add(predicted, expected)
            if predicted != expected:
                report.misses.append((labelled.id, kind, sorted(expected - predicted), sorted(predicted - expected)))
    return report
