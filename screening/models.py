"""Scam screening: each canonical job's standing (clear, reported, held for review, blocked), seekers' reports,
and the companies and contacts operators blocked.

Kept beside the job (one row per job, its primary key) rather than on `canonical_jobs`: the jobs app stays free of
screening, and a job screened before this app existed simply has no row and counts as clear.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jobs.models import CanonicalJob
from screening.rules import Verdict, normalise_block_value


class ScreeningStatus(models.TextChoices):
    CLEAR = "clear", "Clear: goes to seekers"
    REPORTED = "reported", "Reported: still sent, waiting for a look"
    REVIEW = "review", "Held for review"
    BLOCKED = "blocked", "Blocked"


# Held from everyone: never matched, alerted, listed on request or in a digest.
HELD = (ScreeningStatus.REVIEW, ScreeningStatus.BLOCKED)
# What the operators' review queue shows.
QUEUE = (ScreeningStatus.REVIEW, ScreeningStatus.REPORTED)


class ScreeningSource(models.TextChoices):
    RULES = "rules", "Offline rules"
    OPENAI = "openai", "Rules + OpenAI"


class JobScreening(models.Model):
    job = models.OneToOneField(CanonicalJob, on_delete=models.CASCADE, primary_key=True, related_name="screening")
    verdict = models.CharField(max_length=8, choices=Verdict.choices, help_text="What the screener said on arrival.")
    status = models.CharField(max_length=8, choices=ScreeningStatus.choices, default=ScreeningStatus.CLEAR)
    score = models.PositiveSmallIntegerField(default=0, help_text="Sum of the reasons' weights (0–100).")
    reasons = models.JSONField(default=list, blank=True, help_text="Why, in plain words, strongest first.")
    source = models.CharField(max_length=8, choices=ScreeningSource.choices, default=ScreeningSource.RULES)
    screened_at = models.DateTimeField()
    reports = models.PositiveIntegerField(default=0, help_text="Seekers who reported it as a scam.")
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "job_screenings"
        verbose_name = "job screening"
        indexes = [models.Index(fields=["status"], name="screenings_queue_idx",
                                condition=~models.Q(status="clear"))]

    def __str__(self) -> str:
        return f"{self.job_id}: {self.status}"


class ReviewQueueItem(JobScreening):
    """The operators' queue: jobs held for review or reported by seekers (admin → Scam screening → Review queue)."""

    class Meta:
        proxy = True
        verbose_name = "job to review"
        verbose_name_plural = "review queue"


class JobReport(models.Model):
    """A seeker said a job they were sent is a scam ("report", "na wayo", the Report button). One per seeker."""

    job = models.ForeignKey(CanonicalJob, on_delete=models.CASCADE, related_name="reports")
    user = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="job_reports")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "job_reports"
        verbose_name = "job report"
        constraints = [models.UniqueConstraint(fields=["job", "user"], name="job_reports_once_per_seeker")]

    def __str__(self) -> str:
        return f"job {self.job_id} reported by user {self.user_id}"


class BlockKind(models.TextChoices):
    COMPANY = "company", "Company name"
    PHONE = "phone", "Phone / WhatsApp number"
    EMAIL_DOMAIN = "email_domain", "Email domain"
    EMAIL = "email", "Email address"


class Blocklist(models.Model):
    """A company or contact operators blocked: its future postings are blocked on arrival."""

    kind = models.CharField(max_length=12, choices=BlockKind.choices)
    value = models.CharField(max_length=300, help_text="Stored normalised: company words, a number's last 10 digits, "
                                                        "a lower-case domain or address.")
    reason = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "screening_blocklist"
        verbose_name = "blocked company or contact"
        verbose_name_plural = "blocklist"
        constraints = [models.UniqueConstraint(fields=["kind", "value"], name="screening_blocklist_unique")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"

    def save(self, *args, **kwargs) -> None:
        self.value = normalise_block_value(self.kind, self.value)
        super().save(*args, **kwargs)
