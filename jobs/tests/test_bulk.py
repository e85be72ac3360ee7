"""The ingest's bulk writer (COPY on PostgreSQL, multi-row INSERT on SQLite) stores what the ORM would."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.forms.models import model_to_dict
from django.utils import timezone

from jobs.bulk import JsonText, insert_rows, row_factory
from jobs.models import CanonicalJob, JobKey, RawJob
from jobs.tests.factories import CanonicalJobFactory

pytestmark = pytest.mark.django_db

SCRAPED = datetime(2026, 11, 28, 9, 30, 15, 123456, tzinfo=UTC)
AWKWARD = "Tab\there, new\nline, CR\r\n, back\\slash, \\N, \\., quote ' \" ₦450k 🚀 Ọ̀gá"


def awkward_job(fingerprint: str) -> dict:
    return {
        "title": AWKWARD[:300], "company": "Chi & Co \\ Ltd", "description": f"{AWKWARD}\n\n- {AWKWARD}",
        "salary_min": Decimal("450000.50"), "salary_max": None, "salary_monthly_min": 1e-05,
        "salary_monthly_max": 1234567.891, "years_experience_min": 0, "posted_date": date(2026, 11, 2),
        "ai_job_titles": ["Back\\end", "Tab\tbed", 'Quote "x"'], "ai_skills": [{"nested": AWKWARD}],
        "ai_enhanced": True, "needs_reenhancement": False, "ai_cost_usd": Decimal("0.000123"),
        "source": "test", "fingerprint": fingerprint, "scraped_at": SCRAPED,
    }


def comparable(job: CanonicalJob) -> dict:
    return {k: v for k, v in model_to_dict(job).items() if k not in {"id", "fingerprint"}} | {
        "created_at": job.created_at, "updated_at": job.updated_at}


def test_rows_read_back_exactly_as_the_orm_would_store_them():
    now = timezone.now()
    columns, make = row_factory(CanonicalJob, now=now)
    [(pk, fingerprint)] = insert_rows(CanonicalJob, columns, [make(awkward_job("fp-bulk"))], returning="fingerprint")
    orm = CanonicalJob.objects.create(**awkward_job("fp-orm"))
    CanonicalJob.objects.filter(pk=orm.pk).update(created_at=now, updated_at=now)
    stored = CanonicalJob.objects.get(pk=pk)
    assert fingerprint == "fp-bulk" and stored.title == AWKWARD
    assert comparable(stored) == comparable(CanonicalJob.objects.get(pk=orm.pk))


def test_new_keys_come_from_the_table_and_do_not_collide_with_the_orms():
    now = timezone.now()
    columns, make = row_factory(CanonicalJob, now=now)
    before = CanonicalJobFactory()
    made = insert_rows(CanonicalJob, columns, [make(awkward_job(f"fp-{n}")) for n in range(3)], returning="fingerprint")
    after = CanonicalJobFactory()
    ids = [pk for pk, _ in made]
    assert [fp for _, fp in made] == ["fp-0", "fp-1", "fp-2"]
    assert before.pk < min(ids) and max(ids) < after.pk and len(set(ids)) == 3
    assert dict(CanonicalJob.objects.filter(pk__in=ids).values_list("id", "fingerprint")) == dict(made)


def test_json_already_serialised_is_stored_as_is():
    columns, make = row_factory(RawJob, now=timezone.now())
    insert_rows(RawJob, columns, [make({"source": "test", "source_job_id": "r-1",
                                        "payload": JsonText('{"a": "t\\tb", "n": null}')})])
    assert RawJob.objects.get().payload == {"a": "t\tb", "n": None}


def test_a_duplicate_key_is_an_integrity_error_and_nothing_is_half_written():
    job = CanonicalJobFactory()
    JobKey.objects.create(key="k-1", kind="url", canonical_job=job)
    rows = [("k-2", "url", job.pk), ("k-1", "url", job.pk)]
    with pytest.raises(IntegrityError), transaction.atomic():
        insert_rows(JobKey, ["key", "kind", "canonical_job_id"], rows)
    assert list(JobKey.objects.values_list("key", flat=True)) == ["k-1"]
