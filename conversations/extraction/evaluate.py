"""Intent and field accuracy of an extractor on the labelled messages in `data/*.jsonl` (no database, no network
for the rules).

Each line: the text, its intent (a command name from `parse_command`, or "prefs" for free text that goes to the
extractor; a missing intent means "prefs"), "days" for a pause, and the expected values; a missing key means
"not mentioned". Fields are scored only on "prefs" lines: a command never reaches the extractor.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from conversations.dialogue.commands import parse_command
from conversations.extraction import LIST_FIELDS, Extracted, Extractor
from conversations.extraction.llm import place_label

DATA = Path(__file__).parent / "data"
LABELLED = DATA / "labelled.jsonl"
HELDOUT = DATA / "heldout.jsonl"
BLIND = DATA / "blind.jsonl"
# Tuned on: labelled, labelled_2. Written before tuning: heldout (then tuned on once), heldout_2. Never tuned: blind.
SETS = {"labelled": LABELLED, "labelled_2": DATA / "labelled_2.jsonl", "heldout": HELDOUT,
        "heldout_2": DATA / "heldout_2.jsonl", "blind": BLIND}
EVAL_FIELDS = ("roles", "locations", "skills", "years", "salary", "arrangements", "removed", "additive", "any_role")
PREFS = "prefs"


@dataclass
class Report:
    total: int = 0  # "prefs" messages, the ones scored on fields
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(EVAL_FIELDS, 0))
    all_correct: int = 0
    errors: list[tuple[str, str, object, object]] = field(default_factory=list)
    messages: int = 0  # every message, the ones scored on intent
    intents_correct: int = 0
    intent_errors: list[tuple[str, str, str]] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.total if self.total else 0.0

    def field_accuracy(self) -> float:
        """Share of messages with every field right (stricter than the mean of the per-field figures)."""
        return self.all_correct / self.total if self.total else 0.0

    def intent_accuracy(self) -> float:
        return self.intents_correct / self.messages if self.messages else 0.0


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
        "removed": _removed(row.get("removed", {}), labels=True),
        "additive": bool(row.get("additive", False)),
        "any_role": bool(row.get("any_role", False)),
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
        "removed": _removed(found.removed, labels=False),
        "additive": found.additive,
        "any_role": found.any_role,
    }


def _removed(removed: dict[str, list[str]], *, labels: bool) -> dict[str, list[str]]:
    """Only non-empty lists count, so {"roles": []} equals {}; labelled places go through the place labels."""
    def norm(key: str, values: list[str]) -> list[str]:
        return sorted(place_label(v) for v in values) if labels and key == "locations" else sorted(values)

    return {key: norm(key, removed[key]) for key in LIST_FIELDS if removed.get(key)}


def intent_of(text: str) -> str:
    """The intent as the dialogue sees it: a command's name ("pause:14" with its days), else "prefs"."""
    command = parse_command(text)
    if command is None:
        return PREFS
    return f"pause:{command.days}" if command.name == "pause" else command.name


def expected_intent(row: dict) -> str:
    intent = row.get("intent", PREFS)
    return f"pause:{row['days']}" if intent == "pause" and "days" in row else intent


def evaluate(extractor: Extractor, rows: list[dict] | None = None) -> Report:
    report = Report()
    for row in rows if rows is not None else load_labelled():
        _score_intent(report, row)
        if row.get("intent", PREFS) == PREFS:
            _score_fields(report, row, extractor.extract(row["text"]))
    return report


def _score_intent(report: Report, row: dict) -> None:
    expected, actual = expected_intent(row), intent_of(row["text"])
    report.messages += 1
    report.intents_correct += expected == actual
    if expected != actual:
        report.intent_errors.append((row["text"], expected, actual))


def _score_fields(report: Report, row: dict, found: Extracted) -> None:
    expected, actual = expected_values(row), actual_values(found)
    report.total += 1
    wrong = [name for name in EVAL_FIELDS if expected[name] != actual[name]]
    for name in EVAL_FIELDS:
        report.correct[name] += name not in wrong
    report.all_correct += not wrong
    report.errors.extend((row["text"], name, expected[name], actual[name]) for name in wrong)
