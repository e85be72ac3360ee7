"""Benchmark: generated raw records → normalised, de-duplicated canonical jobs, at 10k / 50k / 100k.

    .venv/bin/python bench/pipeline_ingest.py                     # SQLite, a fresh file in /tmp
    createdb -h 127.0.0.1 -U postgres aremu_ingest_bench   # once
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/aremu_ingest_bench .venv/bin/python bench/pipeline_ingest.py

Runs with DEBUG off, as production does. Prints, per size: wall seconds, this process's CPU seconds (not its parsing
workers'; on SQLite it includes the database work), records per second, canonical jobs made, and pairwise precision/recall of the
de-duplication against the generator's labels; then a second pass over the same records (a re-scrape).
The pipeline is not started (start_pipeline=False): this measures ingest, not the task queue.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

# lazy: Django and the apps are imported inside the functions that use them, because Django is set up only at
# run time, once the arguments have chosen the database and the settings.

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/aremu_pipeline_bench.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aremu.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")
# As in production: with DEBUG on, Django also formats and keeps the text of every query it runs.
os.environ.setdefault("DEBUG", "False")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    args = parser.parse_args()
    if os.environ["DATABASE_URL"].startswith("sqlite:///"):
        Path(os.environ["DATABASE_URL"].removeprefix("sqlite:///")).unlink(missing_ok=True)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor}  cpus: {os.cpu_count()}")
    print(f"load average {os.getloadavg()[0]:.1f} (other processes share these cores)")
    print(f"{'records':>8} {'seconds':>8} {'cpu s':>6} {'rec/s':>8} {'jobs':>7} {'copies':>7} {'precision':>9} {'recall':>7}"
          f" {'rerun s':>8}")
    for size in args.sizes:
        run(size)


def run(size: int) -> None:
    from jobgen import generate

    from jobs.models import RawJob
    from jobs.services import records_ingest

    _empty()
    records, labels = generate(size)
    started, cpu = time.perf_counter(), time.process_time()
    report = records_ingest(records=enumerate(records, 1), source="bench", start_pipeline=False)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert report.fetched == size and report.rejected == 0, report.errors[:5]
    predicted = dict(RawJob.objects.values_list("source_job_id", "canonical_job_id"))
    precision, recall = _pairwise({r["id"]: labels[r["id"]] for r in records}, predicted)
    started = time.perf_counter()
    again = records_ingest(records=enumerate(records, 1), source="bench", start_pipeline=False)
    rerun = time.perf_counter() - started
    assert again.new == 0 and again.duplicate == size
    print(f"{size:>8} {seconds:>8.1f} {cpu:>6.1f} {size / seconds:>8.0f} {report.new:>7} {report.duplicate:>7} "
          f"{precision:>9.4f} {recall:>7.4f} {rerun:>8.1f}", flush=True)


def _pairwise(truth: dict[str, int], predicted: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall, counted per cluster (no n² loop)."""
    joint = Counter((truth[k], predicted[k]) for k in truth)
    by_truth = Counter(truth.values())
    by_pred = Counter(predicted[k] for k in truth)

    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    tp = pairs(joint)
    return tp / (pairs(by_pred) or 1), tp / (pairs(by_truth) or 1)


def _empty() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("TRUNCATE job_keys, raw_jobs, canonical_jobs RESTART IDENTITY CASCADE")
        else:
            for table in ("job_keys", "raw_jobs", "canonical_jobs"):
                cursor.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names


if __name__ == "__main__":
    main()
