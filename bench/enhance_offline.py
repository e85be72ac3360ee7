"""Offline enhancer throughput on one core: `python bench/enhance_offline.py [--repeat N]`.

Enhances every posting of jobs/sample_data/sample_jobs.csv N times (pure enhancer: no database) and prints
jobs/s, the per-job latency percentiles and the share of time each stage takes. Target: >= 200 jobs/s.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aremu.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret")  # runs as deployed: DEBUG off

import django  # noqa: E402

django.setup()

from jobs.enhancement import JobText  # noqa: E402
from jobs.enhancement.classify import classify_function, classify_industry  # noqa: E402
from jobs.enhancement.offline import OfflineEnhancer, extract_skills, extract_titles  # noqa: E402
from jobs.enhancement.text import summarize  # noqa: E402


def postings() -> list[JobText]:
    with open(ROOT / "jobs" / "sample_data" / "sample_jobs.csv", encoding="utf-8", newline="") as handle:
        return [JobText(r["title"], r["company"], r["location"], r["description"]) for r in csv.DictReader(handle)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    jobs = postings()
    enhancer = OfflineEnhancer()
    started = time.perf_counter()
    enhancer.enhance(jobs[0])  # compiles the vocabulary regexes once per process
    print(f"warm-up (vocabulary compile): {(time.perf_counter() - started) * 1000:.0f} ms")
    latencies = []
    started = time.perf_counter()
    for _ in range(args.repeat):
        for job in jobs:
            t0 = time.perf_counter()
            enhancer.enhance(job)
            latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - started
    count = len(latencies)
    quantiles = statistics.quantiles(latencies, n=100)
    print(f"{count} enhancements in {elapsed:.2f} s: {count / elapsed:.0f} jobs/s on one core")
    print(f"per job: p50 {quantiles[49] * 1000:.2f} ms, p95 {quantiles[94] * 1000:.2f} ms, "
          f"max {max(latencies) * 1000:.2f} ms")
    stages: dict[str, Callable[[JobText], object]] = {
        "titles": lambda j: extract_titles(j.title, j.description),
        "skills": extract_skills,
        "function+industry": lambda j: classify_industry(company=j.company, description=j.description,
                                                         job_function=classify_function(j.title, j.description)),
        "summary": lambda j: summarize(description=j.description, skills=[]),
    }
    for name, stage in stages.items():
        t0 = time.perf_counter()
        for job in jobs:
            stage(job)
        print(f"  {name:18} {(time.perf_counter() - t0) / len(jobs) * 1000:.3f} ms/job")


if __name__ == "__main__":
    main()
