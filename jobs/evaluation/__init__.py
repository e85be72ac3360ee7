"""How well the importer reads real job-board exports: per-field accuracy against hand labels.

The labels (`realdata_labels.jsonl`, row key → what a careful reader gives: pay, currency, country, city,
arrangement, minimum years, skills, industry, function) were made by reading real python-jobspy exports that
nobody on the project wrote. The exports themselves are not in the repository: pass the folder that holds them
(`../shared/realdata` on the team's machines). Rows are split once into `tune` (read while improving the parsers)
and `holdout` (only counted), so the holdout figure says how the rules do on postings they were not fitted to.

Pure apart from reading files: records go through `normalize_record` and the offline enhancer, and the stored
values are what `job_save_enhancement` would keep (the enhancer only fills facts normalisation left empty).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anyascii import anyascii

from jobs.enhancement import JobText
from jobs.enhancement.offline import OfflineEnhancer
from jobs.importers import read_jobspy_csv
from jobs.normalize import NormalizedJob, normalize_record
from jobs.normalize.fields import RecordError
from jobs.salary import PER_MONTH

LABELS_FILE = Path(__file__).parent / "realdata_labels.jsonl"
# The fields a seeker sees; acceptance asks each to be right for at least 95 % of postings.
FIELDS = ("pay", "currency", "country", "city", "arrangement", "years_min")
ENHANCER_FIELDS = ("job_function", "industry")
# Two monthly figures this close are the same pay (Indeed annualises "300-400K" as 3,706,608 a year).
PAY_TOLERANCE = 0.05
MAX_PLAIN_YEARS = 15


@dataclass
class Outcome:
    """One labelled row: what was stored, and which fields disagree with the label."""

    file: str
    key: str
    split: str
    stored: dict[str, Any]
    wrong: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field → (stored, labelled)


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # labelled rows not found in the exports
    # Checks over every row of every export, labelled or not.
    rows: int = 0
    rejected: list[str] = field(default_factory=list)
    backslashes: list[str] = field(default_factory=list)
    naira_as_usd: list[str] = field(default_factory=list)
    long_experience: list[str] = field(default_factory=list)  # over 15 years where no label confirms it

    def accuracy(self, name: str, split: str = "") -> tuple[int, int]:
        """(right, counted) for one field; skills are scored separately."""
        counted = [o for o in self.outcomes if (not split or o.split == split) and name in o.stored]
        return sum(name not in o.wrong for o in counted), len(counted)

    def all_right(self, split: str = "") -> tuple[int, int]:
        counted = [o for o in self.outcomes if not split or o.split == split]
        return sum(not (set(o.wrong) & set(FIELDS)) for o in counted), len(counted)

    def skills(self, split: str = "") -> tuple[float, float]:
        """(precision, recall) of extracted skills against the labelled ones, by loose name match."""
        found = expected = hits_found = hits_expected = 0
        for outcome in self.outcomes:
            if split and outcome.split != split:
                continue
            got, want = outcome.stored["skills"], outcome.stored["labelled_skills"]
            found, expected = found + len(got), expected + len(want)
            hits_found += sum(any(_same_skill(g, w) for w in want) for g in got)
            hits_expected += sum(any(_same_skill(g, w) for g in got) for w in want)
        return (hits_found / found if found else 1.0), (hits_expected / expected if expected else 1.0)


def load_labels(path: Path = LABELS_FILE) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def evaluate(data_dir: Path, labels: list[dict[str, Any]] | None = None) -> Report:
    labels = load_labels() if labels is None else labels
    wanted = {(label["file"], label["key"]): label for label in labels}
    report = Report()
    seen: set[tuple[str, str]] = set()
    enhancer = OfflineEnhancer()
    for path in sorted(data_dir.glob("*.csv")):
        for _line, record in read_jobspy_csv(path):
            report.rows += 1
            key = (path.name, record.get("id") or record.get("job_url") or "")
            label = wanted.get(key)
            where = f"{path.name}:{key[1]}"
            try:
                job = normalize_record(record, source="csv")
            except RecordError as exc:
                report.rejected.append(f"{where}: {exc}")
                continue
            stored = stored_fields(job, enhancer)
            _check_invariants(report, where, stored)
            if label is not None:
                seen.add(key)
                outcome = compare(label, stored, file=path.name, key=key[1])
                report.outcomes.append(outcome)
                if "years_min" not in outcome.wrong and report.long_experience[-1:] == [_long(where, stored)]:
                    report.long_experience.pop()  # the posting does ask for that many years
    report.missing = [f"{file}:{key}" for file, key in wanted if (file, key) not in seen]
    return report


def stored_fields(job: NormalizedJob, enhancer: OfflineEnhancer) -> dict[str, Any]:
    """What the canonical job would hold after normalisation and the offline enhancement."""
    result = enhancer.enhance(JobText(title=job.title, company=job.company, location=job.location,
                                      description=job.description))
    years = job.years_experience_min if job.years_experience_min is not None else result.years_experience_min
    return {
        "pay": (job.salary_monthly_min, job.salary_monthly_max), "currency": job.salary_currency,
        "country": job.country, "city": job.city, "arrangement": job.work_arrangement, "years_min": years,
        "skills": result.skills, "industry": result.industry, "job_function": result.job_function,
        "summary": result.summary, "description": job.description, "salary_text": job.salary_text,
    }


def compare(label: dict[str, Any], stored: dict[str, Any], *, file: str, key: str) -> Outcome:
    outcome = Outcome(file=file, key=key, split=label.get("split", ""), stored=dict(stored))
    outcome.stored["labelled_skills"] = label.get("skills") or []
    pay = label.get("pay")
    want_pay = _monthly(pay)
    if not _same_pay(stored["pay"], want_pay):
        outcome.wrong["pay"] = (stored["pay"], want_pay)
    want_currency = (pay or {}).get("currency", "")
    if stored["currency"] != want_currency:
        outcome.wrong["currency"] = (stored["currency"], want_currency)
    for name in ("country", "arrangement", "years_min", "job_function", "industry"):
        if stored[name] != label.get(name) and not (name == "years_min" and _same_years(stored[name], label[name])):
            outcome.wrong[name] = (stored[name], label.get(name))
    if not _same_city(stored["city"], label.get("city", ""), remote=label.get("arrangement") == "remote"):
        outcome.wrong["city"] = (stored["city"], label.get("city", ""))
    return outcome


def _monthly(pay: dict[str, Any] | None) -> tuple[float | None, float | None]:
    if not pay:
        return None, None
    factor = PER_MONTH.get(pay.get("period") or "monthly", 1.0)
    return float(pay["min"]) * factor, float(pay["max"]) * factor


def _same_pay(stored: tuple[float | None, float | None], wanted: tuple[float | None, float | None]) -> bool:
    if None in stored or None in wanted:
        return stored == wanted or (stored[0] is None and stored[1] is None and wanted == (None, None))
    return all(abs(s - w) <= PAY_TOLERANCE * w for s, w in zip(stored, wanted, strict=True))  # type: ignore[operator]


def _same_years(stored: int | None, wanted: float | None) -> bool:
    return stored is not None and wanted is not None and int(wanted) == stored


def _same_city(stored: str, wanted: str, *, remote: bool) -> bool:
    # A remote job's city is where the board filed it, not a place the seeker must be: judged only when labelled.
    if remote and not wanted:
        return True
    return _plain(stored) == _plain(wanted)


def _plain(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", anyascii(text or "").lower()).strip()


def _same_skill(found: str, wanted: str) -> bool:
    a, b = _plain(found), _plain(wanted)
    return bool(a and b) and (a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def _check_invariants(report: Report, where: str, stored: dict[str, Any]) -> None:
    if "\\" in stored["description"] or "\\" in stored["summary"]:
        report.backslashes.append(where)
    if stored["currency"] == "USD" and where.startswith("ng_") and not re.search(
        r"\$|usd|dollar", stored["salary_text"], re.I
    ):
        report.naira_as_usd.append(where)
    if stored["years_min"] is not None and stored["years_min"] > MAX_PLAIN_YEARS:
        report.long_experience.append(_long(where, stored))


def _long(where: str, stored: dict[str, Any]) -> str:
    return f"{where}: {stored['years_min']} years"


def format_report(report: Report, *, verbose: bool = False) -> str:
    lines = [f"{report.rows} rows read, {len(report.rejected)} rejected; {len(report.outcomes)} labelled rows "
             f"compared ({len(report.missing)} labelled rows not found)"]
    lines.append(f"{'field':<14}{'all':>16}{'tune':>16}{'holdout':>16}")
    for name in (*FIELDS, *ENHANCER_FIELDS):
        cells = [_cell(*report.accuracy(name, split)) for split in ("", "tune", "holdout")]
        lines.append(f"{name:<14}" + "".join(f"{c:>16}" for c in cells))
    cells = [_cell(*report.all_right(split)) for split in ("", "tune", "holdout")]
    lines.append(f"{'every field':<14}" + "".join(f"{c:>16}" for c in cells))
    precision, recall = report.skills()
    lines.append(f"skills: precision {precision:.2f}, recall {recall:.2f} (loose name match; labels are not exhaustive)")
    lines.append(f"backslashes in description or summary: {len(report.backslashes)}; naira stored as USD: "
                 f"{len(report.naira_as_usd)}; experience over {MAX_PLAIN_YEARS} years: {len(report.long_experience)}")
    if verbose:
        lines += _details(report)
    return "\n".join(lines)


def _cell(right: int, counted: int) -> str:
    return f"{right}/{counted} {right / counted:.3f}" if counted else "-"


def _details(report: Report) -> list[str]:
    lines: list[str] = []
    by_field: dict[str, list[str]] = defaultdict(list)
    for outcome in report.outcomes:
        for name, (stored, wanted) in outcome.wrong.items():
            by_field[name].append(f"  {outcome.file}:{outcome.key} [{outcome.split}] stored {stored!r}, "
                                  f"label {wanted!r}")
    for name, wrong in by_field.items():
        lines += [f"{name}: {len(wrong)} wrong", *wrong]
    for title, items in (("rejected", report.rejected), ("backslashes", report.backslashes),
                         ("naira as USD", report.naira_as_usd), ("long experience", report.long_experience),
                         ("missing", report.missing)):
        if items:
            lines += [f"{title}:", *(f"  {item}" for item in items)]
    return lines
