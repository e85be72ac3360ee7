"""Matching measured on real postings: hand-written Nigerian seekers × real job-board rows (issue 16).

The postings are rows of the python-jobspy exports in `../shared/realdata` (not in the repository), chosen by row
key in `postings.json`; each is read as production reads it: `read_jobspy_csv` → `normalize_record` → the offline
enhancer's titles, skills and stated facts (`job_save_enhancement`'s rule: the enhancer only fills what
normalisation left empty) → `job_from_row` → `score`. Labels (`labels_<split>.csv`, see README.md here) were
committed before any pair was scored; `?` pairs are left out of the figures.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from jobs import dedupe
from jobs.enhancement import JobText
from jobs.enhancement.offline import OfflineEnhancer
from jobs.importers import read_jobspy_csv
from jobs.normalize import NormalizedJob, normalize_record
from matching.evaluation import Outcome, Report, seeker_profile
from matching.scoring import job_from_row, score

HERE = Path(__file__).parent
LAST_PART = 130  # holdout_2 … holdout_<LAST_PART>: a new part (`blind.py`) raises it
SPLITS = ("holdout", "tune", *(f"holdout_{n}" for n in range(2, LAST_PART + 1)))
# Later parts, all held out, by id prefix: `h2-` written after the first held-out third had been read for fixes;
# `h3-` on, each by an engineer who had not read the scoring code (2026-12-01/06), labelled before any pair was scored,
# and measured once blind before their mistakes were read (matching/evaluation/README.md).
PART_PREFIXES = {f"h{n}-": f"holdout_{n}" for n in range(2, LAST_PART + 1)}
# splits whose mistakes no one has read
STILL_BLIND = frozenset({"holdout_130"})


@dataclass(frozen=True)
class Posting:
    file: str
    key: str
    occupation: str
    job: NormalizedJob  # as normalisation stores it, with the enhancer's facts filled in
    titles: list[str]
    skills: list[str]
    order: int = 0  # where `import_jobs` of the exports (files by name, rows in order) meets the row

    def as_dict(self) -> dict[str, Any]:
        """What the worst-mistakes listing prints (the `Outcome.posting` shape of the old set)."""
        j = self.job
        return {"id": f"{self.file}:{self.key}", "title": j.title, "location": j.location,
                "work_arrangement": j.work_arrangement, "occupation": self.occupation}


def split_of(seeker_id: str) -> str:
    """A fixed third of the first seekers is held out, by a hash of the id (not by anything about them); the
    later `h2-` … `h49-` seekers are all held out (the prefix is the id up to its first dash: `h10-`, not `h1`)."""
    part = PART_PREFIXES.get(seeker_id.partition("-")[0] + "-")
    if part:
        return part
    return "holdout" if hashlib.sha256(seeker_id.encode()).digest()[0] % 3 == 0 else "tune"


def load_seekers() -> list[dict[str, Any]]:
    return json.loads((HERE / "seekers.json").read_text())


def load_postings(data_dir: Path) -> list[Posting]:
    wanted = {(p["file"], p["key"]): p["occupation"] for p in json.loads((HERE / "postings.json").read_text())}
    enhancer = OfflineEnhancer()
    found: dict[tuple[str, str], Posting] = {}
    order = 0
    for path in sorted(data_dir.glob("*.csv")):
        for _line, record in read_jobspy_csv(path):
            order += 1
            key = (path.name, record.get("id") or record.get("job_url") or "")
            if key in wanted and key not in found:
                found[key] = _read(key, wanted[key], normalize_record(record, source="csv"), enhancer, order)
    missing = set(wanted) - set(found)
    if missing:
        raise LookupError(f"{len(missing)} selected rows are not in {data_dir}: {sorted(missing)[:3]}")
    return [found[key] for key in wanted]


def _read(key: tuple[str, str], occupation: str, job: NormalizedJob, enhancer: OfflineEnhancer,
          order: int) -> Posting:
    result = enhancer.enhance(JobText(title=job.title, company=job.company, location=job.location,
                                      description=job.description))
    if job.years_experience_min is None:
        job.years_experience_min = result.years_experience_min
    job.experience_level = job.experience_level or result.experience_level
    return Posting(file=key[0], key=key[1], occupation=occupation, job=job, titles=result.job_titles,
                   skills=result.skills, order=order)


def one_per_job(postings: list[Posting]) -> list[Posting]:
    """The postings production holds as one canonical job each, read from the copy it keeps (the first imported).

    A seeker is sent a job once however many rows list it (Turing's contract: 25 rows under Indian cities and two
    titles, one job), so the figures count a job once. The merge is the ingest's (`jobs.ingest.batch._resolve`):
    a shared fingerprint, description key or specific URL (same employer and title), or a near-identical title in
    the same company-and-country block; `test_real_postings` checks it against a real `import_jobs`."""
    kept: list[Posting] = []
    by_key: dict[str, Posting] = {}
    blocks: dict[str, list[tuple[NormalizedJob, Posting]]] = {}  # every copy seen, with the job it joined
    for posting in sorted(postings, key=lambda p: p.order):
        job = posting.job
        first = next((by_key[k] for k in job.keys() if k in by_key and _same_posting(job, by_key[k].job, k)), None)
        first = first or next((joined for seen, joined in blocks.get(job.dedupe_block, ()) if dedupe.near_copy(
            job.title_key, job.city, job.state, seen.title_key, seen.city, seen.state)), None)
        if first is None:
            first = posting
            kept.append(posting)
        blocks.setdefault(job.dedupe_block, []).append((job, first))
        for key in job.keys():
            by_key.setdefault(key, first)
    return kept


def _same_posting(job: NormalizedJob, other: NormalizedJob, key: str) -> bool:
    """A URL key joins only the same employer's same title, as in the ingest (a careers page is not one job)."""
    return key not in job.url_keys or dedupe.url_copy(dedupe.company_key(job.company), job.title_key,
                                                      dedupe.company_key(other.company), other.title_key)


def row_of(posting: Posting) -> SimpleNamespace:
    """The canonical-job row production would hold (the fields `job_from_row` reads)."""
    return SimpleNamespace(**{**posting.job.model_fields(), "ai_job_titles": posting.titles,
                              "ai_skills": posting.skills})


def load_labels(*, first: bool = False, asked: bool = True) -> dict[tuple[str, str, str], str]:
    """(seeker, file, key) → "1", "0" or "?". A part labelled by occupation tag with few postings read (tune, holdout,
    holdout_2 to 13) was read again, pair by pair, by the later parts' method, and a new part's pairs are read the same
    way after its tag pass (`reread_<split>.csv`, README.md here): those decisions replace the first ones unless
    `first`. Pairs two more readers read independently carry the majority of the three readings
    (`adjudicated.csv`: "?" where no two agree), over both. `asked`: the pairs read again with the seeker's answer
    about neighbouring lines in view (`answered.csv`) carry that reading, over all of these."""
    labels: dict[tuple[str, str, str], str] = {}
    for split in SPLITS:
        paths = [HERE / f"labels_{split}.csv"]
        if not first and (HERE / f"reread_{split}.csv").exists():
            paths.append(HERE / f"reread_{split}.csv")
        for path in paths:
            labels |= _read_labels(path)
    if not first and (HERE / ADJUDICATED).exists():
        labels |= {pair: value for pair, value in _read_labels(HERE / ADJUDICATED).items() if pair in labels}
    if asked and (HERE / ANSWERED).exists():
        labels |= {pair: value for pair, value in _read_labels(HERE / ANSWERED).items() if pair in labels}
    return labels


ADJUDICATED = "adjudicated.csv"
ANSWERED = "answered.csv"


def _read_labels(path: Path) -> dict[tuple[str, str, str], str]:
    with path.open() as handle:
        return {(r["seeker"], r["file"], r["key"]): r["relevant"] for r in csv.DictReader(handle)}


_READINGS = re.compile(r"first ([01?]), second readers ([01?]) and ([01?])")


def reader_agreement() -> dict[str, Counter[str]]:
    """How one person's reading scores against the other two where those two agree (`adjudicated.csv`): what a
    careful human reaches on these pairs, to set the matcher's figures beside. Counts by reader ("first": the part's
    own writer; "second": either later reader) as tp/fp/fn/tn, a `?` reading counted as not sent."""
    counts: dict[str, Counter[str]] = {"first": Counter(), "second": Counter()}
    with (HERE / ADJUDICATED).open() as handle:
        for row in csv.DictReader(handle):
            found = _READINGS.match(row["reason"])
            if not found:
                continue
            readings = found.groups()
            for i, reading in enumerate(readings):
                others = {readings[j] for j in range(3) if j != i}
                if len(others) != 1 or "?" in others:
                    continue
                wanted, sent = others == {"1"}, reading == "1"
                kind = ("tp" if sent else "fn") if wanted else ("fp" if sent else "tn")
                counts["first" if i == 0 else "second"][kind] += 1
    return counts


def evaluate(*, data_dir: Path, threshold: float, answered: bool = False, first: bool = False,
             per_row: bool = False, asked: bool = True) -> dict[str, Report]:
    """One report per split; ambiguous pairs are not counted. `answered`: every seeker as if they had answered the
    must-haves question from their own words (`seeker_profile`); `first`: the first labels of re-read parts;
    `per_row`: every exported row its own pair, as the figures were counted before 2026-12-03 (eleventh session),
    rather than one pair per canonical job (`one_per_job`); `asked`: the seekers' answers about neighbouring lines
    and the labels read with them (off: as if every seeker had skipped that question, on the labels read without)."""
    postings = load_postings(data_dir)
    if not per_row:
        postings = one_per_job(postings)
    jobs = [(p, job_from_row(row_of(p))) for p in postings]
    labels = load_labels(first=first, asked=asked)
    reports = {split: Report(threshold=threshold) for split in SPLITS}
    for seeker in load_seekers():
        profile = seeker_profile(seeker, answered=answered, asked=asked)
        for posting, job in jobs:
            label = labels[(seeker["id"], posting.file, posting.key)]
            if label != "?":
                outcome = Outcome(seeker, posting.as_dict(), label == "1", score(profile, job))
                reports[split_of(seeker["id"])].outcomes.append(outcome)
    return reports
