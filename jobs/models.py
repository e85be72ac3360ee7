"""Jobs: every scraped record as received (`raw_jobs`) and the de-duplicated jobs users see (`canonical_jobs`)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class WorkArrangement(models.TextChoices):
    REMOTE = "remote", "Remote"
    HYBRID = "hybrid", "Hybrid"
    ONSITE = "onsite", "On-site"


class PayPeriod(models.TextChoices):
    HOURLY = "hourly", "per hour"
    DAILY = "daily", "per day"
    WEEKLY = "weekly", "per week"
    MONTHLY = "monthly", "per month"
    YEARLY = "yearly", "per year"


class JobStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    ARCHIVED = "archived", "Archived"


class CanonicalJob(models.Model):
    title = models.CharField(max_length=300)
    company = models.CharField(max_length=300, blank=True)
    location = models.CharField(max_length=300, blank=True, help_text="As the source wrote it.")
    city = models.CharField(max_length=120, blank=True)
    state = models.CharField(max_length=120, blank=True)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2, e.g. NG.")
    salary_min = models.DecimalField(max_digits=16, decimal_places=2, null=True, blank=True)
    salary_max = models.DecimalField(max_digits=16, decimal_places=2, null=True, blank=True)
    salary_currency = models.CharField(max_length=3, blank=True)
    salary_period = models.CharField(max_length=8, choices=PayPeriod.choices, blank=True)
    # Normalised for matching: pay per month in the posting's currency, and the same in USD.
    salary_monthly_min = models.FloatField(null=True, blank=True)
    salary_monthly_max = models.FloatField(null=True, blank=True)
    salary_monthly_usd_min = models.FloatField(null=True, blank=True)
    salary_monthly_usd_max = models.FloatField(null=True, blank=True)
    employment_type = models.CharField(max_length=60, blank=True)
    work_arrangement = models.CharField(max_length=8, choices=WorkArrangement.choices, blank=True)
    experience_level = models.CharField(max_length=40, blank=True)
    years_experience_min = models.PositiveSmallIntegerField(null=True, blank=True)
    years_experience_max = models.PositiveSmallIntegerField(null=True, blank=True)
    posted_date = models.DateField(null=True, blank=True)
    job_url = models.URLField(max_length=2000, blank=True)
    apply_url = models.URLField(max_length=2000, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_whatsapp = models.CharField(max_length=20, blank=True)
    description = models.TextField(blank=True)

    ai_enhanced = models.BooleanField(default=False)
    ai_job_titles = models.JSONField(default=list, blank=True)
    ai_skills = models.JSONField(default=list, blank=True)
    ai_industry = models.CharField(max_length=120, blank=True)
    ai_job_function = models.CharField(max_length=120, blank=True)
    ai_summary = models.TextField(blank=True)
    enhancement_source = models.CharField(max_length=20, blank=True, help_text='"openai" or "offline".')
    enhancement_hash = models.CharField(max_length=64, blank=True, help_text="Content hash last enhanced.")
    enhancement_error = models.TextField(blank=True)
    needs_reenhancement = models.BooleanField(default=False)
    enhanced_at = models.DateTimeField(null=True, blank=True)
    ai_tokens = models.PositiveIntegerField(default=0)
    ai_cost_usd = models.DecimalField(max_digits=10, decimal_places=6, default=0)

    source = models.CharField(max_length=40, help_text="Where the first copy came from (linkedin, indeed, csv…).")
    source_job_id = models.CharField(max_length=200, blank=True)
    fingerprint = models.CharField(max_length=64, unique=True, help_text="Normalised company + title + location.")
    status = models.CharField(max_length=10, choices=JobStatus.choices, default=JobStatus.ACTIVE)
    scraped_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    archived_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "canonical_jobs"
        verbose_name = "job"
        indexes = [
            models.Index(fields=["-created_at"], name="jobs_recent_active_idx", condition=Q(status="active")),
            models.Index(fields=["source", "source_job_id"], name="jobs_source_idx"),
            models.Index(fields=["ai_enhanced"], name="jobs_unenhanced_idx", condition=Q(ai_enhanced=False)),
        ]

    def __str__(self) -> str:
        return f"{self.title} at {self.company}" if self.company else self.title


class RawJobStatus(models.TextChoices):
    NEW = "new", "New"
    NORMALISED = "normalised", "Normalised"
    DUPLICATE = "duplicate", "Duplicate of an existing job"
    REJECTED = "rejected", "Rejected"


class RawJob(models.Model):
    """A scraped record exactly as received; nothing is silently dropped."""

    source = models.CharField(max_length=40)
    source_job_id = models.CharField(max_length=200)
    payload = models.JSONField(default=dict)
    content_hash = models.CharField(max_length=64, blank=True)
    canonical_job = models.ForeignKey(
        CanonicalJob, null=True, blank=True, on_delete=models.SET_NULL, related_name="raw_jobs"
    )
    status = models.CharField(max_length=12, choices=RawJobStatus.choices, default=RawJobStatus.NEW)
    reason = models.TextField(blank=True, help_text="Why the record was rejected or what was only partly read.")
    fetched_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "raw_jobs"
        verbose_name = "raw job"
        constraints = [
            models.UniqueConstraint(fields=["source", "source_job_id"], name="raw_jobs_unique_source_id"),
        ]
        indexes = [models.Index(fields=["status"], name="raw_jobs_status_idx")]

    def __str__(self) -> str:
        return f"{self.source}:{self.source_job_id}"
