"""Reads on seekers that other apps share: who may be sent alerts at all."""

from __future__ import annotations

from django.db.models import Q


def alert_eligible(*, via: str = "user") -> Q:
    """Seekers alerts may go to at all: no STOP, reachable on WhatsApp, not blocked, preferences confirmed.

    `via` is the path from the queried model to its seeker. Pauses and quiet hours are decided at send time.
    """
    return Q(**{
        f"{via}__is_active": True,
        f"{via}__unreachable_at__isnull": True,
        f"{via}__blocked_at__isnull": True,
        f"{via}__preferences__preferences_confirmed": True,
    })
