"""Reads on seekers that other apps share: who may be sent alerts at all."""

from __future__ import annotations

from django.db.models import Q


def alert_eligible(*, via: str = "user", confirmed_known: bool = False) -> Q:
    """Seekers alerts may go to at all: no STOP, reachable on WhatsApp, not blocked, preferences confirmed.

    `via` is the path from the queried model to its seeker. Pauses and quiet hours are decided at send time.
    `confirmed_known`: the caller's rows exist only for confirmed preferences (matching's profiles), so the join
    to the preferences is left out (it was a third of a job's candidate query).
    """
    eligible = Q(**{
        f"{via}__is_active": True,
        f"{via}__unreachable_at__isnull": True,
        f"{via}__blocked_at__isnull": True,
    })
    return eligible if confirmed_known else eligible & Q(**{f"{via}__preferences__preferences_confirmed": True})
