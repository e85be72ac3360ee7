"""The offline transport: the outbound row itself is the record, so sending only hands out an id."""

from __future__ import annotations

import uuid


class OutboxTransport:
    name = "outbox"

    def send(self, *, to: str, payload: dict[str, object]) -> str:
        return f"outbox.{uuid.uuid4().hex}"
