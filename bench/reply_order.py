"""Do seekers get the bot's messages in the order it wrote them, and how fast are the replies? (issue 19)

    .venv/bin/python bench/reply_order.py                 # PostgreSQL + Redis, 20 seekers
    .venv/bin/python bench/reply_order.py --sqlite        # SQLite, ORM broker
    .venv/bin/python bench/reply_order.py --seekers 40 --jobs 30

Starts the deployment as production runs it (`manage.py migrate`, gunicorn on `aremu.wsgi`, the interactive and
batch Django-Q2 clusters, Q_WORKERS=2 each), with the WhatsApp Cloud API transport pointed at the Graph API
stand-in of `prodstack.py`, which keeps the order sends arrive in and the wamid it answered each with. The seeded
job searches are disabled: nothing here reaches the real job boards.

`--jobs` accountant/analyst/sales jobs are imported first (`manage.py import_jobs`); then `--seekers` seekers
onboard at the same moment through the signed webhook: "hi", a profile in their own words, "yes", "jobs", "help",
"menu", each one once the bot has answered the one before (or 30 s passed) and a reading pause of `--pause`
(0.5–2 s) has passed. Once every seeker has said "yes", `--jobs` more jobs are imported, so alerts go out while
they go on chatting. With
`--rate-limited 0.05` the stand-in refuses 5 % of the sends with 130429, as Meta does at its throughput limit: the
refused message is retried later, and what was written after it must not overtake it.

Printed, from what the stand-in received and the rows' wamids:
- order: per seeker, whether the messages arrived in the order their rows were written (row id order), and how
  many messages overtook an older one;
- reply time: from each POST to the first reply to it at the stand-in, p50 / p95 / max over every message;
- what went out: replies and alerts, and rows left unsent.
"""

from __future__ import annotations

import argparse
import http.client
import random
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import subprocess

import prodstack  # noqa: E402
from prodstack import Processes  # noqa: E402

# lazy: Django and the apps are imported inside the functions that use them, because Django is set up only at
# run time, once the arguments have chosen the database and the settings.

DATABASE_NAME = "aremu_bench_order"
REDIS_URL = "redis://127.0.0.1:6379/10"
PROFILES = [
    "I'm an accountant in Lagos, 3 years experience, at least 300k a month, onsite",
    "data analyst in Lagos with 3 years, SQL and Excel, 300k monthly minimum, onsite or hybrid",
    "Sales executive, Lagos, 3 yrs experience, pay from 250k a month, office work",
]
SCRIPT = ["hi", "{profile}", "yes", "jobs", "help", "menu"]


@dataclass
class Seeker:
    wa_id: str
    posts: list[tuple[str, float]] = field(default_factory=list)  # (text, time.time() the POST was sent)


@dataclass
class Arrivals:
    """Every send at the stand-in, in arrival order, polled in the background."""

    rows: list[tuple[str, float, str, str]] = field(default_factory=list)  # (to, arrived, type, wamid)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def poll(self, graph: int) -> None:
        answer = prodstack.get_json(f"http://127.0.0.1:{graph}/_sends?since={len(self.rows)}")
        with self.lock:
            self.rows.extend(tuple(row) for row in answer["sends"])

    def count_to(self, wa_id: str, *, after: float) -> int:
        with self.lock:
            return sum(1 for to, arrived, _type, _wamid in self.rows if to.lstrip("+") == wa_id and arrived >= after)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seekers", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=20, help="Jobs imported before, and again during, the chat.")
    parser.add_argument("--sqlite", action="store_true", help="SQLite and the ORM broker instead of PG + Redis.")
    parser.add_argument("--pause", type=float, nargs=2, default=(0.5, 2.0), metavar=("MIN", "MAX"),
                        help="A seeker's reading pause before the next message, seconds (uniform).")
    parser.add_argument("--rate-limited", type=float, default=0.0,
                        help="Share of sends the Graph stand-in refuses with 130429 (rate limit hit).")
    parser.add_argument("--seed", type=int, default=19)
    prodstack.run_stopping_all(run, parser.parse_args())


def run(args: argparse.Namespace, procs: Processes) -> None:
    graph = prodstack.standin_start(procs, "graph", str(args.rate_limited))
    database_url = prodstack.database_fresh(postgres=not args.sqlite, name=DATABASE_NAME)
    redis_url = "" if args.sqlite else REDIS_URL
    if redis_url:
        prodstack.redis_fresh(redis_url)
    env = prodstack.stack_env(database_url=database_url, redis_url=redis_url, split=True, graph_port=graph,
                              extra={"QUIET_HOURS": "off"})
    web, clusters = prodstack.stack_start(procs, env)
    jobs_import(procs, env, count=args.jobs, tag="before")
    print(f"{'SQLite + ORM broker' if args.sqlite else 'PostgreSQL + Redis'}, gunicorn 2×4, {', '.join(clusters)}; "
          f"{args.seekers} seekers × {len(SCRIPT)} messages, pauses {args.pause[0]:g}–{args.pause[1]:g} s; "
          f"{args.jobs} jobs before and {args.jobs} during; 130429 on {args.rate_limited:.0%} of sends; "
          f"load average {prodstack.load_average()}")

    arrivals, stop = Arrivals(), threading.Event()
    poller = threading.Thread(target=poll_until, args=(arrivals, graph, stop), daemon=True)
    poller.start()
    rng = random.Random(args.seed)
    seekers = [Seeker(wa_id=prodstack.wa_id_for(i, prefix="2347")) for i in range(args.seekers)]
    threads = [threading.Thread(target=talk, args=(seeker, web, arrivals, PROFILES[i % len(PROFILES)],
                                                   random.Random(rng.random()), args.pause), daemon=True)
               for i, seeker in enumerate(seekers)]
    started = time.time()
    for thread in threads:
        thread.start()
    confirmed = lambda: all(len(seeker.posts) > SCRIPT.index("yes") for seeker in seekers)  # noqa: E731
    prodstack.wait_until(confirmed, timeout=300, what="every seeker confirming")
    importer = threading.Thread(target=jobs_import, args=(procs, env), kwargs={"count": args.jobs, "tag": "during"})
    importer.start()
    for thread in threads:
        thread.join(300)
    importer.join(300)
    settle(arrivals, graph)
    stop.set()
    report(seekers, arrivals, elapsed=time.time() - started)
    print(f"load average {prodstack.load_average()}")


def jobs_import(procs: Processes, env: dict[str, str], *, count: int, tag: str) -> None:
    path = prodstack.jobs_csv(procs.logs / f"jobs-{tag}.csv", count=count, tag=tag)
    with (procs.logs / f"import_jobs-{tag}.log").open("wb") as log:
        subprocess.run(prodstack.manage("import_jobs", str(path)), cwd=prodstack.ROOT, env=env, check=True,
                       stdout=log, stderr=subprocess.STDOUT)


def poll_until(arrivals: Arrivals, graph: int, stop: threading.Event) -> None:
    while not stop.is_set():
        arrivals.poll(graph)
        time.sleep(0.05)


def talk(seeker: Seeker, web: str, arrivals: Arrivals, profile: str, rng: random.Random,
         pause: tuple[float, float]) -> None:
    """One seeker: a message, then wait for the bot's answer (≤ 30 s), read it, write the next one."""
    host, port = web.removeprefix("http://").split(":")
    for line in SCRIPT:
        text = line.format(profile=profile)
        body = prodstack.inbound_body(wa_id=seeker.wa_id, text=text)
        posted = time.time()
        seeker.posts.append((text, posted))
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        conn.request("POST", "/webhook/", body=body, headers={"Content-Type": "application/json",
                                                              "X-Hub-Signature-256": prodstack.signature(body)})
        conn.getresponse().read()
        conn.close()
        deadline = time.time() + 30
        while arrivals.count_to(seeker.wa_id, after=posted) == 0 and time.time() < deadline:
            time.sleep(0.05)
        time.sleep(rng.uniform(*pause))


def settle(arrivals: Arrivals, graph: int, *, timeout: float = 120) -> None:
    """Wait until nothing is queued, sending or pending (alerts wait for the pair spacing), then a last poll."""
    from delivery.models import HistoryStatus, MessageStatus, OutboundMessage, UserJobHistory

    deadline = time.time() + timeout
    while time.time() < deadline:
        busy = (OutboundMessage.objects.filter(status__in=[MessageStatus.QUEUED, MessageStatus.SENDING]).exists()
                or UserJobHistory.objects.filter(status=HistoryStatus.PENDING).exists())
        if not busy:
            break
        time.sleep(1)
    time.sleep(1)
    arrivals.poll(graph)


def report(seekers: list[Seeker], arrivals: Arrivals, *, elapsed: float) -> None:
    from delivery.models import MessageStatus, OutboundMessage

    rows = {wamid: (pk, purpose) for wamid, pk, purpose in OutboundMessage.objects.exclude(
        provider_message_id=None).values_list("provider_message_id", "pk", "purpose")}
    by_seeker: dict[str, list[tuple[float, int, str]]] = {}
    unknown = 0
    for to, arrived, _type, wamid in arrivals.rows:
        if wamid not in rows:
            unknown += 1
            continue
        pk, purpose = rows[wamid]
        by_seeker.setdefault(to.lstrip("+"), []).append((arrived, pk, purpose))
    out_of_order, overtakes = 0, 0
    for sends in by_seeker.values():
        pks = [pk for _arrived, pk, _purpose in sends]
        overtakes += sum(1 for i, pk in enumerate(pks) if any(later < pk for later in pks[i + 1:]))
        out_of_order += pks != sorted(pks)
    reply_times = []
    for seeker in seekers:
        replies = sorted(arrived for arrived, _pk, purpose in by_seeker.get(seeker.wa_id, []) if purpose == "reply")
        for _text, posted in seeker.posts:
            first = next((at for at in replies if at >= posted), float("inf"))
            reply_times.append(first - posted)
    purposes: dict[str, int] = {}
    for sends in by_seeker.values():
        for _arrived, _pk, purpose in sends:
            purposes[purpose] = purposes.get(purpose, 0) + 1
    unsent = OutboundMessage.objects.filter(status__in=[MessageStatus.QUEUED, MessageStatus.SENDING]).count()
    failed = OutboundMessage.objects.filter(status=MessageStatus.FAILED).count()
    pct = prodstack.percentile
    print(f"sends received: {len(arrivals.rows)} ({', '.join(f'{k} {v}' for k, v in sorted(purposes.items()))}); "
          f"not matching a row: {unknown}; rows left unsent: {unsent}; failed: {failed}; run {elapsed:.0f} s")
    print(f"order: {len(by_seeker) - out_of_order} of {len(by_seeker)} seekers got every message in the order "
          f"written; {overtakes} messages arrived before an older one")
    print(f"reply time over {len(reply_times)} messages: p50 {prodstack.seconds(pct(reply_times, 0.5))}, "
          f"p95 {prodstack.seconds(pct(reply_times, 0.95))}, max {prodstack.seconds(max(reply_times))}")


if __name__ == "__main__":
    main()
