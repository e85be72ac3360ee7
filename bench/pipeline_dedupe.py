"""De-duplication quality: pairwise precision and recall on the hand-labelled set, and the sample CSV's pairs.

    .venv/bin/python bench/pipeline_dedupe.py
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

# lazy: Django and the apps are imported inside the functions that use them, because Django is set up only at
# run time, once the arguments have chosen the database and the settings.

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/aremu_dedupe_bench.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aremu.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret")  # runs as deployed: DEBUG off
os.environ.setdefault("LOG_LEVEL", "WARNING")


def main() -> None:
    Path(os.environ["DATABASE_URL"].removeprefix("sqlite:///")).unlink(missing_ok=True)
    import django

    django.setup()
    from django.core.management import call_command
    from pipeline_ingest import _empty, _pairwise

    from jobs.importers import read_jobspy_csv
    from jobs.models import RawJob
    from jobs.services import records_ingest

    call_command("migrate", verbosity=0)
    records = json.loads((ROOT / "jobs/tests/data/dedupe_labelled.json").read_text())["records"]
    records_ingest(records=enumerate(records, 1), source="labelled", start_pipeline=False)
    predicted = dict(RawJob.objects.values_list("source_job_id", "canonical_job_id"))
    precision, recall = _pairwise({r["id"]: r["cluster"] for r in records}, predicted)
    print(f"labelled set: {len(records)} postings, precision {precision:.3f}, recall {recall:.3f}")
    _empty()
    report = records_ingest(records=read_jobspy_csv(ROOT / "jobs/sample_data/sample_jobs.csv"), source="csv",
                            start_pipeline=False)
    print(f"sample CSV: {report.fetched} rows, {report.new} jobs, {report.duplicate} copies linked "
          f"(the file has 12 cross-site pairs), {report.rejected} rejected")
    for raw in RawJob.objects.filter(status="duplicate", canonical_job__isnull=False).select_related("canonical_job"):
        job = raw.canonical_job
        assert job is not None  # the filter above
        print(f"  {raw.source}: {raw.payload['title']!r} → {job.source}: {job.title!r}")


if __name__ == "__main__":
    main()
