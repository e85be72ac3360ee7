"""Reads for matching: explanations of a score, and the state of the candidate index."""

from __future__ import annotations

from django.conf import settings

from accounts.models import User, UserPreferences
from aremu.voice import say
from jobs.models import CanonicalJob
from matching.explain import render_explanation
from matching.models import MatchProfile
from matching.scoring import MatchResult
from matching.services import match_score_for_user


def match_explanation(*, user: User, job_id: int) -> str:
    """A short, phone-friendly "why this job?": each part of the score in plain words."""
    job = CanonicalJob.objects.filter(pk=job_id).first()
    if job is None:
        return say("I can't find that job any more; it may have been removed.",
                   "I no fit find that work again; dem fit don remove am.")
    result = match_score_for_user(user=user, job=job)
    if result is None:
        return say("I don't have your job preferences yet, so I can't say how well it fits.",
                   "I never get wetin you want, so I no fit talk how e take fit you.")
    return render_explanation(result, title=str(job), threshold=settings.MATCH_THRESHOLD)


def stored_explanation(*, breakdown: dict, title: str) -> str:
    """The score kept on a history row, in the words "why" uses: what the seeker was told, not a fresh score."""
    if not breakdown or "total" not in breakdown:
        return "No score breakdown was kept for this row."
    fields = {name: breakdown[name] for name in ("total", "breakdown", "reasons", "blocked", "penalty")
              if name in breakdown}
    return render_explanation(MatchResult(**fields), title=title, threshold=settings.MATCH_THRESHOLD)


def index_health() -> dict[str, object]:
    """For /health/: seekers indexed against confirmed preferences (a gap waits for the stale-profile sweep)."""
    confirmed = UserPreferences.objects.filter(preferences_confirmed=True).count()
    return {"profiles": MatchProfile.objects.count(), "confirmed_preferences": confirmed}
