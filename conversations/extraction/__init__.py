"""Preference extraction: what a seeker wants, from one message in their own words.

Two providers behind one interface: OpenAI structured output when OPENAI_API_KEY is set, and the offline
rule-based extractor otherwise (and whenever the model call fails, so a message is never lost).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Protocol

FIELDS = ("roles", "locations", "skills", "years", "salary", "arrangements")


@dataclass(frozen=True)
class Extracted:
    """Preferences found in one message. Empty lists / None mean "not mentioned", never "any"."""

    roles: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    years: int | None = None
    salary_min: float | None = None
    salary_currency: str = ""
    salary_period: str = ""  # "monthly" or "yearly"
    arrangements: list[str] = field(default_factory=list)  # any of remote/hybrid/onsite
    # The user's own words for each field found ("roles": "backend developer"), kept beside the values.
    words: dict[str, str] = field(default_factory=dict)
    source: str = "rules"

    def is_empty(self) -> bool:
        return not (self.roles or self.locations or self.skills or self.arrangements) and (
            self.years is None and self.salary_min is None
        )

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


class Extractor(Protocol):
    name: str

    def extract(self, text: str) -> Extracted: ...


def get_extractor() -> Extractor:
    from django.conf import settings

    from conversations.extraction.rules import RuleExtractor

    if settings.OPENAI_API_KEY and getattr(settings, "PREFERENCE_EXTRACTOR", "auto") != "rules":
        from conversations.extraction.llm import OpenAIExtractor

        return OpenAIExtractor(fallback=RuleExtractor())
    return RuleExtractor()


def extract_preferences(text: str) -> Extracted:
    return get_extractor().extract(text)
