"""Reads for the conversation: the dialogue's view of a user, loaded from their rows."""

from __future__ import annotations

from django.utils import timezone

from accounts.models import User, UserPreferences
from conversations.dialogue.state import Prefs, State
from conversations.models import ConversationState
from delivery.models import UserJobHistory
from matching import neighbours


def prefs_from_row(row: UserPreferences | None) -> Prefs:
    if row is None:
        return Prefs()
    return Prefs(
        roles=list(row.job_roles or []),
        locations=list(row.preferred_locations or []),
        skills=list(row.technical_skills or []),
        years=row.years_of_experience,
        salary_min=float(row.salary_min) if row.salary_min is not None else None,
        salary_currency=row.salary_currency or "NGN",
        salary_period=row.salary_period or "monthly",
        arrangements=list(row.work_arrangements or []),
        words={str(k): str(v) for k, v in (row.user_words or {}).items()},
        credentials={str(k): bool(v) for k, v in (row.credentials or {}).items()},
        schooling=row.schooling or "",
        also_take={str(k): _answer(v) for k, v in (row.also_take or {}).items()} if isinstance(row.also_take, dict) else {},
    )


def _answer(value: object) -> neighbours.Answer:
    """A saved answer about a neighbouring line: yes, no, or yes at a supervisor's level."""
    return neighbours.SENIOR if value == neighbours.SENIOR else bool(value)


def latest_alert_job_id(*, user: User) -> int | None:
    """The job of the newest alert the user was sent: what a typed "why" is about."""
    return (
        UserJobHistory.objects.filter(user=user, message_sent=True)
        .order_by("-shown_at", "-pk")
        .values_list("job_id", flat=True)
        .first()
    )


def state_load(*, user: User, conversation: ConversationState, prefs: UserPreferences | None) -> State:
    now = timezone.now()
    return State.from_data(
        conversation.step,
        conversation.data or {},
        prefs=prefs_from_row(prefs),
        confirmed=bool(prefs and prefs.preferences_confirmed),
        active=user.is_active,
        paused=user.is_paused(now),
        name=user.name,
        last_job_id=latest_alert_job_id(user=user),
        lang=user.language,
        lang_chosen=user.language_chosen,
    )
