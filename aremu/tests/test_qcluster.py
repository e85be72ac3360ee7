"""A cluster killed hard leaves nothing running: its sentinel and workers go with its main process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from aremu.testing.proctree import descendants, survivors, wait_until

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")


def test_a_cluster_killed_with_sigkill_leaves_no_sentinel_or_worker_behind(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTEST_VERSION", "REDIS_URL", "Q_INTERACTIVE_CLUSTER"}}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", SECRET_KEY="test-only-not-a-secret",
               DJANGO_SETTINGS_MODULE="aremu.settings", Q_WORKERS="2")
    manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
    subprocess.run([*manage, "migrate", "-v", "0"], env=env, check=True, timeout=120)
    cluster = subprocess.Popen([*manage, "qcluster"], env=env, start_new_session=True, stderr=subprocess.DEVNULL)
    try:
        # The main process, its sentinel, and under it two workers, a monitor and a pusher.
        assert wait_until(lambda: len(descendants(cluster.pid)) >= 5, 30), descendants(cluster.pid)
        tree = descendants(cluster.pid)
        cluster.send_signal(signal.SIGKILL)
        cluster.wait(timeout=10)
        # The sentinel stops its workers gracefully on SIGTERM: on a loaded CI box that once took over 20 s. What
        # is asserted is that nothing stays, not how fast it goes.
        assert wait_until(lambda: not survivors(tree), 90), survivors(tree)
    finally:
        try:
            os.killpg(cluster.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_a_child_whose_parent_died_before_it_asked_to_follow_it_goes_at_once() -> None:
    """The race a SIGKILLed cluster once lost: a worker forked just before the sentinel died is under init by the time it
    calls prctl, so the kernel will never signal it; the pid its parent had before the fork tells it to go."""
    from aremu import processes

    pid = os.fork()
    if pid == 0:  # the child: its recorded spawner is not its parent any more
        processes._spawner = os.getppid() + 1_000_000
        processes.die_with_parent(signal.SIGKILL)
        os._exit(0)  # reached only if the check failed
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
