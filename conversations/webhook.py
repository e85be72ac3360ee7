"""The WhatsApp webhook's work at the edge: check the signature, parse, store, enqueue — and answer fast.

Meta wants a median answer under 250 ms and redelivers for days on anything but 200, at least once and
concurrently. So the request only does cheap, idempotent writes: one INSERT per new message (the unique
`wa_message_id` makes a redelivery a no-op, across workers and restarts) and one conditional UPDATE per
status. The conversation itself runs later in Django-Q2 (`conversations.tasks.process_inbound`).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction

from aremu.queues import enqueue_interactive
from conversations.models import InboundMessage, InboundStatus
from conversations.parsing import EnvelopeError, InboundEvent, parse_body
from delivery.status import status_apply

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Hub-Signature-256"


@dataclass
class Outcome:
    status: int
    reason: str = ""
    stored: list[int] = field(default_factory=list)
    duplicates: int = 0
    statuses: int = 0


def sign(body: bytes, secret: str) -> str:
    """The `X-Hub-Signature-256` value Meta sends: HMAC-SHA256 of the raw body with the app secret."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signature_valid(body: bytes, header: str | None, secret: str) -> bool:
    # HMAC the raw bytes: Meta signs its escaped-unicode form, which re-serialised JSON would not match.
    # Bytes, not str: compare_digest raises on non-ASCII text, and a header is whatever the caller sent.
    return bool(header) and hmac.compare_digest(sign(body, secret).encode(), header.strip().encode(errors="replace"))


def signature_refusal(body: bytes, header: str | None) -> str:
    """Why this POST must be refused (empty when it may pass)."""
    secret = settings.WHATSAPP_APP_SECRET
    if not secret:
        return "" if settings.DEBUG else "WHATSAPP_APP_SECRET is not set; webhook POSTs are refused when DEBUG is off"
    if not header:
        return f"missing {SIGNATURE_HEADER}"
    return "" if signature_valid(body, header, secret) else f"wrong {SIGNATURE_HEADER}"


def webhook_receive(*, body: bytes, signature: str | None) -> Outcome:
    """Everything a webhook POST does. Used by the view and, with a signed body, by the chat simulator."""
    refusal = signature_refusal(body, signature)
    if refusal:
        logger.warning("webhook POST refused: %s", refusal)
        return Outcome(status=403, reason=refusal)
    try:
        parsed = parse_body(body)
    except EnvelopeError as exc:
        logger.warning("webhook POST rejected: %s", exc)
        return Outcome(status=400, reason=str(exc))
    outcome = Outcome(status=200)
    for event in parsed.messages:
        inbound = inbound_store(event=event)
        if inbound is None:
            outcome.duplicates += 1
        else:
            outcome.stored.append(inbound.pk)
    for update in parsed.statuses:
        outcome.statuses += status_apply(update=update)
    _log_extras(parsed.ignored, parsed.errors)
    return outcome


def inbound_store(*, event: InboundEvent) -> InboundMessage | None:
    """Insert the message once; a redelivery (same wamid) returns None and enqueues nothing."""
    try:
        with transaction.atomic():
            inbound = InboundMessage.objects.create(**_row(event))
    except IntegrityError:
        return None
    if inbound.status == InboundStatus.RECEIVED:
        transaction.on_commit(lambda: inbound_enqueue(inbound_id=inbound.pk))
    else:
        logger.warning("stored %s %s without answering: %s", event.message_type, event.wa_message_id,
                       inbound.error or "not from the user")
    return inbound


def _row(event: InboundEvent) -> dict[str, object]:
    sender = event.sender
    return {
        "wa_message_id": event.wa_message_id,
        "from_number": (sender.wa_id or sender.user_id)[:32],
        "message_type": event.message_type,
        "text": event.text,
        "reply_id": event.reply_id,
        # The raw message as WhatsApp sent it; `_sender` adds what only the envelope's `contacts` knew.
        "payload": {**event.raw, "_sender": {"wa_id": sender.wa_id, "user_id": sender.user_id, "name": sender.name}},
        "sent_at": event.sent_at,
        "status": _initial_status(event),
        "error": event.error,
    }


def _initial_status(event: InboundEvent) -> str:
    if event.message_type == "invalid":
        return InboundStatus.FAILED
    return InboundStatus.RECEIVED if event.from_user else InboundStatus.IGNORED


def inbound_enqueue(*, inbound_id: int) -> None:
    enqueue_interactive("conversations.tasks.process_inbound", inbound_id, task_name=f"inbound-{inbound_id}")


def _log_extras(ignored: list[str], errors: list[dict[str, object]]) -> None:
    if ignored:
        logger.info("webhook: ignored on purpose: %s", ", ".join(ignored))
    for error in errors:
        logger.warning("webhook: WhatsApp reported error %s: %s", error.get("code"), error.get("title"))
