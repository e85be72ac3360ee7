"""Running sources: each fetch is a SourceRun row with its counts and errors; one failing never stops another.

Writes only (services for sources); the task queue, the admin and `manage.py scrape` call these.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

import django_q.tasks  # async_task is looked up at each call: tests stand in for the broker there
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from jobs.models import CompanyBoard, JobSearch, RunStatus, SourceRun
from jobs.services import IngestReport, records_ingest
from jobs.sources import jobspy_search, linkedin
from jobs.sources.base import Fetch
from jobs.sources.boards import fetch_board

logger = logging.getLogger(__name__)

MAX_STORED_ERRORS = 200
Progress = Callable[[int], None]


def source_run(
    *,
    source: str,
    label: str,
    fetch: Callable[[], Fetch],
    search: JobSearch | None = None,
    board: CompanyBoard | None = None,
    progress: Progress | None = None,
) -> SourceRun:
    """Fetch, ingest, and record what happened. Never raises for a source's failure: it is in the row."""
    run = SourceRun.objects.create(source=source, label=label[:300], search=search, board=board,
                                   started_at=timezone.now())
    try:
        fetched = fetch()
    except Exception as exc:  # noqa: BLE001 - a source failing must not stop the others: it is recorded
        logger.warning("source %s (%s) failed: %s", source, label, exc)
        return _finish(run, status=RunStatus.FAILED, errors=[f"{type(exc).__name__}: {exc}"])
    run.fetched, run.requests = len(fetched.records), fetched.requests
    try:
        report = records_ingest(records=enumerate(fetched.records, 1), source=source, progress=progress)
    except Exception as exc:
        logger.exception("ingesting %s (%s) failed", source, label)
        return _finish(run, status=RunStatus.FAILED, errors=[*fetched.errors, f"ingest: {exc}"])
    run.new, run.updated, run.duplicate, run.rejected = report.new, report.updated, report.duplicate, report.rejected
    errors = fetched.errors + [f"record {line}: {reason}" for line, reason in report.errors]
    failed = bool(fetched.errors) and not fetched.records
    return _finish(run, status=RunStatus.FAILED if failed else RunStatus.PARTIAL if fetched.errors
                   else RunStatus.SUCCEEDED, errors=errors)


def run_record(*, source: str, label: str, started_at: datetime, report: IngestReport) -> SourceRun:
    """Record an ingest that did not go through `source_run` (a CSV import) so it shows with the others."""
    run = SourceRun(source=source, label=label[:300], started_at=started_at, fetched=report.fetched, new=report.new,
                    updated=report.updated, duplicate=report.duplicate, rejected=report.rejected)
    return _finish(run, status=RunStatus.SUCCEEDED, errors=[f"line {line}: {why}" for line, why in report.errors])


def _finish(run: SourceRun, *, status: str, errors: list[str]) -> SourceRun:
    run.status, run.finished_at = status, timezone.now()
    run.errors = errors[:MAX_STORED_ERRORS] + ([f"… and {len(errors) - MAX_STORED_ERRORS} more"]
                                               if len(errors) > MAX_STORED_ERRORS else [])
    run.save()
    return run


def search_run(*, search_id: int, progress: Progress | None = None) -> list[SourceRun]:
    """One JobSearch: LinkedIn through the guest source (unless configured otherwise), the rest through JobSpy."""
    search = JobSearch.objects.get(pk=search_id)
    JobSearch.objects.filter(pk=search_id).update(last_run_at=timezone.now())
    sites = [s.strip().lower() for s in search.sites or [] if s.strip()]
    guest = settings.LINKEDIN_SOURCE == "guest" and ("linkedin" in sites or not sites)
    jobspy_sites = [s for s in sites if not (guest and s == "linkedin")]
    runs = []
    if guest:
        runs.append(source_run(source=linkedin.NAME, label=search.name, search=search, progress=progress,
                               fetch=lambda: linkedin.fetch_search(_guest_search(search))))
    if jobspy_sites or not sites:
        spec = _jobspy_search(search, sites=jobspy_sites or _DEFAULT_JOBSPY_SITES)
        runs.append(source_run(source=jobspy_search.NAME, label=search.name, search=search, progress=progress,
                               fetch=lambda: jobspy_search.fetch_search(spec)))
    return runs


# JobSpy's own default is every board but Google; these are the ones that list Nigerian jobs.
_DEFAULT_JOBSPY_SITES = ["indeed", "google"]


def _guest_search(search: JobSearch) -> linkedin.GuestSearch:
    return linkedin.GuestSearch(keywords=search.search_term, location=search.location, remote=search.is_remote,
                                hours_old=search.hours_old, results_wanted=search.results_wanted)


def _jobspy_search(search: JobSearch, *, sites: list[str]) -> jobspy_search.JobSpySearch:
    return jobspy_search.JobSpySearch(
        search_term=search.search_term, location=search.location, sites=tuple(sites), is_remote=search.is_remote,
        country_indeed=search.country_indeed, results_wanted=search.results_wanted, hours_old=search.hours_old,
    )


def board_run(*, board_id: int, progress: Progress | None = None) -> SourceRun:
    board = CompanyBoard.objects.get(pk=board_id)
    CompanyBoard.objects.filter(pk=board_id).update(last_run_at=timezone.now())
    return source_run(
        source=board.provider, label=f"{board.company or board.slug} ({board.slug})", board=board,
        progress=progress,
        fetch=lambda: fetch_board(provider=board.provider, slug=board.slug, company=board.company),
    )


def sources_claim_due(*, now: datetime | None = None, limit: int | None = None) -> tuple[list[int], list[int]]:
    """Claim the enabled searches and boards whose interval has passed, most overdue first, at most `limit`
    (SOURCES_PER_TICK) a tick: 36 seeded searches all due at start-up are spread over several ticks instead of
    filling every worker at once.

    The claim is a conditional UPDATE on last_run_at: two schedulers ticking at once cannot both win a row.
    """
    now = now or timezone.now()
    limit = settings.SOURCES_PER_TICK if limit is None else limit
    due = sorted(_due(JobSearch, now) + _due(CompanyBoard, now), key=lambda item: item[0])
    claimed: dict[_Source, list[int]] = {JobSearch: [], CompanyBoard: []}
    for _since, model, pk, last in due:
        if sum(map(len, claimed.values())) >= limit > 0:
            break
        unchanged = Q(last_run_at__isnull=True) if last is None else Q(last_run_at=last)
        if model.objects.filter(unchanged, pk=pk).update(last_run_at=now):
            claimed[model].append(pk)
    return claimed[JobSearch], claimed[CompanyBoard]


_Source = type[JobSearch] | type[CompanyBoard]


def _due(model: _Source, now: datetime) -> list[tuple[datetime, _Source, int, Any]]:
    """(due since, model, pk, last run) of each enabled source whose interval has passed; never run = due longest."""
    found = []
    for pk, last, minutes in model.objects.filter(enabled=True).values_list("pk", "last_run_at", "interval_minutes"):
        since = datetime.min.replace(tzinfo=UTC) if last is None else last + timedelta(minutes=minutes)
        if since <= now:
            found.append((since, model, pk, last))
    return found


def sources_enqueue_due(*, now: datetime | None = None) -> int:
    """Claim what is due and enqueue one task per search or board, after commit, by id."""
    enqueue = django_q.tasks.async_task
    with transaction.atomic():
        searches, boards = sources_claim_due(now=now)
        for pk in searches:
            transaction.on_commit(partial(enqueue, "jobs.tasks.run_search", pk, task_name=f"search-{pk}"))
        for pk in boards:
            transaction.on_commit(partial(enqueue, "jobs.tasks.run_board", pk, task_name=f"board-{pk}"))
    return len(searches) + len(boards)
