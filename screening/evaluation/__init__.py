"""How well the offline rules tell scams from real postings, on a labelled set kept in the repository.

- `scams_heldout.jsonl` (30) was written and committed before any rule existed, and only measured;
  `scams_tune.jsonl` (40) was written next and read while the rules were tuned. Both are postings we wrote
  ourselves in English and Pidgin, in python-jobspy's record shape, so they go through the same normalisation.
- `real_rows.jsonl` names every row of the real exports in `../shared/realdata` by file and row key (the exports
  are not in the repository), split once by a hash of the key (264 held out, 586 tune). They count as real
  postings; a row a careful reader finds to be a scam would be labelled "scam" there, with a note.

Pure apart from reading files: nothing touches the database.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jobs.importers import read_jobspy_csv
from jobs.normalize import normalize_record
from jobs.normalize.fields import RecordError
from screening.rules import Posting, Screened, Verdict, screen

HERE = Path(__file__).parent
SCAM_FILES = ("scams_heldout.jsonl", "scams_tune.jsonl")
REAL_FILE = "real_rows.jsonl"
SPLITS = ("tune", "heldout")
HELD = {Verdict.REVIEW, Verdict.BLOCKED}


@dataclass(frozen=True)
class Outcome:
    key: str
    split: str
    label: str  # "scam" or "real"
    title: str
    screened: Screened

    @property
    def held(self) -> bool:
        return self.screened.verdict in HELD


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # labelled real rows not found in the exports

    def figures(self, split: str = "") -> dict[str, float | int]:
        rows = [o for o in self.outcomes if not split or o.split == split]
        scams = [o for o in rows if o.label == "scam"]
        real = [o for o in rows if o.label == "real"]
        held = [o for o in rows if o.held]
        caught = sum(o.held for o in scams)
        return {
            "scams": len(scams), "real": len(real), "caught": caught,
            "recall": caught / len(scams) if scams else 0.0,
            "precision": caught / len(held) if held else 1.0,
            "real_held": sum(o.held for o in real),
            "real_held_share": sum(o.held for o in real) / len(real) if real else 0.0,
            "scams_blocked": sum(o.screened.verdict == Verdict.BLOCKED for o in scams),
        }


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def evaluate(data_dir: Path | None) -> Report:
    """Screen every labelled posting; real rows only when `data_dir` holds the exports."""
    report = Report()
    for name in SCAM_FILES:
        for row in _jsonl(HERE / name):
            job = normalize_record(row["record"], source="labelled")
            report.outcomes.append(Outcome(row["key"], row["split"], row["label"], job.title, screen(Posting.of(job))))
    if data_dir is None or not any(data_dir.glob("*.csv")):
        return report
    wanted = {(row["file"], row["key"]): row for row in _jsonl(HERE / REAL_FILE)}
    seen: set[tuple[str, str]] = set()
    for path in sorted(data_dir.glob("*.csv")):
        for _line, record in read_jobspy_csv(path):
            key = (path.name, record.get("id") or record.get("job_url") or "")
            labelled = wanted.get(key)
            if labelled is None or key in seen:
                continue
            seen.add(key)
            try:
                job = normalize_record(record, source="csv")
            except RecordError:
                continue
            report.outcomes.append(Outcome(f"{path.name}:{key[1]}", labelled["split"], labelled["label"], job.title,
                                           screen(Posting.of(job))))
    report.missing = [f"{file}:{key}" for file, key in wanted if (file, key) not in seen]
    return report


def format_report(report: Report, *, verbose: bool = False) -> str:
    lines = [f"{'split':<9}{'scams':>7}{'recall':>8}{'blocked':>9}{'precision':>11}{'real':>7}{'real held':>11}"]
    for split in (*SPLITS, ""):
        f = report.figures(split)
        lines.append(f"{split or 'all':<9}{f['scams']:>7}{f['recall']:>8.3f}{f['scams_blocked']:>9}"
                     f"{f['precision']:>11.3f}{f['real']:>7}{f['real_held']:>5} ({f['real_held_share']:.1%})")
    lines.append("recall: scams held (review or blocked); precision: held postings that are scams; "
                 "real held: real postings held for review or blocked")
    if report.missing:
        lines.append(f"{len(report.missing)} labelled real rows not found in the exports")
    if verbose:
        for outcome in report.outcomes:
            wrong = outcome.held != (outcome.label == "scam")
            if wrong:
                kind = "missed scam" if outcome.label == "scam" else "real held"
                lines.append(f"  {kind} [{outcome.split}] {outcome.key} {outcome.title!r}: "
                             f"{outcome.screened.verdict} {outcome.screened.score} {outcome.screened.texts()}")
    return "\n".join(lines)
