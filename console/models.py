"""The console's own state: which operator alerts are raised (so each is sent at most once an hour, from any
cluster) and a per-minute count of refused webhook POSTs (they are not stored anywhere else)."""

from __future__ import annotations

from django.db import models


class OperatorAlert(models.Model):
    """One row per alert condition. `active` means operators were told it fails and no recovery went out yet."""

    name = models.CharField(max_length=40, primary_key=True)
    active = models.BooleanField(default=False)
    detail = models.TextField(blank=True, help_text="What the last check found.")
    notified_at = models.DateTimeField(null=True, blank=True, help_text="When operators were last told it fails.")
    cleared_at = models.DateTimeField(null=True, blank=True, help_text="When the recovery was sent.")

    class Meta:
        db_table = "console_alerts"
        verbose_name = "operator alert"
        # The dashboard's permission lives here because the dashboard has no model of its own.
        permissions = [("view_dashboard", "Can view the operator dashboard")]

    def __str__(self) -> str:
        return f"{self.name} ({'failing' if self.active else 'ok'})"


class WebhookRefusals(models.Model):
    """Webhook POSTs refused (signature, envelope, size) and events the database refused, per minute."""

    minute = models.DateTimeField(primary_key=True)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "console_webhook_refusals"
        verbose_name_plural = "webhook refusals"

    def __str__(self) -> str:
        return f"{self.count} refused at {self.minute:%Y-%m-%d %H:%M}"
