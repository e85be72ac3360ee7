"""WhatsApp status callbacks: what happened to a message we sent (sent → delivered → read, or failed).

Meta delivers statuses at least once and in no particular order (`delivered` may come after `read`),
so a status only ever moves a row forward along `STATUS_RANK`, in one conditional UPDATE. Statuses for
ids we don't know (another app on the same number, rows since deleted) are ignored: the webhook still
answers 200 so Meta stops retrying.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from django.dispatch import Signal
from django.utils import timezone

from accounts.models import User
from delivery.models import STATUS_RANK, MessageStatus, OutboundMessage

logger = logging.getLogger(__name__)

# "played" is a voice note being listened to: for us, the same as read.
ALIASES = {"played": MessageStatus.READ}
UNDELIVERABLE = "131026"  # not on WhatsApp, or an outdated client: stop messaging the number

# Sent (kwargs `message_id`, `error_code`) when WhatsApp reports, after accepting it, that one of our
# messages failed — e.g. 131047 when the window closed in between: delivery can hold the job for the digest.
message_failed = Signal()


@dataclass(frozen=True)
class StatusUpdate:
    provider_message_id: str
    status: str
    at: datetime | None = None
    recipient: str = ""
    error_code: str = ""
    error_message: str = ""


def status_apply(*, update: StatusUpdate) -> bool:
    """Move the outbound row forward to `update.status`. Returns True when a row changed."""
    status = _known_status(update.status)
    if status is None:
        logger.info("ignoring WhatsApp status %r for %s", update.status, update.provider_message_id)
        return False
    earlier = [s for s, rank in STATUS_RANK.items() if rank < STATUS_RANK[status]]
    changes: dict[str, object] = {"status": status, "updated_at": timezone.now()}
    if status == MessageStatus.FAILED:
        changes |= {"error_code": update.error_code[:20], "error_message": update.error_message}
    changed = OutboundMessage.objects.filter(
        provider_message_id=update.provider_message_id, status__in=earlier
    ).update(**changes)
    if changed and status == MessageStatus.FAILED:
        _after_failure(update)
    elif not changed:
        _log_unmatched(update, status)
    return bool(changed)


def _known_status(value: str) -> MessageStatus | None:
    if value in ALIASES:
        return ALIASES[value]
    try:
        status = MessageStatus(value)
    except ValueError:
        return None
    # Only WhatsApp's own states come in from outside; queued/sending are ours.
    return status if STATUS_RANK[status] >= STATUS_RANK[MessageStatus.SENT] else None


def _after_failure(update: StatusUpdate) -> None:
    logger.warning(
        "WhatsApp reports message %s failed (%s): %s",
        update.provider_message_id, update.error_code, update.error_message,
    )
    message = OutboundMessage.objects.filter(provider_message_id=update.provider_message_id).values(
        "pk", "user_id").first()
    if message is None:
        return
    if update.error_code == UNDELIVERABLE:
        # The send was accepted (200) but can never arrive: stop sending to this user until they write again.
        User.objects.filter(pk=message["user_id"], unreachable_at__isnull=True).update(
            unreachable_at=update.at or timezone.now()
        )
    message_failed.send(sender=OutboundMessage, message_id=message["pk"], error_code=update.error_code)


def _log_unmatched(update: StatusUpdate, status: MessageStatus) -> None:
    if OutboundMessage.objects.filter(provider_message_id=update.provider_message_id).exists():
        logger.debug("stale status %s for %s ignored (rows only move forward)", status, update.provider_message_id)
    else:
        logger.info("status %s for unknown message %s ignored", status, update.provider_message_id)
