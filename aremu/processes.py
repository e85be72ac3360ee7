"""Processes that go when their parent goes (Linux): no Django-Q2 sentinel or worker outlives its cluster.

Django-Q2 runs a main process, a sentinel it forks, and the workers the sentinel forks. Killed hard (SIGKILL, an
OOM kill, a crashed supervisor), the main process leaves the sentinel and its workers running under init, still
taking tasks. PR_SET_PDEATHSIG asks the kernel to signal a child when its parent dies; it is not inherited across
fork, so each generation sets its own. Elsewhere these are no-ops: systemd's cgroup or `serve`'s process groups
clean up there.
"""

from __future__ import annotations

import ctypes
import functools
import os
import signal
import sys
from typing import Any

from django_q import cluster

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
# The pid of the process forking the ones being bound (the cluster's main process, then in the sentinel the sentinel),
# inherited by each fork: a child whose parent died between the fork and its own prctl is already under init, and
# only the pid its parent had tells it so (a worker once outlived a SIGKILLed cluster that way).
_spawner: int | None = None


def die_with_parent(signum: int = signal.SIGTERM) -> None:
    """Have the kernel send `signum` to this process when its parent exits."""
    if not sys.platform.startswith("linux"):
        return
    parent = _spawner if _spawner is not None else os.getppid()
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the call: nobody will signal us
        os.kill(os.getpid(), signum)


def _forking_here() -> None:
    global _spawner  # one value per process, read by its forks
    _spawner = os.getpid()


def bind_cluster_to_main_process() -> None:
    """Make the sentinel Django-Q2 forks stop (SIGTERM: it stops its workers) when the cluster's main process dies."""
    base = cluster.Sentinel
    if getattr(base, "bound_to_parent", False):
        return
    _forking_here()

    class BoundSentinel(base):  # type: ignore[misc, valid-type]
        bound_to_parent = True

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            die_with_parent(signal.SIGTERM)  # runs in the forked sentinel, before its guard loop starts
            _forking_here()  # its workers, monitor and pusher are its own forks
            super().__init__(*args, **kwargs)

        def spawn_process(self, target: Any, *args: Any) -> Any:
            # The monitor and the pusher send no post_spawn; workers do (worker_spawned), and the sentinel tells
            # them apart by identity, so only the others are wrapped.
            if target is not cluster.worker:
                target = functools.partial(_bound, target)
            return super().spawn_process(target, *args)

    cluster.Sentinel = BoundSentinel


def _bound(target: Any, *args: Any) -> Any:
    die_with_parent(signal.SIGKILL)
    return target(*args)


def worker_spawned(sender: Any = None, **kwargs: Any) -> None:
    """Django-Q2's post_spawn, in each worker: a worker whose sentinel is gone has no one to report to."""
    die_with_parent(signal.SIGKILL)
