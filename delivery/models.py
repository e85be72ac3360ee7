"""Delivery: who was shown which job, outbound messages, and each user's 24-hour window."""

from __future__ import annotations

from enum import StrEnum

from django.db import models
from django.db.models import Q
from django.utils import timezone

from accounts.models import User
from jobs.models import CanonicalJob


class DeliveryType(models.TextChoices):
    INSTANT = "instant", "Alert inside the window"
    DIGEST = "digest", "Held for the digest"
    ON_REQUEST = "on_request", "Asked for with 'jobs'"
    TEMPLATE = "template", "Re-engagement template"


class HistoryStatus(models.TextChoices):
    PENDING = "pending", "Waiting to be sent"
    HELD = "held", "Held until the window reopens"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"
    SKIPPED = "skipped", "Skipped"


class UserJobHistory(models.Model):
    """One row per (user, job): the unique constraint is what makes "each job at most once" hold."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="job_history")
    job = models.ForeignKey(CanonicalJob, on_delete=models.CASCADE, related_name="history")
    shown_at = models.DateTimeField(null=True, blank=True)
    match_score = models.FloatField()
    match_breakdown = models.JSONField(default=dict, blank=True)
    delivery_type = models.CharField(max_length=12, choices=DeliveryType.choices, default=DeliveryType.INSTANT)
    status = models.CharField(max_length=10, choices=HistoryStatus.choices, default=HistoryStatus.PENDING)
    message_sent = models.BooleanField(default=False)
    outbound_message = models.ForeignKey(
        "delivery.OutboundMessage", null=True, blank=True, on_delete=models.SET_NULL, related_name="history"
    )
    feedback = models.CharField(max_length=20, blank=True, help_text='"not_for_me" when the user said so.')
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "user_job_history"
        verbose_name_plural = "user job history"
        constraints = [models.UniqueConstraint(fields=["user", "job"], name="user_job_history_unique_user_job")]
        indexes = [
            models.Index(fields=["user", "status"], name="history_user_status_idx"),
            models.Index(fields=["status", "next_attempt_at"], name="history_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} ← job {self.job_id} ({self.match_score:.0f})"


class MessageStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    SENDING = "sending", "Sending"
    SENT = "sent", "Sent"
    DELIVERED = "delivered", "Delivered"
    READ = "read", "Read"
    FAILED = "failed", "Failed"


class ErrorCode(StrEnum):
    """Our own reasons in `OutboundMessage.error_code`, beside the transports' and WhatsApp's (numbers)."""

    OPTED_OUT = "opted_out"  # the user sent STOP
    PAUSED = "paused"  # the user paused alerts
    WINDOW_CLOSED = "window_closed"  # our clock says the 24-hour window is closed
    BLOCKED = "blocked"  # an operator blocked the user
    NO_USER = "no_user"  # the user's data was deleted
    UNKNOWN_OUTCOME = "unknown_outcome"  # the send was interrupted: WhatsApp may or may not have it


# Statuses only move forward: WhatsApp may report `delivered` after `read`.
STATUS_RANK = {
    MessageStatus.QUEUED: 0,
    MessageStatus.SENDING: 1,
    MessageStatus.SENT: 2,
    MessageStatus.DELIVERED: 3,
    MessageStatus.READ: 4,
    MessageStatus.FAILED: 5,
}


class MessagePurpose(models.TextChoices):
    REPLY = "reply", "Reply"  # answers what the user just wrote: sent at once, even to a paused user
    ALERT = "alert", "Job alert"
    DIGEST = "digest", "Digest"
    REMINDER = "reminder", "Window reminder"
    WARNING = "warning", "Window warning"
    REENGAGEMENT = "reengagement", "Re-engagement template"
    OPERATOR = "operator", "Operator alert"


class OutboundMessage(models.Model):
    """Every outbound WhatsApp message is a row before it is sent."""

    user = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="outbound_messages")
    to = models.CharField(max_length=20)
    kind = models.CharField(max_length=12, help_text="text, buttons, list, cta_url or template.")
    purpose = models.CharField(max_length=20, choices=MessagePurpose.choices, default=MessagePurpose.REPLY)
    payload = models.JSONField(help_text="The Cloud API message body, without messaging_product and to.")
    preview = models.TextField(blank=True, help_text="What the user reads, for operators.")
    transport = models.CharField(max_length=10, blank=True)
    status = models.CharField(max_length=10, choices=MessageStatus.choices, default=MessageStatus.QUEUED)
    provider_message_id = models.CharField(max_length=128, null=True, blank=True, unique=True)
    error_code = models.CharField(max_length=20, blank=True)
    error_message = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    due_at = models.DateTimeField(
        default=timezone.now,
        help_text="When it may first go out (later for quiet hours). From then on it keeps its place in the "
                  "seeker's line: nothing written after it is sent before it.",
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "outbound_messages"
        verbose_name = "outbound message"
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="outbound_due_idx",
                         condition=Q(status__in=["queued", "sending"])),
            models.Index(fields=["user", "-created_at"], name="outbound_user_recent_idx"),
            models.Index(fields=["user", "id"], name="outbound_user_line_idx",
                         condition=Q(status__in=["queued", "sending"])),
        ]

    def __str__(self) -> str:
        return f"{self.purpose} to {self.to} [{self.status}]"


class WindowStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    REMINDED = "reminded", "4-hour reminder sent"
    WARNED = "warned", "Last warning sent"
    EXPIRED = "expired", "Expired"


class ConversationWindow(models.Model):
    """WhatsApp's 24-hour customer-service window, one clock per user, refreshed by every inbound message."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="window")
    window_start = models.DateTimeField()
    last_activity = models.DateTimeField(db_index=True, help_text="Time of the user's last inbound message.")
    window_status = models.CharField(max_length=10, choices=WindowStatus.choices, default=WindowStatus.ACTIVE)
    battery_warning_sent = models.BooleanField(default=False)
    four_hour_reminder_sent = models.BooleanField(default=False)
    reengagement_sent = models.BooleanField(
        default=False, help_text="The re-engagement template went out after this window closed (once per window)."
    )
    messages_in_window = models.PositiveIntegerField(default=0)
    # Not a column: window_touch sets it on the row it returns (True when the window had closed).
    reopened: bool

    class Meta:
        db_table = "conversation_windows"
        indexes = [
            models.Index(fields=["last_activity"], name="windows_open_idx", condition=~Q(window_status="expired")),
        ]

    def __str__(self) -> str:
        return f"Window of {self.user_id} ({self.window_status})"


class Lease(models.Model):
    """A named lease in the database: one holder at a time across every process and cluster, with or without
    Redis (a local-memory cache lock is per process: measured, each worker ran its own pump and a backlog went
    out in one burst). Taken and renewed by conditional UPDATE; it expires by itself when its holder dies."""

    name = models.CharField(max_length=40, primary_key=True)
    holder = models.CharField(max_length=64, blank=True)
    expires_at = models.DateTimeField()

    class Meta:
        db_table = "delivery_leases"

    def __str__(self) -> str:
        return f"{self.name} until {self.expires_at:%H:%M:%S}"


class ApplyLink(models.Model):
    """The Apply link one user got for one job: `/a/<token>/` redirects to the job and counts the tap.

    The token is random and means something only through this row, so the URL says nothing about who tapped it.
    One link per (user, job, source): the same job in an alert and later in "jobs" counts for each.
    """

    token = models.CharField(max_length=16, unique=True)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="apply_links")
    job = models.ForeignKey(CanonicalJob, on_delete=models.CASCADE, related_name="apply_links")
    source = models.CharField(max_length=12, choices=DeliveryType.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    clicks = models.PositiveIntegerField(default=0)
    first_clicked_at = models.DateTimeField(null=True, blank=True)
    last_clicked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "apply_links"
        constraints = [models.UniqueConstraint(fields=["user", "job", "source"], name="apply_links_unique")]
        indexes = [models.Index(fields=["job", "source"], name="apply_links_job_idx")]

    def __str__(self) -> str:
        return f"apply link {self.token} (job {self.job_id}, {self.clicks} clicks)"


class ApplyClick(models.Model):
    """One tap on an Apply link, for clicks per day (the link keeps the running totals)."""

    link = models.ForeignKey(ApplyLink, on_delete=models.CASCADE, related_name="click_log")
    clicked_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        db_table = "apply_clicks"

    def __str__(self) -> str:
        return f"click on {self.link_id} at {self.clicked_at:%Y-%m-%d %H:%M}"


class SimulatedNumber(models.Model):
    """A number typed into the chat simulator (conversations/simulator.py). Its messages always go to the outbox,
    never to WhatsApp: `delivery.transports.transport_for` and the Cloud transport check this table."""

    phone_number = models.CharField(max_length=20, unique=True)
    created_by = models.CharField(max_length=150, blank=True, help_text="The staff user who first simulated it.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "simulated_numbers"

    def __str__(self) -> str:
        return f"simulated {self.phone_number}"
