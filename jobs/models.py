"""Jobs: every scraped record as received (`raw_jobs`) and the de-duplicated jobs users see (`canonical_jobs`)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
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
    salary_text = models.CharField(
        max_length=300, blank=True, help_text="Where the pay was read: the posting's own line, or the board's fields."
    )
    employment_type = models.CharField(max_length=60, blank=True)
    work_arrangement = models.CharField(max_length=8, choices=WorkArrangement.choices, blank=True)
    experience_level = models.CharField(max_length=40, blank=True)
    years_experience_min = models.PositiveSmallIntegerField(null=True, blank=True)
    years_experience_max = models.PositiveSmallIntegerField(null=True, blank=True)
    posted_date = models.DateField(null=True, blank=True)
    apply_by = models.DateField(
        null=True, blank=True, help_text="The closing date for applications the post states: no alert after it."
    )
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
    # De-duplication: jobs at one company in one place share a block; titles are compared fuzzily inside it.
    dedupe_block = models.CharField(max_length=32, blank=True)
    last_seen_at = models.DateTimeField(null=True, blank=True, help_text="Last time any source listed it.")
    # The enhance → match → deliver chain: when it was last started, and when matching finished. A job left
    # unmatched past a few minutes (a lost task, a broker outage) is started again by the pipeline sweep.
    pipeline_started_at = models.DateTimeField(null=True, blank=True)
    matched_at = models.DateTimeField(null=True, blank=True, help_text="When matching and delivery claims finished.")

    class Meta:
        db_table = "canonical_jobs"
        verbose_name = "job"
        indexes = [
            models.Index(fields=["-created_at"], name="jobs_recent_active_idx", condition=Q(status=JobStatus.ACTIVE)),
            models.Index(fields=["source", "source_job_id"], name="jobs_source_idx"),
            models.Index(fields=["ai_enhanced"], name="jobs_unenhanced_idx", condition=Q(ai_enhanced=False)),
            # Declared here rather than db_index=True: PostgreSQL then adds no LIKE index nobody uses.
            models.Index(fields=["dedupe_block"], name="jobs_dedupe_block_idx", condition=Q(status=JobStatus.ACTIVE)),
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


# --- Sources: what operators configure, what each run did -------------------------------------


class JobKeyKind(models.TextChoices):
    FINGERPRINT = "fingerprint", "Company + title + place"
    URL = "url", "Canonical URL"
    TEXT = "text", "Same description (remote or anonymous post)"


class JobKey(models.Model):
    """Another name for a canonical job: every fingerprint, canonical URL and description key a copy of it was seen
    under.

    A unique key lets the bulk ingest find copies with one `IN` query per batch, whatever board they came from.
    """

    key = models.CharField(max_length=64, help_text="sha256 of kind + normalised value.")
    kind = models.CharField(max_length=12, choices=JobKeyKind.choices)
    canonical_job = models.ForeignKey(CanonicalJob, on_delete=models.CASCADE, related_name="keys")

    class Meta:
        db_table = "job_keys"
        verbose_name = "job key"
        constraints = [models.UniqueConstraint(fields=["key"], name="job_keys_unique_key")]

    def __str__(self) -> str:
        return f"{self.kind}:{self.key[:12]}"


class JobSearch(models.Model):
    """A JobSpy search an operator runs on a schedule (one per role × place is typical)."""

    name = models.CharField(max_length=120, unique=True)
    search_term = models.CharField(max_length=200)
    location = models.CharField(max_length=200, blank=True, help_text='e.g. "Lagos, Nigeria"; empty with remote.')
    is_remote = models.BooleanField(default=False)
    sites = models.JSONField(
        default=list, blank=True,
        help_text='JobSpy site names, e.g. ["linkedin", "indeed", "glassdoor", "google"]. Empty = the default set.',
    )
    country_indeed = models.CharField(max_length=40, default="nigeria")
    results_wanted = models.PositiveSmallIntegerField(default=30)
    hours_old = models.PositiveSmallIntegerField(null=True, blank=True, default=72)
    enabled = models.BooleanField(default=True)
    interval_minutes = models.PositiveIntegerField(default=360)
    last_run_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "job_searches"
        verbose_name = "job search"
        verbose_name_plural = "job searches"

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if not isinstance(self.sites, list) or not all(isinstance(site, str) for site in self.sites):
            raise ValidationError({"sites": 'A list of site names, e.g. ["linkedin", "indeed"].'})
        unknown = sorted({site.strip().lower() for site in self.sites} - set(JOB_SITES))
        if unknown:
            raise ValidationError({"sites": f"Unknown site(s) {', '.join(unknown)}; use {', '.join(JOB_SITES)}."})


# python-jobspy 1.4's Site values (LinkedIn may instead go to our own guest-page source).
JOB_SITES = ["linkedin", "indeed", "zip_recruiter", "glassdoor", "google", "bayt", "naukri", "bdjobs", "hellowork"]


class BoardProvider(models.TextChoices):
    GREENHOUSE = "greenhouse", "Greenhouse"
    LEVER = "lever", "Lever"
    WORKABLE = "workable", "Workable"
    ASHBY = "ashby", "Ashby"


class CompanyBoard(models.Model):
    """A company's public job board (its JSON API): steadier than scraping."""

    provider = models.CharField(max_length=12, choices=BoardProvider.choices)
    slug = models.CharField(
        max_length=120, help_text="The board's name in its URL: boards.greenhouse.io/<slug>, jobs.lever.co/<slug>…"
    )
    company = models.CharField(max_length=300, blank=True, help_text="Shown on jobs; defaults to the board's name.")
    enabled = models.BooleanField(default=True)
    interval_minutes = models.PositiveIntegerField(default=720)
    last_run_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "company_boards"
        verbose_name = "company board"
        constraints = [models.UniqueConstraint(fields=["provider", "slug"], name="company_boards_unique_slug")]

    def __str__(self) -> str:
        return f"{self.company or self.slug} ({self.get_provider_display()})"


class RunStatus(models.TextChoices):
    RUNNING = "running", "Running"
    SUCCEEDED = "succeeded", "Succeeded"
    PARTIAL = "partial", "Partly failed"
    FAILED = "failed", "Failed"


class SourceRun(models.Model):
    """One fetch from one source and what the ingest made of it."""

    source = models.CharField(max_length=40, help_text="jobspy, linkedin, greenhouse, csv…")
    label = models.CharField(max_length=300, blank=True, help_text="The search, board or file.")
    search = models.ForeignKey(JobSearch, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs")
    board = models.ForeignKey(CompanyBoard, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs")
    status = models.CharField(max_length=10, choices=RunStatus.choices, default=RunStatus.RUNNING)
    started_at = models.DateTimeField(db_index=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    requests = models.PositiveIntegerField(default=0, help_text="HTTP requests made (for rate limits).")
    fetched = models.PositiveIntegerField(default=0)
    new = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    duplicate = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True, help_text="Site failures and rejected records.")

    class Meta:
        db_table = "source_runs"
        verbose_name = "source run"
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.source} {self.label} {self.started_at:%Y-%m-%d %H:%M}"
