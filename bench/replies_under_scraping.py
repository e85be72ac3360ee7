"""Do seekers still get a quick reply while every job source is scraping? Prints reply time p50/p95/max.

    .venv/bin/python bench/replies_under_scraping.py                      # SQLite, one plain qcluster
    .venv/bin/python bench/replies_under_scraping.py --split              # SQLite, interactive + batch clusters
    .venv/bin/python bench/replies_under_scraping.py --postgres [--split] # PostgreSQL + Redis (database
                                                                          # aremu_bench_replies, Redis db 12)
    .venv/bin/python bench/replies_under_scraping.py --split --no-scraping  # the same burst, nothing scraping

Starts the deployment as production runs it, each in its own process: `manage.py migrate`, gunicorn on
`aremu.wsgi:application`, and the Django-Q2 cluster(s) `aremu.schedules.cluster_processes()` declares (with
`--split`, Q_INTERACTIVE_CLUSTER=interactive is in every process's environment: an interactive cluster and a
batch one; without, one plain `qcluster`). Batch workers: Q_WORKERS=2, the production default.

Scraping: JobSpy can only reach the real boards, so the 36 seeded searches are switched to the LinkedIn guest
source (`sites=["linkedin"]`, LINKEDIN_SOURCE=guest) and `--boards` Greenhouse boards are added, all pointed at a
local job-board stand-in that answers every request after `--delay` (5) seconds. All of them are made due at
once (SOURCES_PER_TICK=0, then the scheduler's own `run_due_sources` is called), and the benchmark waits until
the batch workers are fetching. Then `--seekers` (50) seekers each POST one signed "hi"/"help"/"menu" to
/webhook/ at the same moment.

Reply time, per seeker: when the Graph API stand-in (WHATSAPP_API_BASE_URL) received the first message to them,
minus when their webhook POST was sent. Seekers with no reply within `--wait` seconds count as "never" in the
percentiles. Target (issue 12): p95 under 3 s with `--split` on a 2-core machine.
"""

from __future__ import annotations

import argparse
import http.client
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import prodstack  # noqa: E402
from prodstack import Processes  # noqa: E402

# lazy: Django and the apps are imported inside the functions that use them, because Django is set up only at
# run time, once the arguments have chosen the database and the settings.

GREETINGS = ["hi", "help", "menu", "hello", "?"]
DATABASE_NAME = "aremu_bench_replies"
REDIS_URL = "redis://127.0.0.1:6379/12"


@dataclass
class Post:
    wa_id: str
    sent_at: float = 0.0
    status: int = 0
    ack_seconds: float = 0.0
    error: str = ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL + Redis instead of SQLite + ORM broker.")
    parser.add_argument("--split", action="store_true", help="Interactive + batch clusters (Q_INTERACTIVE_CLUSTER).")
    parser.add_argument("--seekers", type=int, default=50)
    parser.add_argument("--delay", type=float, default=5.0, help="Seconds the job-board stand-in takes per answer.")
    parser.add_argument("--boards", type=int, default=4, help="Greenhouse boards added beside the 36 searches.")
    parser.add_argument("--wait", type=float, default=90.0, help="Longest wait for replies, seconds.")
    parser.add_argument("--no-scraping", action="store_true", help="The baseline: the same burst with no source due.")
    prodstack.run_stopping_all(run, parser.parse_args())


def run(args: argparse.Namespace, procs: Processes) -> None:
    started = time.monotonic()
    graph = prodstack.standin_start(procs, "graph")
    board = prodstack.standin_start(procs, "jobboard", str(args.delay))
    database_url = prodstack.database_fresh(postgres=args.postgres, name=DATABASE_NAME)
    redis_url = REDIS_URL if args.postgres else ""
    if redis_url:
        prodstack.redis_fresh(redis_url)
    env = prodstack.stack_env(database_url=database_url, redis_url=redis_url, split=args.split, graph_port=graph,
                              board_port=board, extra={"LINKEDIN_SOURCE": "guest", "SOURCES_PER_TICK": "0"})
    migrate_seconds = prodstack.migrate(env)
    prodstack.django_setup(env)
    sources = sources_prepare(boards=args.boards, enabled=not args.no_scraping)
    web = prodstack.gunicorn_start(procs, env, port=prodstack.free_port())
    clusters = prodstack.clusters_start(procs, env)
    print(f"database={'postgresql' if args.postgres else 'sqlite'} broker={'redis' if redis_url else 'orm'} "
          f"clusters={', '.join(clusters)} (migrate {migrate_seconds:.1f} s); {sources} sources, each answer "
          f"after {args.delay:.0f} s; load average {prodstack.load_average()}")
    if args.no_scraping:
        print("scraping: none (baseline)")
    else:
        queued = scraping_start(board=board, procs=procs)
        stats = prodstack.get_json(f"http://127.0.0.1:{board}/_stats")
        print(f"scraping: {queued} source runs queued at once; board requests in flight when the seekers write: "
              f"{stats['in_flight']} ({stats['requests']} so far)")
    posts = burst(web, seekers=args.seekers)
    replies = replies_wait(graph, posts, wait=args.wait)
    report(posts, replies, split=args.split, board=board, wait=args.wait)
    print(f"wall time {time.monotonic() - started:.0f} s; load average {prodstack.load_average()}")


def sources_prepare(*, boards: int, enabled: bool) -> int:
    """The seeded searches through the LinkedIn guest source only (JobSpy reaches only the real boards), plus
    Greenhouse boards; all pointed at the stand-in by the *_BASE_URL/_API_URL settings, none run yet."""
    from jobs.models import BoardProvider, CompanyBoard, JobSearch

    JobSearch.objects.update(sites=["linkedin"], enabled=enabled, last_run_at=None)
    # bulk_create: saving a board one by one could fetch it at once; here the scheduler's claim starts every run.
    CompanyBoard.objects.bulk_create([CompanyBoard(provider=BoardProvider.GREENHOUSE, slug=f"bench-board-{i}",
                                                   company=f"Bench Board {i}", enabled=enabled)
                                      for i in range(boards)])
    return JobSearch.objects.filter(enabled=True).count() + CompanyBoard.objects.filter(enabled=True).count()


def scraping_start(*, board: int, procs: Processes) -> int:
    """What the `jobs: run due sources` schedule does, now: claim every due source and queue one task each."""
    from jobs.tasks import run_due_sources

    queued = run_due_sources()
    busy = lambda: prodstack.get_json(f"http://127.0.0.1:{board}/_stats")["in_flight"] >= 2  # noqa: E731
    prodstack.wait_until(busy, timeout=60, what="two batch workers fetching", procs=procs)
    return queued


def burst(web: str, *, seekers: int) -> list[Post]:
    """Every seeker POSTs at the same moment, from their own connection."""
    host, port = web.removeprefix("http://").split(":")
    posts = [Post(wa_id=f"234803{i:07d}") for i in range(seekers)]
    bodies = [prodstack.inbound_body(wa_id=p.wa_id, text=GREETINGS[i % len(GREETINGS)]) for i, p in enumerate(posts)]
    signatures = [prodstack.signature(body) for body in bodies]
    gate = threading.Barrier(seekers)

    def send(index: int) -> None:
        post, conn = posts[index], http.client.HTTPConnection(host, int(port), timeout=60)
        conn.connect()
        gate.wait()
        post.sent_at = time.time()
        try:
            conn.request("POST", "/webhook/", body=bodies[index], headers={
                "Content-Type": "application/json", "X-Hub-Signature-256": signatures[index]})
            response = conn.getresponse()
            response.read()
            post.status = response.status
        except OSError as exc:
            post.error = f"{type(exc).__name__}: {exc}"
        post.ack_seconds = time.time() - post.sent_at
        conn.close()

    threads = [threading.Thread(target=send, args=(i,)) for i in range(seekers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return posts


def replies_wait(graph: int, posts: list[Post], *, wait: float) -> dict[str, float]:
    """First arrival at the Graph stand-in per seeker (wa_id without '+'), polling until all came or `wait`."""
    wanted = {p.wa_id for p in posts}
    first: dict[str, float] = {}
    seen, deadline = 0, max(p.sent_at for p in posts) + wait
    while time.time() < deadline and not wanted <= first.keys():
        answer = prodstack.get_json(f"http://127.0.0.1:{graph}/_sends?since={seen}")
        seen = answer["total"]
        for to, arrived, _kind, _wamid in answer["sends"]:
            first.setdefault(to.lstrip("+"), arrived)
        time.sleep(0.1)
    return {wa_id: first[wa_id] for wa_id in wanted if wa_id in first}


def report(posts: list[Post], replies: dict[str, float], *, split: bool, board: int, wait: float) -> None:
    from django.db.models import Count

    from conversations.models import InboundMessage
    from jobs.models import SourceRun

    acks = [p.ack_seconds for p in posts]
    refused = [p for p in posts if p.status != 200]
    times = [replies[p.wa_id] - p.sent_at if p.wa_id in replies else float("inf") for p in posts]
    statuses = dict(InboundMessage.objects.values_list("status").annotate(n=Count("pk")).order_by("status"))
    runs = dict(SourceRun.objects.exclude(finished_at=None).values_list("status").annotate(n=Count("pk"))
                .order_by("status"))
    stats = prodstack.get_json(f"http://127.0.0.1:{board}/_stats")
    print(f"\nwebhook POSTs: {len(posts) - len(refused)}/{len(posts)} answered 200"
          + (f" (others: {sorted({p.status or p.error for p in refused})})" if refused else "")
          + f"; ack p50 {prodstack.percentile(acks, 0.5) * 1000:.0f} ms, max {max(acks) * 1000:.0f} ms")
    print(f"inbound rows by status now: {statuses}")
    print(f"scraping meanwhile: source runs finished {runs or 0}, board requests {stats['requests']} "
          f"({stats['in_flight']} in flight)")
    label = "interactive + batch clusters (--split)" if split else "one plain qcluster"
    print(f"\nREPLY TIME, {label}: replies {len(replies)}/{len(posts)} within {wait:.0f} s; "
          f"p50 {prodstack.seconds(prodstack.percentile(times, 0.5))}, "
          f"p95 {prodstack.seconds(prodstack.percentile(times, 0.95))}, "
          f"max {prodstack.seconds(max(times))}")
    if split:
        p95 = prodstack.percentile(times, 0.95)
        print(f"target p95 < 3 s: {'met' if p95 < 3 else 'NOT met'} (cpus {os.cpu_count()})")


if __name__ == "__main__":
    main()
