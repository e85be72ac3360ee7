"""Two workers ingesting at once (two Django-Q2 clusters scraping boards that carry the same jobs).

Each thread has its own connection and a transaction per batch. On PostgreSQL the unique fingerprint, key and
raw-row constraints stop the second writer of the same job, whose batch re-reads and links to the first one's
rows; on SQLite the IMMEDIATE transactions serialise them. Either way: one canonical job per job, every raw
record kept and linked, each new job started once.
"""

from __future__ import annotations

from collections import Counter

import pytest

from aremu.tests.races import race
from jobs import services
from jobs.models import CanonicalJob, JobKey, RawJob
from jobs.services import records_ingest
from jobs.tests.test_ingest import posting

pytestmark = pytest.mark.django_db(transaction=True)

ROUNDS = 4


def board(site: str, numbers: range, round_: int) -> list[dict]:
    """One board's copies of jobs `numbers`: its own ids and casing, the employer's URL with its tracking."""
    return [posting(n, id=f"{site}-{round_}-{n}", site=site, title=f"ROLE {round_}-{n} officer",
                    company=f"Company {round_}-{n}", job_url=f"https://careers.company{round_}-{n}.ng/jobs/{n}?src={site}")
            for n in numbers]


def test_two_workers_ingesting_the_same_jobs_at_once_make_each_job_once(monkeypatch):
    started: list[int] = []
    monkeypatch.setattr(services, "job_pipeline_start", lambda *, job_id: started.append(job_id))
    for round_ in range(ROUNDS):
        linkedin, indeed = board("linkedin", range(0, 30), round_), board("indeed", range(10, 40), round_)
        reports = race(
            lambda records=linkedin: records_ingest(records=enumerate(records, 1), source="linkedin"),
            lambda records=indeed: records_ingest(records=enumerate(records, 1), source="indeed"),
        )
        assert sum(r.new for r in reports) == 40 and sum(r.duplicate for r in reports) == 20
        assert sum(r.fetched for r in reports) == 60 and not any(r.rejected for r in reports)
    assert CanonicalJob.objects.count() == 40 * ROUNDS
    assert RawJob.objects.count() == 60 * ROUNDS
    assert not RawJob.objects.filter(canonical_job__isnull=True).exists()
    per_job = Counter(RawJob.objects.values_list("canonical_job_id", flat=True))
    assert sorted(Counter(per_job.values()).items()) == [(1, 20 * ROUNDS), (2, 20 * ROUNDS)]
    assert sorted(started) == sorted(CanonicalJob.objects.values_list("id", flat=True))  # once each
    assert JobKey.objects.values("key").distinct().count() == JobKey.objects.count()


def test_the_same_fetch_ingested_twice_at_once_is_stored_once(monkeypatch):
    monkeypatch.setattr(services, "job_pipeline_start", lambda *, job_id: None)
    records = board("indeed", range(25), 0)
    reports = race(*[lambda: records_ingest(records=enumerate(records, 1), source="indeed")] * 2)
    assert sorted((r.new, r.duplicate) for r in reports) == [(0, 25), (25, 0)]
    assert CanonicalJob.objects.count() == 25 and RawJob.objects.count() == 25
