from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from jobs.models import CanonicalJob, RawJob, RawJobStatus

SMALL_CSV = Path(__file__).parent / "data" / "small_jobs.csv"

pytestmark = pytest.mark.django_db


def run_import(*paths: Path) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_jobs", *map(str, paths), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_imports_good_rows_and_reports_bad_rows_with_line_and_reason():
    out, err = run_import(SMALL_CSV)
    assert "6 rows: 4 new, 0 updated, 1 duplicate, 1 rejected" in out
    assert "small_jobs.csv:5: skipped: title is empty" in err
    assert "skipped: salary amount" not in err  # an unreadable amount costs the pay, not the job
    assert CanonicalJob.objects.count() == 4


def test_it_keeps_rejected_rows_in_raw_jobs_with_the_reason():
    run_import(SMALL_CSV)
    rejected = RawJob.objects.get(source="indeed", source_job_id="in-3")
    assert rejected.status == RawJobStatus.REJECTED
    assert rejected.reason == "title is empty"
    assert rejected.canonical_job is None


def test_reimporting_the_same_file_adds_nothing():
    run_import(SMALL_CSV)
    counts = (CanonicalJob.objects.count(), RawJob.objects.count())
    out, _ = run_import(SMALL_CSV)
    assert (CanonicalJob.objects.count(), RawJob.objects.count()) == counts
    assert "0 new" in out


def test_a_copy_from_another_board_links_to_the_same_canonical_job():
    run_import(SMALL_CSV)
    linkedin = RawJob.objects.get(source="linkedin", source_job_id="li-1")
    glassdoor = RawJob.objects.get(source="glassdoor", source_job_id="gd-5")
    assert linkedin.canonical_job_id == glassdoor.canonical_job_id
    assert glassdoor.status == RawJobStatus.DUPLICATE


def test_it_normalises_salary_and_arrangement():
    run_import(SMALL_CSV)
    job = CanonicalJob.objects.get(company="Kora Pay")
    assert (job.salary_currency, job.salary_period, job.salary_monthly_max) == ("NGN", "monthly", 900000.0)
    assert job.work_arrangement == "hybrid"
    assert (job.city, job.state, job.country) == ("Lagos", "Lagos", "NG")
    assert CanonicalJob.objects.get(company="Rivers Telecom").work_arrangement == "remote"


def test_a_file_without_the_required_columns_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,place\nx,y\n")
    with pytest.raises(CommandError, match="missing column"):
        run_import(bad)


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run_import(tmp_path / "nope.csv")
