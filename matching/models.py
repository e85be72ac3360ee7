"""The candidate index: each seeker's compiled profile and the (role, place) keys it is found under.

Kept current by signals on `UserPreferences` (see `matching.signals`) and by a periodic stale-profile sweep, so
`find_matches` reads a few hundred candidate rows instead of scoring every user.
"""

from __future__ import annotations

from django.db import models

from accounts.models import User
from jobs.models import CanonicalJob


class MatchProfile(models.Model):
    """A seeker's preferences resolved for matching (title groups, skills, places, monthly pay, dislikes)."""

    user = models.OneToOneField(User, primary_key=True, on_delete=models.CASCADE, related_name="match_profile")
    data = models.JSONField(help_text="matching.profiles.Seeker as JSON.")
    version = models.CharField(max_length=16, help_text="Vocabulary version it was compiled with.")
    source_updated_at = models.DateTimeField(null=True, help_text="The preferences' updated_at when compiled.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "match_profiles"

    def __str__(self) -> str:
        return f"Match profile of {self.user_id}"


class MatchTerm(models.Model):
    """One (role key, place key) a seeker is found under; see `matching.terms`."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+", db_index=False)
    role = models.CharField(max_length=120)
    place = models.CharField(max_length=120)

    class Meta:
        db_table = "match_terms"
        indexes = [
            models.Index(fields=["role", "place", "user"], name="match_terms_lookup_idx"),
            models.Index(fields=["user"], name="match_terms_user_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.role}@{self.place}"


class MatchDislike(models.Model):
    """The user said "not for me" to this job: similar titles and the same company score lower for them."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="match_dislikes")
    job = models.ForeignKey(CanonicalJob, on_delete=models.CASCADE, related_name="+")
    title_core = models.CharField(max_length=300)
    company_key = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "match_dislikes"
        constraints = [models.UniqueConstraint(fields=["user", "job"], name="match_dislikes_unique_user_job")]

    def __str__(self) -> str:
        return f"{self.user_id} ✗ {self.title_core}"
