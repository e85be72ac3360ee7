"""Conversation services: what the bot does with each inbound message."""

from __future__ import annotations

from django.utils import timezone

from conversations.models import InboundMessage, InboundStatus
from delivery import messages
from delivery.services import message_queue


def inbound_handle(*, inbound_id: int) -> None:
    """Answer one stored inbound message (walking skeleton: a greeting; the dialogue fills this in)."""
    inbound = InboundMessage.objects.select_related("user").get(pk=inbound_id)
    if inbound.user is not None:
        message_queue(user=inbound.user, payload=messages.text("Hello from Aremu! Tell me what work you want."))
    InboundMessage.objects.filter(pk=inbound_id).update(status=InboundStatus.PROCESSED, processed_at=timezone.now())
