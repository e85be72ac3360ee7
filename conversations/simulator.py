"""The chat simulator: staff type as any phone number and see the bot's replies, with no Meta account.

A simulated message takes the real path: it is wrapped in a Cloud API webhook envelope, signed with the
app secret and handed to `webhook_receive`, exactly as a POST from Meta would be. Its number is recorded
as simulated first (`delivery.models.SimulatedNumber`), and `delivery.transports.transport_for` sends
everything for such numbers to the outbox: a simulated number never reaches the real API, even if it happens
to be someone's real number.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from accounts.models import User
from aremu.phone import normalize_phone
from conversations.models import InboundMessage
from conversations.webhook import Outcome, sign, webhook_receive
from delivery.models import OutboundMessage, SimulatedNumber
from delivery.transports import is_simulated_number

HISTORY_LIMIT = 100
REPLY_KINDS = {"button": "button_reply", "list": "list_reply"}


class SimulatorError(ValueError):
    """Something the staff user can fix (a bad number, a real seeker's number)."""


@dataclass(frozen=True)
class Typed:
    """What the simulated user did: typed `text`, or tapped a button/list row (`reply_id`, `text` = its title)."""

    text: str = ""
    reply_id: str = ""
    reply_kind: str = ""  # "button" or "list" when a reply was tapped


def simulated_number_register(*, raw_phone: str, staff: str = "") -> str:
    """Normalise and mark the number as simulated. A real seeker's number is refused, not taken over."""
    try:
        phone = normalize_phone(raw_phone)
    except ValidationError as exc:
        raise SimulatorError(exc.messages[0]) from exc
    if is_simulated_number(phone):
        return phone
    if User.objects.filter(phone_number=phone).exists():
        raise SimulatorError(f"{phone} belongs to a real seeker; simulate another number.")
    try:
        with transaction.atomic():
            SimulatedNumber.objects.create(phone_number=phone, created_by=staff[:150])
    except IntegrityError:
        pass  # two tabs registered it at once
    return phone


def simulate(*, raw_phone: str, typed: Typed, staff: str = "") -> Outcome:
    """Send one simulated inbound message through the signed webhook path."""
    if not (typed.text.strip() or typed.reply_id):
        raise SimulatorError("Type a message first.")
    phone = simulated_number_register(raw_phone=raw_phone, staff=staff)
    body = json.dumps(envelope(phone=phone, typed=typed)).encode()
    secret = settings.WHATSAPP_APP_SECRET
    outcome = webhook_receive(body=body, signature=sign(body, secret) if secret else None)
    if outcome.status != 200:
        raise SimulatorError(f"The webhook refused the message ({outcome.status}): {outcome.reason}")
    return outcome


def envelope(*, phone: str, typed: Typed) -> dict[str, Any]:
    """A webhook body in the shape Meta sends for one message from `phone`."""
    wa_id = phone.lstrip("+")
    message: dict[str, Any] = {"from": wa_id, "id": f"wamid.SIM.{uuid.uuid4().hex}", "timestamp": str(int(time.time()))}
    if typed.reply_id:
        kind = REPLY_KINDS.get(typed.reply_kind, "button_reply")
        message |= {"type": "interactive",
                    "interactive": {"type": kind, kind: {"id": typed.reply_id, "title": typed.text}}}
    else:
        message |= {"type": "text", "text": {"body": typed.text}}
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "simulator",
                     "phone_number_id": settings.WHATSAPP_PHONE_NUMBER_ID or "simulator"},
        "contacts": [{"profile": {"name": "Simulated user"}, "wa_id": wa_id}],
        "messages": [message],
    }
    return {"object": "whatsapp_business_account",
            "entry": [{"id": "simulator", "changes": [{"field": "messages", "value": value}]}]}


def chat_history(*, raw_phone: str) -> list[dict[str, Any]]:
    """The conversation with a simulated number, oldest first: the user's messages and the bot's."""
    try:
        phone = normalize_phone(raw_phone)
    except ValidationError as exc:
        raise SimulatorError(exc.messages[0]) from exc
    if not is_simulated_number(phone):
        return []
    inbound = InboundMessage.objects.filter(from_number=phone.lstrip("+")).order_by("-received_at")[:HISTORY_LIMIT]
    outbound = OutboundMessage.objects.filter(to=phone).order_by("-created_at")[:HISTORY_LIMIT]
    bubbles = [_in_bubble(m) for m in inbound] + [_out_bubble(m) for m in outbound]
    return sorted(bubbles, key=lambda b: (b["at"], b["id"]))[-HISTORY_LIMIT:]


def _in_bubble(message: InboundMessage) -> dict[str, Any]:
    return {"id": f"in-{message.pk}", "dir": "in", "at": message.received_at.isoformat(),
            "text": message.text, "reply_id": message.reply_id, "status": message.status, "error": message.error}


def _out_bubble(message: OutboundMessage) -> dict[str, Any]:
    return {"id": f"out-{message.pk}", "dir": "out", "at": message.created_at.isoformat(),
            "payload": message.payload, "preview": message.preview, "status": message.status,
            "transport": message.transport}
