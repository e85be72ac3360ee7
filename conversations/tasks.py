"""Django-Q2 tasks for conversations: thin wrappers that take ids and call services."""

from __future__ import annotations

from conversations import inbound


def process_inbound(inbound_id: int) -> None:
    inbound.inbound_process(inbound_id=inbound_id)


def sweep_inbound() -> int:
    return inbound.inbound_sweep()
