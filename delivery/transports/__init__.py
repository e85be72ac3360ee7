"""Outbound WhatsApp transports behind one tiny interface: `send(to, payload) -> provider_id`.

Errors carry `permanent`: a permanent error is never retried for that message.
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string


class TransportError(Exception):
    def __init__(self, message: str, *, code: str = "", permanent: bool = False, retry_after: float | None = None):
        super().__init__(message)
        self.code = code
        self.permanent = permanent
        self.retry_after = retry_after


class Transport(Protocol):
    name: str

    def send(self, *, to: str, payload: dict[str, object]) -> str:
        """Send one message body (`type` plus its object) to an E.164 number; return the provider's id."""
        ...


TRANSPORTS = {
    "outbox": "delivery.transports.outbox.OutboxTransport",
    "cloud": "delivery.transports.cloud.CloudApiTransport",
}


@cache
def _build(name: str) -> Transport:
    return import_string(TRANSPORTS[name])()


def get_transport(name: str | None = None) -> Transport:
    return _build(name or settings.WHATSAPP_TRANSPORT)
