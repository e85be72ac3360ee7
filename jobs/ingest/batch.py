"""One batch of the bulk raw → canonical ingest: a fixed number of queries per batch, whatever its size.

Per batch: one read per source of the raw rows already stored, one of the keys (fingerprints and canonical URLs)
and jobs they point at, one of the fuzzy-match candidates; then bulk writes (`jobs.bulk`: COPY on PostgreSQL)
and updates. A new canonical job starts the pipeline after commit, by id; an update or a copy of a job we have
never does.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any, NamedTuple

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from jobs import dedupe
from jobs.bulk import JsonText, insert_rows, row_factory, select_in
from jobs.models import CanonicalJob, JobKey, JobKeyKind, RawJob, RawJobStatus
from jobs.normalize import NormalizedJob, clean_text
from jobs.normalize.pool import normalise_safely

logger = logging.getLogger(__name__)

BATCH_SIZE = 2000
WRITE_BATCH = 500
# A job listed again is re-stamped at most this often: retention counts in days, and stamping every listed job on
# every hourly scrape would rewrite most of the table each time.
LAST_SEEN_EVERY = timedelta(hours=6)
# Fields a changed copy from the job's own source may refresh; never the identity or enrichment.
UPDATABLE_FIELDS = [
    "title", "company", "location", "city", "state", "country", "salary_min", "salary_max", "salary_currency",
    "salary_period", "salary_monthly_min", "salary_monthly_max", "salary_monthly_usd_min", "salary_monthly_usd_max",
    "salary_text", "employment_type", "work_arrangement", "experience_level", "years_experience_min",
    "years_experience_max", "posted_date", "apply_by", "job_url", "apply_url", "contact_email", "contact_whatsapp",
    "description", "dedupe_block",
    "needs_reenhancement", "last_seen_at", "updated_at",
]


@dataclass
class IngestReport:
    fetched: int = 0
    new: int = 0
    updated: int = 0
    duplicate: int = 0
    rejected: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line or index, reason)
    new_job_ids: list[int] = field(default_factory=list)

    def add(self, other: IngestReport) -> None:
        for name in ("fetched", "new", "updated", "duplicate", "rejected"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors
        self.new_job_ids += other.new_job_ids


class StoredRaw(NamedTuple):
    """The raw row already stored for a record, as the batch reads it."""

    id: int
    content_hash: str
    status: str
    canonical_job_id: int | None
    reason: str


@dataclass
class BatchItem:
    """One record of a batch, and what the ingest has found and decided about it."""

    line: int
    record: dict[str, Any]
    source: str
    source_id: str
    content_hash: str
    existing: StoredRaw | None = None
    job: NormalizedJob | None = None
    error: str = ""
    target: int | _Pending | None = None  # canonical id, or a job this batch creates
    outcome: str = ""
    payload: str = ""  # the record as JSON, serialised once for the hash and the insert
    index: int = 0  # position in the batch
    parsed: bool = False  # normalised ahead (see `overlap`)

    @property
    def new_or_changed(self) -> bool:
        """Never stored, changed since, or stored but never processed: worth parsing (ahead of the write, which
        reads the stored row again in its transaction)."""
        return self.existing is None or self.existing.content_hash != self.content_hash or (
            self.existing.status == RawJobStatus.NEW)

    def take_parsed(self, job: NormalizedJob | None, error: str) -> None:
        """What the parser made of the record ahead of the write (in a worker process or this one)."""
        self.job, self.error, self.parsed = job, error, True


@dataclass(eq=False)
class _Pending:
    job: NormalizedJob
    pk: int | None = None


def _job(item: BatchItem) -> NormalizedJob:
    assert item.job is not None  # only normalised records get past _needs_work
    return item.job


def _target(item: BatchItem) -> int:
    assert isinstance(item.target, int)  # _write has replaced every _Pending with its new id
    return item.target


@dataclass
class Prepared:
    """A batch read ahead (see `overlap`)."""

    items: list[BatchItem]
    repeats: int  # the same posting more than once in the batch


def read_ahead(batch: list[tuple[int, dict[str, Any]]], *, source: str) -> Prepared:
    """The batch's items, each with the raw row stored for it (if any), as read now; the write reads them again."""
    counts = IngestReport()
    items = _prepare(batch, source=source, report=counts)
    _attach_existing(items)
    return Prepared(items, counts.duplicate)


def content_hash(record: dict[str, Any]) -> str:
    return hashlib.sha256(_stored_form(record)[1].encode()).hexdigest()


def _stored_form(record: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The record as kept in raw_jobs, and its JSON: without NUL characters, which PostgreSQL cannot store."""
    payload = json.dumps(record, sort_keys=True, default=str)
    if "\\u0000" not in payload:
        return record, payload
    record = _without_nul(record)
    return record, json.dumps(record, sort_keys=True, default=str)


def _without_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {_without_nul(key): _without_nul(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_without_nul(item) for item in value]
    return value


def batch_ingest(
    batch: list[tuple[int, dict[str, Any]]],
    *,
    source: str,
    start_pipeline: Callable[[int], object] | None,
    parsed: Prepared | None = None,
) -> IngestReport:
    # Another worker may insert the same raw row or fingerprint between our read and our write: the unique
    # constraints stop the second writer, which rolls back and re-reads. Nothing is counted twice.
    for attempt in range(3):
        try:
            with transaction.atomic():
                return _ingest_batch(batch, source=source, start_pipeline=start_pipeline, parsed=parsed)
        except IntegrityError:
            if attempt == 2:
                raise
            logger.info("ingest batch collided with a concurrent writer; retrying")
    raise AssertionError("unreachable")


def _ingest_batch(
    batch: list[tuple[int, dict[str, Any]]],
    *,
    source: str,
    start_pipeline: Callable[[int], object] | None,
    parsed: Prepared | None = None,
) -> IngestReport:
    now = timezone.now()
    report = IngestReport(fetched=len(batch))
    if parsed is None:
        items = _prepare(batch, source=source, report=report)
    else:
        items, report.duplicate = [_fresh(item) for item in parsed.items], parsed.repeats
    _attach_existing(items)  # again, in this transaction: the parser's read may be stale
    work = [item for item in items if _needs_work(item, report)]
    for item in work:
        if not item.parsed:
            _normalise(item)
    stored_keys = _resolve([item for item in work if item.job is not None])
    new_ids = _write(work, items, stored_keys=stored_keys, now=now)
    _count(work, report)
    report.new_job_ids = new_ids
    if start_pipeline is not None:
        for job_id in new_ids:
            transaction.on_commit(partial(start_pipeline, job_id))
    return report


def _fresh(item: BatchItem) -> BatchItem:
    """A parsed-ahead item with nothing decided yet (a retry starts from here too)."""
    return BatchItem(item.line, item.record, item.source, item.source_id, item.content_hash, job=item.job,
                     error=item.error, payload=item.payload, index=item.index, parsed=item.parsed)


def _prepare(batch: list[tuple[int, dict[str, Any]]], *, source: str, report: IngestReport) -> list[BatchItem]:
    by_key: dict[tuple[str, str], BatchItem] = {}
    for index, (line, record) in enumerate(batch):
        record, payload = _stored_form(record)
        site = clean_text(record.get("site")) or source
        item = BatchItem(line, record, site[:40], _raw_source_id(record, line),
                         hashlib.sha256(payload.encode()).hexdigest(), payload=JsonText(payload), index=index)
        key = (item.source, item.source_id)
        if key in by_key:
            report.duplicate += 1  # the same posting twice in one fetch: the later copy wins
        by_key[key] = item
    return list(by_key.values())


def _raw_source_id(record: dict[str, Any], line: int) -> str:
    value = clean_text(record.get("id")) or clean_text(record.get("job_url")) or f"line-{line}"
    return value if len(value) <= 200 else hashlib.sha256(value.encode()).hexdigest()


def _attach_existing(items: list[BatchItem]) -> None:
    by_source: dict[str, set[str]] = {}
    for item in items:
        by_source.setdefault(item.source, set()).add(item.source_id)
    rows = []
    for source, ids in by_source.items():  # per source, so the (source, source_job_id) index serves the lookup
        rows += select_in(
            "SELECT id, source, source_job_id, content_hash, status, canonical_job_id, reason FROM raw_jobs"
            " WHERE source = %s AND source_job_id IN ({in_})", ids, params=[source],
        )
    found = {(row[1], row[2]): StoredRaw(row[0], *row[3:]) for row in rows}
    for item in items:
        item.existing = found.get((item.source, item.source_id))


def _needs_work(item: BatchItem, report: IngestReport) -> bool:
    """An unchanged record we already processed is only counted (and its job marked as still listed)."""
    if item.new_or_changed:
        return True
    assert item.existing is not None  # an item never stored is new
    if item.existing.status == RawJobStatus.REJECTED:
        item.outcome = "rejected"
        report.rejected += 1
        report.errors.append((item.line, item.existing.reason or "rejected"))
    else:
        item.outcome = "seen"
        item.target = item.existing.canonical_job_id
        report.duplicate += 1
    return False


def _normalise(item: BatchItem) -> None:
    item.job, item.error = normalise_safely(item.record, source=item.source)


def _resolve(items: list[BatchItem]) -> set[str]:
    """Point each record at the canonical job it is a copy of, or at a new one. Returns the keys already stored."""
    wanted = {k for i in items for k in _job(i).keys()}
    stored = dict(select_in("SELECT key, canonical_job_id FROM job_keys WHERE key IN ({in_})", wanted))
    by_fp: dict[str, int] = dict(select_in("SELECT fingerprint, id FROM canonical_jobs WHERE fingerprint IN ({in_})",
                                           {_job(i).fingerprint for i in items}))
    companies = _companies_of(set(stored.values()))
    candidates = _fuzzy_candidates({_job(i).dedupe_block for i in items})
    seen: dict[str, int | _Pending] = dict(stored)
    for item in items:
        job = _job(item)
        item.target = (
            (item.existing.canonical_job_id if item.existing else None)
            or by_fp.get(job.fingerprint)
            or seen.get(dedupe.fingerprint_key(job.fingerprint))
            or (seen.get(job.text_key) if job.text_key else None)
            or _by_url(job, seen, companies)
            or _by_title(job, candidates)
            or _Pending(job)
        )
        for key in job.keys():
            seen.setdefault(key, item.target)
        candidates.setdefault(job.dedupe_block, []).append((job.title_key, item.target, job.city, job.state))
    return set(stored)


def _companies_of(job_ids: set[int]) -> dict[int, tuple[str, str]]:
    """canonical id → (company key, title key) of the jobs our URL keys point at."""
    if not job_ids:
        return {}
    rows = CanonicalJob.objects.filter(pk__in=job_ids).values_list("id", "company", "title", "city", "state",
                                                                      "country")
    return {pk: (dedupe.company_key(company), dedupe.title_key(title, f"{city} {state} {country}"))
            for pk, company, title, city, state, country in rows}


def _by_url(job: NormalizedJob, seen: dict[str, int | _Pending],
            companies: dict[int, tuple[str, str]]) -> int | _Pending | None:
    """The same canonical URL is the same posting if the company and the title agree (`dedupe.url_copy`)."""
    mine = dedupe.company_key(job.company)
    for key in job.url_keys:
        target = seen.get(key)
        if target is None:
            continue
        if isinstance(target, _Pending):
            theirs, title = dedupe.company_key(target.job.company), target.job.title_key
        else:
            theirs, title = companies.get(target, (mine, job.title_key))
        if dedupe.url_copy(mine, job.title_key, theirs, title):
            return target
    return None


Candidate = tuple[str, "int | _Pending", str, str]  # title key, job, city, state


def _fuzzy_candidates(blocks: set[str]) -> dict[str, list[Candidate]]:
    rows = select_in(
        "SELECT id, dedupe_block, title, city, state, country FROM canonical_jobs"
        " WHERE status = 'active' AND dedupe_block IN ({in_})", blocks,
    )
    found: dict[str, list[Candidate]] = {}
    for pk, block, title, city, state, country in rows:
        found.setdefault(block, []).append((dedupe.title_key(title, f"{city} {state} {country}"), pk, city, state))
    return found


def _by_title(job: NormalizedJob, candidates: dict[str, list[Candidate]]) -> int | _Pending | None:
    """Same company and country, near-identical title, and no two different cities or states named."""
    for title, target, city, state in candidates.get(job.dedupe_block, ()):
        if dedupe.near_copy(job.title_key, job.city, job.state, title, city, state):
            return target
    return None


def _write(work: list[BatchItem], items: list[BatchItem], *, stored_keys: set[str], now: datetime) -> list[int]:
    new_ids = _create_jobs(work, now=now)
    for item in work:
        if isinstance(item.target, _Pending):
            item.target = item.target.pk
    _save_raws(work, now=now)
    _refresh_jobs([i for i in work if i.outcome == "updated"], now=now)
    _save_keys(work, stored_keys)
    # Jobs made in this batch already carry last_seen_at; updating them again would rewrite every new row.
    seen = {i.target for i in items if isinstance(i.target, int)} - set(new_ids)
    if seen:
        CanonicalJob.objects.filter(pk__in=seen).filter(
            Q(last_seen_at__lt=now - LAST_SEEN_EVERY) | Q(last_seen_at__isnull=True)).update(last_seen_at=now)
    return new_ids


def _create_jobs(work: list[BatchItem], *, now: datetime) -> list[int]:
    pending: dict[int, _Pending] = {}
    for item in work:
        if isinstance(item.target, _Pending):
            pending.setdefault(id(item.target), item.target)
            item.outcome = "new" if item.target.job is item.job else "duplicate"
        elif item.job is not None:
            item.outcome = "updated" if item.existing else "duplicate"
        else:
            item.outcome = "rejected"
    columns, make = row_factory(CanonicalJob, now=now)
    rows = [make({**p.job.model_fields(), "scraped_at": now, "last_seen_at": now}) for p in pending.values()]
    ids = {fp: pk for pk, fp in insert_rows(CanonicalJob, columns, rows, returning="fingerprint")}
    new_ids = []
    for p in pending.values():
        p.pk = ids[p.job.fingerprint]
        new_ids.append(p.pk)
    return new_ids


def _save_raws(work: list[BatchItem], *, now: datetime) -> None:
    columns, make = row_factory(RawJob, now=now)
    created, changed = [], []
    for item in work:
        values = {
            "source": item.source, "source_job_id": item.source_id, "payload": item.payload,
            "content_hash": item.content_hash, "canonical_job_id": item.target if item.job else None,
            "status": _raw_status(item), "reason": item.error or "; ".join(item.job.warnings if item.job else []),
        }
        if item.existing:
            changed.append(RawJob(pk=item.existing.id, updated_at=now, **{**values, "payload": item.record}))
        else:
            created.append(make(values))
    insert_rows(RawJob, columns, created)
    RawJob.objects.bulk_update(
        changed, ["payload", "content_hash", "canonical_job", "status", "reason", "updated_at"], batch_size=WRITE_BATCH
    )


def _raw_status(item: BatchItem) -> str:
    if item.outcome == "rejected":
        return RawJobStatus.REJECTED
    return RawJobStatus.DUPLICATE if item.outcome == "duplicate" else RawJobStatus.NORMALISED


def _refresh_jobs(updated: list[BatchItem], *, now: datetime) -> None:
    """A changed record from the job's own source refreshes it (not re-alerted; re-enhanced later)."""
    if not updated:
        return
    owners = set(
        CanonicalJob.objects.filter(pk__in={i.target for i in updated}).values_list("id", "source", "source_job_id")
    )
    jobs = []
    for item in updated:
        job, target = _job(item), _target(item)
        if (target, job.source, job.source_job_id) not in owners:
            continue
        fields = job.model_fields()
        jobs.append(CanonicalJob(pk=target, **{k: fields[k] for k in UPDATABLE_FIELDS if k in fields},
                                 needs_reenhancement=True, last_seen_at=now, updated_at=now))
    CanonicalJob.objects.bulk_update(jobs, UPDATABLE_FIELDS, batch_size=WRITE_BATCH)


def _save_keys(work: list[BatchItem], stored: set[str]) -> None:
    keys: dict[str, tuple[str, int]] = {}
    for item in work:
        if item.job is None or item.target is None:
            continue
        target = _target(item)
        keys.setdefault(dedupe.fingerprint_key(item.job.fingerprint), (JobKeyKind.FINGERPRINT, target))
        for key in item.job.url_keys:
            keys.setdefault(key, (JobKeyKind.URL, target))
        if item.job.text_key:
            keys.setdefault(item.job.text_key, (JobKeyKind.TEXT, target))
    rows = [(key, kind, job_id) for key, (kind, job_id) in keys.items() if key not in stored]
    # A key another writer stored since we read them breaks the unique constraint: the batch re-reads and links.
    insert_rows(JobKey, ["key", "kind", "canonical_job_id"], rows)


def _count(work: list[BatchItem], report: IngestReport) -> None:
    for item in work:
        setattr(report, item.outcome, getattr(report, item.outcome) + 1)
        if item.outcome == "rejected":
            report.errors.append((item.line, item.error))
