"""Conversations: inbound WhatsApp messages and each user's place in the dialogue."""

from __future__ import annotations

from django.db import models

from accounts.models import User


class InboundStatus(models.TextChoices):
    RECEIVED = "received", "Received"
    PROCESSED = "processed", "Processed"
    IGNORED = "ignored", "Ignored"
    FAILED = "failed", "Failed"


class InboundMessage(models.Model):
    """A message a user sent us. WhatsApp delivers at least once, so its id is unique."""

    wa_message_id = models.CharField(max_length=128, unique=True)
    user = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="inbound_messages")
    from_number = models.CharField(max_length=32, blank=True)
    message_type = models.CharField(max_length=32)
    text = models.TextField(blank=True, help_text="What the user typed, or the title of the button/list row tapped.")
    reply_id = models.CharField(max_length=256, blank=True, help_text="Id of the button or list row tapped.")
    payload = models.JSONField(default=dict)
    sent_at = models.DateTimeField(null=True, blank=True, help_text="WhatsApp's timestamp.")
    received_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=InboundStatus.choices, default=InboundStatus.RECEIVED)
    processed_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        db_table = "inbound_messages"
        verbose_name = "inbound message"
        indexes = [models.Index(fields=["user", "-received_at"], name="inbound_user_recent_idx")]

    def __str__(self) -> str:
        return f"{self.message_type} from {self.from_number}"


class ConversationState(models.Model):
    """Where a user is in the dialogue (onboarding step, pending confirmation…), kept in the DB, not memory."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="conversation")
    step = models.CharField(max_length=40, default="new")
    data = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "conversation_states"

    def __str__(self) -> str:
        return f"{self.user_id}: {self.step}"
