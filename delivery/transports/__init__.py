"""Outbound WhatsApp transports behind one tiny interface: `send(to, payload) -> provider_id`.

Errors carry `permanent`: a permanent error is never retried for that message.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Protocol

from django.conf import settings
from django.utils.module_loading import import_string

from delivery.models import SimulatedNumber

if TYPE_CHECKING:
    from accounts.models import User


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


def transport_for(recipient: User | str) -> Transport:
    """The transport for one recipient: the outbox for numbers typed into the chat simulator, else the default.

    `message_send` should call this with the row's `to`; the Cloud transport also re-checks on its own,
    so a simulated number never reaches the real API whichever way a send arrives.
    """
    if settings.WHATSAPP_TRANSPORT == "outbox":
        return get_transport("outbox")
    number = recipient if isinstance(recipient, str) else recipient.phone_number
    return get_transport("outbox") if is_simulated_number(number) else get_transport()


def is_simulated_number(number: str) -> bool:
    """Was `number` typed into the chat simulator (conversations/simulator.py)? Then its messages go to the outbox."""
    return SimulatedNumber.objects.filter(phone_number=number).exists()
