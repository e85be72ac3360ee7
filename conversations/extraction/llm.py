"""OpenAI structured output for preference extraction, normalised through the same vocabularies as the rules.

Any API failure (timeout, rate limit, refusal, bad output) falls back to the offline extractor: a seeker's
message is always understood as well as the rules can, never dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Literal

from django.conf import settings
from pydantic import BaseModel, Field

from conversations.extraction import Extracted, Extractor
from jobs.locations import resolve_place
from jobs.vocabulary import canonical_skill, canonical_title

logger = logging.getLogger(__name__)

CHAT_TIMEOUT_SECONDS = 10.0

SYSTEM_PROMPT = """You read one WhatsApp message from a job seeker (often in Nigeria; English, Nigerian Pidgin,
typos and shorthand) and extract only what they said about the work they want. Never invent values: leave a
field empty or null when the message does not say it.
- job_roles: job titles they want, as short English titles ("nursing work" -> "Nurse").
- locations: cities/states/countries named ("Eko" = Lagos, "PH" = Port Harcourt, "FCT" = Abuja). Not "remote".
- skills: tools or skills they name.
- years_of_experience: whole years; "fresh graduate" or "no experience" = 0.
- salary_min: the smallest pay they accept as a number ("600k" = 600000, "1.2m" = 1200000).
- salary_currency: ISO code; naira (N, ₦, #) = NGN. salary_period: "monthly" unless they say yearly/annual.
- work_arrangements: any of remote, hybrid, onsite."""


class LLMPreferences(BaseModel):
    job_roles: list[str] = Field(description="Job titles wanted")
    locations: list[str] = Field(description="Places named")
    skills: list[str]
    years_of_experience: int | None
    salary_min: float | None
    salary_currency: str | None
    salary_period: Literal["monthly", "yearly"] | None
    work_arrangements: list[Literal["remote", "hybrid", "onsite"]]


class OpenAIExtractor:
    name = "openai"

    def __init__(self, *, fallback: Extractor, client=None) -> None:
        self.fallback = fallback
        self._client = client

    @property
    def client(self):
        if self._client is None:
            from openai import OpenAI

            self._client = OpenAI(
                api_key=settings.OPENAI_API_KEY,
                base_url=settings.OPENAI_BASE_URL or None,
                # A person is waiting for the reply: fail over to the rules quickly rather than retry for minutes.
                timeout=min(settings.OPENAI_TIMEOUT, CHAT_TIMEOUT_SECONDS),
                max_retries=min(settings.OPENAI_MAX_RETRIES, 1),
            )
        return self._client

    def extract(self, text: str) -> Extracted:
        import openai

        try:
            parsed = self._ask(text)
        except (openai.OpenAIError, ValueError) as exc:
            logger.warning("OpenAI extraction failed, using the offline rules: %s", exc)
            return self.fallback.extract(text)
        if parsed is None:
            return self.fallback.extract(text)
        return from_llm(parsed, words=self.fallback.extract(text).words)

    def _ask(self, text: str) -> LLMPreferences | None:
        completion = self.client.chat.completions.parse(
            model=settings.OPENAI_MODEL,
            messages=[{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": text[:2000]}],
            response_format=LLMPreferences,
            temperature=0,
        )
        message = completion.choices[0].message
        return None if message.refusal else message.parsed


def from_llm(parsed: LLMPreferences, *, words: dict[str, str]) -> Extracted:
    """Model output → the same normalised values the rules give (canonical titles, place labels, skills)."""
    roles = _unique(canonical_title(r) or r.strip().title() for r in parsed.job_roles if r.strip())
    locations = _unique(place_label(p) for p in parsed.locations)
    skills = _unique(canonical_skill(s) or s.strip() for s in parsed.skills if s.strip())
    order = ("onsite", "hybrid", "remote")
    salary = parsed.salary_min if parsed.salary_min and parsed.salary_min > 0 else None
    return Extracted(
        roles=roles,
        locations=locations,
        skills=skills,
        years=parsed.years_of_experience if (parsed.years_of_experience or 0) >= 0 else None,
        salary_min=salary,
        salary_currency=((parsed.salary_currency or "NGN").upper()[:3]) if salary else "",
        salary_period=(parsed.salary_period or "monthly") if salary else "",
        arrangements=[a for a in order if a in parsed.work_arrangements],
        words=words,
        source="openai",
    )


def place_label(name: str) -> str:
    from conversations.extraction.words import COUNTRY_NAMES

    place = resolve_place(name)
    if place is None:
        return name.strip().title()
    if not (place.city or place.state):
        return COUNTRY_NAMES.get(place.country, place.country)
    return place.label


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
