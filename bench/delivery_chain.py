"""Benchmark: N seekers, M new jobs through the whole chain on the outbox transport, then every job again.

    .venv/bin/python bench/delivery_chain.py                          # 10,000 users, 1,000 jobs, SQLite in /tmp
    .venv/bin/python bench/delivery_chain.py --users 500 --jobs 50    # smoke size, well under a minute
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/aremu_delivery_bench .venv/bin/python bench/delivery_chain.py
    .venv/bin/python bench/delivery_chain.py --profile                # cProfile the deliver and drain stages

The chain: generated records → `records_ingest(start_pipeline=False)` → per new job: enhance (offline rules)
+ `job_deliver` → drain with `pump_tick` on a virtual clock (the outbox sends inline) until nothing is due.
Then every job is delivered and drained a second time (duplicate triggers): nothing new may be sent.

Duplicates are counted from the messages themselves, not from the unique constraint: each alert's payload
is parsed back to its job ids (list/button row ids `job:<id>:…`; a CTA URL is mapped back to its job) and a
(user, job) pair found in two messages is a duplicate. Runs with DEBUG off, as production does.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

# lazy: Django and the apps are imported inside the functions that use them, because Django is set up only at
# run time, once the arguments have chosen the database and the settings.

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/aremu_delivery_bench.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aremu.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ.setdefault("DEBUG", "False")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret")
# Never the network: the rule-based enhancer and the outbox transport, whatever the shell exports.
os.environ["OPENAI_API_KEY"] = ""
os.environ["WHATSAPP_TRANSPORT"] = "outbox"

DRAIN_BUDGET = 1_000_000  # messages per tick: the bench measures the work, not the 60/s pacing
CLOSED_SHARE = 0.10  # seekers whose window closed (last message 30 h ago): their matches wait for the digest
JOB_ID = re.compile(r"^job:(\d+):")
PROFILE_OUT = "/tmp/aremu_delivery_chain.prof"


@dataclass
class Stages:
    seconds: dict[str, float] = field(default_factory=dict)

    def timed(self, name: str, fn, *args, **kwargs):
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started


@dataclass
class Drain:
    ticks: int = 0
    jobs_flushed: int = 0
    dispatched: int = 0
    virtual_seconds: float = 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=1_000)
    parser.add_argument("--profile", action="store_true", help="cProfile the deliver and drain stages.")
    args = parser.parse_args()
    _database_fresh()
    from django.db import connection

    print(f"database: {connection.vendor}  cpus: {os.cpu_count()}  load average at start: {_load()}")
    run(users=args.users, jobs=args.jobs, profile=args.profile)
    print(f"load average at end: {_load()} (2 cores shared with other work: wall times vary with it)")


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _database_fresh() -> None:
    if os.environ["DATABASE_URL"].startswith("sqlite:///"):
        db = Path(os.environ["DATABASE_URL"].removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if "users" in connection.introspection.table_names():
        call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)


# --- Seekers --------------------------------------------------------------------------------------------


def seekers_create(*, count: int, rng: random.Random, now: datetime) -> list[int]:
    """Seekers in the generated jobs' own wording and places; ~90% wrote in the last 10 hours, ~10% 30 h ago."""
    from django.db import connection, transaction
    from django.db.models.signals import post_save

    from accounts.models import User, UserPreferences
    from matching import signals
    from matching.services import index_rebuild

    # Saved in bulk: the per-row index signal would rebuild one profile per save; the index is built once below.
    post_save.disconnect(signals.preferences_saved, sender=UserPreferences, dispatch_uid="matching_preferences_saved")
    ids: list[int] = []
    for start in range(0, count, 5000):
        with transaction.atomic():
            users = User.objects.bulk_create([
                # Quiet hours off: the figures must not depend on the hour the bench runs at.
                User(phone_number=f"+23481{i:08d}", name=f"Seeker {i}", quiet_hours="off")
                for i in range(start, min(count, start + 5000))
            ])
            if connection.vendor == "sqlite" and users[0].pk is None:
                users = list(User.objects.filter(phone_number__in=[u.phone_number for u in users]))
            UserPreferences.objects.bulk_create([_preferences(rng, user) for user in users])
            ids.extend(u.pk for u in users)
    index_rebuild(batch_size=5000)
    _windows_open(ids, rng=rng, now=now)
    return ids


def _preferences(rng: random.Random, user):
    from jobgen import PLACES, TITLES

    from accounts.models import UserPreferences

    cities = [place.split(",")[0] for place, _ in PLACES if place != "Remote"]
    weights = [weight for place, weight in PLACES if place != "Remote"]
    places = list(dict.fromkeys(rng.choices(cities, weights, k=rng.choice([1, 1, 1, 2]))))
    if rng.random() < 0.05:
        places = ["anywhere in Nigeria"]
    return UserPreferences(
        user=user,
        job_roles=rng.sample(TITLES, k=rng.choice([1, 1, 2, 3])),
        technical_skills=rng.sample(SEEKER_SKILLS, k=rng.randint(1, 3)),
        preferred_locations=places,
        work_arrangements=rng.choice([["onsite", "hybrid", "remote"], ["onsite"], ["remote", "hybrid"],
                                      ["onsite", "hybrid"], []]),
        years_of_experience=rng.randint(0, 10),
        salary_min=rng.choice([None, None, 80_000, 150_000, 300_000]),
        salary_currency="NGN",
        preferences_confirmed=True,
    )


SEEKER_SKILLS = ["Microsoft Excel", "Python", "SQL", "QuickBooks", "Driving", "Customer Service", "React",
                 "TypeScript", "AutoCAD", "Sage", "Social Media Marketing", "Nursing", "Communication", "Sales"]


def _windows_open(ids: list[int], *, rng: random.Random, now: datetime) -> None:
    """As if each seeker had written to us: the real `window_touch`, in batches of one transaction each."""
    from django.db import transaction

    from accounts.models import User
    from delivery.windows import window_touch

    for start in range(0, len(ids), 2000):
        with transaction.atomic():
            for user in User.objects.filter(pk__in=ids[start:start + 2000]):
                closed = rng.random() < CLOSED_SHARE
                at = now - (timedelta(hours=30) if closed else timedelta(minutes=rng.randint(1, 600)))
                window_touch(user=user, at=at)


# --- The chain --------------------------------------------------------------------------------------------


def jobs_ingest(*, count: int) -> list[int]:
    from jobgen import generate

    from jobs.services import records_ingest

    # No cross-board copies: every record should become a new job (copies are pipeline_dedupe's subject).
    records, _ = generate(count, copy_rate=0.0)
    report = records_ingest(records=enumerate(records, 1), source="bench", start_pipeline=False)
    return list(report.new_job_ids)


def jobs_deliver(job_ids: list[int], *, now: datetime, stages: Stages, enhance: bool) -> int:
    """What `jobs.tasks.process_new_job` does per job (enhance, then `job_deliver`), on the bench's clock."""
    from delivery.services import job_deliver
    from jobs.services import job_enhance

    claimed = 0
    for job_id in job_ids:
        if enhance:
            stages.timed("enhance", job_enhance, job_id=job_id)
        claimed += stages.timed("job_deliver", job_deliver, job_id=job_id, now=now)
    return claimed


def drain(*, start: datetime) -> tuple[Drain, datetime]:
    """Tick the pump on a virtual clock that jumps to the next due row, until nothing is due."""
    from django.utils import timezone

    from delivery.services import pump_tick

    result, now = Drain(), start
    while True:
        report = pump_tick(now=now, budget=DRAIN_BUDGET)
        result.ticks += 1
        result.jobs_flushed += report.jobs_flushed
        result.dispatched += report.messages_dispatched
        if report.next_due is None:
            break
        # Never behind the wall clock: user_flush spaces a user's messages from their rows' created_at (the wall
        # clock, auto_now_add), so a virtual clock lagging real time would defer second messages to real time.
        now = max(report.next_due, now + timedelta(seconds=1), timezone.now())
    result.virtual_seconds = (now - start).total_seconds()
    return result, now


# --- Checks ---------------------------------------------------------------------------------------------------


def payload_job_ids(payload: dict, *, urls: dict[str, list[int]], titles: dict[int, tuple[str, str]]) -> list[int]:
    """The jobs an alert shows, read from what the user receives."""
    interactive = payload.get("interactive") or {}
    action = interactive.get("action") or {}
    if interactive.get("type") == "cta_url":
        candidates = urls.get(action["parameters"]["url"], [])
        if len(candidates) > 1:  # two jobs share a link: the card's title and company tell them apart
            body = interactive.get("body", {}).get("text", "")
            candidates = [j for j in candidates if all(part in body for part in titles[j])]
        return candidates[:1] if len(candidates) == 1 else [-1]  # -1: a card we could not trace to one job
    ids = [row["id"] for section in action.get("sections", []) for row in section.get("rows", [])]
    ids += [button["reply"]["id"] for button in action.get("buttons", [])]
    return list(dict.fromkeys(int(m.group(1)) for i in ids if (m := JOB_ID.match(i))))


def duplicates_count() -> tuple[int, int, int]:
    """(user, job) pairs seen in more than one alert/digest message; untraceable cards; message/history mismatches."""
    from delivery.models import OutboundMessage, UserJobHistory
    from jobs.models import CanonicalJob

    urls: dict[str, list[int]] = defaultdict(list)
    titles: dict[int, tuple[str, str]] = {}
    for pk, apply_url, job_url, whatsapp, title, company in CanonicalJob.objects.values_list(
            "pk", "apply_url", "job_url", "contact_whatsapp", "title", "company"):
        titles[pk] = (title, company)
        digits = re.sub(r"\D", "", whatsapp or "")
        for url in {apply_url, job_url, f"https://wa.me/{digits}" if len(digits) >= 8 else ""} - {"", None}:
            urls[url].append(pk)
    from delivery.links import link_url
    from delivery.models import ApplyLink

    for token, job_id in ApplyLink.objects.values_list("token", "job_id"):  # the cards' tracked Apply links
        urls[link_url(token)].append(job_id)
    linked: dict[int, set[int]] = defaultdict(set)
    for message_id, job_id in UserJobHistory.objects.filter(outbound_message__isnull=False).values_list(
            "outbound_message_id", "job_id"):
        linked[message_id].add(job_id)
    seen: Counter[tuple[int, int]] = Counter()
    untraced = mismatched = 0
    for pk, user_id, payload in OutboundMessage.objects.filter(purpose__in=["alert", "digest"]).values_list(
            "pk", "user_id", "payload"):
        jobs = payload_job_ids(payload, urls=urls, titles=titles)
        untraced += jobs.count(-1)
        mismatched += set(jobs) != linked.get(pk, set())
        seen.update((user_id, job) for job in jobs if job != -1)
    return sum(1 for n in seen.values() if n > 1), untraced, mismatched


@dataclass
class Snapshot:
    history: dict[str, int]
    alerts: int
    alerts_by_status: dict[str, int]
    jobs_in_alerts: int
    users_alerted: int
    held_users: int
    held_closed_window: int


def snapshot(*, closed_ids: set[int]) -> Snapshot:
    from django.db.models import Count

    from delivery.models import HistoryStatus, OutboundMessage, UserJobHistory

    alerts = OutboundMessage.objects.filter(purpose="alert")
    held = UserJobHistory.objects.filter(status=HistoryStatus.HELD)
    return Snapshot(
        history=dict(UserJobHistory.objects.values_list("status").annotate(n=Count("pk")).order_by("status")),
        alerts=alerts.count(),
        alerts_by_status=dict(alerts.values_list("status").annotate(n=Count("pk")).order_by("status")),
        jobs_in_alerts=UserJobHistory.objects.filter(outbound_message__purpose="alert").count(),
        users_alerted=alerts.values("user_id").distinct().count(),
        held_users=held.values("user_id").distinct().count(),
        held_closed_window=held.filter(user_id__in=closed_ids).count(),
    )


def closed_window_ids(*, now: datetime) -> set[int]:
    from delivery.models import ConversationWindow
    from delivery.policy import WINDOW

    return set(ConversationWindow.objects.filter(last_activity__lte=now - WINDOW).values_list("user_id", flat=True))


# --- The run --------------------------------------------------------------------------------------------------


def run(*, users: int, jobs: int, profile: bool) -> None:
    from django.conf import settings
    from django.utils import timezone

    from delivery.models import OutboundMessage

    rng, stages, start = random.Random(11), Stages(), timezone.now()
    stages.timed("seekers + index + windows", seekers_create, count=users, rng=rng, now=start)
    job_ids = stages.timed("ingest", jobs_ingest, count=jobs)
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    claimed = jobs_deliver(job_ids, now=start, stages=stages, enhance=True)
    first, clock = stages.timed("drain", drain, start=start)
    if profiler:
        profiler.disable()
    after_first = snapshot(closed_ids=closed_window_ids(now=start))
    messages_before = OutboundMessage.objects.count()
    reclaimed = stages.timed("duplicate job_deliver", lambda: jobs_deliver(job_ids, now=clock, stages=Stages(),
                                                                           enhance=False))
    second, _ = stages.timed("duplicate drain", drain, start=clock)
    after_second = snapshot(closed_ids=closed_window_ids(now=start))
    duplicates, untraced, mismatched = stages.timed("duplicate check", duplicates_count)
    report(users=users, jobs=len(job_ids), stages=stages, first=first, second=second, claimed=claimed,
           reclaimed=reclaimed, snap=after_first, again=after_second,
           new_messages=OutboundMessage.objects.count() - messages_before, duplicates=duplicates,
           untraced=untraced, mismatched=mismatched, rate=settings.WHATSAPP_SEND_RATE)
    if profiler:
        profiler.dump_stats(PROFILE_OUT)
        print(f"\nprofile of the deliver and drain stages (saved to {PROFILE_OUT}):")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def report(*, users: int, jobs: int, stages: Stages, first: Drain, second: Drain, claimed: int, reclaimed: int,
           snap: Snapshot, again: Snapshot, new_messages: int, duplicates: int, untraced: int, mismatched: int,
           rate: int) -> None:
    s = stages.seconds
    chain = s.get("enhance", 0) + s["job_deliver"] + s["drain"]
    print(f"\nusers {users}, new jobs {jobs}")
    print(f"{'stage':<28} {'wall s':>8}")
    for name, seconds in s.items():
        print(f"{name:<28} {seconds:>8.1f}")
    print(f"{'chain (enhance+deliver+drain)':<28} {chain:>8.1f}")
    print(f"{'total':<28} {sum(s.values()):>8.1f}")
    print(f"\nhistory rows claimed {claimed}; by status {snap.history}")
    print(f"alert messages {snap.alerts} {snap.alerts_by_status}; jobs in them {snap.jobs_in_alerts} "
          f"(mean {snap.jobs_in_alerts / max(snap.alerts, 1):.2f} jobs/message)")
    held = snap.history.get("held", 0)
    print(f"users alerted {snap.users_alerted} of {users}; held for the digest: {held} jobs of {snap.held_users} users "
          f"({snap.held_closed_window} for closed windows, {held - snap.held_closed_window} over the daily cap)")
    print(f"drain: {first.ticks} ticks, virtual clock advanced {first.virtual_seconds:.0f} s (kept >= wall clock), "
          f"{first.dispatched} messages dispatched")
    print(f"throughput: {jobs / chain:.1f} jobs/s through the chain, "
          f"{snap.alerts / s['drain']:.0f} alert messages/s in the drain, "
          f"{snap.alerts / chain:.0f} messages/s over the chain")
    print(f"the real pump at WHATSAPP_SEND_RATE={rate}/s needs {snap.alerts / rate:.0f} s "
          f"({snap.alerts / rate / 60:.1f} min) to send these {snap.alerts} messages")
    print(f"\nduplicate triggers: job_deliver again for {jobs} jobs claimed {reclaimed} rows; drain flushed "
          f"{second.jobs_flushed} jobs, dispatched {second.dispatched}; new messages {new_messages}; "
          f"history {again.history}")
    print(f"DUPLICATES ((user, job) in more than one message, read from payloads): {duplicates}"
          f"  [untraceable cards {untraced}, messages whose jobs differ from their history rows {mismatched}]")
    ok = duplicates == 0 and new_messages == 0 and reclaimed == 0 and untraced == 0 and mismatched == 0
    print("exactly once: OK" if ok else "exactly once: FAILED")


if __name__ == "__main__":
    main()
