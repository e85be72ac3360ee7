"""Django-Q2 tasks for conversations: thin wrappers that take ids and call services."""

from __future__ import annotations

from conversations import inbound
from delivery.outbound import replying


def process_inbound(inbound_id: int) -> None:
    with replying():  # the seeker is waiting: this worker sends the replies itself
        inbound.inbound_process(inbound_id=inbound_id)


def sweep_inbound() -> int:
    return inbound.inbound_sweep()
