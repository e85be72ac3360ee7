"""Preference extraction: what a seeker wants, from one message in their own words.

Two providers behind one interface: OpenAI structured output when OPENAI_API_KEY is set, and the offline
rule-based extractor otherwise (and whenever the model call fails, so a message is never lost).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Protocol

from django.conf import settings

LIST_FIELDS = ("roles", "locations", "skills", "arrangements")  # the keys of `Extracted.removed`


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
    # Values the seeker asked to drop ("not abuja again", "remove teaching", "Kano not Kaduna"), keyed like the
    # list fields: "roles", "locations", "skills", "arrangements". A dropped value is never also a positive one.
    removed: dict[str, list[str]] = field(default_factory=dict)
    # "add lagos too", "also remote": keep what they had and add these, rather than replace.
    additive: bool = False
    # "any job", "anything, i fit do any work": no role preference (roles stays empty; it is not a role).
    any_role: bool = False
    # Must-haves posts ask that the message says they hold or lack (jobs.credentials codes): "i get license",
    # "no ICAN", "I speak Hausa" → {"licence": True, "chartered": False, "hausa": True}.
    credentials: dict[str, bool] = field(default_factory=dict)
    schooling: str = ""  # the highest certificate the message names: "ssce", "ond", "degree"

    def is_empty(self) -> bool:
        """No positive value. A message that only removes something, or says "any job", is empty but not blank."""
        return not (self.roles or self.locations or self.skills or self.arrangements or self.credentials
                    or self.schooling) and (
            self.years is None and self.salary_min is None
        )

    def is_blank(self) -> bool:
        """Nothing understood at all: no value, no removal, no "any job"."""
        return self.is_empty() and not (any(self.removed.values()) or self.any_role)

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


class Extractor(Protocol):
    name: str

    def extract(self, text: str) -> Extracted: ...


def get_extractor() -> Extractor:
    # lazy: both extractors import this package's Extracted and Extractor, an import cycle at load.
    from conversations.extraction.llm import OpenAIExtractor
    from conversations.extraction.rules import RuleExtractor

    if settings.OPENAI_API_KEY and getattr(settings, "PREFERENCE_EXTRACTOR", "auto") != "rules":
        return OpenAIExtractor(fallback=RuleExtractor())
    return RuleExtractor()


def extract_preferences(text: str) -> Extracted:
    return get_extractor().extract(text)
