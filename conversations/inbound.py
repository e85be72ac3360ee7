"""Processing one stored inbound message, in a Django-Q2 worker: who sent it, their window, the dialogue."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone

from accounts.models import User
from aremu.phone import normalize_phone
from conversations import services  # inbound_handle is looked up at each call: tests replace it there
from conversations.models import InboundMessage, InboundStatus
from conversations.webhook import inbound_enqueue
from delivery.services import digest_send
from delivery.windows import window_touch

logger = logging.getLogger(__name__)

# A message still unclaimed this long after it arrived lost its task (broker down, deploy): enqueue it again.
SWEEP_AFTER = timedelta(minutes=2)
# Claimed but unfinished this long: the worker died mid-way (killed, the database restarted). Run once more: a
# seeker left with no answer is worse off than one answered twice. Still unfinished after STUCK_AFTER: failed.
STALLED_AFTER = timedelta(minutes=2)
STUCK_AFTER = timedelta(minutes=15)
RERUN = "re-run: its first worker stopped mid-way"


def inbound_process(*, inbound_id: int) -> InboundMessage | None:
    """Resolve the user, touch their 24-hour window, then hand the message to the dialogue. Runs once per id."""
    # The claim: only one worker moves processed_at from NULL, so a re-enqueued id is a no-op.
    claimed = InboundMessage.objects.filter(
        pk=inbound_id, status=InboundStatus.RECEIVED, processed_at__isnull=True
    ).update(processed_at=timezone.now())
    if not claimed:
        return None
    inbound = InboundMessage.objects.get(pk=inbound_id)
    user = _user_for(inbound)
    if user is None:
        return _finish(inbound, InboundStatus.FAILED, "no valid phone number and no known WhatsApp user id")
    InboundMessage.objects.filter(pk=inbound_id).update(user=user)

    window = window_touch(user=user, at=_sent_at(inbound))
    handled = _handle(inbound)
    if window.reopened and handled.status == InboundStatus.PROCESSED:
        digest_send(user_id=user.pk)  # "While you were away…": what was held while the window was closed
    return handled


def _handle(inbound: InboundMessage) -> InboundMessage:
    try:
        services.inbound_handle(inbound_id=inbound.pk)
    except DatabaseError:
        raise  # the database went away mid-way: leave the claim for the sweep to run it again
    except Exception as exc:  # noqa: BLE001 - recorded on the row; retrying could answer the user twice
        logger.exception("handling inbound message %s failed", inbound.pk)
        return _finish(inbound, InboundStatus.FAILED, f"{type(exc).__name__}: {exc}")
    InboundMessage.objects.filter(pk=inbound.pk, status=InboundStatus.RECEIVED).update(
        status=InboundStatus.PROCESSED, processed_at=timezone.now()
    )
    inbound.refresh_from_db()
    return inbound


def _finish(inbound: InboundMessage, status: str, error: str) -> InboundMessage:
    if status == InboundStatus.FAILED:
        logger.warning("inbound message %s (%s) not handled: %s", inbound.pk, inbound.wa_message_id, error)
    InboundMessage.objects.filter(pk=inbound.pk).update(status=status, error=error[:2000], processed_at=timezone.now())
    inbound.refresh_from_db()
    return inbound


def _sent_at(inbound: InboundMessage) -> datetime:
    # WhatsApp's own clock opens the window; never one in our future (skew), never missing.
    now = timezone.now()
    return min(inbound.sent_at, now) if inbound.sent_at else now


# --- Who sent it ---------------------------------------------------------------------------------


def _user_for(inbound: InboundMessage) -> User | None:
    sender = inbound.payload.get("_sender") or {}
    return user_for_sender(
        wa_id=str(sender.get("wa_id") or ""), user_id=str(sender.get("user_id") or ""), name=str(sender.get("name") or "")
    )


def user_for_sender(*, wa_id: str, user_id: str = "", name: str = "") -> User | None:
    """The seeker behind a WhatsApp sender, created on first contact. None when there is no way to reach them.

    Users with a WhatsApp username may come without a phone number (only the BSUID `user_id`):
    they are found by that id when we know it; a new one can't be created, as seekers are keyed by phone.
    """
    phone = _phone(wa_id)
    user = User.objects.filter(whatsapp_user_id=user_id).first() if user_id else None
    if user is None and phone:
        user = User.objects.filter(phone_number=phone).first()
    if user is None:
        return _user_create(phone=phone, user_id=user_id, name=name) if phone else None
    _user_fill(user, user_id=user_id, name=name)
    return user


def _phone(wa_id: str) -> str | None:
    try:
        return normalize_phone(wa_id) if wa_id else None
    except ValidationError:
        logger.warning("sender %r is not a valid phone number", wa_id)
        return None


def _user_create(*, phone: str, user_id: str, name: str) -> User:
    try:
        with transaction.atomic():
            return User.objects.create(phone_number=phone, whatsapp_user_id=user_id or None, name=name)
    except IntegrityError:
        # Two first messages raced in two workers: the other one created them.
        return User.objects.get(phone_number=phone)


def _user_fill(user: User, *, user_id: str, name: str) -> None:
    changes: dict[str, object] = {}
    if user_id and not user.whatsapp_user_id:
        changes["whatsapp_user_id"] = user_id
    if name and not user.name:
        changes["name"] = name[:200]
    if user.unreachable_at is not None:
        changes["unreachable_at"] = None  # they just wrote to us, so WhatsApp can reach them again
    if changes:
        User.objects.filter(pk=user.pk).update(**changes)
        for key, value in changes.items():
            setattr(user, key, value)


# --- The safety net --------------------------------------------------------------------------------


def _stalled_rerun(*, now: datetime) -> int:
    """Messages a dead worker claimed and never finished go back to unclaimed, once (the RERUN mark)."""
    stalled = InboundMessage.objects.filter(
        status=InboundStatus.RECEIVED, processed_at__lt=now - STALLED_AFTER, error=""
    ).update(processed_at=None, error=RERUN)
    if stalled:
        logger.warning("%s inbound messages were left mid-processing by a stopped worker: running them again",
                       stalled)
    return stalled


def inbound_sweep(*, now: datetime | None = None) -> int:
    """Re-enqueue messages whose task was lost; mark those stuck mid-way as failed. Returns ids enqueued."""
    now = now or timezone.now()
    _stalled_rerun(now=now)
    stuck = InboundMessage.objects.filter(
        status=InboundStatus.RECEIVED, processed_at__lt=now - STUCK_AFTER, error=RERUN,
    ).update(status=InboundStatus.FAILED, error="processing never finished twice (worker stopped?)")
    if stuck:
        logger.error("%s inbound messages were stuck mid-processing and marked failed", stuck)
    lost = list(
        InboundMessage.objects.filter(
            status=InboundStatus.RECEIVED, processed_at__isnull=True, received_at__lt=now - SWEEP_AFTER
        ).values_list("pk", flat=True)[:500]
    )
    for inbound_id in lost:
        inbound_enqueue(inbound_id=inbound_id)
    return len(lost)
