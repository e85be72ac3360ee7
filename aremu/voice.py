"""The register the bot writes in: English, or Nigerian Pidgin for a seeker who writes Pidgin.

Every text a seeker reads is written in both, side by side (`say(english, pidgin)`), so the two never drift apart
and WhatsApp's limits apply to each the same way (`delivery.messages` clips both). Which one is used is set
around the code that renders for one seeker (`speaking(user.language)`): the dialogue's transition, the
replies' effects, alerts, digests and reminders.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

ENGLISH = "en"
PIDGIN = "pcm"  # ISO 639-3 for Nigerian Pidgin
LANGUAGES = (ENGLISH, PIDGIN)

_speaking: ContextVar[str] = ContextVar("aremu_language", default=ENGLISH)


@contextmanager
def speaking(language: str | None) -> Iterator[None]:
    token = _speaking.set(language if language in LANGUAGES else ENGLISH)
    try:
        yield
    finally:
        _speaking.reset(token)


def current() -> str:
    return _speaking.get()


def say(english: str, pidgin: str) -> str:
    return pidgin if _speaking.get() == PIDGIN else english
