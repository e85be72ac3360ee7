"""Writes on seekers that operators and the dialogue share: pause, block and unblock.

What a block means elsewhere is decided where it matters: delivery refuses every send to a blocked user at send
time, matching and the window sweep leave them out, and the conversation ignores their messages.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from accounts.models import User

MAX_PAUSE_DAYS = 90


def user_pause(*, user: User, days: int) -> None:
    """No alerts for `days` days (the "pause" command and the admin's action), held to 1..MAX_PAUSE_DAYS."""
    until = timezone.now() + timedelta(days=min(max(days, 1), MAX_PAUSE_DAYS))
    User.objects.filter(pk=user.pk).update(paused_until=until)
    user.paused_until = until


def user_block(*, user: User, reason: str) -> bool:
    """An operator's block: nothing more is sent and nothing they write is answered. False if already blocked."""
    now = timezone.now()
    changed = User.objects.filter(pk=user.pk, blocked_at__isnull=True).update(
        blocked_at=now, blocked_reason=reason.strip()[:200])
    if changed:
        user.blocked_at, user.blocked_reason = now, reason.strip()[:200]
    return bool(changed)


def user_unblock(*, user: User) -> bool:
    changed = User.objects.filter(pk=user.pk, blocked_at__isnull=False).update(blocked_at=None, blocked_reason="")
    user.blocked_at, user.blocked_reason = None, ""
    return bool(changed)
