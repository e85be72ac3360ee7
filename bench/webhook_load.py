"""Inbound load on the production stack: N signed messages a second at /webhook/, each from a new seeker.

    .venv/bin/python bench/webhook_load.py                       # 500 messages/s for 60 s (the issue's figure)
    .venv/bin/python bench/webhook_load.py --rate 30 --duration 60
    .venv/bin/python bench/webhook_load.py --rate 500 --duration 60 --drain-timeout 90

Starts, each in its own process: `manage.py migrate` on a fresh PostgreSQL database (aremu_bench_load), Redis
db 13 (flushed) as cache and broker, gunicorn on `aremu.wsgi:application` (2 workers × 4 threads, as `manage.py
serve`), and the interactive + batch Django-Q2 clusters (Q_INTERACTIVE_CLUSTER=interactive), with the WhatsApp
Cloud API transport pointed at a local Graph API stand-in. The seeded job searches are disabled: nothing here
may reach the real job boards.

The load is open-loop: POST i is due at i / rate seconds, whatever the answers before it (a thread pool with one
keep-alive connection each). `--redeliver` of the messages are POSTed a second time 0.5–3 s later, as Meta does.

Printed: POSTs answered 200 vs errors; ack latency p50/p99 (from the moment each POST was due, so a generator or
server falling behind shows) and the rate achieved; inbound rows (count, status, duplicates: each wamid must be
one row, each seeker's one message must be answered, and the stand-in must have received exactly the sends the
outbound rows record); POST → first reply at the stand-in p50/p95; and when the backlog drained (every inbound
row processed and every reply received). When it does not drain within `--drain-timeout`, the processing rate
measured is what this machine sustains, and the time the rest would take is projected from it.
"""

from __future__ import annotations

import argparse
import http.client
import random
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import prodstack  # noqa: E402
from prodstack import Processes  # noqa: E402

# lazy: Django and the apps are imported inside the functions that use them, because Django is set up only at
# run time, once the arguments have chosen the database and the settings.

DATABASE_NAME = "aremu_bench_load"
REDIS_URL = "redis://127.0.0.1:6379/13"
TEXTS = ["hi", "help", "menu", "hello", "?"]
STALE_CONNECTION = (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected)


@dataclass
class Plan:
    """Every POST: when it is due (seconds from the start), which message, and whether it is a redelivery."""

    due: list[float]
    message: list[int]
    bodies: list[bytes]
    signatures: list[str]
    wa_ids: list[str]
    wamids: list[str]


@dataclass
class Results:
    started: list[float] = field(default_factory=list)  # time.time() the POST started (0: never sent)
    latency: list[float] = field(default_factory=list)  # seconds from due to answer
    service: list[float] = field(default_factory=list)  # seconds from start to answer
    status: list[int] = field(default_factory=list)  # HTTP status, 0 on a connection error
    errors: Counter[str] = field(default_factory=Counter)
    t0: float = 0.0  # time.time() of due time 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=float, default=500.0, help="New messages a second.")
    parser.add_argument("--duration", type=float, default=60.0, help="Seconds of load.")
    parser.add_argument("--threads", type=int, default=64, help="Client threads (one connection each).")
    parser.add_argument("--redeliver", type=float, default=0.02, help="Share of messages POSTed twice.")
    parser.add_argument("--drain-timeout", type=float, default=120.0,
                        help="Longest wait after the last POST for the backlog to drain, seconds.")
    prodstack.run_stopping_all(run, parser.parse_args())


def run(args: argparse.Namespace, procs: Processes) -> None:
    graph = prodstack.standin_start(procs, "graph")
    database_url = prodstack.database_fresh(postgres=True, name=DATABASE_NAME)
    prodstack.redis_fresh(REDIS_URL)
    env = prodstack.stack_env(database_url=database_url, redis_url=REDIS_URL, split=True, graph_port=graph)
    web, clusters = prodstack.stack_start(procs, env)
    plan = plan_make(rate=args.rate, duration=args.duration, redeliver=args.redeliver)
    print(f"PostgreSQL + Redis, gunicorn 2×4, {', '.join(clusters)}; {len(plan.bodies)} messages from "
          f"{len(plan.bodies)} seekers at {args.rate:g}/s for {args.duration:g} s, {len(plan.due) - len(plan.bodies)} "
          f"redelivered; {args.threads} client threads; load average {prodstack.load_average()}")
    results = load(web, plan, threads=args.threads)
    drain = drain_wait(graph, plan, results, timeout=args.drain_timeout)
    report(plan, results, drain, rate=args.rate, graph=graph)
    print(f"load average {prodstack.load_average()}")


def plan_make(*, rate: float, duration: float, redeliver: float) -> Plan:
    count = int(rate * duration)
    rng = random.Random(12)
    wa_ids = [f"23481{i:08d}" for i in range(count)]
    wamids = [f"wamid.load.{i:08d}.{rng.getrandbits(64):016x}" for i in range(count)]
    bodies = [prodstack.inbound_body(wa_id=wa_ids[i], text=TEXTS[i % len(TEXTS)], wamid=wamids[i])
              for i in range(count)]
    schedule = [(i / rate, i) for i in range(count)]
    schedule += [(i / rate + rng.uniform(0.5, 3.0), i) for i in rng.sample(range(count), int(count * redeliver))]
    schedule.sort()
    return Plan(due=[d for d, _ in schedule], message=[m for _, m in schedule], bodies=bodies,
                signatures=[prodstack.signature(b) for b in bodies], wa_ids=wa_ids, wamids=wamids)


def load(web: str, plan: Plan, *, threads: int) -> Results:
    host, port = web.removeprefix("http://").split(":")
    total = len(plan.due)
    results = Results(started=[0.0] * total, latency=[0.0] * total, service=[0.0] * total, status=[0] * total)
    cursor, lock = iter(range(total)), threading.Lock()
    t0 = results.t0 = time.time() + 0.5

    def worker() -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        while True:
            with lock:
                index = next(cursor, None)
            if index is None:
                break
            due = t0 + plan.due[index]
            if due > time.time():
                time.sleep(due - time.time())
            body, sig = plan.bodies[plan.message[index]], plan.signatures[plan.message[index]]
            results.started[index] = start = time.time()
            for attempt in (1, 2):
                try:
                    conn.request("POST", "/webhook/", body=body, headers={
                        "Content-Type": "application/json", "X-Hub-Signature-256": sig})
                    response = conn.getresponse()
                    response.read()
                    results.status[index] = response.status
                    break
                except (OSError, http.client.HTTPException) as exc:
                    conn.close()
                    conn = http.client.HTTPConnection(host, int(port), timeout=30)
                    # gunicorn closes a keep-alive connection idle for 2 s: that POST never reached it, so the
                    # client sends it again on a new connection, as any HTTP client (and Meta) would.
                    stale = attempt == 1 and isinstance(exc, STALE_CONNECTION)
                    results.errors[f"{type(exc).__name__}{' (stale keep-alive, resent)' if stale else ''}"] += 1
                    if not stale:
                        break
            end = time.time()
            results.latency[index], results.service[index] = end - due, end - start

    pool = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return results


@dataclass
class Drain:
    first_reply: dict[str, float]
    sends: Counter[str]
    last_post: float
    drained_at: float | None
    processed_at_end: int
    processing_rate: float
    drain_rate: float | None  # messages/s processed after the last POST (the backlog's own pace)


def drain_wait(graph: int, plan: Plan, results: Results, *, timeout: float) -> Drain:
    """Poll the stand-in and the inbound rows until every message is processed and answered, or the timeout."""
    from conversations.models import InboundMessage, InboundStatus
    from delivery.models import MessageStatus, OutboundMessage

    first_start, last_post = min(s for s in results.started if s), max(results.started)
    first_reply: dict[str, float] = {}
    sends: Counter[str] = Counter()
    seen, drained_at = 0, None
    wanted = len({plan.message[i] for i, status in enumerate(results.status) if status == 200})
    at_last_post, checked_at = InboundMessage.objects.exclude(status=InboundStatus.RECEIVED).count(), time.time()
    while True:
        answer = prodstack.get_json(f"http://127.0.0.1:{graph}/_sends?since={seen}")
        seen = answer["total"]
        for to, arrived, _kind, _wamid in answer["sends"]:
            first_reply.setdefault(to.lstrip("+"), arrived)
            sends[to.lstrip("+")] += 1
        waiting = InboundMessage.objects.filter(status=InboundStatus.RECEIVED).count()
        unsent = OutboundMessage.objects.filter(status__in=[MessageStatus.QUEUED, MessageStatus.SENDING]).count()
        if waiting == 0 and unsent == 0 and len(first_reply) >= wanted:
            drained_at = max(first_reply.values())
            break
        if time.time() > last_post + timeout:
            break
        time.sleep(1.0)
    processed = InboundMessage.objects.exclude(status=InboundStatus.RECEIVED).count()
    elapsed = (drained_at or time.time()) - first_start
    drain_seconds = (drained_at or time.time()) - checked_at
    return Drain(first_reply=first_reply, sends=sends, last_post=last_post, drained_at=drained_at,
                 processed_at_end=processed, processing_rate=processed / elapsed,
                 drain_rate=(processed - at_last_post) / drain_seconds if drain_seconds > 5 else None)


def report(plan: Plan, results: Results, drain: Drain, *, rate: float, graph: int) -> None:
    from django.db.models import Count

    from conversations.models import InboundMessage
    from delivery.models import OutboundMessage

    total, messages = len(plan.due), len(plan.bodies)
    ok = sum(1 for s in results.status if s == 200)
    other = Counter(s for s in results.status if s not in (0, 200))
    first: dict[int, float] = {}  # each message's first POST: the offered rate, without the redeliveries' tail
    for i, started in enumerate(results.started):
        if started:
            first.setdefault(plan.message[i], started)
    achieved = len(first) / max(max(first.values()) - min(first.values()), 1e-9)
    late = [results.started[i] - (results.t0 + plan.due[i]) for i in range(total) if results.started[i]]
    print(f"\nPOSTs: {total} ({messages} new + {total - messages} redeliveries); answered 200: {ok}; "
          f"other statuses: {dict(other) or 0}; not answered: {sum(1 for s in results.status if s == 0)}; "
          f"connection errors: {dict(results.errors) or 0}")
    print(f"rate asked {rate:g}/s, achieved {achieved:.0f} new messages/s; POSTs started late (generator behind) "
          f"p99 {prodstack.percentile(late, 0.99) * 1000:.0f} ms")
    print(f"ack latency from due time: p50 {prodstack.percentile(results.latency, 0.5) * 1000:.0f} ms, "
          f"p99 {prodstack.percentile(results.latency, 0.99) * 1000:.0f} ms, max {max(results.latency) * 1000:.0f} ms"
          f"  (service time from send: p50 {prodstack.percentile(results.service, 0.5) * 1000:.0f} ms, "
          f"p99 {prodstack.percentile(results.service, 0.99) * 1000:.0f} ms)")

    rows = InboundMessage.objects.filter(wa_message_id__startswith="wamid.load.")
    statuses = dict(rows.values_list("status").annotate(n=Count("pk")).order_by("status"))
    duplicate_ids = rows.values("wa_message_id").annotate(n=Count("pk")).filter(n__gt=1).count()
    stray = rows.exclude(wa_message_id__in=plan.wamids).count() if messages <= 50_000 else 0
    print(f"\ninbound rows: {rows.count()} for {messages} messages; by status {statuses}; wamids stored twice: "
          f"{duplicate_ids}; rows for unknown wamids: {stray}")
    db_sent = Counter(to.lstrip("+") for to in OutboundMessage.objects.filter(
        sent_at__isnull=False).values_list("to", flat=True))
    per_seeker = Counter(drain.sends.get(w, 0) for w in plan.wa_ids)
    double = sum(1 for w, n in drain.sends.items() if n > db_sent.get(w, 0))
    print(f"replies received per seeker (count: seekers): {dict(sorted(per_seeker.items()))}; seekers whose sends "
          f"at the stand-in exceed their sent outbound rows (double sends): {double}")
    outbound = dict(OutboundMessage.objects.values_list("status").annotate(n=Count("pk")).order_by("status"))
    print(f"outbound rows by status: {outbound}")

    first_post: dict[str, float] = {}
    for i in range(total):
        if results.started[i]:
            first_post.setdefault(plan.wa_ids[plan.message[i]], results.started[i])
    times = [drain.first_reply[w] - t if w in drain.first_reply else float("inf") for w, t in first_post.items()]
    print(f"\nPOST → first reply at the Graph stand-in: replies {len(drain.first_reply)}/{messages}; "
          f"p50 {prodstack.seconds(prodstack.percentile(times, 0.5))}, "
          f"p95 {prodstack.seconds(prodstack.percentile(times, 0.95))}, max {prodstack.seconds(max(times))}")
    if drain.drained_at is not None:
        print(f"backlog drained {max(0.0, drain.drained_at - drain.last_post):.1f} s after the last POST "
              f"(processing {drain.processing_rate:.0f} messages/s over the run)")
    else:
        left = messages - drain.processed_at_end
        pace = drain.drain_rate or drain.processing_rate
        print(f"backlog NOT drained {time.time() - drain.last_post:.0f} s after the last POST: {left} messages "
              f"unprocessed; processed {drain.processing_rate:.1f} messages/s since the first POST, "
              f"{drain.drain_rate or 0:.1f}/s after the last POST, so the rest needs about {left / max(pace, 1e-9):.0f} s more")
    print(f"SUSTAINED on this machine: webhook acknowledgements {achieved:.0f}/s "
          f"({'no' if ok == total else total - ok} failures); end-to-end processing with replies "
          f"{drain.processing_rate:.0f} messages/s")


if __name__ == "__main__":
    main()
