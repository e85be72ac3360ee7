"""`manage.py serve`: the main job — gunicorn and the Django-Q2 cluster(s) side by side, stopped as one.

In production you may also run them as separate services (gunicorn on `aremu.wsgi`, and the
`qcluster`s); this command is the one-machine, one-command way, safe to stop with any of SIGINT,
SIGTERM or SIGHUP and safe to SIGKILL (on Linux): no child or grandchild is left behind.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType
from typing import Any, TypedDict

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from aremu import schedules

# gunicorn stops its workers within GUNICORN_GRACEFUL_SECONDS of a SIGTERM, so it is gone well inside
# the grace we give every child before its whole process group is killed.
STOP_GRACE_SECONDS = 15.0
GUNICORN_GRACEFUL_SECONDS = 10
# A request that runs longer than this is a bug (webhooks answer in milliseconds; slow work is a task).
GUNICORN_TIMEOUT_SECONDS = 30
GUNICORN_THREADS = 4
POLL_SECONDS = 0.2
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


class ClusterProcess(TypedDict):
    """One `manage.py qcluster` child, as `aremu.schedules.cluster_processes()` describes it."""

    name: str
    env: dict[str, str]


@dataclass(frozen=True)
class ChildSpec:
    name: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Child:
    name: str
    process: subprocess.Popen[bytes]


class Command(BaseCommand):
    help = "Run gunicorn and the Django-Q2 cluster(s) (scraping, enhancement, matching, delivery, reminders)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000", help="ADDR:PORT or PORT")
        parser.add_argument("--no-cluster", action="store_true", help="Only the web server.")

    def handle(self, *args: Any, addrport: str, no_cluster: bool, **options: Any) -> None:
        interactive_split_default()
        schedules.schedules_sync()
        specs = [web_spec(bind_address(addrport)), *([] if no_cluster else cluster_specs())]
        stop_signal = stop_signal_catch()
        children = [child_start(spec) for spec in specs]
        names = ", ".join(child.name for child in children)
        self.stdout.write(f"Aremu is up ({names}): http://{bind_address(addrport)}/admin/  (Ctrl-C stops)")
        died = children_watch(children, stop_signal)
        children_stop(children)
        if died is not None:
            raise CommandError(f"{died.name} exited on its own (code {died.process.returncode}); stopped the rest.")


def interactive_split_default() -> None:
    """serve starts every process itself, so it can always give replies their own cluster: measured, with one
    cluster no seeker got a reply within 90 s while 40 scrapes ran. Its children inherit the setting."""
    if not settings.Q_INTERACTIVE_CLUSTER:
        settings.Q_INTERACTIVE_CLUSTER = os.environ["Q_INTERACTIVE_CLUSTER"] = "interactive"


def bind_address(addrport: str) -> str:
    # runserver accepted a bare port; keep accepting it.
    return f"127.0.0.1:{addrport}" if addrport.isdigit() else addrport


def manage_argv(*args: str) -> list[str]:
    return [sys.executable, str(settings.BASE_DIR / "manage.py"), *args]


def web_spec(bind: str) -> ChildSpec:
    workers = int(getattr(settings, "WEB_CONCURRENCY", 2))
    argv = [
        *(sys.executable, "-m", "gunicorn", "aremu.wsgi:application", "--bind", bind),
        *("--workers", str(workers), "--threads", str(GUNICORN_THREADS)),
        *("--timeout", str(GUNICORN_TIMEOUT_SECONDS), "--graceful-timeout", str(GUNICORN_GRACEFUL_SECONDS)),
        *("--access-logfile", "-"),  # stdout, beside the clusters' logs
        # serve is the supervisor; gunicorn's default control socket is one per user, so a second serve collides.
        "--no-control-socket",
    ]
    return ChildSpec(name="web", argv=argv)


def cluster_specs() -> list[ChildSpec]:
    """One plain qcluster, or an interactive and a batch one when Q_INTERACTIVE_CLUSTER splits the queue."""
    processes: list[ClusterProcess] = schedules.cluster_processes()  # type: ignore[assignment]
    return [ChildSpec(name=p["name"], argv=manage_argv("qcluster"), env=dict(p["env"])) for p in processes]


def stop_signal_catch() -> list[int]:
    """Record SIGINT, SIGTERM and SIGHUP instead of dying; the returned list gets the signal numbers."""
    caught: list[int] = []

    def record(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    for signum in STOP_SIGNALS:
        signal.signal(signum, record)
    return caught


def child_start(spec: ChildSpec) -> Child:
    # A session of its own: a terminal's Ctrl-C or hang-up reaches only us (we stop the children in
    # order), and the child's process group holds its workers, so one killpg removes them all.
    process = subprocess.Popen(
        spec.argv,
        cwd=settings.BASE_DIR,
        env={**os.environ, **spec.env},
        start_new_session=True,
        preexec_fn=parent_death_signal(os.getpid()),
    )
    return Child(name=spec.name, process=process)


def parent_death_signal(parent_pid: int) -> Callable[[], None] | None:
    """Linux only: the child gets SIGTERM when serve dies, even by SIGKILL; elsewhere no hook.

    SIGTERM rather than SIGKILL, so gunicorn and qcluster still stop their own workers. The kernel
    sends it when the forking *thread* exits: serve forks from its main thread, which lives as long as serve.
    """
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(None, use_errno=True)  # loaded before the fork: dlopen is not safe in the child

    def preexec() -> None:
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent_pid:  # serve died between fork and prctl: nobody will signal us
            os.kill(os.getpid(), signal.SIGTERM)

    return preexec


def children_watch(children: list[Child], stop_signal: list[int]) -> Child | None:
    """Block until a stop signal arrives (None) or a child exits on its own (that child)."""
    while not stop_signal:
        for child in children:
            if child.process.poll() is not None:
                return child
        time.sleep(POLL_SECONDS)
    return None


def children_stop(children: list[Child], grace: float = STOP_GRACE_SECONDS) -> None:
    # SIGTERM to each main pid, not SIGHUP: gunicorn reloads on SIGHUP and qcluster's main pid dies
    # on it without stopping its workers. qcluster and gunicorn both stop their workers on SIGTERM.
    for child in children:
        if child.process.poll() is None:
            child.process.terminate()
    deadline = time.monotonic() + grace
    for child in children:
        try:
            child.process.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
    for child in children:
        group_kill(child.process.pid)
        child.process.wait()


def group_kill(pgid: int) -> None:
    """SIGKILL whatever is left in a child's process group: a hung main pid, or workers it orphaned."""
    # Still right after the main pid was reaped: Linux never reuses a pid while a process group of that
    # id has members, so a non-empty group with this id is the child's. (An empty one raises below.)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # the group is empty: everything stopped cleanly
