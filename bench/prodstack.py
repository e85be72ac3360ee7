"""Shared helpers for the production-stack benchmarks (`replies_under_scraping.py`, `webhook_load.py`).

They start Aremu as production runs it (migrate, gunicorn on `aremu.wsgi`, the Django-Q2 cluster(s)) in
processes of their own, against two local stand-ins run by this file:

    .venv/bin/python bench/prodstack.py graph PORT [SHARE]    # the WhatsApp Cloud API: records when each send arrives
                                                              # (SHARE of the sends refused with 130429)
    .venv/bin/python bench/prodstack.py jobboard PORT DELAY   # LinkedIn guest pages + Greenhouse, each answer after DELAY s

The Graph stand-in answers like Meta (`{"messages": [{"id": "wamid.…"}]}`) and keeps (recipient, arrival time,
type, the wamid it answered with) of every send, in the order they arrived; `GET /_sends?since=N` returns them from the N-th on. Times are `time.time()`: the benchmark and
the stand-in are separate processes on one machine, so the wall clock is the shared one.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import redis

# lazy: Django and the apps are imported inside the functions that use them, because Django is set up only at
# run time, once the arguments have chosen the database and the settings.

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
APP_SECRET = "bench-app-secret"  # noqa: S105 - a benchmark's own webhook secret
PHONE_NUMBER_ID = "1122334455667"
STOP_GRACE_SECONDS = 15.0


# --- The environment every process gets --------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_fresh(*, postgres: bool, name: str) -> str:
    """A new, empty database: a PostgreSQL one (dropped and created) or an SQLite file in a temp dir."""
    if not postgres:
        return f"sqlite:///{tempfile.mkdtemp(prefix='aremu-prodbench-')}/bench.sqlite3"
    for command in (["dropdb", "--if-exists"], ["createdb"]):
        subprocess.run([*command, "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    return f"postgres://postgres@127.0.0.1:5432/{name}"


def redis_fresh(url: str) -> None:
    redis.Redis.from_url(url).flushdb()


def stack_env(*, database_url: str, redis_url: str, split: bool, graph_port: int,
              board_port: int | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
    """What every process of the deployment gets (production settings, local stand-ins for the outside world)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "aremu.settings",
        "DEBUG": "False",
        "SECRET_KEY": "benchmark-only-not-a-secret-" + uuid.uuid4().hex,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "LOG_LEVEL": "INFO",  # the production default (and the clusters say "running" at INFO)
        "WHATSAPP_TRANSPORT": "cloud",
        "WHATSAPP_API_BASE_URL": f"http://127.0.0.1:{graph_port}",
        "WHATSAPP_ACCESS_TOKEN": "bench-token",
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "OPENAI_API_KEY": "",  # never the network: the offline enhancer and extractor
        "Q_WORKERS": "2",
        "Q_INTERACTIVE_CLUSTER": "interactive" if split else "",
    }
    env.pop("Q_CLUSTER_NAME", None)  # only the interactive qcluster gets one (clusters_start)
    if not redis_url:
        env.pop("REDIS_URL")
    if board_port is not None:
        base = f"http://127.0.0.1:{board_port}"
        env |= {"LINKEDIN_BASE_URL": base, "GREENHOUSE_API_URL": base, "LEVER_API_URL": base,
                "WORKABLE_API_URL": base, "ASHBY_API_URL": base}
    return env | (extra or {})


def django_setup(env: dict[str, str]) -> None:
    """This process becomes one more process of the deployment (same settings), to seed and to read results."""
    os.environ.update(env)
    os.environ["LOG_LEVEL"] = "WARNING"  # this process only: the deployment's own logs go to their files
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


# --- Processes ---------------------------------------------------------------------------------------------


@dataclass
class Processes:
    """Every process a benchmark starts, each in a session of its own, so one killpg removes its workers too."""

    logs: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="aremu-prodbench-logs-")))
    started: list[tuple[str, subprocess.Popen[bytes]]] = field(default_factory=list)

    def start(self, name: str, argv: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        log = open(self.logs / f"{name}.log", "wb")  # noqa: SIM115 - lives as long as the process
        process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        self.started.append((name, process))
        return process

    def log(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def check_alive(self) -> None:
        for name, process in self.started:
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited (code {process.returncode}); its log:\n{self.log(name)[-3000:]}")

    def stop_all(self) -> None:
        # SIGTERM to each main pid first (gunicorn and qcluster stop their own workers), then SIGKILL whatever is
        # left in each process group.
        for _name, process in self.started:
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for _name, process in self.started:
            try:
                process.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
        for _name, process in self.started:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait()



def run_stopping_all(run: Any, args: Any) -> None:
    """`run(args, procs)`, then stop every process it started, whatever happened."""
    procs = Processes()
    try:
        run(args, procs)
    finally:
        procs.stop_all()
        print(f"all {len(procs.started)} processes stopped; logs in {procs.logs}")

def manage(*args: str) -> list[str]:
    return [PYTHON, str(ROOT / "manage.py"), *args]


def migrate(env: dict[str, str]) -> float:
    started = time.monotonic()
    subprocess.run(manage("migrate", "--no-input", "-v", "0"), cwd=ROOT, env=env, check=True)
    return time.monotonic() - started


def gunicorn_start(procs: Processes, env: dict[str, str], *, port: int, workers: int = 2, threads: int = 4) -> str:
    """gunicorn as `manage.py serve` runs it (WEB_CONCURRENCY workers × 4 threads)."""
    procs.start("gunicorn", [
        PYTHON, "-m", "gunicorn", "aremu.wsgi:application", "--bind", f"127.0.0.1:{port}",
        "--workers", str(workers), "--threads", str(threads), "--timeout", "30", "--graceful-timeout", "10",
        "--access-logfile", "-", "--no-control-socket", "--backlog", "2048",
    ], env)
    base = f"http://127.0.0.1:{port}"
    wait_until(lambda: http_ok(f"{base}/health/live/"), timeout=60, what="gunicorn", procs=procs)
    return base


def clusters_start(procs: Processes, env: dict[str, str]) -> list[str]:
    """The qcluster processes `aremu.schedules.cluster_processes()` declares: one, or interactive + batch."""
    from aremu.schedules import cluster_processes

    names = []
    for spec in cluster_processes():
        name = "qcluster-" + spec["name"].replace(" ", "-")
        procs.start(name, manage("qcluster"), {**env, **spec["env"]})
        names.append(name)
    for name in names:
        wait_until(lambda name=name: "running" in procs.log(name), timeout=60, what=name, procs=procs)
    return names


def sources_disable() -> None:
    """Nothing a benchmark runs may reach the real job boards: the seeded searches and boards are switched off."""
    from jobs.models import CompanyBoard, JobSearch

    JobSearch.objects.update(enabled=False)
    CompanyBoard.objects.update(enabled=False)


def stack_start(procs: Processes, env: dict[str, str]) -> tuple[str, list[str]]:
    """Aremu as production runs it on a fresh database: migrate, no job sources, gunicorn and the cluster(s).
    This process becomes one of the deployment's (to seed and read results). Returns (web URL, cluster names)."""
    migrate(env)
    django_setup(env)
    sources_disable()
    web = gunicorn_start(procs, env, port=free_port())
    return web, clusters_start(procs, env)


def standin_start(procs: Processes, kind: str, *args: str) -> int:
    port = free_port()
    procs.start(f"standin-{kind}", [PYTHON, str(Path(__file__).resolve()), kind, str(port), *args], dict(os.environ))
    wait_until(lambda: http_ok(f"http://127.0.0.1:{port}/_stats"), timeout=20, what=kind, procs=procs)
    return port


def wait_until(check, *, timeout: float, what: str, procs: Processes | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if procs:
            procs.check_alive()
        if check():
            return
        time.sleep(0.2)
    raise RuntimeError(f"{what} not ready after {timeout:.0f} s")


def http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - local
            return response.status == 200
    except OSError:
        return False


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - local
        return json.loads(response.read())


# --- Inbound messages as Meta sends them ------------------------------------------------------------------


def wa_id_for(index: int, *, prefix: str = "2348") -> str:
    return f"{prefix}{index:09d}"


def inbound_body(*, wa_id: str, text: str, wamid: str | None = None, name: str = "Bench Seeker") -> bytes:
    """A text message envelope shaped like the fixtures in /work/shared/fixtures/whatsapp-webhooks/message.json."""
    message = {"from": wa_id, "id": wamid or f"wamid.{uuid.uuid4().hex}", "timestamp": str(int(time.time())),
               "text": {"body": text}, "type": "text"}
    value = {"messaging_product": "whatsapp",
             "metadata": {"display_phone_number": "2348000000000", "phone_number_id": PHONE_NUMBER_ID},
             "contacts": [{"profile": {"name": name}, "wa_id": wa_id}], "messages": [message]}
    return json.dumps({"object": "whatsapp_business_account",
                       "entry": [{"id": "102290129340398", "changes": [{"value": value, "field": "messages"}]}]}).encode()


def signature(body: bytes) -> str:
    from conversations.webhook import sign

    return sign(body, APP_SECRET)


# --- Figures ------------------------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile; +inf entries stand for results that never came."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(share * len(ordered) + 0.5)) - 1))]


def seconds(value: float) -> str:
    return "never" if value == float("inf") else f"{value:.2f} s"


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# --- The stand-ins --------------------------------------------------------------------------------------------


class _Quiet(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass

    def answer(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 2048


def graph_serve(port: int, *, rate_limited: float = 0.0) -> None:
    """The Cloud API; `rate_limited` of the sends (a share, drawn at random) are refused with 130429 and not kept."""
    sends: list[tuple[str, float, str, str]] = []
    lock = threading.Lock()
    draw = random.Random(130429)  # noqa: S311 - which sends are refused, repeatably

    class Handler(_Quiet):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            arrived = time.time()
            data = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
            to, wamid = str(data.get("to", "")), f"wamid.{uuid.uuid4().hex}"
            with lock:
                refused = draw.random() < rate_limited
                if not refused:
                    sends.append((to, arrived, str(data.get("type", "")), wamid))
            if refused:
                status, error = graph_error_body("429")
                return self.answer(status, error, "application/json")
            body = {"messaging_product": "whatsapp", "contacts": [{"input": to, "wa_id": to}],
                    "messages": [{"id": wamid}]}
            self.answer(200, json.dumps(body).encode(), "application/json")

        def do_GET(self) -> None:  # noqa: N802
            query = parse_qs(urlparse(self.path).query)
            since = int(query.get("since", ["0"])[0])
            with lock:
                chunk = sends[since:]
            self.answer(200, json.dumps({"total": since + len(chunk), "sends": chunk}).encode(), "application/json")

    _Server(("127.0.0.1", port), Handler).serve_forever()


ROLE_WORDS = ["Senior", "Junior", "Lead", "Graduate", "Assistant", "Principal", ""]
COMPANIES = ["Paystack", "Flutterwave", "Dangote Group", "MTN Nigeria", "Access Bank", "Jumia", "Andela",
             "Interswitch", "Kuda", "Moniepoint", "GTBank", "Zenith Bank", "Lagos State Health", "Bolt"]


def _job_id(*parts: object) -> int:
    return 3_000_000_000 + int(hashlib.sha1(repr(parts).encode()).hexdigest()[:8], 16) % 1_000_000_000


def _search_page(keywords: str, location: str, start: int) -> str:
    today = datetime.now(UTC).date().isoformat()
    rng = random.Random(f"{keywords}|{location}|{start}")  # noqa: S311 - fake data
    cards = []
    for i in range(10):
        job = _job_id(keywords, location, start, i)
        title = f"{rng.choice(ROLE_WORDS)} {keywords.title()}".strip()
        cards.append(
            f'<li><div class="base-card base-search-card" data-entity-urn="urn:li:jobPosting:{job}">'
            f'<a class="base-card__full-link" href="https://www.linkedin.com/jobs/view/{job}"></a>'
            f'<h3 class="base-search-card__title">{title}</h3>'
            f'<h4 class="base-search-card__subtitle">{rng.choice(COMPANIES)}</h4>'
            f'<span class="job-search-card__location">{location or "Nigeria"}</span>'
            f'<time datetime="{today}"></time></div></li>')
    return "".join(cards)


def _job_page(job: str) -> str:
    rng = random.Random(job)  # noqa: S311
    years = rng.randint(0, 8)
    salary = rng.choice([150, 250, 400, 600, 900])
    return (f'<div class="show-more-less-html__markup"><p>We are hiring. {years}+ years of experience required.</p>'
            f"<p>Salary: ₦{salary},000 per month. Skills: Microsoft Excel, communication, SQL.</p>"
            f"<p>Posting reference {job}.</p></div><ul>"
            '<li class="description__job-criteria-item"><h3>Seniority level</h3><span>Mid-Senior level</span></li>'
            '<li class="description__job-criteria-item"><h3>Employment type</h3><span>Full-time</span></li></ul>')


def _greenhouse_board(slug: str) -> dict[str, object]:
    rng = random.Random(slug)  # noqa: S311
    roles = ["Accountant", "Nurse", "Driver", "Sales Executive"]
    jobs = [{"id": _job_id(slug, i), "title": f"{rng.choice(ROLE_WORDS)} {rng.choice(roles)}".strip(),
             "absolute_url": f"https://boards.greenhouse.io/{slug}/jobs/{_job_id(slug, i)}",
             "location": {"name": rng.choice(["Lagos, Nigeria", "Abuja, Nigeria", "Remote"])},
             "first_published": datetime.now(UTC).isoformat(), "content": "<p>Join us. 2+ years of experience.</p>",
             "departments": [{"name": "Operations"}], "metadata": []} for i in range(20)]
    return {"jobs": jobs}


def jobboard_serve(port: int, delay: float) -> None:
    stats = {"requests": 0, "in_flight": 0, "answered": 0}
    lock = threading.Lock()

    class Handler(_Quiet):
        def do_GET(self) -> None:  # noqa: N802
            url = urlparse(self.path)
            if url.path == "/_stats":
                with lock:
                    body = json.dumps(stats).encode()
                return self.answer(200, body, "application/json")
            with lock:
                stats["requests"] += 1
                stats["in_flight"] += 1
            try:
                time.sleep(delay)  # a slow board: every answer takes this long
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                if url.path.endswith("/seeMoreJobPostings/search"):
                    html = _search_page(query.get("keywords", ""), query.get("location", ""),
                                        int(query.get("start", "0")))
                    self.answer(200, html.encode(), "text/html; charset=utf-8")
                elif "/jobs-guest/jobs/api/jobPosting/" in url.path:
                    self.answer(200, _job_page(url.path.rsplit("/", 1)[-1]).encode(), "text/html; charset=utf-8")
                elif url.path.startswith("/v1/boards/"):
                    body = json.dumps(_greenhouse_board(url.path.split("/")[3])).encode()
                    self.answer(200, body, "application/json")
                else:
                    self.answer(404, b"not found", "text/plain")
            finally:
                with lock:
                    stats["in_flight"] -= 1
                    stats["answered"] += 1

    _Server(("127.0.0.1", port), Handler).serve_forever()


# --- Jobs as an operator imports them --------------------------------------------------------------------------

ROLES = ["Accountant", "Data Analyst", "Sales Executive"]


def jobs_csv(path: Path, *, count: int, tag: str) -> Path:
    """A JobSpy export (34 columns) of `count` jobs in Lagos, one of ROLES each, every one a different employer."""
    columns = ["id", "site", "job_url", "job_url_direct", "title", "company", "location", "date_posted", "job_type",
               "salary_source", "interval", "min_amount", "max_amount", "currency", "is_remote", "job_level",
               "job_function", "listing_type", "emails", "description", "company_industry", "company_url",
               "company_logo", "company_url_direct", "company_addresses", "company_num_employees",
               "company_revenue", "company_description", "skills", "experience_range", "company_rating",
               "company_reviews_count", "vacancy_count", "work_from_home_type"]
    today = time.strftime("%Y-%m-%d")
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, quoting=csv.QUOTE_NONNUMERIC)
        writer.writeheader()
        for n in range(count):
            role, company = ROLES[n % len(ROLES)], f"{COMPANIES[n % len(COMPANIES)]} Unit {n} {tag}"
            writer.writerow({c: "" for c in columns} | {
                "id": f"li-{tag}-{n}", "site": "linkedin", "job_url": f"https://jobs.example.ng/{tag}/{n}",
                "title": role, "company": company, "location": "Lagos, Lagos, Nigeria", "date_posted": today,
                "job_type": "fulltime", "interval": "monthly", "min_amount": 400000, "max_amount": 600000,
                "currency": "NGN", "is_remote": False,
                "description": f"{company} is hiring a {role} in Lagos. 3+ years of experience. Skills: Microsoft "
                               f"Excel, SQL, communication. Salary: N400,000 - N600,000 monthly."})
    return path


# --- Fault benchmarks (`faults.py`): a Graph stand-in that keeps bodies and can fail, OpenAI down, and processes --


GRAPH_MODES = ("ok", "500", "429", "timeout")


def graph_error_body(mode: str) -> tuple[int, bytes]:
    """The Graph API's error envelope: 500 is code 1 ("An unknown error occurred"), 429 is 130429 ("Rate limit
    hit", Cloud API throughput reached; research/whatsapp.md 2.1)."""
    if mode == "429":
        error = {"message": "(#130429) Rate limit hit", "type": "OAuthException", "code": 130429,
                 "error_data": {"messaging_product": "whatsapp",
                                "details": "Cloud API message throughput has been reached."},
                 "fbtrace_id": uuid.uuid4().hex[:11]}
        return 429, json.dumps({"error": error}).encode()
    error = {"message": "An unknown error occurred", "type": "OAuthException", "code": 1,
             "fbtrace_id": uuid.uuid4().hex[:11]}
    return 500, json.dumps({"error": error}).encode()


def graph_recording_serve(port: int, *, timeout_sleep: float) -> None:
    """The Cloud API with the whole body of every send kept, and a switch to make it fail.

    `POST /_mode {"mode": "ok" | "500" | "429" | "timeout"}` sets how sends are answered. In `timeout` mode the
    send is accepted (recorded, as Meta would deliver it) but answered only after `timeout_sleep` seconds, past the
    client's WHATSAPP_API_TIMEOUT: the answer is lost, the message is not. `GET /_sends?since=N` returns
    [to, arrived, accepted, mode, body] from the N-th send on; refused sends are kept too (accepted false).
    """
    sends: list[tuple[str, float, bool, str, dict[str, object]]] = []
    state = {"mode": "ok"}
    lock = threading.Lock()

    class Handler(_Quiet):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}"
            if urlparse(self.path).path == "/_mode":
                mode = str(json.loads(raw).get("mode", "ok"))
                state["mode"] = mode if mode in GRAPH_MODES else "ok"
                return self.answer(200, json.dumps(state).encode(), "application/json")
            data, arrived, mode = json.loads(raw), time.time(), state["mode"]
            accepted = mode in ("ok", "timeout")
            with lock:
                sends.append((str(data.get("to", "")), arrived, accepted, mode, data))
            if mode == "timeout":
                time.sleep(timeout_sleep)
            if not accepted:
                status, error = graph_error_body(mode)
                return self.answer(status, error, "application/json")
            to = str(data.get("to", ""))
            body = {"messaging_product": "whatsapp", "contacts": [{"input": to, "wa_id": to}],
                    "messages": [{"id": f"wamid.{uuid.uuid4().hex}"}]}
            try:
                self.answer(200, json.dumps(body).encode(), "application/json")
            except OSError:
                pass  # the client gave up waiting (timeout mode): the message was accepted all the same

        def do_GET(self) -> None:  # noqa: N802
            url = urlparse(self.path)
            if url.path == "/_stats":
                with lock:
                    stats = {"total": len(sends), "accepted": sum(1 for s in sends if s[2]), "mode": state["mode"]}
                return self.answer(200, json.dumps(stats).encode(), "application/json")
            since = int(parse_qs(url.query).get("since", ["0"])[0])
            with lock:
                chunk = sends[since:]
            self.answer(200, json.dumps({"total": since + len(chunk), "sends": chunk}).encode(), "application/json")

    _Server(("127.0.0.1", port), Handler).serve_forever()


def graph_mode_set(port: int, mode: str) -> None:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/_mode", data=json.dumps({"mode": mode}).encode(),
                                     method="POST", headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - local
        response.read()


def openai_down_serve(port: int) -> None:
    """An OpenAI-compatible base URL that is down: every request gets 500 with OpenAI's error envelope."""
    stats = {"requests": 0}
    lock = threading.Lock()

    class Handler(_Quiet):
        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with lock:
                stats["requests"] += 1
            body = {"error": {"message": "The server had an error while processing your request.",
                              "type": "server_error", "param": None, "code": None}}
            self.answer(500, json.dumps(body).encode(), "application/json")

        def do_GET(self) -> None:  # noqa: N802
            with lock:
                body = json.dumps(stats).encode()
            self.answer(200, body, "application/json")

    _Server(("127.0.0.1", port), Handler).serve_forever()


def process_kill_group(procs: Processes, name: str, sig: int = signal.SIGKILL) -> float:
    """Signal the whole process group of one started process (kill -9 of a cluster and every worker), wait for
    its main process and forget it, so `check_alive` does not count it as a crash. Returns when it was sent."""
    for index, (started_name, process) in enumerate(procs.started):
        if started_name == name:
            at = time.time()
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                pass
            process.wait(timeout=STOP_GRACE_SECONDS * 2)
            if sig != signal.SIGKILL:  # SIGTERM stops the main process only; nothing of the group may stay
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            del procs.started[index]
            return at
    raise KeyError(name)


def cluster_start_one(procs: Processes, env: dict[str, str], *, role: str, name: str) -> str:
    """One qcluster of `clusters_start`'s pair again (after a kill): role "interactive" or "batch"."""
    from aremu.schedules import cluster_processes

    spec = next(s for s in cluster_processes() if s["name"] == role or (role == "batch" and s["name"] == "all work"))
    procs.start(name, manage("qcluster"), {**env, **spec["env"]})
    wait_until(lambda: "running" in procs.log(name), timeout=60, what=name, procs=procs)
    return name


def redis_private_start(procs: Processes, *, port: int, name: str = "redis-private") -> str:
    """A throwaway redis-server on its own port (no persistence), as one more process of the benchmark."""
    procs.start(name, ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                       "--appendonly", "no", "--daemonize", "no"], dict(os.environ))

    def up() -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    wait_until(up, timeout=20, what=name, procs=procs)
    return f"redis://127.0.0.1:{port}/0"


def postgres_binaries() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        raise RuntimeError("no initdb under /usr/lib/postgresql/*/bin/")
    return found[-1].parent


@dataclass
class PrivatePostgres:
    """A PostgreSQL cluster of its own in a temp dir (trust auth, socket in the same dir), run as `postgres`
    when this process is root (initdb refuses root). Never the machine's shared server."""

    port: int
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="aremu-faults-pg-")))

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run([*prefix, *argv], check=check, capture_output=True)

    def init(self) -> str:
        if os.geteuid() == 0:
            subprocess.run(["chown", "postgres:postgres", str(self.root)], check=True)
        bin_dir = postgres_binaries()
        self._run(str(bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self.pg_ctl("start", "-w")
        self._run(str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "bench")
        return f"postgres://postgres@127.0.0.1:{self.port}/bench"

    def pg_ctl(self, action: str, *extra: str) -> subprocess.CompletedProcess[bytes]:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
        return self._run(str(postgres_binaries() / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "pg.log"),
                         "-o", options, *extra, action)

    def remove(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(postgres_binaries() / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop",
                      check=False)
        subprocess.run(["rm", "-rf", str(self.root)], check=False)


def main() -> None:
    kind, port = sys.argv[1], int(sys.argv[2])
    if kind == "graph":
        graph_serve(port, rate_limited=float(sys.argv[3]) if len(sys.argv) > 3 else 0.0)
    elif kind == "jobboard":
        jobboard_serve(port, float(sys.argv[3]))
    elif kind == "graphrec":
        graph_recording_serve(port, timeout_sleep=float(sys.argv[3]))
    elif kind == "openaidown":
        openai_down_serve(port)
    else:
        raise SystemExit(f"unknown stand-in {kind!r}")


if __name__ == "__main__":
    main()
