"""Ids of the reply buttons and list rows we send, and parsing them back when a user taps one.

Ids are short ASCII (`job:42:why`) to stay far under WhatsApp's 200/256-character limits.
"""

from __future__ import annotations

from dataclasses import dataclass

# nfm = "not for me"; pick = a job chosen from a list; report = "this looks like a scam"
JOB_ACTIONS = {"why", "nfm", "apply", "pick", "report"}
KEEP_ALERTS_ON = "window:keep"  # the reminders' one-tap "Keep my alerts on"
MORE_JOBS = "jobs:more"


@dataclass(frozen=True)
class ButtonAction:
    kind: str  # "job", "window", "jobs", "menu", "pref", "confirm"…
    action: str
    job_id: int | None = None


def job_button_id(job_id: int, action: str) -> str:
    if action not in JOB_ACTIONS:
        raise ValueError(f"unknown job action {action!r}")
    return f"job:{job_id}:{action}"


def parse_button_id(button_id: str) -> ButtonAction | None:
    """`job:42:why` → ButtonAction("job", "why", 42); `menu:help` → ButtonAction("menu", "help"). None if unknown."""
    parts = (button_id or "").strip().split(":")
    if len(parts) == 3 and parts[0] == "job" and parts[1].isdigit() and parts[2] in JOB_ACTIONS:
        return ButtonAction("job", parts[2], int(parts[1]))
    if len(parts) == 2 and all(parts):
        return ButtonAction(parts[0], parts[1])
    return None
