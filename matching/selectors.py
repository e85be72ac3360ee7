"""Reads for matching: explanations of a stored score."""

from __future__ import annotations

from accounts.models import User


def match_explanation(*, user: User, job_id: int) -> str:
    """A short, phone-friendly "why this job?" for a job the user was shown."""
    from delivery.models import UserJobHistory

    history = UserJobHistory.objects.filter(user=user, job_id=job_id).first()
    if history is None:
        return "I have no record of sending you that job."
    parts = [f"{name}: {points:g}" for name, points in history.match_breakdown.items()]
    return f"Match {history.match_score:.0f}/100 — " + ", ".join(parts)
