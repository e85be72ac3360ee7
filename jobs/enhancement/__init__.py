"""Job enhancement: titles, skills, industry, function and a WhatsApp-ready summary for each job.

Two providers behind one interface: OpenAI (structured output) when OPENAI_API_KEY is set,
and the offline rule-based enhancer otherwise. Providers are pure (no ORM): `services.py` reads
and writes the jobs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from django.conf import settings


@dataclass(frozen=True)
class JobText:
    title: str
    company: str = ""
    location: str = ""
    description: str = ""


@dataclass(frozen=True)
class Enhancement:
    job_titles: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    industry: str = ""
    job_function: str = ""
    summary: str = ""
    source: str = "offline"
    tokens: int = 0
    cost_usd: float = 0.0
    # Only what the posting states; empty/None when it says nothing.
    experience_level: str = ""
    years_experience_min: int | None = None
    years_experience_max: int | None = None
    work_arrangement: str = ""
    # Fields the provider could not fill and took from the offline enhancer instead, and why.
    fallback_fields: tuple[str, ...] = ()
    error: str = ""
    # True when the provider itself failed (down, rate-limited, bad key): try again later.
    retry_later: bool = False


class EnhancementUnavailable(Exception):  # noqa: N818 - reads as a state, like TimeoutError
    """The provider could not answer. `transient`: a retry later may succeed (429, 5xx, timeout)."""

    def __init__(self, message: str, *, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


class Enhancer(Protocol):
    name: str

    def enhance(self, job: JobText) -> Enhancement: ...


def get_enhancer() -> Enhancer:
    """OpenAI when a key is configured, otherwise the offline enhancer."""
    # lazy: both providers import this package's Enhancement and JobText, an import cycle at load.
    from jobs.enhancement.offline import OfflineEnhancer
    from jobs.enhancement.openai_provider import OpenAIEnhancer

    if settings.OPENAI_API_KEY:
        return OpenAIEnhancer.from_settings()
    return OfflineEnhancer()
