"""Candidate selection: which users a job should go to. Sends nothing; delivery decides when."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings

from accounts.models import User, UserPreferences
from jobs.models import CanonicalJob
from matching.scoring import MatchResult, calculate_match_score


@dataclass(frozen=True)
class Match:
    user: User
    result: MatchResult


def eligible_preferences():
    return UserPreferences.objects.filter(
        preferences_confirmed=True, user__is_active=True, user__unreachable_at__isnull=True
    ).select_related("user")


def find_matches(*, job: CanonicalJob, threshold: float | None = None) -> Iterator[Match]:
    """Every eligible user whose score reaches the threshold, best first."""
    threshold = settings.MATCH_THRESHOLD if threshold is None else threshold
    matches = []
    for prefs in eligible_preferences():
        result = calculate_match_score(prefs, job)
        if not result.blocked and result.total >= threshold:
            matches.append(Match(user=prefs.user, result=result))
    matches.sort(key=lambda m: m.result.total, reverse=True)
    return iter(matches)


def feedback_not_for_me(*, user: User, job_id: int) -> None:
    """The user said "not for me" on an alert: remember it (it lowers similar jobs for them)."""
    from delivery.models import UserJobHistory

    UserJobHistory.objects.filter(user=user, job_id=job_id).update(feedback="not_for_me")
