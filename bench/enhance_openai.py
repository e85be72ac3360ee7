"""OpenAI enhancement throughput: `python bench/enhance_openai.py [--latency 1.5] [--jobs 64]`.

Runs the real client and the real batch path against a local fake Chat Completions server that answers
after `--latency` seconds (no network, no key, no cost), at several concurrency levels. Also prints the prompt
size of the sample postings and what a tier-1 key's limits allow for them.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aremu.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret")  # runs as deployed: DEBUG off

import django  # noqa: E402

django.setup()

import openai  # noqa: E402

from aremu.testing.http import Reply, serve  # noqa: E402
from jobs.enhancement import services  # noqa: E402
from jobs.enhancement.openai_provider import MAX_OUTPUT_TOKENS, OpenAIEnhancer  # noqa: E402
from jobs.enhancement.schema import response_format  # noqa: E402
from jobs.models import CanonicalJob  # noqa: E402
from jobs.tests.enhancement.fake_openai import GOOD_OUTPUT, completion  # noqa: E402

TIER1_RPM, TIER1_TPM = 500, 200_000  # gpt-4o-mini, usage tier 1


def sample_jobs(count: int) -> list[CanonicalJob]:
    with open(ROOT / "jobs" / "sample_data" / "sample_jobs.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [CanonicalJob(title=r["title"], company=r["company"], location=r["location"],
                         description=r["description"]) for r in (rows * (count // len(rows) + 1))[:count]]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=1.5, help="seconds the fake API takes per answer")
    parser.add_argument("--jobs", type=int, default=64)
    args = parser.parse_args()
    jobs = sample_jobs(args.jobs)
    body = completion(json.dumps(GOOD_OUTPUT))
    with serve(lambda request: Reply(body=body, delay=args.latency)) as server:
        client = openai.OpenAI(api_key="sk-bench", base_url=f"{server.url}/v1", max_retries=0, timeout=30)
        for workers in (1, 4, 8, 16):
            enhancer = OpenAIEnhancer(client=client, model="gpt-4o-mini", concurrency=workers)
            started = time.perf_counter()
            done = sum(1 for _ in services._results(enhancer, jobs))
            elapsed = time.perf_counter() - started
            print(f"concurrency {workers:2}: {done} jobs in {elapsed:5.1f} s = {done / elapsed:5.2f} jobs/s "
                  f"({done / elapsed * 60:4.0f}/min) at {args.latency} s per call")
        messages = OpenAIEnhancer(client=client, model="gpt-4o-mini")._messages
        schema_chars = len(json.dumps(response_format()))  # the schema is sent, and billed, with every call
        prompt_tokens = (sum(sum(len(str(m["content"])) for m in messages(services.job_text(j))) for j in jobs) / len(
            jobs) + schema_chars) / 4
    per_job = prompt_tokens + 350  # a typical answer is ~250-400 tokens; MAX_OUTPUT_TOKENS caps it
    print(f"prompt ≈ {prompt_tokens:.0f} tokens a job (+ ≈350 out, cap {MAX_OUTPUT_TOKENS}); tier-1 limits allow "
          f"≈ {min(TIER1_RPM, TIER1_TPM / per_job):.0f} jobs/min, reached with concurrency ≈ "
          f"{min(TIER1_RPM, TIER1_TPM / per_job) / 60 * args.latency:.0f} at this latency")
    print(f"cost ≈ ${(prompt_tokens * 0.15 + 350 * 0.60) / 1e6 * 1000:.3f} per 1,000 jobs with gpt-4o-mini")


if __name__ == "__main__":
    main()
