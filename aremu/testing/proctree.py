"""Process trees on Linux, read from /proc: for tests that check nothing is left running."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path


def proc_stat(pid: int) -> tuple[str, int] | None:
    """(state, start time) of a process, or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = text.rsplit(")", 1)[1].split()  # the command name before ")" may hold spaces
    return fields[0], int(fields[19])


def children_of(pid: int) -> list[int]:
    pids: list[int] = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            pids.extend(int(child) for child in children.read_text().split())
        except FileNotFoundError:
            continue  # the thread ended while we read
    return pids


def generations(pid: int) -> list[list[int]]:
    """The processes below pid, a list per generation: children, grandchildren…"""
    found: list[list[int]] = []
    level = children_of(pid)
    while level:
        found.append(level)
        level = [grandchild for child in level for grandchild in children_of(child)]
    return found


def descendants(pid: int) -> dict[int, int]:
    """Every process below pid, with its start time."""
    found = {child: proc_stat(child) for level in generations(pid) for child in level}
    return {child: stat[1] for child, stat in found.items() if stat is not None}


def alive(pid: int, start_time: int) -> bool:
    # A zombie is dead: this machine's init may be slow to reap the orphans of a killed serve.
    stat = proc_stat(pid)
    return stat is not None and stat[0] != "Z" and stat[1] == start_time


def survivors(tree: dict[int, int]) -> list[str]:
    return [Path(f"/proc/{pid}/cmdline").read_text(errors="replace") for pid, t in tree.items() if alive(pid, t)]


def wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()
