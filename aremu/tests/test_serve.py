"""`manage.py serve`, really started: gunicorn answers, whitenoise serves the admin's CSS, and every way of
stopping it (SIGHUP, SIGTERM, SIGKILL, a child dying) takes its whole process tree down, qcluster workers included.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings

from aremu.management.commands import serve
from aremu.testing.proctree import alive, children_of, descendants, generations, proc_stat, survivors, wait_until

# The process tree is read from /proc and the children rely on prctl(PR_SET_PDEATHSIG): both Linux only.
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; PR_SET_PDEATHSIG is Linux-only")

START_SECONDS = 20.0
STOP_SECONDS = 20.0  # serve's own grace is 15 s; a clean stop takes about two


@dataclass
class Served:
    process: subprocess.Popen[bytes]
    port: int
    log: Path
    tree: dict[int, int] = field(default_factory=dict)  # pid -> start time, so a reused pid is not mistaken

    def log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]


# --- the process tree, from /proc ---------------------------------------------------------------------------


# --- a running serve ------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def http_get(port: int, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, b""


def tree_settled(served: Served) -> bool:
    """The tree stopped growing and reaches qcluster's workers (serve -> qcluster -> sentinel -> workers)."""
    before = descendants(served.process.pid)
    time.sleep(0.5)
    served.tree = descendants(served.process.pid)
    return served.tree == before and len(generations(served.process.pid)) >= 3


@pytest.fixture(scope="module")
def serve_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    database = tmp_path_factory.mktemp("serve") / "db.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "aremu.settings",
        "DATABASE_URL": f"sqlite:///{database}",
        "DEBUG": "False",
        "SECRET_KEY": "test-serve-secret-key-not-the-development-one",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
    }
    env.pop("PYTEST_VERSION", None)  # run as production does: a real cluster, not tasks inline
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=settings.BASE_DIR, env=env, check=True, timeout=120)
    return env


@pytest.fixture
def served(serve_env: dict[str, str], tmp_path: Path) -> Iterator[Served]:
    port, log = free_port(), tmp_path / "serve.log"
    with log.open("wb") as out:  # a file, not a pipe nobody reads: a full pipe would block gunicorn's access log
        process = subprocess.Popen(
            [sys.executable, "manage.py", "serve", f"127.0.0.1:{port}"],
            cwd=settings.BASE_DIR, env=serve_env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    running = Served(process=process, port=port, log=log)
    try:
        assert wait_until(lambda: http_get(port, "/admin/login/")[0] == 200, START_SECONDS), running.log_tail()
        assert wait_until(lambda: tree_settled(running), START_SECONDS), running.log_tail()
        yield running
    finally:
        leftovers_kill(running)


def leftovers_kill(served: Served) -> None:
    """Whatever a failing test left running must not outlive it (nor hold the port)."""
    tree = {**served.tree, **descendants(served.process.pid)}
    served.process.kill()  # a no-op once it was reaped, unlike os.kill on a pid that may be reused
    for pid in [pid for pid, start_time in tree.items() if alive(pid, start_time)]:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    served.process.wait(timeout=10)


def assert_all_gone(served: Served) -> None:
    assert wait_until(lambda: not survivors(served.tree), STOP_SECONDS), (survivors(served.tree), served.log_tail())
    assert not port_open(served.port)


# --- the tests ------------------------------------------------------------------------------------------------


@linux_only
@pytest.mark.parametrize("stop_signal", [signal.SIGHUP, signal.SIGTERM], ids=["SIGHUP", "SIGTERM"])
def test_it_serves_the_admin_with_its_css_and_a_stop_signal_takes_the_whole_tree_down(
    served: Served, stop_signal: signal.Signals
) -> None:
    status, body = http_get(served.port, "/static/admin/css/base.css")
    assert status == 200 and body, served.log_tail()

    served.process.send_signal(stop_signal)

    assert served.process.wait(timeout=STOP_SECONDS) == 0, served.log_tail()
    assert_all_gone(served)


@linux_only
def test_its_children_stop_themselves_when_serve_is_killed(served: Served) -> None:
    served.process.kill()  # no handler runs: only PR_SET_PDEATHSIG tells the children

    served.process.wait(timeout=5)
    assert_all_gone(served)


@linux_only
def test_it_stops_the_rest_and_exits_non_zero_when_a_child_dies(served: Served) -> None:
    web = next(pid for pid in children_of(served.process.pid) if b"gunicorn" in Path(f"/proc/{pid}/cmdline").read_bytes())

    os.kill(web, signal.SIGKILL)  # gunicorn's workers are orphaned: serve must take them with the rest

    assert served.process.wait(timeout=STOP_SECONDS) != 0, served.log_tail()
    assert "exited on its own" in served.log_tail()
    assert_all_gone(served)


@linux_only
def test_a_child_that_ignores_sigterm_is_killed_with_its_whole_group_after_the_grace() -> None:
    stubborn = (
        "import signal, subprocess, sys, time\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"  # ignored signals stay ignored in the grandchild
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        "time.sleep(60)\n"
    )
    child = serve.child_start(serve.ChildSpec(name="stubborn", argv=[sys.executable, "-c", stubborn]))
    assert wait_until(lambda: len(children_of(child.process.pid)) == 1, 10)
    tree = {**descendants(child.process.pid), child.process.pid: proc_stat(child.process.pid)[1]}

    started = time.monotonic()
    serve.children_stop([child], grace=1.0)

    assert time.monotonic() - started < 5
    assert wait_until(lambda: not survivors(tree), 2)  # SIGKILL is delivered, not awaited


def test_it_starts_one_plain_qcluster_when_the_queue_is_not_split(settings) -> None:
    settings.Q_INTERACTIVE_CLUSTER = ""

    specs = serve.cluster_specs()

    assert [(spec.argv[-1], spec.env) for spec in specs] == [("qcluster", {})]


def test_it_starts_an_interactive_and_a_batch_cluster_when_the_queue_is_split(settings) -> None:
    settings.Q_INTERACTIVE_CLUSTER = "interactive"

    specs = serve.cluster_specs()

    assert [(spec.name, spec.argv[-1], spec.env) for spec in specs] == [
        ("interactive", "qcluster", {"Q_CLUSTER_NAME": "interactive"}),
        ("batch", "qcluster", {}),
    ]


def test_a_bare_port_binds_to_localhost_as_runserver_did() -> None:
    assert serve.bind_address("8001") == "127.0.0.1:8001"
    assert serve.bind_address("0.0.0.0:8001") == "0.0.0.0:8001"
