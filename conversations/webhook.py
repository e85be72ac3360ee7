"""The WhatsApp webhook's work at the edge: check the signature, parse, store, enqueue — and answer fast.

Meta wants a median answer under 250 ms and redelivers for days on anything but 200, at least once and
concurrently. So the request only does cheap, idempotent writes: one INSERT per new message (the unique
`wa_message_id` makes a redelivery a no-op, across workers and restarts) and one conditional UPDATE per
status. The conversation itself runs later in Django-Q2 (`conversations.tasks.process_inbound`).

Each message and status is written in its own savepoint, so one the database refuses never costs the others:
a refused message is kept in a plain form, failed with the reason. Answering 5xx for it would not help — Meta
would redeliver the same bytes, refused again, for days, and the good messages beside it would wait with it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DataError, IntegrityError, transaction

from aremu.queues import enqueue_interactive
from conversations.models import InboundMessage, InboundStatus
from conversations.parsing import EnvelopeError, InboundEvent, parse_body, storable
from delivery.status import StatusUpdate, status_apply

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Hub-Signature-256"
# What a row's *data* can make the database refuse: a CHECK (JSON it won't take), a unique id, a character the
# driver can't encode (UnicodeEncodeError is a ValueError), a number out of range. Never OperationalError: a
# database that is down or locked must answer 5xx, so that Meta redelivers once it is back.
REFUSED = (IntegrityError, DataError, ValueError, OverflowError)


@dataclass
class Outcome:
    status: int
    reason: str = ""
    stored: list[int] = field(default_factory=list)
    duplicates: int = 0
    statuses: int = 0
    rejected: int = 0  # refused by the database even in plain form: logged, not stored


def sign(body: bytes, secret: str) -> str:
    """The `X-Hub-Signature-256` value Meta sends: HMAC-SHA256 of the raw body with the app secret."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signature_valid(body: bytes, header: str | None, secret: str) -> bool:
    # HMAC the raw bytes: Meta signs its escaped-unicode form, which re-serialised JSON would not match.
    # Bytes, not str: compare_digest raises on non-ASCII text, and a header is whatever the caller sent.
    if not header:
        return False
    return hmac.compare_digest(sign(body, secret).encode(), header.strip().encode(errors="replace"))


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
        _receive_message(event, outcome)
    for update in parsed.statuses:
        _receive_status(update, outcome)
    _log_extras(parsed.ignored, parsed.errors)
    return outcome


def _receive_message(event: InboundEvent, outcome: Outcome) -> None:
    try:
        inbound = inbound_store(event=event)
    except REFUSED as exc:
        logger.error("webhook: message %r rejected, not stored: %s", event.wa_message_id, exc)
        outcome.rejected += 1
        return
    if inbound is None:
        outcome.duplicates += 1
    else:
        outcome.stored.append(inbound.pk)


def _receive_status(update: StatusUpdate, outcome: Outcome) -> None:
    try:
        with transaction.atomic():
            outcome.statuses += status_apply(update=update)
    except REFUSED as exc:
        logger.error("webhook: status %r for %r rejected: %s", update.status, update.provider_message_id, exc)
        outcome.rejected += 1


def inbound_store(*, event: InboundEvent) -> InboundMessage | None:
    """Insert the message once; a redelivery (same wamid) returns None and enqueues nothing.

    A row the database refuses is stored again in a plain form, failed with the reason (`REFUSED` is raised
    only when even that is refused). Only an existing row with this id makes a duplicate, never any IntegrityError.
    """
    try:
        inbound = _insert(_row(event))
    except REFUSED as exc:
        if _stored_already(event.wa_message_id):
            return None
        refused = _insert_refused(event, exc)
        if refused is None:
            return None
        inbound = refused
    if inbound.status == InboundStatus.RECEIVED:
        transaction.on_commit(lambda: inbound_enqueue(inbound_id=inbound.pk))
    else:
        logger.warning("stored %s %s without answering: %s", inbound.message_type, inbound.wa_message_id,
                       inbound.error or "not from the user")
    return inbound


def _insert(row: dict[str, object]) -> InboundMessage:
    with transaction.atomic():  # a savepoint: a refused row must not break the transaction for the next one
        return InboundMessage.objects.create(**row)


def _stored_already(wa_message_id: str) -> bool:
    try:
        with transaction.atomic():  # PostgreSQL: a failed query must not abort the request's transaction
            return InboundMessage.objects.filter(wa_message_id=wa_message_id).exists()
    except REFUSED:  # the id itself can't be sent to the database
        return False


def _insert_refused(event: InboundEvent, exc: Exception) -> InboundMessage | None:
    """The refused message as plain ASCII, failed with the reason, for an operator to read. None: a redelivery."""
    row = _refused_row(event, storable(f"the database refused the message: {type(exc).__name__}: {exc}")[:2000])
    try:
        inbound = _insert(row)
    except REFUSED:
        if _stored_already(str(row["wa_message_id"])):
            return None
        raise
    logger.warning("webhook: message %r stored in plain form: %s", event.wa_message_id, row["error"])
    return inbound


def _refused_row(event: InboundEvent, reason: str) -> dict[str, object]:
    # ensure_ascii escapes what the database choked on (surrogates, NUL); default=repr covers any odd object.
    raw = json.dumps(storable(event.raw), ensure_ascii=True, default=repr)
    return {
        "wa_message_id": storable(event.wa_message_id)[:128],
        "from_number": storable(event.sender.wa_id or event.sender.user_id)[:32],
        "message_type": storable(event.message_type)[:32],
        "payload": {"refused": raw},
        "sent_at": event.sent_at,
        "status": InboundStatus.FAILED,
        "error": reason,
    }


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
    try:
        enqueue_interactive("conversations.tasks.process_inbound", inbound_id, task_name=f"inbound-{inbound_id}")
    except Exception as exc:  # noqa: BLE001 - each broker raises its own errors; the row is stored already
        # Answering 500 would only make Meta redeliver a message we have: the inbound sweep queues it instead.
        logger.warning("inbound %s stored; the task queue is unreachable (%s): the sweep will process it",
                       inbound_id, exc)


def _log_extras(ignored: list[str], errors: list[dict[str, object]]) -> None:
    if ignored:
        logger.info("webhook: ignored on purpose: %s", ", ".join(ignored))
    for error in errors:
        logger.warning("webhook: WhatsApp reported error %s: %s", error.get("code"), error.get("title"))
