"""The README's production path, followed literally: the production profile (deploy/production.env.example) and the
Procfile's own command lines, against PostgreSQL and Redis, with the WhatsApp Graph API and a job board played by
local servers. It must yield schedules, a window reminder, a scrape and a fast reply to a seeker.

Runs in CI's PostgreSQL + Redis suite (a database and a Redis db of its own); skipped on SQLite.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.conf import settings

from aremu.testing.http import Recorded, Reply, serve
from conversations.tests.helpers import text_envelope
from conversations.webhook import sign

ROOT = Path(settings.BASE_DIR)
POSTGRES = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
pytestmark = [
    pytest.mark.skipif(not (POSTGRES and settings.REDIS_URL), reason="the production path runs on PostgreSQL + Redis"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process groups as on the servers (Linux)"),
]
SEEKER = "2348031110001"
PSQL, BASH = shutil.which("psql") or "psql", shutil.which("bash") or "/bin/bash"
BOARD = (ROOT / "jobs/tests/data/sources/greenhouse_board.json").read_text()


def procfile() -> dict[str, str]:
    lines = (ROOT / "Procfile").read_text().splitlines()
    return dict(line.split(": ", 1) for line in lines if line and not line.startswith("#"))


def production_profile() -> dict[str, str]:
    lines = (ROOT / "deploy/production.env.example").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition: Callable[[], object], seconds: float, what: str) -> object:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.25)
    raise AssertionError(f"waited {seconds:.0f} s for {what}")


@pytest.fixture
def database() -> Iterator[str]:
    name = f"aremu_prodpath_{uuid.uuid4().hex[:8]}"
    admin = settings.DATABASES["default"]
    base = f"postgres://{admin['USER']}@{admin['HOST'] or '127.0.0.1'}:{admin['PORT'] or 5432}"
    subprocess.run([PSQL, f"{base}/postgres", "-qc", f"CREATE DATABASE {name}"], check=True, capture_output=True)
    yield f"{base}/{name}"
    subprocess.run([PSQL, f"{base}/postgres", "-qc", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"],
                   capture_output=True)


@pytest.fixture
def redis_url() -> Iterator[str]:
    import redis

    url = re.sub(r"/\d+$", "", settings.REDIS_URL) + "/14"
    redis.Redis.from_url(url).flushdb()
    yield url
    redis.Redis.from_url(url).flushdb()


def graph(request: Recorded) -> Reply:
    return Reply(200, {"messaging_product": "whatsapp", "messages": [{"id": f"wamid.{uuid.uuid4().hex}"}]})


def board(request: Recorded) -> Reply:
    return Reply(200, BOARD) if request.path.startswith("/v1/boards/korapay/jobs") else Reply(404, {})


def sent_to(server, phone: str) -> list[str]:
    """Messages the Graph API stand-in received for one number."""
    bodies = (request.json() or {} for request in list(server.requests))
    return [json.dumps(body) for body in bodies if str(body.get("to", "")).lstrip("+") == phone.lstrip("+")]


class Processes:
    def __init__(self, env: dict[str, str]) -> None:
        self.env, self.running = env, []

    def run(self, command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([BASH, "-c", command], cwd=ROOT, env=self.env, capture_output=True, text=True,
                              timeout=300)

    def start(self, command: str) -> None:
        self.running.append(subprocess.Popen([BASH, "-c", command], cwd=ROOT, env=self.env,
                                             start_new_session=True, stdout=subprocess.DEVNULL,
                                             stderr=subprocess.PIPE, text=True))

    def stop(self) -> None:
        for process in self.running:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.running:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                pass
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def shell(self, code: str) -> str:
        done = self.run(f"python manage.py shell -v 0 -c {shlex.quote(code)}")
        assert done.returncode == 0, done.stderr
        return (done.stdout.strip().splitlines() or [""])[-1]


SETUP = """
from datetime import timedelta
from django.utils import timezone
from accounts.models import User, UserPreferences
from delivery.models import ConversationWindow
from delivery.windows import window_touch
from jobs.models import CompanyBoard, JobSearch
JobSearch.objects.update(enabled=False)  # the seeded searches would reach the internet
CompanyBoard.objects.create(provider="greenhouse", slug="korapay", company="Kora Pay")
user = User.objects.create(phone_number="+2348031110002", whatsapp_user_id="2348031110002", quiet_hours="off")
UserPreferences.objects.create(user=user, job_roles=["Accountant"], preferred_locations=["Lagos"],
                               preferences_confirmed=True)
window_touch(user=user)
ago = timezone.now() - timedelta(hours=20, minutes=1)
ConversationWindow.objects.filter(user=user).update(window_start=ago, last_activity=ago)
"""


def test_the_readme_production_path_yields_schedules_reminders_scraping_and_fast_replies(database, redis_url):
    commands, port = procfile(), free_port()
    with serve(graph) as whatsapp, serve(board) as greenhouse:
        env = {**{k: v for k, v in os.environ.items() if k != "PYTEST_VERSION"}, **production_profile()}
        env.update(
            PATH=f"{ROOT / '.venv/bin'}:{os.environ['PATH']}", PORT=str(port), DATABASE_URL=database,
            REDIS_URL=redis_url, SECRET_KEY=uuid.uuid4().hex * 2, ALLOWED_HOSTS="127.0.0.1",
            SITE_URL=f"http://127.0.0.1:{port}", WHATSAPP_API_BASE_URL=whatsapp.url,
            WHATSAPP_APP_SECRET="app-secret", GREENHOUSE_API_URL=greenhouse.url, LOG_FORMAT="json",
            WHATSAPP_PHONE_NUMBER_ID="1122334455667", WHATSAPP_ACCESS_TOKEN="token", DJANGO_SETTINGS_MODULE="aremu.settings",
        )
        processes = Processes(env)
        release = processes.run(commands["release"])
        assert release.returncode == 0, release.stderr
        names = processes.shell("from django_q.models import Schedule; print(sorted(Schedule.objects.values_list("
                                "'name', 'cluster')))")
        assert "('delivery.sweep_windows', 'interactive')" in names and "'jobs: run due sources', None" in names
        processes.shell(SETUP)
        try:
            for name in ("web", "interactive", "batch"):
                processes.start(commands[name])
            health = f"http://127.0.0.1:{port}/health/live/"
            wait_for(lambda: _get(health) == 200, 60, "gunicorn to answer")

            # A seeker writes: the reply reaches WhatsApp within seconds, while the batch cluster scrapes.
            body = json.dumps(text_envelope("help", timestamp=str(int(time.time())), **{"from": SEEKER})).encode()
            posted = time.monotonic()
            status = _post(f"http://127.0.0.1:{port}/webhook/", body, sign(body, "app-secret"))
            assert status == 200
            wait_for(lambda: sent_to(whatsapp, SEEKER), 30, "the reply to the seeker's message")
            assert time.monotonic() - posted < 15

            # The schedules run on their own: the 20 h reminder and a scrape of the company board.
            wait_for(lambda: sent_to(whatsapp, "2348031110002"), 120, "the 20-hour window reminder")
            wait_for(lambda: any(r.path.startswith("/v1/boards/korapay") for r in greenhouse.requests), 120,
                     "the batch cluster to scrape the company board")
            runs = wait_for(lambda: processes.shell(
                "from jobs.models import SourceRun; print(SourceRun.objects.filter(status='succeeded').count())")
                            != "0", 60, "the board's run to be recorded")
            assert runs
        finally:
            print(processes.shell("from delivery.models import OutboundMessage as M; print(list(M.objects.values_list("
                                  "'pk', 'to', 'purpose', 'status', 'next_attempt_at', 'error_message')))"))
            processes.stop()
            for process in processes.running:  # shown by pytest when the test failed
                print(process.args[-1], "\n", (process.stderr.read() if process.stderr else "")[-20000:])
        leftovers = [p for p in processes.running if p.poll() is None]
        assert not leftovers


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status
    except OSError:
        return 0


def _post(url: str, body: bytes, signature: str) -> int:
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json", "X-Hub-Signature-256": signature, "X-Forwarded-Proto": "https",
    })
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status
