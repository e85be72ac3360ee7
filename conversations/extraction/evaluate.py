"""Field accuracy of an extractor on the labelled messages in `data/labelled.jsonl` (no database, no network
for the rules). Each line: the text and the expected values; a missing key means "not mentioned"."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from conversations.extraction import Extracted, Extractor
from conversations.extraction.llm import place_label

LABELLED = Path(__file__).parent / "data" / "labelled.jsonl"
HELDOUT = Path(__file__).parent / "data" / "heldout.jsonl"
BLIND = Path(__file__).parent / "data" / "blind.jsonl"
SETS = {"labelled": LABELLED, "heldout": HELDOUT, "blind": BLIND}
EVAL_FIELDS = ("roles", "locations", "skills", "years", "salary", "arrangements")


@dataclass
class Report:
    total: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(EVAL_FIELDS, 0))
    all_correct: int = 0
    errors: list[tuple[str, str, object, object]] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.total if self.total else 0.0


def load_labelled(path: Path = LABELLED) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def expected_values(row: dict) -> dict[str, object]:
    salary = row.get("salary")
    return {
        "roles": sorted(row.get("roles", [])),
        "locations": sorted(place_label(p) for p in row.get("locations", [])),
        "skills": sorted(row.get("skills", [])),
        "years": row.get("years"),
        "salary": (float(salary[0]), salary[1], salary[2]) if salary else None,
        "arrangements": sorted(row.get("arrangements", [])),
    }


def actual_values(found: Extracted) -> dict[str, object]:
    salary = (float(found.salary_min), found.salary_currency, found.salary_period) if found.salary_min else None
    return {
        "roles": sorted(found.roles),
        "locations": sorted(found.locations),
        "skills": sorted(found.skills),
        "years": found.years,
        "salary": salary,
        "arrangements": sorted(found.arrangements),
    }


def evaluate(extractor: Extractor, rows: list[dict] | None = None) -> Report:
    report = Report()
    for row in rows if rows is not None else load_labelled():
        expected, actual = expected_values(row), actual_values(extractor.extract(row["text"]))
        report.total += 1
        wrong = [name for name in EVAL_FIELDS if expected[name] != actual[name]]
        for name in EVAL_FIELDS:
            report.correct[name] += name not in wrong
        report.all_correct += not wrong
        report.errors.extend((row["text"], name, expected[name], actual[name]) for name in wrong)
    return report
