"""Faults on the production stack: does every alert and every inbound message still get through exactly once?

    .venv/bin/python bench/faults.py --scenario kill-interactive --postgres   # PostgreSQL + Redis broker
    .venv/bin/python bench/faults.py --scenario kill-batch                    # SQLite + the ORM broker
    .venv/bin/python bench/faults.py --scenario redis-restart                 # PostgreSQL + a private Redis
    .venv/bin/python bench/faults.py --scenario postgres-restart              # a private PostgreSQL + Redis db 11
    .venv/bin/python bench/faults.py --scenario graph-faults --postgres       # Cloud API 500, 429, timeouts
    .venv/bin/python bench/faults.py --scenario openai-down --postgres        # OpenAI answers 500 (or --openai refused)
    .venv/bin/python bench/faults.py --all                                    # every scenario above, both brokers for kills

Each scenario starts from nothing: a fresh database (PostgreSQL `aremu_bench_faults` on 127.0.0.1:5432 with
Redis db 11 flushed, or an SQLite file with the ORM broker), `migrate`, `--seekers` (30) seekers with confirmed
preferences, quiet hours off and an open 24-hour window, then gunicorn and the interactive + batch Django-Q2
clusters as production runs them (bench/prodstack.py), the Cloud API transport pointed at a Graph stand-in that
keeps every body it is sent. `--jobs` (60) generated jobs that match every seeker are imported with
`manage.py import_jobs` of a JobSpy CSV, so the real chain runs: enhance → match → deliver → pump → send. While
it runs every seeker also writes once through the signed webhook ("help"), and Meta's redelivery of each is
POSTed again; a POST not answered 200 is POSTed again every 5 s, as Meta does.

The fault, while it matters:
- kill-interactive: kill -9 of the interactive cluster's process group while alerts are being sent; restarted 5 s later.
- kill-batch: kill -9 of the batch cluster's process group while it is running the new jobs' pipeline; restarted.
- redis-restart: a private redis-server (REDIS_URL points at it) stopped for `--outage` (20) s twice: during the
  import (the jobs' tasks cannot be queued) and while alerts are being sent; started again on the same port.
- postgres-restart: a private PostgreSQL (initdb in a temp dir) restarted with `pg_ctl restart -m fast` while
  alerts are being sent.
- graph-faults: the Graph stand-in answers 500, then 429 (code 130429), then times out (accepts the message but
  answers after WHATSAPP_API_TIMEOUT + 5 s), `--phase` (20) s each, then healthy again.
- openai-down: OPENAI_API_KEY set and OPENAI_BASE_URL at a local server answering 500 (`--openai refused`: a port
  nobody listens on): jobs must be enhanced offline and delivered all the same.

Then the system is left to catch up (PIPELINE_RETRY_MINUTES=1, PIPELINE_LEASE_MINUTES=2; the sweeps run every
1-5 min) until nothing is left to do or `--catchup` (360) s, and the figures are read from what the stand-in
received, not from the database's own account:
- alerts: tried = every (seeker, job) pair the matcher pairs (history rows ∪ `find_matches` of every job now);
  delivered once = exactly one accepted send to that seeker carries that job (job ids read back from the list
  rows `job:<id>:…` and CTA links); duplicated = more than one; lost = none.
- inbound: tried = the messages POSTed; once = stored once and processed; lost = never stored or never processed.
- sends twice: accepted sends of one (recipient, body) beyond the outbound rows holding that body (replies too).
ALERT_DAILY_CAP is raised to 1000 so every match is due now (the cap would hold most of 60 for tomorrow).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from datetime import timedelta

import prodstack  # noqa: E402
from prodstack import Processes  # noqa: E402

# lazy: Django and the apps are imported inside the functions that use them, because Django is set up only at
# run time, once the arguments have chosen the database and the settings.

DATABASE_NAME = "aremu_bench_faults"
SHARED_REDIS = "redis://127.0.0.1:6379/11"
JOB_ID = re.compile(r"^job:(\d+):")
API_TIMEOUT = 10.0  # WHATSAPP_API_TIMEOUT's default, given to every process explicitly
SCENARIOS = ["kill-interactive", "kill-batch", "redis-restart", "postgres-restart", "graph-faults", "openai-down"]
# --all: the kills with both brokers; the rest where their fault lives (Redis and PostgreSQL need the Redis broker).
ALL_RUNS = [("kill-interactive", True), ("kill-interactive", False), ("kill-batch", True), ("kill-batch", False),
            ("redis-restart", True), ("postgres-restart", True), ("graph-faults", True), ("openai-down", True)]


# --- The stack of one scenario --------------------------------------------------------------------------------


@dataclass
class Stack:
    scenario: str
    postgres: bool
    procs: Processes
    graph: int
    env: dict[str, str] = field(default_factory=dict)
    web: str = ""
    clusters: dict[str, str] = field(default_factory=dict)  # role → process name
    events: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.time)
    cleanups: list[Callable[[], object]] = field(default_factory=list)
    redis_port: int = 0
    pg: prodstack.PrivatePostgres | None = None
    imports: list[subprocess.Popen[bytes]] = field(default_factory=list)
    restarts: int = 0

    def supervise(self) -> None:
        """Restart gunicorn or a cluster that exited, as systemd's Restart=always does (deploy/systemd); any other
        process of the benchmark dying is an error."""
        for name, process in list(self.procs.started):
            if process.poll() is None:
                continue
            role = next((r for r, n in self.clusters.items() if n == name), "web" if name == "gunicorn" else "")
            if not role:
                self.procs.check_alive()
            self.note(f"{name} EXITED by itself (code {process.returncode}); restarted as systemd would. Log tail: "
                      + " | ".join(self.procs.log(name).strip().splitlines()[-3:])[-400:])
            self.procs.started.remove((name, process))
            self.restarts += 1
            if role == "web":
                prodstack.gunicorn_start(self.procs, self.env, port=int(self.web.rsplit(":", 1)[1]))
            else:
                self.clusters[role] = prodstack.cluster_start_one(self.procs, self.env, role=role,
                                                                  name=f"{name.split('-r')[0]}-r{self.restarts}")

    def note(self, text: str) -> None:
        line = f"[{time.time() - self.started:6.1f} s] {text}"
        self.events.append(line)
        print("   " + line, flush=True)


def stack_up(scenario: str, *, postgres: bool, args: argparse.Namespace, procs: Processes) -> Stack:
    graph = prodstack.standin_start(procs, "graphrec", str(API_TIMEOUT + 5))
    stack = Stack(scenario=scenario, postgres=postgres, procs=procs, graph=graph)
    database_url, redis_url = databases_fresh(stack)
    extra = {
        "ALERT_DAILY_CAP": "1000", "QUIET_HOURS": "", "PIPELINE_RETRY_MINUTES": "1", "PIPELINE_LEASE_MINUTES": "2",
        "WHATSAPP_API_TIMEOUT": str(API_TIMEOUT), "LOG_LEVEL": "INFO", "CONN_MAX_AGE": "60",
    }
    if scenario == "openai-down":
        extra |= openai_down_env(stack, refused=args.openai == "refused")
    stack.env = prodstack.stack_env(database_url=database_url, redis_url=redis_url, split=True, graph_port=graph,
                                    extra=extra)
    prodstack.migrate(stack.env)
    prodstack.django_setup(stack.env)
    seekers_create(count=args.seekers)
    stack.web = prodstack.gunicorn_start(procs, stack.env, port=prodstack.free_port())
    names = prodstack.clusters_start(procs, stack.env)
    stack.clusters = {"interactive": names[0], "batch": names[1]}
    stack.note(f"up: {'PostgreSQL' if 'postgres' in database_url else 'SQLite'} + "
               f"{'Redis' if redis_url else 'ORM'} broker, gunicorn, {', '.join(names)}")
    return stack


def databases_fresh(stack: Stack) -> tuple[str, str]:
    """(DATABASE_URL, REDIS_URL) for this scenario; private servers for the scenarios that stop them."""
    if stack.scenario == "postgres-restart":
        stack.pg = prodstack.PrivatePostgres(port=prodstack.free_port())
        stack.cleanups.append(stack.pg.remove)
        database_url = stack.pg.init()
        stack.postgres = True
    else:
        # One database per scenario, so scenarios on the SQLite/ORM stack or a private Redis may run beside these.
        name = f"{DATABASE_NAME}_{stack.scenario.replace('-', '_')}"
        database_url = prodstack.database_fresh(postgres=stack.postgres, name=name)
        if not stack.postgres:
            folder = database_url.removeprefix("sqlite:///").rsplit("/", 1)[0]
            stack.cleanups.append(lambda: subprocess.run(["rm", "-rf", folder], check=False))
    if stack.scenario == "redis-restart":
        stack.redis_port = prodstack.free_port()
        return database_url, prodstack.redis_private_start(stack.procs, port=stack.redis_port)
    if not stack.postgres:
        return database_url, ""
    prodstack.redis_fresh(SHARED_REDIS)
    return database_url, SHARED_REDIS


def openai_down_env(stack: Stack, *, refused: bool) -> dict[str, str]:
    port = prodstack.free_port() if refused else prodstack.standin_start(stack.procs, "openaidown")
    return {"OPENAI_API_KEY": "sk-bench-not-a-key", "OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1"}


def stack_down(stack: Stack | None, procs: Processes) -> None:
    if stack is not None:
        for process in stack.imports:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
    procs.stop_all()
    for cleanup in reversed(stack.cleanups if stack else []):
        try:
            cleanup()
        except Exception:  # noqa: BLE001 - cleaning up: say so and go on with the rest
            traceback.print_exc()
    if os.environ.get("FAULTS_KEEP_LOGS") != "1":  # FAULTS_KEEP_LOGS=1 keeps every process's log to read
        subprocess.run(["rm", "-rf", str(procs.logs)], check=False)
    else:
        print(f"   logs kept in {procs.logs}")


# --- Seekers and jobs -------------------------------------------------------------------------------------------


def seekers_create(*, count: int) -> None:
    """Seekers as onboarding leaves them: confirmed preferences, quiet hours off, a window opened a minute ago."""
    from django.utils import timezone

    from accounts.models import User, UserPreferences
    from delivery.windows import window_touch

    prodstack.sources_disable()
    for i in range(count):
        user = User.objects.create(phone_number=f"+{prodstack.wa_id_for(i)}", name=f"Seeker {i}", quiet_hours="off")
        UserPreferences.objects.create(
            user=user, job_roles=prodstack.ROLES, technical_skills=["Microsoft Excel", "SQL"], preferred_locations=["Lagos"],
            work_arrangements=["onsite", "hybrid", "remote"], years_of_experience=3, salary_currency="NGN",
            preferences_confirmed=True)
        window_touch(user=user, at=timezone.now() - timedelta(minutes=1))


def import_start(stack: Stack, *, count: int) -> subprocess.Popen[bytes]:
    """`manage.py import_jobs FILE.csv` as an operator runs it, in a process (and session) of its own."""
    path = prodstack.jobs_csv(stack.procs.logs / "jobs.csv", count=count, tag=f"f{int(time.time())}")
    log = open(stack.procs.logs / "import_jobs.log", "wb")  # noqa: SIM115 - lives as long as the process
    process = subprocess.Popen(prodstack.manage("import_jobs", str(path)), cwd=prodstack.ROOT, env=stack.env,
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    stack.imports.append(process)
    stack.note(f"import_jobs of {count} jobs started")
    return process


# --- Inbound: every seeker writes once, and Meta redelivers ------------------------------------------------------


@dataclass
class Inbound:
    wamids: dict[str, str] = field(default_factory=dict)  # wamid → wa_id
    posts: Counter[int] = field(default_factory=Counter)  # HTTP status (0: no answer) → POSTs
    unanswered: set[str] = field(default_factory=set)  # wamids never answered 200
    threads: list[threading.Thread] = field(default_factory=list)


def inbound_burst(stack: Stack, *, seekers: int, deadline: float, inbound: Inbound) -> None:
    """Each seeker's "help", POSTed until answered 200 (every 5 s, as Meta retries), then POSTed once more."""
    host, port = stack.web.removeprefix("http://").split(":")
    lock = threading.Lock()

    def one(index: int) -> None:
        wa_id = prodstack.wa_id_for(index)
        wamid = f"wamid.faults.{stack.scenario}.{index:04d}.{int(stack.started)}"
        body = prodstack.inbound_body(wa_id=wa_id, text="help", wamid=wamid)
        sig = prodstack.signature(body)
        with lock:
            inbound.wamids[wamid] = wa_id
        for redelivery in (False, True):
            while True:
                status = _post(host, int(port), body, sig)
                with lock:
                    inbound.posts[status] += 1
                if status == 200:
                    break
                if time.time() > deadline:
                    with lock:
                        inbound.unanswered.add(wamid)
                    return
                time.sleep(5)
            if not redelivery:
                time.sleep(1.0)

    for index in range(seekers):
        thread = threading.Thread(target=one, args=(index,), daemon=True)
        thread.start()
        inbound.threads.append(thread)
    stack.note(f"{seekers} seekers wrote through the webhook")


def _post(host: str, port: int, body: bytes, sig: str) -> int:
    try:
        conn = http.client.HTTPConnection(host, port, timeout=30)
        conn.request("POST", "/webhook/", body=body, headers={"Content-Type": "application/json",
                                                              "X-Hub-Signature-256": sig})
        response = conn.getresponse()
        response.read()
        conn.close()
        return response.status
    except (OSError, http.client.HTTPException):
        return 0


# --- Watching the stand-in -------------------------------------------------------------------------------------


@dataclass
class Sends:
    rows: list[list[Any]] = field(default_factory=list)  # [to, arrived, accepted, mode, body], as JSON gives them

    def poll(self, graph: int) -> None:
        answer = prodstack.get_json(f"http://127.0.0.1:{graph}/_sends?since={len(self.rows)}")
        self.rows.extend(answer["sends"])

    def alerts_accepted(self) -> int:
        return sum(1 for row in self.rows if row[2] and _row_ids(row[4]))


def wait_for(stack: Stack, sends: Sends, check: Callable[[], bool], *, timeout: float, what: str) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        stack.supervise()
        sends.poll(stack.graph)
        if check():
            return True
        time.sleep(0.3)
    stack.note(f"gave up waiting for {what} after {timeout:.0f} s")
    return False


def jobs_matched() -> int:
    from jobs.models import CanonicalJob

    return CanonicalJob.objects.filter(matched_at__isnull=False).count()


# --- The faults ---------------------------------------------------------------------------------------------------


def fault_kill(stack: Stack, sends: Sends, args: argparse.Namespace, inbound: Inbound, *, role: str) -> None:
    import_start(stack, count=args.jobs)
    if role == "interactive":
        wait_for(stack, sends, lambda: sends.alerts_accepted() >= args.seekers, timeout=150,
                 what="alerts to flow")
        inbound_burst(stack, seekers=args.seekers, deadline=time.time() + args.catchup, inbound=inbound)
        time.sleep(0.5)  # the burst's replies in flight too
    else:
        inbound_burst(stack, seekers=args.seekers, deadline=time.time() + args.catchup, inbound=inbound)
        wait_for(stack, sends, lambda: jobs_matched() >= 3, timeout=120, what="the pipeline to start")
    name = stack.clusters[role]
    prodstack.process_kill_group(stack.procs, name)
    stack.note(f"kill -9 of the {role} cluster's process group ({jobs_matched()}/{args.jobs} jobs matched, "
               f"{sends.alerts_accepted()} alert sends accepted so far)")
    time.sleep(5)
    stack.clusters[role] = prodstack.cluster_start_one(stack.procs, stack.env, role=role, name=f"{name}-killed")
    stack.note(f"{role} cluster restarted")


def fault_redis(stack: Stack, sends: Sends, args: argparse.Namespace, inbound: Inbound) -> None:
    redis_stop(stack)
    importer = import_start(stack, count=args.jobs)
    inbound_burst(stack, seekers=args.seekers, deadline=time.time() + args.catchup, inbound=inbound)
    time.sleep(args.outage)
    importer.wait(timeout=120)
    stack.note(f"import_jobs exited {importer.returncode} during the outage")
    redis_start(stack)
    wait_for(stack, sends, lambda: sends.alerts_accepted() >= args.seekers, timeout=300, what="alerts to flow")
    redis_stop(stack)
    time.sleep(args.outage)
    redis_start(stack)


def redis_stop(stack: Stack) -> None:
    prodstack.process_kill_group(stack.procs, "redis-private", signal.SIGTERM)
    stack.note(f"private Redis (port {stack.redis_port}) stopped (SIGTERM)")


def redis_start(stack: Stack) -> None:
    prodstack.redis_private_start(stack.procs, port=stack.redis_port)
    stack.note("private Redis started again on the same port (empty: no persistence)")


def fault_postgres(stack: Stack, sends: Sends, args: argparse.Namespace, inbound: Inbound) -> None:
    import_start(stack, count=args.jobs)
    wait_for(stack, sends, lambda: sends.alerts_accepted() >= args.seekers, timeout=150, what="alerts to flow")
    inbound_burst(stack, seekers=args.seekers, deadline=time.time() + args.catchup, inbound=inbound)
    time.sleep(0.5)
    assert stack.pg is not None
    started = time.monotonic()
    result = stack.pg.pg_ctl("restart", "-m", "fast", "-w")
    stack.note(f"private PostgreSQL restarted (pg_ctl restart -m fast: exit {result.returncode}, "
               f"{time.monotonic() - started:.1f} s)")


def fault_graph(stack: Stack, sends: Sends, args: argparse.Namespace, inbound: Inbound) -> None:
    import_start(stack, count=args.jobs)
    wait_for(stack, sends, lambda: sends.alerts_accepted() >= 10, timeout=150, what="alerts to flow")
    for mode in ("500", "429", "timeout"):
        prodstack.graph_mode_set(stack.graph, mode)
        stack.note(f"Graph stand-in answers {mode} for {args.phase:.0f} s")
        if mode == "429":
            inbound_burst(stack, seekers=args.seekers, deadline=time.time() + args.catchup, inbound=inbound)
        time.sleep(args.phase)
    prodstack.graph_mode_set(stack.graph, "ok")
    stack.note("Graph stand-in healthy again")


def fault_openai(stack: Stack, sends: Sends, args: argparse.Namespace, inbound: Inbound) -> None:
    import_start(stack, count=args.jobs)
    inbound_burst(stack, seekers=args.seekers, deadline=time.time() + args.catchup, inbound=inbound)
    stack.note(f"OpenAI is down ({args.openai}) for the whole run")


FAULTS: dict[str, Callable[[Stack, Sends, argparse.Namespace, Inbound], None]] = {
    "kill-interactive": lambda *a: fault_kill(*a, role="interactive"),
    "kill-batch": lambda *a: fault_kill(*a, role="batch"),
    "redis-restart": fault_redis,
    "postgres-restart": fault_postgres,
    "graph-faults": fault_graph,
    "openai-down": fault_openai,
}


# --- Catching up ----------------------------------------------------------------------------------------------------


def backlog() -> dict[str, int]:
    """What is still to do. An inbound message claimed and still `received` lost its worker mid-way: the inbound
    sweep runs it again once (conversations/inbound.py, STALLED_AFTER), so it is waited for like the rest."""
    from conversations.models import InboundMessage, InboundStatus
    from delivery.models import HistoryStatus, MessageStatus, OutboundMessage, UserJobHistory
    from jobs.models import CanonicalJob, JobStatus

    return {
        "jobs unmatched": CanonicalJob.objects.filter(status=JobStatus.ACTIVE, matched_at__isnull=True).count(),
        "alerts pending": UserJobHistory.objects.filter(status=HistoryStatus.PENDING).count(),
        "messages queued/sending": OutboundMessage.objects.filter(
            status__in=[MessageStatus.QUEUED, MessageStatus.SENDING]).count(),
        "inbound unprocessed": InboundMessage.objects.filter(status=InboundStatus.RECEIVED).count(),
    }


def catch_up(stack: Stack, sends: Sends, args: argparse.Namespace, inbound: Inbound) -> float:
    """Until nothing is left to do (and the stand-in has been quiet 10 s) or `--catchup` s. Returns seconds waited."""
    from django.db import close_old_connections

    started, quiet_since, seen, last_print = time.monotonic(), time.monotonic(), -1, 0.0
    while time.monotonic() - started < args.catchup:
        time.sleep(2)
        stack.supervise()
        sends.poll(stack.graph)
        close_old_connections()
        try:
            left = backlog()
        except Exception as exc:  # noqa: BLE001 - the database may be restarting: read again next time
            left = {"database unreachable": 1}
            stack.note(f"backlog unreadable: {type(exc).__name__}")
        if len(sends.rows) != seen:
            seen, quiet_since = len(sends.rows), time.monotonic()
        posting = any(t.is_alive() for t in inbound.threads) or any(p.poll() is None for p in stack.imports)
        if not any(left.values()) and not posting and time.monotonic() - quiet_since > 10:
            break
        if time.monotonic() - last_print > 30:
            last_print = time.monotonic()
            stack.note(f"catching up: {left}; sends at the stand-in {len(sends.rows)}")
    waited = time.monotonic() - started
    stack.note(f"caught up after {waited:.0f} s: {backlog()}")
    return waited


# --- Counting ---------------------------------------------------------------------------------------------------------


def _row_ids(body: dict) -> list[str]:
    interactive = body.get("interactive") or {}
    action = interactive.get("action") or {}
    ids = [row.get("id", "") for section in action.get("sections", []) for row in section.get("rows", [])]
    ids += [button.get("reply", {}).get("id", "") for button in action.get("buttons", [])]
    found = [i for i in ids if JOB_ID.match(i)]
    if interactive.get("type") == "cta_url":
        found.append("url:" + str(action.get("parameters", {}).get("url", "")))
    return found


def jobs_in(body: dict, urls: dict[str, int]) -> set[int]:
    """The jobs one send shows: list/button row ids `job:<id>:…`, and the job a CTA card's link belongs to."""
    jobs: set[int] = set()
    for item in _row_ids(body):
        if item.startswith("url:"):
            if item[4:] in urls:
                jobs.add(urls[item[4:]])
        elif match := JOB_ID.match(item):
            jobs.add(int(match.group(1)))
    return jobs


@dataclass
class Figures:
    scenario: str
    database: str
    alerts_tried: int = 0
    alerts_once: int = 0
    alerts_dup: int = 0
    alerts_lost: int = 0
    inbound_tried: int = 0
    inbound_once: int = 0
    inbound_dup: int = 0
    inbound_lost: int = 0
    sends_twice: int = 0
    recovered_s: float = 0.0
    t0: float = 0.0  # time.time() the stack was up (the event times are from here)
    notes: list[str] = field(default_factory=list)
    error: str = ""


def tracked_links() -> dict[str, int]:
    """Each seeker's Apply link (`/a/<token>/`, what a card's button now carries) → its job."""
    from delivery.links import link_url
    from delivery.models import ApplyLink

    return {link_url(token): job_id for token, job_id in ApplyLink.objects.values_list("token", "job_id")}


def count(stack: Stack, sends: Sends, inbound: Inbound, figures: Figures) -> None:
    from django.db import close_old_connections

    close_old_connections()
    sends.poll(stack.graph)
    alerts_count(sends, figures)
    inbound_count(inbound, sends, figures)
    sends_twice_count(sends, figures)


def alerts_count(sends: Sends, figures: Figures) -> None:
    from django.db.models import Count

    from accounts.models import User
    from delivery.models import OutboundMessage, UserJobHistory
    from jobs.models import CanonicalJob
    from matching.services import find_matches

    phone_user = {p.lstrip("+"): pk for pk, p in User.objects.values_list("pk", "phone_number")}
    urls = {}
    for pk, job_url, apply_url in CanonicalJob.objects.values_list("pk", "job_url", "apply_url"):
        urls.update({u: pk for u in (job_url, apply_url) if u})
    urls.update(tracked_links())
    history = {(u, j): s for u, j, s in UserJobHistory.objects.values_list("user_id", "job_id", "status")}
    tried = set(history)
    for job in CanonicalJob.objects.all():
        tried |= {(m.user_id, job.pk) for m in find_matches(job=job)}
    received: Counter[tuple[int, int]] = Counter()
    for to, _arrived, accepted, _mode, body in sends.rows:
        user = phone_user.get(str(to).lstrip("+"))
        if accepted and user is not None:
            received.update((user, job) for job in jobs_in(body, urls))
    figures.alerts_tried = len(tried)
    figures.alerts_once = sum(1 for pair in tried if received[pair] == 1)
    figures.alerts_dup = sum(1 for pair in tried if received[pair] > 1)
    figures.alerts_lost = sum(1 for pair in tried if received[pair] == 0)
    figures.notes.append(f"jobs {CanonicalJob.objects.count()} ({CanonicalJob.objects.filter(matched_at__isnull=True).count()} "
                         f"never matched); history by status "
                         f"{dict(Counter(history.values()))}; alert/digest messages by status "
                         f"{dict(OutboundMessage.objects.exclude(purpose='reply').values_list('status').annotate(n=Count('pk')).order_by('status'))}")
    lost = [pair for pair in tried if received[pair] == 0]
    if lost:
        figures.notes.append(f"lost pairs by history status: {dict(Counter(history.get(p, 'no row') for p in lost))}")
    arrivals = sorted(row[1] for row in sends.rows if row[2] and _row_ids(row[4]))
    if len(arrivals) > 1:
        gap, at = max((b - a, a) for a, b in zip(arrivals, arrivals[1:], strict=False))
        figures.notes.append(f"alert sends accepted from +{arrivals[0] - figures.t0:.0f} s to "
                             f"+{arrivals[-1] - figures.t0:.0f} s; longest pause between two {gap:.0f} s "
                             f"(from +{at - figures.t0:.0f} s)")
    figures.notes.append(pair_spacing(sends))
    errors = Counter(OutboundMessage.objects.exclude(error_code="").values_list("error_code", flat=True))
    if errors:
        figures.notes.append(f"outbound rows with an error code: {dict(errors)}")


def pair_spacing(sends: Sends) -> str:
    """WhatsApp's pair rate limit is one message every 6 s to a user (131056 beyond a burst): how many accepted
    alert sends came less than 5 s after the seeker's previous alert, and the most one seeker got in any 6 s."""
    times: dict[str, list[float]] = {}
    for to, arrived, accepted, _mode, body in sends.rows:
        if accepted and _row_ids(body):
            times.setdefault(str(to), []).append(float(arrived))
    close, most = 0, 0
    for arrivals in times.values():
        arrivals.sort()
        close += sum(1 for a, b in zip(arrivals, arrivals[1:], strict=False) if b - a < 5.0)
        most = max([most, *(sum(1 for t in arrivals if a <= t < a + 6) for a in arrivals)])
    return f"alert sends < 5 s after the same seeker's previous alert: {close}; most alerts to one seeker in 6 s: {most}"


def inbound_count(inbound: Inbound, sends: Sends, figures: Figures) -> None:
    from conversations.models import InboundMessage, InboundStatus

    rows = Counter(InboundMessage.objects.filter(wa_message_id__in=list(inbound.wamids)).values_list(
        "wa_message_id", flat=True))
    processed = set(InboundMessage.objects.filter(
        wa_message_id__in=list(inbound.wamids), status=InboundStatus.PROCESSED).values_list("wa_message_id", flat=True))
    figures.inbound_tried = len(inbound.wamids)
    figures.inbound_dup = sum(1 for w in inbound.wamids if rows[w] > 1)
    figures.inbound_once = sum(1 for w in inbound.wamids if rows[w] == 1 and w in processed)
    figures.inbound_lost = figures.inbound_tried - figures.inbound_once - figures.inbound_dup
    stuck = InboundMessage.objects.filter(wa_message_id__in=list(inbound.wamids), status=InboundStatus.RECEIVED,
                                          processed_at__isnull=False).count()
    if stuck:
        figures.notes.append(f"inbound claimed but never finished (its worker was killed, or its database calls failed mid-way) and not yet run again: {stuck}")
    statuses = Counter(InboundMessage.objects.filter(wa_message_id__in=list(inbound.wamids)).values_list(
        "status", flat=True))
    figures.notes.append(f"inbound rows by status {dict(statuses)}; webhook POSTs by answer {dict(inbound.posts)}"
                         + (f"; never answered 200: {len(inbound.unanswered)}" if inbound.unanswered else ""))


def sends_twice_count(sends: Sends, figures: Figures) -> None:
    """Accepted sends of a (recipient, body) beyond the outbound rows that hold that body: sent twice."""
    from delivery.models import OutboundMessage

    def key(to: str, payload: dict) -> str:
        return str(to).lstrip("+") + "|" + json.dumps(payload, sort_keys=True)

    rows: Counter[str] = Counter(key(to, payload) for to, payload in OutboundMessage.objects.values_list(
        "to", "payload"))
    received: Counter[str] = Counter()
    by_mode: Counter[str] = Counter()
    for to, _arrived, accepted, mode, body in sends.rows:
        if accepted:
            payload = {k: v for k, v in body.items() if k not in ("messaging_product", "recipient_type", "to")}
            received[key(to, payload)] += 1
            by_mode[mode] += 1
    figures.sends_twice = sum(max(0, n - rows[k]) for k, n in received.items())
    sent_rows = OutboundMessage.objects.filter(sent_at__isnull=False).count()
    figures.notes.append(f"sends accepted by the stand-in {sum(received.values())} (by mode {dict(by_mode)}), "
                         f"refused {sum(1 for r in sends.rows if not r[2])}; outbound rows marked sent {sent_rows}"
                         + (f"; sends with no outbound row: {sum(n for k, n in received.items() if not rows[k])}"
                            if any(not rows[k] for k in received) else ""))


# --- Running -----------------------------------------------------------------------------------------------------------


def scenario_run(scenario: str, *, postgres: bool, args: argparse.Namespace) -> Figures:
    database = {"postgres-restart": "private PG + Redis", "redis-restart": "PG + private Redis"}.get(
        scenario, "PG + Redis" if postgres else "SQLite + ORM")
    figures = Figures(scenario=scenario, database=database)
    print(f"\n== {scenario} ({database}) ==", flush=True)
    procs, stack = Processes(), None
    try:
        stack = stack_up(scenario, postgres=postgres, args=args, procs=procs)
        sends, inbound = Sends(), Inbound()
        figures.t0 = stack.started
        FAULTS[scenario](stack, sends, args, inbound)
        figures.recovered_s = catch_up(stack, sends, args, inbound)
        count(stack, sends, inbound, figures)
        if scenario == "openai-down":
            figures.notes.append(openai_figures(stack, args))
    except Exception as exc:  # noqa: BLE001 - one scenario failing must not stop --all
        traceback.print_exc()
        figures.error = f"{type(exc).__name__}: {exc}"[:300]
        if stack is not None:
            for name, _ in procs.started:
                if name.startswith("qcluster") or name == "gunicorn":
                    print(f"--- {name} log tail ---\n{procs.log(name)[-1500:]}")
    finally:
        stack_down(stack, procs)
        from django.db import connections

        connections.close_all()
    for line in figures.notes:
        print(f"   {line}")
    print(f"   {scenario}: alerts tried {figures.alerts_tried}, delivered once {figures.alerts_once}, duplicated "
          f"{figures.alerts_dup}, lost {figures.alerts_lost}; inbound tried {figures.inbound_tried}, once "
          f"{figures.inbound_once}, duplicated {figures.inbound_dup}, lost {figures.inbound_lost}; "
          f"sends twice {figures.sends_twice}" + (f"; ERROR {figures.error}" if figures.error else ""), flush=True)
    return figures


def openai_figures(stack: Stack, args: argparse.Namespace) -> str:
    from jobs.models import CanonicalJob

    fields = list(CanonicalJob.objects.values_list("enhancement_source", flat=True))
    served = ""
    if args.openai == "500":
        port = int(stack.env["OPENAI_BASE_URL"].rsplit(":", 1)[1].split("/")[0])
        served = f"; requests the OpenAI stand-in answered 500: {prodstack.get_json(f'http://127.0.0.1:{port}/')['requests']}"
    return f"enhancement source of the jobs: {dict(Counter(fields)) or 'n/a'}{served}"


def scenario_child(scenario: str, *, postgres: bool, argv: list[str]) -> Figures:
    """Each scenario in a process of its own: Django's settings (the database, the broker) are read once per process."""
    keep = [a for a in argv if a not in ("--all", "--postgres")]
    while "--scenario" in keep:  # drop "--scenario NAME" pairs: the child gets exactly one
        index = keep.index("--scenario")
        del keep[index:index + 2]
    handle, path = tempfile.mkstemp(prefix="aremu-faults-", suffix=".json")
    os.close(handle)
    try:
        argv_child = [prodstack.PYTHON, str(Path(__file__).resolve()), "--scenario", scenario, *keep, "--result", path]
        if postgres:
            argv_child.append("--postgres")
        code = subprocess.run(argv_child, cwd=prodstack.ROOT, check=False).returncode
        text = Path(path).read_text()
        if text:
            return Figures(**json.loads(text))
        return Figures(scenario=scenario, database="?", error=f"the scenario's process exited {code}")
    finally:
        Path(path).unlink(missing_ok=True)


def summary(rows: list[Figures]) -> None:
    print("\nSUMMARY (alerts: (seeker, job) pairs; inbound: messages; sends twice: accepted sends beyond their rows)")
    header = (f"{'scenario':<18} {'stack':<20} {'alerts tried':>12} {'once':>6} {'dup':>5} {'lost':>5} "
              f"{'inbound':>8} {'once':>6} {'dup':>5} {'lost':>5} {'sent 2x':>8} {'catch-up':>9}")
    print(header)
    print("-" * len(header))
    for f in rows:
        print(f"{f.scenario:<18} {f.database:<20} {f.alerts_tried:>12} {f.alerts_once:>6} {f.alerts_dup:>5} "
              f"{f.alerts_lost:>5} {f.inbound_tried:>8} {f.inbound_once:>6} {f.inbound_dup:>5} {f.inbound_lost:>5} "
              f"{f.sends_twice:>8} {f.recovered_s:>8.0f}s" + ("  ERROR" if f.error else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scenario", choices=SCENARIOS, action="append", help="May be given more than once.")
    parser.add_argument("--all", action="store_true", help="Every scenario (the kills with both brokers).")
    parser.add_argument("--postgres", action="store_true",
                        help="PostgreSQL + Redis broker (the Redis and PostgreSQL restarts always use them).")
    parser.add_argument("--seekers", type=int, default=30)
    parser.add_argument("--jobs", type=int, default=60)
    parser.add_argument("--outage", type=float, default=20.0, help="Seconds Redis stays down, each time.")
    parser.add_argument("--phase", type=float, default=20.0, help="Seconds of each Graph failure mode.")
    parser.add_argument("--openai", choices=["500", "refused"], default="500")
    parser.add_argument("--catchup", type=float, default=360.0, help="Longest wait for the system to catch up, s.")
    parser.add_argument("--result", help=argparse.SUPPRESS)  # internal: where a child writes its figures
    args = parser.parse_args()
    # A stop (SIGTERM, or Ctrl-C even when started in the background, where SIGINT is ignored) still runs every
    # `finally`, so the stack, the private servers and the temp dirs go with it.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    signal.signal(signal.SIGINT, signal.default_int_handler)
    if args.all:
        runs = ALL_RUNS
    elif args.scenario:
        runs = [(s, args.postgres or s in ("redis-restart", "postgres-restart")) for s in args.scenario]
    else:
        parser.error("give --scenario NAME or --all")
    if args.result:  # a child of --all: one scenario, its figures to a file
        scenario, postgres = runs[0]
        figures = scenario_run(scenario, postgres=postgres, args=args)
        Path(args.result).write_text(json.dumps(asdict(figures)))
        return
    started = time.monotonic()
    results = [scenario_child(scenario, postgres=postgres, argv=sys.argv[1:]) for scenario, postgres in runs]
    summary(results)
    print(f"wall time {time.monotonic() - started:.0f} s; load average {prodstack.load_average()}")


if __name__ == "__main__":
    main()
