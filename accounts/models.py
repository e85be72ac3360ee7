"""Job seekers and their preferences (the seed's `users` and `user_preferences` tables)."""

from __future__ import annotations

from datetime import datetime

from django.db import models
from django.db.models import Q

from aremu.phone import validate_e164

WORK_ARRANGEMENTS = ("remote", "hybrid", "onsite")


class SalaryPeriod(models.TextChoices):
    MONTHLY = "monthly", "per month"
    YEARLY = "yearly", "per year"


class User(models.Model):
    """A job seeker who talks to Aremu on WhatsApp. Operators log in with Django's own auth users."""

    phone_number = models.CharField(max_length=20, unique=True, validators=[validate_e164])
    # WhatsApp's business-scoped user id: usernames make `wa_id` optional, so it is kept beside the phone.
    whatsapp_user_id = models.CharField(max_length=64, null=True, blank=True, unique=True)
    name = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_active = models.DateTimeField(null=True, blank=True)
    is_active = models.BooleanField(default=True, help_text="False once the user sends STOP; nothing is sent then.")
    opted_out_at = models.DateTimeField(null=True, blank=True)
    paused_until = models.DateTimeField(null=True, blank=True)
    unreachable_at = models.DateTimeField(
        null=True, blank=True, help_text="Set when WhatsApp says the number cannot receive messages (131026)."
    )
    blocked_at = models.DateTimeField(
        null=True, blank=True,
        help_text="Set by an operator: nothing is sent and the user's messages are ignored, START included.",
    )
    blocked_reason = models.CharField(max_length=200, blank=True)
    timezone = models.CharField(max_length=64, blank=True, help_text="Empty means DEFAULT_TIMEZONE.")
    alert_daily_cap = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Empty means ALERT_DAILY_CAP.")
    quiet_hours = models.CharField(
        max_length=11, blank=True, help_text="HH:MM-HH:MM in the user's time zone; empty means QUIET_HOURS."
    )
    language = models.CharField(
        max_length=3, choices=[("en", "English"), ("pcm", "Nigerian Pidgin")], default="en",
        help_text="The register the bot writes in: read from how the seeker writes, until they choose one.",
    )
    language_chosen = models.BooleanField(
        default=False, help_text='The seeker asked for it ("talk pidgin" / "speak English"): no longer guessed.'
    )

    class Meta:
        db_table = "users"
        verbose_name = "job seeker"
        indexes = [
            models.Index(fields=["is_active", "last_active"], name="users_active_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.name or 'Seeker'} ({self.phone_number})"

    def is_paused(self, now: datetime) -> bool:
        """Alerts paused ("pause" or the admin's action) and the pause not yet over. Replies still go."""
        return self.paused_until is not None and self.paused_until > now


class Schooling(models.TextChoices):
    """The highest certificate a seeker says they hold (jobs.credentials.SCHOOLING_LEVELS ranks them), or none."""

    NONE = "none", "No certificate"
    SSCE = "ssce", "SSCE / WAEC"
    OND = "ond", "OND / NCE"
    DEGREE = "degree", "HND or degree"


class UserPreferences(models.Model):
    """What a seeker wants. Lists are JSON so the same model runs on SQLite and PostgreSQL."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="preferences")
    job_roles = models.JSONField(default=list, blank=True)
    job_categories = models.JSONField(default=list, blank=True)
    preferred_locations = models.JSONField(default=list, blank=True)
    technical_skills = models.JSONField(default=list, blank=True)
    years_of_experience = models.PositiveSmallIntegerField(null=True, blank=True)
    salary_min = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    salary_currency = models.CharField(max_length=3, default="NGN", blank=True)
    salary_period = models.CharField(max_length=8, choices=SalaryPeriod.choices, default=SalaryPeriod.MONTHLY)
    work_arrangements = models.JSONField(default=list, blank=True, help_text='Any of "remote", "hybrid", "onsite".')
    preferences_confirmed = models.BooleanField(default=False)
    schooling = models.CharField(max_length=8, choices=Schooling.choices, blank=True, default="",
                                 help_text="Their highest certificate, as they answered; empty: not answered.")
    # What they answered about must-haves posts ask (jobs.credentials codes): {"licence": true, "hausa": false}.
    # A code left out is unknown: a post asking it is still sent; one they said they lack is not.
    credentials = models.JSONField(default=dict, blank=True,
                                   help_text='Must-haves answered: {"licence": true, "hausa": false, …}.')
    # What they answered about neighbouring lines of work (matching.neighbours option codes): {"care": true,
    # "field": false}. A yes is sent as their own line, a no never; a code left out is left to the rules; "senior" is a
    # yes only to posts whose title holds a rank ("2 if it's a supervisor level role").
    also_take = models.JSONField(default=dict, blank=True,
                                 help_text='Neighbouring lines answered: {"care": true, "field": false, …}.')
    # The user's own words, field by field, beside the normalised values above.
    user_words = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "user_preferences"
        verbose_name_plural = "user preferences"
        indexes = [
            models.Index(
                fields=["user"], name="prefs_confirmed_idx", condition=Q(preferences_confirmed=True)
            ),
        ]

    def __str__(self) -> str:
        return f"Preferences of {self.user}"
