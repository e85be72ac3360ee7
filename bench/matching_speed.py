"""Benchmark: one new job against N users with confirmed preferences, through the real candidate index.

    .venv/bin/python bench/matching_speed.py --users 100000 --jobs 200
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/aremu_matching_bench .venv/bin/python bench/matching_speed.py
    .venv/bin/python bench/matching_speed.py --users 100000 --batch 10000   # 10,000 new jobs in one batch

Default database: a throwaway SQLite file (/tmp/aremu_matching_bench.sqlite3). It creates the schema, loads
synthetic seekers with realistic spread (roles from the shared vocabulary in the seekers' own wording, Lagos-heavy
places, mixed arrangements, pay and experience), builds the index, then times `find_matches` per job.
Prints the index build time, median/p95/max per job, candidates and matches per job, and peak memory.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aremu.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret")  # runs as deployed: DEBUG off
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/aremu_matching_bench.sqlite3")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models.signals import post_save  # noqa: E402

from accounts.models import User, UserPreferences  # noqa: E402
from jobs import vocabulary  # noqa: E402
from jobs.models import CanonicalJob  # noqa: E402
from matching import services, signals  # noqa: E402
from matching.models import MatchTerm  # noqa: E402
from matching.scoring import job_from_row  # noqa: E402
from matching.services import candidate_profiles, find_matches, index_rebuild, seekers_preload  # noqa: E402

PLACES = (["Lagos"] * 30 + ["Ikeja", "Lekki", "Yaba", "Eko", "Victoria Island"] * 2 + ["Abuja", "FCT"] * 7
          + ["Port Harcourt", "PH"] * 4 + ["Ibadan"] * 4 + ["Kano", "Enugu", "Benin City", "Kaduna", "Warri",
          "Abeokuta", "Owerri", "Uyo", "Jos", "Ilorin", "Onitsha", "Aba"] * 2 + ["Nigeria", "anywhere"])
JOB_PLACES = [("Lagos", "Lagos")] * 35 + [("Lekki", "Lagos"), ("Ikeja", "Lagos"), ("Victoria Island", "Lagos")] * 5 + [
    ("Abuja", "FCT")] * 15 + [("Port Harcourt", "Rivers")] * 8 + [("Ibadan", "Oyo"), ("Kano", "Kano"),
    ("Enugu", "Enugu"), ("Benin City", "Edo"), ("Kaduna", "Kaduna"), ("Warri", "Delta")] * 3
ARRANGEMENTS = [["onsite", "hybrid", "remote"], ["onsite"], ["remote"], ["hybrid", "remote"], ["onsite", "hybrid"], []]
SKILLS = list(vocabulary.SKILLS)


def seeker_prefs(rng: random.Random, user: User) -> UserPreferences:
    groups = rng.sample(vocabulary.TITLE_GROUPS, k=rng.choice([1, 1, 2]))
    return UserPreferences(
        user=user,
        job_roles=[rng.choice(group) for group in groups],
        technical_skills=rng.sample(SKILLS, k=rng.randint(1, 4)),
        preferred_locations=rng.sample(PLACES, k=rng.choice([1, 1, 2])),
        work_arrangements=rng.choice(ARRANGEMENTS),
        years_of_experience=rng.randint(0, 12),
        salary_min=rng.choice([None, 80_000, 150_000, 300_000, 600_000]),
        salary_currency="NGN",
        preferences_confirmed=True,
    )


def load_users(n: int, rng: random.Random) -> float:
    started = time.perf_counter()
    post_save.disconnect(signals.preferences_saved, sender=UserPreferences, dispatch_uid="matching_preferences_saved")
    batch = 5000
    for start in range(0, n, batch):
        with transaction.atomic():
            users = User.objects.bulk_create(
                [User(phone_number=f"+23480{i:08d}", name="") for i in range(start, min(n, start + batch))]
            )
            if connection.vendor == "sqlite" and users[0].pk is None:
                users = list(User.objects.filter(phone_number__in=[u.phone_number for u in users]))
            UserPreferences.objects.bulk_create([seeker_prefs(rng, u) for u in users])
    load = time.perf_counter() - started
    started = time.perf_counter()
    index_rebuild(batch_size=5000)
    print(f"loaded {n} seekers in {load:.1f}s; index built in {time.perf_counter() - started:.1f}s "
          f"({MatchTerm.objects.count()} index rows)")
    return load


def sample_job(rng: random.Random, i: int) -> CanonicalJob:
    group = rng.choice(vocabulary.TITLE_GROUPS)
    title = rng.choice(group)
    city, state = rng.choice(JOB_PLACES)
    remote = rng.random() < 0.15
    return CanonicalJob(
        title=title, company=f"Company {i % 500}", location="Remote" if remote else f"{city}, {state}, Nigeria",
        city="" if remote else city, state="" if remote else state, country="NG",
        work_arrangement="remote" if remote else rng.choice(["onsite", "onsite", "hybrid"]),
        ai_job_titles=[title, group[0]], ai_skills=rng.sample(SKILLS, k=3),
        salary_monthly_max=rng.choice([None, 150_000, 400_000, 900_000]), salary_currency="NGN",
        years_experience_min=rng.choice([None, 0, 2, 5]), fingerprint=f"bench-{i}",
    )


def time_jobs(jobs: list[CanonicalJob]) -> None:
    times, matches, candidates = [], [], []
    for job in jobs:
        started = time.perf_counter()
        found = list(find_matches(job=job))
        times.append((time.perf_counter() - started) * 1000)
        matches.append(len(found))
    # A worker keeps the seekers it compiled (matching.services._SEEKERS): the same jobs again, as a long-running
    # worker sees the next jobs once the seekers of their fields have been read once.
    warm: list[float] = []
    for job in jobs:
        started = time.perf_counter()
        assert len(list(find_matches(job=job))) == matches[len(warm)]
        warm.append((time.perf_counter() - started) * 1000)
    warm.sort()
    print(f"find_matches, seekers already compiled in this process: median {statistics.median(warm):.1f} ms, "
          f"p95 {warm[int(len(warm) * 0.95) - 1]:.1f} ms, max {warm[-1]:.1f} ms")
    # A worker as it starts (matching.signals.worker_spawned): its cache emptied, then every seeker compiled once.
    services._SEEKERS.clear()
    rss = _rss_mb()
    started = time.perf_counter()
    count = seekers_preload()
    gc.freeze()  # as the worker does
    print(f"worker start: {count} seekers compiled in {time.perf_counter() - started:.1f}s, "
          f"RSS +{_rss_mb() - rss:.0f} MB (the process's current size, {_rss_mb():.0f} MB)")
    preloaded: list[float] = []
    for job in jobs:
        started = time.perf_counter()
        list(find_matches(job=job))
        preloaded.append((time.perf_counter() - started) * 1000)
    preloaded.sort()
    print(f"find_matches in a worker that compiled its seekers at start: median {statistics.median(preloaded):.1f} ms, "
          f"p95 {preloaded[int(len(preloaded) * 0.95) - 1]:.1f} ms, max {preloaded[-1]:.1f} ms")
    tracemalloc.start()  # a separate pass: tracing slows Python several times over
    for job in jobs[:20]:
        list(find_matches(job=job))
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    for job in jobs[:50]:
        candidates.append(candidate_profiles(job=job_from_row(job)).count())
    times.sort()
    print(f"find_matches over {len(jobs)} jobs, first read in this process: median {statistics.median(times):.1f} ms, "
          f"p95 {times[int(len(times) * 0.95) - 1]:.1f} ms, max {times[-1]:.1f} ms")
    print(f"candidates/job median {statistics.median(candidates):.0f} (max {max(candidates)}), "
          f"matches/job median {statistics.median(matches):.0f} (max {max(matches)}, total {sum(matches)})")
    print(f"peak Python allocation during matching {peak:.1f} MB; process max RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def _rss_mb() -> float:
    """The process's resident size now (not its peak), from /proc."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 1e6


def run_batch(jobs: list[CanonicalJob]) -> None:
    started = time.perf_counter()
    total = sum(len(list(find_matches(job=job))) for job in jobs)
    wall = time.perf_counter() - started
    print(f"batch: {len(jobs)} jobs in {wall:.1f}s ({wall / len(jobs) * 1000:.1f} ms/job), {total} matches")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=200)
    parser.add_argument("--batch", type=int, default=0, help="Also run this many jobs in one batch.")
    parser.add_argument("--reuse", action="store_true", help="Keep the users already loaded.")
    args = parser.parse_args()
    print(f"database: {connection.vendor}")
    if not args.reuse:
        call_command("flush", interactive=False, verbosity=0) if _has_schema() else None
        call_command("migrate", verbosity=0)
        load_users(args.users, random.Random(1))
    rng = random.Random(2)
    time_jobs([sample_job(rng, i) for i in range(args.jobs)])
    if args.batch:
        run_batch([sample_job(rng, i) for i in range(args.batch)])


def _has_schema() -> bool:
    return "users" in connection.introspection.table_names()


if __name__ == "__main__":
    main()
