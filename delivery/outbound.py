"""Outbound messages: every message is a row before it is sent; sends are claimed, paced and retried.

- Replies to what a user just wrote are enqueued at once (a chat must feel instant).
- Alerts, digests and reminders are dispatched by the delivery pump at the number's allowed rate, oldest
  first, so a job matching 20,000 users drains steadily without pushing replies to the back of the queue.
- A send re-checks the 24-hour window at send time: nothing free-form goes out once it has closed.
- Each seeker's messages form a line, in the order they were written (replies, alerts and reminders alike): a
  message is handed to WhatsApp only when every older due message to the same seeker has been (WhatsApp shows
  messages in the order it receives them). A send that must be retried holds the line until it is sent or given
  up. Whichever worker finishes a message sends the next one in the line; different seekers go in parallel.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Exists, F, OuterRef
from django.dispatch import receiver
from django.utils import timezone

from accounts.models import User
from aremu.queues import enqueue_interactive
from delivery import messages, policy
from delivery.lease import PUMP, lease_held
from delivery.models import (
    ConversationWindow,
    ErrorCode,
    HistoryStatus,
    MessagePurpose,
    MessageStatus,
    OutboundMessage,
    UserJobHistory,
    WindowStatus,
)
from delivery.status import UNDELIVERABLE, message_failed
from delivery.transports import TransportError, transport_for

logger = logging.getLogger(__name__)

OUTSIDE_WINDOW = "131047"
# A dispatched message not yet claimed by a worker after this long lost its task: dispatch it again.
DISPATCH_LEASE = timedelta(minutes=5)
# An immediate message (a reply) whose own task never ran (broker down) is picked up by the pump after this long.
REPLY_GRACE = timedelta(minutes=1)


def message_queue(
    *, user: User, payload: messages.Payload, purpose: MessagePurpose = MessagePurpose.REPLY, not_before: datetime | None = None,
    immediate: bool | None = None,
) -> OutboundMessage:
    """Write the outbound row; send it once the transaction commits.

    Immediate messages (replies, by default) get their own task at once; the pump only picks them up if
    that task is lost. The rest wait for the pump, which sends them at the allowed rate from `not_before`.
    """
    now = timezone.now()
    immediate = purpose == MessagePurpose.REPLY if immediate is None else immediate
    message = OutboundMessage.objects.create(
        user=user,
        to=user.phone_number,
        kind=message_kind(payload),
        purpose=purpose,
        payload=payload,
        preview=messages.preview(payload),
        due_at=now if immediate else (not_before or now),
        next_attempt_at=now + REPLY_GRACE if immediate else (not_before or now),
    )
    if immediate and getattr(_replying, "active", False):
        transaction.on_commit(lambda: _send_now(message.pk))
    elif immediate:
        transaction.on_commit(lambda: message_enqueue(message_id=message.pk))
    else:
        transaction.on_commit(pump_kick)
    return message


@contextmanager
def replying() -> Iterator[None]:
    """Around the handling of a seeker's message: its replies are sent by this worker as soon as they commit, in
    the order written, instead of each joining the back of the queue behind every other seeker's message (a burst
    of 50 had 49 inbound tasks done before the first reply went out)."""
    _replying.active = True
    try:
        yield
    finally:
        _replying.active = False


def _send_now(message_id: int) -> None:
    try:
        messages_send_in_order(message_id=message_id)
    except Exception:  # noqa: BLE001 - the row stays queued: the pump sends it after REPLY_GRACE
        logger.exception("reply %s could not be sent inline; the pump will retry it", message_id)


def message_kind(payload: messages.Payload) -> str:
    if payload["type"] == "interactive":
        return str(payload["interactive"]["type"]).replace("button", "buttons")
    return str(payload["type"])


def message_enqueue(*, message_id: int) -> None:
    enqueue_interactive("delivery.tasks.send_message", message_id, task_name=f"send-message-{message_id}")


def pump_kick() -> None:
    """Make sure a delivery pump runs soon. A running pump sees new rows at its next tick, so a kick
    from inside a pump, while one runs, or a second kick within the same second, enqueues nothing."""
    if getattr(_pumping, "active", False):
        return
    if not cache.add("delivery:pump-kicked", 1, timeout=1) or lease_held(name=PUMP):
        return
    enqueue_interactive("delivery.tasks.pump", task_name="delivery-pump")


_pumping = threading.local()
_replying = threading.local()


@contextmanager
def pumping() -> Iterator[None]:
    """Marks this thread as the pump: the messages it queues need no kick, it sends them itself."""
    _pumping.active = True
    try:
        yield
    finally:
        _pumping.active = False


# --- Sending ------------------------------------------------------------------------------------

# Not yet handed to WhatsApp: a due message in one of these states holds the seeker's later messages back.
UNSENT = (MessageStatus.QUEUED, MessageStatus.SENDING)


def _waits_behind(now: datetime) -> Exists:
    """There is an older message to the same seeker, due by `now`, not yet handed to WhatsApp."""
    return Exists(OutboundMessage.objects.filter(
        user_id=OuterRef("user_id"), pk__lt=OuterRef("pk"), status__in=UNSENT, due_at__lte=now,
    ))


def messages_send_in_order(*, message_id: int, now: datetime | None = None) -> int:
    """Send this message if it is next in its seeker's line, then the ones behind it. Returns how many went.

    An older unsent message goes first: sent from here when no worker has it and it is not waiting for a retry;
    otherwise nothing is sent here, and whoever sends it continues the line.
    """
    user_id = OutboundMessage.objects.filter(pk=message_id).values_list("user_id", flat=True).first()
    message = message_send(message_id=message_id, now=now)
    if message is not None and message.status == MessageStatus.QUEUED:
        return 0  # to be retried: it holds the line until then
    handed = int(message is not None and message.status != MessageStatus.FAILED)
    if user_id is None:
        return handed  # the goodbye after "delete my data": a line of one
    return handed + line_send(user_id=user_id, now=now)


def line_send(*, user_id: int, now: datetime | None = None) -> int:
    """Send a seeker's due messages, oldest first, until the line is empty, its head is being sent by another
    worker, or the head must wait for a retry (it holds the rest). Returns how many were handed over."""
    handed = 0
    while True:
        at = now or timezone.now()
        head = (
            OutboundMessage.objects.filter(user_id=user_id, status__in=UNSENT, due_at__lte=at)
            .order_by("pk").values("pk", "status", "attempts", "next_attempt_at").first()
        )
        if head is None or head["status"] == MessageStatus.SENDING:
            return handed
        if head["attempts"] and head["next_attempt_at"] and head["next_attempt_at"] > at:
            return handed  # backing off after an error: the pump sends it at its time, then the rest follow
        message = message_send(message_id=head["pk"], now=at)
        if message is None or message.status == MessageStatus.QUEUED:
            return handed  # another worker claimed it, or it is to be retried
        handed += message.status != MessageStatus.FAILED


def message_send(*, message_id: int, now: datetime | None = None) -> OutboundMessage | None:
    """Send one queued message if it is next in its seeker's line. The conditional UPDATE is the claim: two
    workers never both send it, and nothing is claimed while an older due message to the seeker is unsent.

    Returns the claimed message (None when another worker had it or it must wait its turn); on success its
    fields are updated in memory, after a failure it is read again.
    """
    now = now or timezone.now()
    claimed = OutboundMessage.objects.filter(pk=message_id, status=MessageStatus.QUEUED).exclude(
        _waits_behind(now)
    ).update(status=MessageStatus.SENDING, attempts=F("attempts") + 1, updated_at=now)
    if not claimed:
        return None
    message = OutboundMessage.objects.select_related("user", "user__window").get(pk=message_id)
    refusal = _refusal(message, now=now)
    if refusal is not None:
        code, reason = refusal
        _fail(message, code=code, text=reason, now=now)
        return _reloaded(message)
    transport = transport_for(message.to)
    try:
        provider_id = transport.send(to=message.to, payload=message.payload)
    except TransportError as exc:
        _after_error(message, exc, transport=transport.name, now=now)
        return _reloaded(message)
    # Conditional: a status callback that raced ahead may already have moved the row forward.
    sent = {"status": MessageStatus.SENT, "provider_message_id": provider_id, "transport": transport.name,
            "sent_at": timezone.now(), "error_code": "", "error_message": "", "updated_at": timezone.now()}
    if message.user_id is None:
        # The goodbye after "delete my data": it carried the number only to be sent; now nothing keeps it.
        sent.update(to="", payload={}, preview="")
    OutboundMessage.objects.filter(pk=message.pk, status=MessageStatus.SENDING).update(**sent)
    for name, value in sent.items():
        setattr(message, name, value)
    return message


# A send takes seconds (WHATSAPP_API_TIMEOUT, 10 s, per try); a row still `sending` after this lost its worker.
SEND_LEASE = timedelta(minutes=2)
# Sends whose outcome is unknown that are tried again; after that the message fails and its jobs are held.
UNKNOWN_OUTCOME_RESENDS = 1


def messages_reconcile(*, now: datetime | None = None) -> tuple[int, int]:
    """Rows left `sending` by a worker that died mid-send: (sent again, given up).

    The Cloud API has no idempotency key, so the outcome of such a send is unknown: WhatsApp may or may not have
    it. For a seeker a missing alert costs more than a duplicate one (jobs fill fast; a repeat costs a glance), so
    it is sent once more. If that send is lost too, the message fails and its jobs go back to held: the seeker
    still finds them in the welcome-back digest and with "jobs", never pushed a third time.
    """
    now = now or timezone.now()
    stale = OutboundMessage.objects.filter(status=MessageStatus.SENDING, updated_at__lt=now - SEND_LEASE)
    resent = stale.filter(attempts__lte=UNKNOWN_OUTCOME_RESENDS).update(
        status=MessageStatus.QUEUED, next_attempt_at=now, error_code=ErrorCode.UNKNOWN_OUTCOME, updated_at=now,
        error_message="The send was interrupted (worker stopped); the outcome is unknown, so it is sent again.",
    )
    given_up = 0
    for message in stale.filter(attempts__gt=UNKNOWN_OUTCOME_RESENDS).only("pk", "attempts"):
        _fail(message, code=ErrorCode.UNKNOWN_OUTCOME, now=now,
              text="Two sends were interrupted; the outcome is unknown. Its jobs are held for the digest.")
        given_up += 1
    if resent or given_up:
        logger.warning("reconciled interrupted sends: %s sent again, %s given up", resent, given_up)
    return resent, given_up


def _reloaded(message: OutboundMessage) -> OutboundMessage:
    message.refresh_from_db()
    return message


def _refusal(message: OutboundMessage, *, now: datetime) -> tuple[str, str] | None:
    """Why this message must not go out now, or None. Checked at send time, not when it was queued."""
    user = message.user
    if user is None:
        # Only a goodbye after "delete my data" has no user left; it answers the message just received.
        return None if message.purpose == MessagePurpose.REPLY else (ErrorCode.NO_USER, "The user's data was deleted.")
    if user.blocked_at is not None:
        return ErrorCode.BLOCKED, "An operator blocked this user: nothing is sent to them, replies included."
    if message.purpose != MessagePurpose.REPLY and not user.is_active:
        return ErrorCode.OPTED_OUT, "The user sent STOP."
    if message.purpose != MessagePurpose.REPLY and user.is_paused(now):
        return ErrorCode.PAUSED, "The user paused alerts."
    if message.kind == "template":
        return None  # templates are the one kind allowed outside the window
    window = getattr(user, "window", None)
    if window is None or not policy.window_open(
        last_activity=window.last_activity, now=now, expired=window.window_status == WindowStatus.EXPIRED
    ):
        return ErrorCode.WINDOW_CLOSED, "The 24-hour window is closed: only a template may be sent."
    return None


def _after_error(message: OutboundMessage, exc: TransportError, *, transport: str, now: datetime) -> None:
    logger.warning("send of message %s failed (%s): %s", message.pk, exc.code, exc)
    attempts = message.attempts
    if exc.code == "timeout" and attempts > UNKNOWN_OUTCOME_RESENDS:
        # The request went out and no answer came back: WhatsApp may have the message (measured: a minute of
        # timeouts sent alerts up to six times). Once more at most, as for a crashed send; then held.
        _fail(message, code=ErrorCode.UNKNOWN_OUTCOME, now=now, transport=transport,
              text=f"{exc}; WhatsApp may have it, so it is not sent again. Its jobs are held for the digest.")
        return
    if exc.permanent or attempts >= policy.MAX_SEND_ATTEMPTS:
        _fail(message, code=exc.code or "error", text=str(exc), now=now, transport=transport)
        return
    OutboundMessage.objects.filter(pk=message.pk, status=MessageStatus.SENDING).update(
        status=MessageStatus.QUEUED, transport=transport, error_code=exc.code[:20], error_message=str(exc),
        next_attempt_at=now + policy.retry_delay(attempts=attempts, retry_after=exc.retry_after), updated_at=now,
    )


def _fail(message: OutboundMessage, *, code: str, text: str, now: datetime, transport: str = "") -> None:
    changes: dict[str, object] = {"status": MessageStatus.FAILED, "error_code": code[:20], "error_message": text,
                                  "updated_at": now}
    if transport:
        changes["transport"] = transport
    OutboundMessage.objects.filter(pk=message.pk).update(**changes)
    message_failure_handle(message_id=message.pk, error_code=code, now=now)


@receiver(message_failed, dispatch_uid="delivery.outbound.failure")
def _on_failed_status(sender, *, message_id: int, error_code: str, **kwargs) -> None:
    # WhatsApp accepted the message and failed it later (e.g. 131047 when the window closed in between).
    message_failure_handle(message_id=message_id, error_code=error_code)


def message_failure_handle(*, message_id: int, error_code: str, now: datetime | None = None) -> None:
    """A message failed for good: its jobs go back to the digest; the user's state follows the error."""
    now = now or timezone.now()
    row = OutboundMessage.objects.filter(pk=message_id).values("user_id").first()
    if row is None or row["user_id"] is None:
        return
    user_id = row["user_id"]
    if error_code in {OUTSIDE_WINDOW, ErrorCode.WINDOW_CLOSED}:
        # WhatsApp's clock says the window is closed whatever ours says: stop free-form sends until they write.
        ConversationWindow.objects.filter(user_id=user_id).update(window_status=WindowStatus.EXPIRED)
    elif error_code == UNDELIVERABLE:
        User.objects.filter(pk=user_id, unreachable_at__isnull=True).update(unreachable_at=now)
    jobs = UserJobHistory.objects.filter(outbound_message_id=message_id, status=HistoryStatus.SENT)
    if error_code in {ErrorCode.OPTED_OUT, ErrorCode.BLOCKED}:
        jobs.update(status=HistoryStatus.SKIPPED, message_sent=False)
    else:
        # Held, not lost: the user sees these jobs in the digest when they come back, or with "jobs".
        jobs.update(status=HistoryStatus.HELD, message_sent=False, shown_at=None, outbound_message=None)


# --- Dispatch (the pump's half) -----------------------------------------------------------------------


def messages_dispatch(*, now: datetime, budget: int) -> int:
    """Hand up to `budget` due messages to the workers, oldest first. Returns how many were dispatched.

    Only the head of each seeker's line: the messages behind it follow it, sent by the worker that sends it.
    """
    if budget <= 0:
        return 0
    due = (
        _due(now)
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:budget]
    )
    ids = list(due)
    if not ids:
        return 0
    # The lease: a dispatched row is not dispatched again unless its task is lost.
    OutboundMessage.objects.filter(pk__in=ids, status=MessageStatus.QUEUED).update(next_attempt_at=now + DISPATCH_LEASE)
    inline = settings.WHATSAPP_TRANSPORT == "outbox"
    for message_id in ids:
        if inline:
            messages_send_in_order(message_id=message_id, now=now)  # the outbox is a row write: no worker needed
        else:
            message_enqueue(message_id=message_id)
    return len(ids)


def _due(now: datetime):
    """Queued messages whose time has come and that head their seeker's line."""
    return OutboundMessage.objects.filter(status=MessageStatus.QUEUED, next_attempt_at__lte=now).exclude(
        _waits_behind(now))


def next_message_due(*, now: datetime | None = None) -> datetime | None:
    """When the pump has a message to dispatch next: a head due now, else the earliest scheduled time."""
    now = now or timezone.now()
    if _due(now).exists():
        return now
    return (
        OutboundMessage.objects.filter(status=MessageStatus.QUEUED, next_attempt_at__gt=now)
        .order_by("next_attempt_at").values_list("next_attempt_at", flat=True).first()
    )
