"""Reads on seekers that other apps share: who may be sent alerts at all, and the words they described their work
in."""

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


# Keys of `user_preferences.user_words`: the seeker's own words for their work, one message a line, and the role
# list (joined by the same separator) they were said for.
ROLE_TEXT, ROLE_TEXT_FOR, ROLE_SEPARATOR = "role_text", "role_text_for", "\n"

# Key of `user_preferences.user_words`: what the seeker refused that is no line of work but a condition matching reads
# ("no field recovery (going to people house)", "no unpaid internships"), "; "-joined; it stays when their roles change.
CONDITIONS = "conditions"


# Key of `user_preferences.user_words`: the places the seeker takes only where the post houses its staff, as they
# set them in the portal ("; "-joined labels, "" once they lifted every such condition). Absent, their own words
# tell it ("I can work in Lagos too if there is accommodation").
HOUSED, HOUSED_SEPARATOR = "housed", "; "


def housed_labels(words: dict[str, str]) -> list[str] | None:
    """The places they set in the portal as taken only with accommodation, or None when they never set them."""
    if HOUSED not in words:
        return None
    return [label.strip() for label in str(words[HOUSED]).split(HOUSED_SEPARATOR.strip()) if label.strip()]


def role_wording(*, roles: list[str], words: dict[str, str]) -> list[str]:
    """What the seeker wrote about their work ("marketing exec (banking)…"), while it still describes their saved
    roles; [] once the roles changed another way (a removal, the portal's form), so nothing stale is read."""
    text = str(words.get(ROLE_TEXT) or "")
    if not text or words.get(ROLE_TEXT_FOR) != ROLE_SEPARATOR.join(roles):
        return []
    return [line for line in text.split(ROLE_SEPARATOR) if line.strip()]
